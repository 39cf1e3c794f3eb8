"""Entity precision outside proposals and events (entprec5): hand-built docs, one real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import context_of, make_doc

from kg.extract.mentions.candidates import Candidate
from kg.extract.mentions.gazetteer import listed_names
from kg.extract.mentions.ner import statistical_entities
from kg.model import Corpus
from kg.rdf.namespaces import KG


def _texts(candidates: list[Candidate]) -> list[tuple[str, str]]:
    return [(c.span.text, c.type.rsplit("#", 1)[-1]) for c in candidates]


def test_statistical_entities_word_of_a_post_title_is_no_place() -> None:
    # the model reads "Harbour" of "Harbour Minister Ana Ruiz" as a place: it is the post's
    doc = make_doc(
        """
        Harbour  PROPN compound 1 -     NNP B-GPE
        Minister PROPN compound 3 -     NNP
        Ana      PROPN compound 3 -     NNP B-PERSON
        Ruiz     PROPN nsubj    4 -     NNP I-PERSON
        spoke    VERB  ROOT     4 speak VBD
        in       ADP   prep     4 -     IN
        Lisbon   PROPN pobj     5 -     NNP B-GPE
        .        PUNCT punct    4 -     .
        """
    )
    found = _texts(list(statistical_entities(context_of(doc), ())))
    assert ("Harbour", "Place") not in found
    assert ("Lisbon", "Place") in found
    assert ("Ana Ruiz", "Person") in found


def test_bare_parliament_after_a_named_parliament_is_that_parliament(
    extract: Callable[..., Corpus],
) -> None:
    # "Parliament" after "the European Parliament" (or the Scottish Parliament) is that body,
    # not a second one, the UK Parliament
    corpus = extract(
        "Pesticide rules rejected\n"
        "The European Parliament rejected the pesticide rules on Tuesday.\n"
        "Parliament voted by 300 votes to 200 against them."
    )
    parliaments = [e for e in corpus.entities if "arliament" in e.label]
    assert [(e.label, "Parliament" in e.aliases) for e in parliaments] == [
        ("European Parliament", True)
    ]


def test_listed_names_legislature_in_a_members_title_is_left_out() -> None:
    # "members of parliament" names people (MPs); "parliament" after "through" is the body
    doc = make_doc(
        """
        Growers    NOUN  nsubj    1 grower NNS
        met        VERB  ROOT     1 meet   VBD
        members    NOUN  dobj     1 member NNS
        of         ADP   prep     2 -      IN
        parliament NOUN  pobj     3 -      NN
        before     ADP   prep     1 -      IN
        the        DET   det      7 -      DT
        bill       NOUN  nsubj    8 -      NN
        went       VERB  pcomp    5 go     VBD
        through    ADP   prep     8 -      IN
        parliament NOUN  pobj     9 -      NN
        .          PUNCT punct    1 -      .
        """,
        gazetteer=[(4, 5, KG.Legislature, "parliament"), (10, 11, KG.Legislature, "parliament")],
    )
    found = list(listed_names(context_of(doc), ()))
    assert [(c.span.start, c.span.text) for c in found] == [(10, "parliament")]
