"""Events and who takes part in them (branch events4): polls that are ballots."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG


def _votes(rows: str) -> set[str]:
    """The vote phrases of a hand-built parse."""
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows))) if c.type == KG.Vote}


def _poll(det: str, modifier: str, polled: str, lemma: str = "-") -> set[str]:
    """ "<det> <modifier> poll of <polled> backed the plan." on a hand-built parse."""
    return _votes(
        f"""
        {det}      DET   det    2
        {modifier} ADJ   amod   2
        poll       NOUN  nsubj  6
        of         ADP   prep   2
        the        DET   det    5
        {polled}   NOUN  pobj   3 {lemma}
        backed     VERB  ROOT   6 back VBD
        the        DET   det    8
        plan       NOUN  dobj   6
        .          PUNCT punct  6
        """
    )


def test_mentions_a_poll_of_members_is_a_ballot() -> None:
    """ "A fresh poll of the branches backed the plan": a body's members polled
    (``lex:polledNoun``) make the poll its ballot."""
    assert "fresh poll of the branches" in _poll("A", "fresh", "branches", "branch")


def test_mentions_a_poll_with_a_word_of_ballots_is_a_ballot() -> None:
    """ "An indicative poll of the public": a word of ballots (``lex:ballotPollModifier``)."""
    assert "indicative poll of the public" in _poll("An", "indicative", "public")


def test_mentions_an_opinion_poll_names_no_event() -> None:
    """ "A recent poll of the public backed the plan": an opinion poll, held by no actor."""
    assert _poll("A", "recent", "public") == set()


def test_mentions_a_poll_of_a_counted_sample_names_no_event() -> None:
    """ "A poll of 2,000 members": a number counts a sample surveyed, not a body's ballot."""
    rows = """
    A        DET   det     1
    poll     NOUN  nsubj   5
    of       ADP   prep    1
    2,000    NUM   nummod  4 - CD
    members  NOUN  pobj    2 member NNS
    backed   VERB  ROOT    5 back VBD
    it       PRON  dobj    5
    .        PUNCT punct   5
    """
    assert _votes(rows) == set()
    members = rows.replace("2,000    NUM   nummod  4 - CD", "the      DET   det     4")
    assert "poll of the members" in _votes(members)


def test_mentions_a_poll_owned_by_a_body_is_a_ballot() -> None:
    """ "The guild's poll closed": a possessive owner holds it (a pronoun, "their poll", may
    be anyone's)."""
    rows = """
    The     DET   det    1
    guild   NOUN  poss   3
    's      PART  case   1
    poll    NOUN  nsubj  4
    closed  VERB  ROOT   4 close VBD
    .       PUNCT punct  4
    """
    assert _votes(rows) == {"poll"}
    opinion = """
    The     DET   det      2
    opinion NOUN  compound 2
    poll    NOUN  nsubj    3
    closed  VERB  ROOT     3 close VBD
    .       PUNCT punct    3
    """
    assert _votes(opinion) == set()


def test_relations_a_union_takes_part_in_a_poll_of_its_branches_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ballot news\nIn a poll of Harbour Workers Union branches, most delegates backed the"
        " offer, the union said."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate) for r in corpus.relations}
    assert ("Harbour Workers Union", KG.participatesIn) in found
