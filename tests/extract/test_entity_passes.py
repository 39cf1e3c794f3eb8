"""What runs once entities are made (pronouns, speakers, event details), and merging across
documents, on hand-built docs and hand-made entities: no statistical parser involved."""

from __future__ import annotations

from doc_builder import make_doc, mention, resolved_of

from kg.extract.entities import merge_documents
from kg.extract.entities.resolved import ResolvedDocument
from kg.model import Document, Entity, Extraction
from kg.rdf.namespaces import KG


def _label(resolved: ResolvedDocument, key: str | None) -> str | None:
    return resolved.by_key[key].label if key is not None else None


def test_entity_pass_pronoun_agrees_with_a_gendered_honorific() -> None:
    doc = make_doc(
        """
        Mr        PROPN compound 1  -     NNP
        Streeting PROPN nsubj    2  -     NNP B-PERSON
        wrote     VERB  ROOT     2  write VBD
        to        ADP   prep     2  -     IN
        Dame      PROPN compound 6  -     NNP
        Ann       PROPN compound 6  -     NNP B-PERSON
        Lowe      PROPN pobj     3  -     NNP I-PERSON
        .         PUNCT punct    2  -     .
        She       PRON  nsubj    9  she   PRP
        said      VERB  ROOT     9  say   VBD
        he        PRON  nsubj    11 he    PRP
        was       AUX   ccomp    9  be    VBD
        wrong     ADJ   acomp    11 -     JJ
        .         PUNCT punct    9  -     .
        """
    )
    resolved = resolved_of(doc)
    assert _label(resolved, resolved.pronouns.get(8)) == "Ann Lowe"
    assert _label(resolved, resolved.pronouns.get(10)) == "Streeting"


def test_entity_pass_we_in_a_quotation_is_its_speaker() -> None:
    doc = make_doc(
        """
        Mr        PROPN compound 1 -   NNP
        Streeting PROPN nsubj    2 -   NNP B-PERSON
        said      VERB  ROOT     2 say VBD
        :         PUNCT punct    2 -   :
        “         PUNCT punct    7 -   ``
        We        PRON  nsubj    7 we  PRP
        will      AUX   aux      7 -   MD
        act       VERB  ccomp    2 -   VB
        .         PUNCT punct    7 -   .
        ”         PUNCT punct    2 -   ''
        """
    )
    assert doc.text == "Mr Streeting said: “We will act.”"
    resolved = resolved_of(doc)
    assert _label(resolved, resolved.pronouns.get(5)) == "Streeting"
    assert _label(resolved, resolved.speakers.get(0)) == "Streeting"


def test_entity_pass_event_keeps_the_date_of_its_clause() -> None:
    doc = make_doc(
        """
        The    DET   det    1 -     DT
        strike NOUN  nsubj  2 -     NN
        starts VERB  ROOT   2 start VBZ
        on     ADP   prep   2 -     IN
        1      NUM   nummod 5 -     CD
        April  PROPN pobj   3 -     NNP
        .      PUNCT punct  2 -     .
        """
    )
    resolved = resolved_of(doc)
    (strike,) = resolved.entities
    assert strike.type == KG.CollectiveAction
    assert strike.details == (("date", "1 April"),)


def _extraction(doc_id: str, *entities: Entity) -> Extraction:
    return Extraction(Document(doc_id, f"{doc_id}.txt", "", "", 0), entities=list(entities))


def _person(doc_id: str, number: int, name: str) -> Entity:
    return Entity(f"{doc_id}#{number}", name, KG.Person, (), (mention(name, KG.Person, "ner"),))


def test_entity_merge_joins_full_names_not_surnames() -> None:
    merged = merge_documents(
        [
            _extraction("a", _person("a", 0, "Wes Streeting")),
            _extraction("b", _person("b", 0, "Wes Streeting"), _person("b", 1, "Streeting")),
        ]
    )
    assert sorted(e.label for e in merged.entities) == ["Streeting", "Wes Streeting"]
    (wes,) = [e for e in merged.entities if e.label == "Wes Streeting"]
    assert len(wes.mentions) == 2
