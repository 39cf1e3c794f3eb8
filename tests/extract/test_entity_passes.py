"""What runs once entities are made (pronouns, speakers, event details), and merging across
documents, on hand-built docs and hand-made entities: no statistical parser involved."""

from __future__ import annotations

from handmade import make_doc, mention, resolved_of

from kg.extract.entities import merge_documents
from kg.extract.entities.resolved import ResolvedDocument
from kg.model import Document, Entity, Extraction
from kg.rdf.namespaces import KG


def _label(resolved: ResolvedDocument, key: str | None) -> str | None:
    return resolved.by_key[key].label if key is not None else None


def test_entity_pass_pronoun_agrees_with_a_gendered_honorific() -> None:
    doc = make_doc(
        """
        Mr        NNP PROPN compound 1
        Streeting NNP PROPN nsubj    2  -      B-PERSON
        wrote     VBD VERB  ROOT     2  write
        to        IN  ADP   prep     2
        Dame      NNP PROPN compound 6
        Ann       NNP PROPN compound 6  -      B-PERSON
        Lowe      NNP PROPN pobj     3  -      I-PERSON
        .         .   PUNCT punct    2
        She       PRP PRON  nsubj    9  she
        said      VBD VERB  ROOT     9  say
        he        PRP PRON  nsubj    11 he
        was       VBD AUX   ccomp    9  be
        wrong     JJ  ADJ   acomp    11
        .         .   PUNCT punct    9
        """
    )
    resolved = resolved_of(doc)
    assert _label(resolved, resolved.pronouns.get(8)) == "Ann Lowe"
    assert _label(resolved, resolved.pronouns.get(10)) == "Streeting"


def test_entity_pass_we_in_a_quotation_is_its_speaker() -> None:
    doc = make_doc(
        """
        Mr        NNP PROPN compound 1
        Streeting NNP PROPN nsubj    2  -  B-PERSON
        said      VBD VERB  ROOT     2  say
        :         :   PUNCT punct    2
        “         ``  PUNCT punct    7
        We        PRP PRON  nsubj    7  we
        will      MD  AUX   aux      7
        act       VB  VERB  ccomp    2
        .         .   PUNCT punct    7
        ”         ''  PUNCT punct    2
        """
    )
    assert doc.text == "Mr Streeting said: “We will act.”"
    resolved = resolved_of(doc)
    assert _label(resolved, resolved.pronouns.get(5)) == "Streeting"
    assert _label(resolved, resolved.speakers.get(0)) == "Streeting"


def test_entity_pass_event_keeps_the_date_of_its_clause() -> None:
    doc = make_doc(
        """
        The     DT  DET   det     1
        strike  NN  NOUN  nsubj   2
        starts  VBZ VERB  ROOT    2  start
        on      IN  ADP   prep    2
        1       CD  NUM   nummod  5
        April   NNP PROPN pobj    3
        .       .   PUNCT punct   2
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
