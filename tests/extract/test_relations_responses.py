"""A response to an actor's act answers the actor (rule "response",
``kg.extract.relations.responses``): "the Guild responded to the Trust's offer", "in response to
the Trust's vote, Hale said", "the Guild's response to the Trust's statement"; not one's own
act, and not an act no actor is named for. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Guild", KG.Organisation), ("Trust", KG.Organisation), ("Hale", KG.Person)]


def test_relations_responding_to_an_actors_act_answers_the_actor() -> None:
    """ "The Guild responded to the Trust's offer." """
    parsed = build(
        """
        The       DET   det   1
        Guild     PROPN nsubj 2
        responded VERB  ROOT  2 respond
        to        ADP   prep  2
        the       DET   det   5
        Trust     PROPN poss  7
        's        PART  case  5
        offer     NOUN  pobj  3
        .         PUNCT punct 2
        """,
        names=NAMES[:2],
    )
    assert facts(parsed.relations("response")) == {("Guild", KG.communicatesWith, "Trust")}


def test_relations_in_response_to_an_act_the_subject_answers() -> None:
    """ "In response to the Trust's vote, Hale said it was a blow." """
    parsed = build(
        """
        In       ADP   prep  9
        response NOUN  pobj  0
        to       ADP   prep  1
        the      DET   det   4
        Trust    PROPN poss  6
        's       PART  case  4
        vote     NOUN  pobj  2
        ,        PUNCT punct 8
        Hale     PROPN nsubj 9
        said     VERB  ROOT  9 say
        it       PRON  nsubj 11
        was      AUX   ccomp 9 be
        a        DET   det   13
        blow     NOUN  attr  11
        .        PUNCT punct 9
        """,
        names=[NAMES[1], NAMES[2]],
    )
    assert facts(parsed.relations("response")) == {("Hale", KG.communicatesWith, "Trust")}


def test_relations_a_response_noun_is_its_owners() -> None:
    """ "That is the Guild's response to the statement by the Trust." """
    parsed = build(
        """
        That      PRON  nsubj 1
        is        AUX   ROOT  1 be
        the       DET   det   3
        Guild     PROPN poss  5
        's        PART  case  3
        response  NOUN  attr  1
        to        ADP   prep  5
        the       DET   det   8
        statement NOUN  pobj  6
        by        ADP   prep  8
        the       DET   det   11
        Trust     PROPN pobj  9
        .         PUNCT punct 1
        """,
        names=NAMES[:2],
    )
    assert facts(parsed.relations("response")) == {("Guild", KG.communicatesWith, "Trust")}


def test_relations_a_response_to_ones_own_act_answers_no_one() -> None:
    """ "The Guild responded to the Guild's critics.": no one answers themselves; nor does an
    act with no actor named ("responded to the report")."""
    parsed = build(
        """
        The       DET   det   1
        Guild     PROPN nsubj 2
        responded VERB  ROOT  2 respond
        to        ADP   prep  2
        the       DET   det   5
        Guild     PROPN poss  7
        's        PART  case  5
        critics   NOUN  pobj  3 critic
        and       CCONJ cc    7
        the       DET   det   10
        report    NOUN  conj  7
        .         PUNCT punct 2
        """,
        names=[("Guild", KG.Organisation), ("Guild", KG.Organisation)],
    )
    assert parsed.relations("response") == []


def test_extract_a_response_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour Workers Union responds to government announcement on port funding\n"
        "The Government said it would fund new berths at the port.\n"
        "In response to the Dockside Council's decision to close the depot, Ann Lowe said it "
        "was a blow.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    pairs = {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.evidence.method == "response"
    }
    assert pairs == {("Harbour Workers Union", "Government"), ("Ann Lowe", "Dockside Council")}
