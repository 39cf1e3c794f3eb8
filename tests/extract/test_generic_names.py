"""Generic or misread phrases that name no entity: a nation's adjective alone, listed places the
model mistypes, "government" as a sector or attribute, a duty's remit. Hand-built docs, and
real parses of sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import context_of, make_doc

from kg.extract.mentions.candidates import Candidate
from kg.extract.mentions.ner import statistical_entities
from kg.model import Corpus
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _texts(candidates: list[Candidate]) -> list[tuple[str, str]]:
    return [(c.span.text, c.type.rsplit("#", 1)[-1]) for c in candidates]


def test_statistical_entities_a_nation_adjective_alone_is_no_organisation() -> None:
    # "The plan was backed by Irish farm leaders and the Scots.": the model reads "Irish" as an
    # organisation; a nation's adjective names a people or qualifies its noun, no body
    doc = make_doc(
        """
        The     DET   det       1 -      DT
        plan    NOUN  nsubjpass 3 -      NN
        was     AUX   auxpass   3 be     VBD
        backed  VERB  ROOT      3 back   VBN
        by      ADP   agent     3 -      IN
        Irish   PROPN amod      8 -      NNP B-ORG
        farm    NOUN  compound  7 -      NN
        leaders NOUN  compound  8 leader NNS
        .       PUNCT punct     3 -      .
        Ana     PROPN compound  10 -     NNP B-PERSON
        Ruiz    PROPN nsubj     11 -     NNP I-PERSON
        agreed  VERB  ROOT      11 agree VBD
        .       PUNCT punct     11 -     .
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert not any(text == "Irish" for text, _ in found)
    assert ("Ana Ruiz", "Person") in found


def test_extract_a_nation_adjective_the_model_reads_as_a_body_is_no_entity(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Nurses back new rota\n"
        "The new rota was welcomed by Welsh hospital bosses on Monday.\n"
        "A spokesperson for the Welsh said the talks would go on.\n"
    )
    assert not [e for e in corpus.entities if e.label.lower() == "welsh"]


def test_extract_listed_cities_and_counties_the_model_mistypes_are_places(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Union to ballot port staff\n"
        "Dock workers in Aberdeen, Cork and Co Clare will vote on the offer, Ana Ruiz said.\n"
    )
    places = {e.label for e in corpus.entities if core_class(e.type) == KG.Place}
    assert {"Aberdeen", "Cork", "County Clare"} <= places
    others = {e.label for e in corpus.entities if core_class(e.type) != KG.Place}
    assert not {"Aberdeen", "Cork"} & others
