"""Going on with a proposal puts it forward (relations/persistence.py): "pressed ahead with the
levy", "pushed the levy through", "decided to proceed with the levy"; on hand-built parses,
with one real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

PRESSED_AHEAD = """
    The      DET   det      1
    ministry NOUN  nsubj    2
    pressed  VERB  ROOT     2 press
    ahead    ADV   advmod   2
    with     ADP   prep     {with_head}
    the      DET   det      6
    {object} NOUN  pobj     4
    .        PUNCT punct    2
"""


@pytest.mark.parametrize("with_head", [2, 3])  # "with" on the verb or on "ahead"
def test_relations_pressing_ahead_with_a_proposal_puts_it_forward(with_head: int) -> None:
    parsed = build(
        PRESSED_AHEAD.format(with_head=with_head, object="levy"),
        names=[("ministry", KG.GovernmentBody, "Ministry"), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("persisted")) == {("Ministry", KG.proposes, "levy")}


def test_relations_pressing_ahead_with_an_event_takes_part_in_it() -> None:
    """ "pressed ahead with the strike" proposes nothing: going on with an event is holding it
    (events9), as calling or staging it is."""
    parsed = build(
        PRESSED_AHEAD.format(with_head=2, object="strike"),
        names=[("ministry", KG.GovernmentBody, "Ministry"), ("strike", KG.CollectiveAction)],
    )
    assert facts(parsed.relations("persisted")) == {("Ministry", KG.participatesIn, "strike")}


def test_relations_members_pressing_ahead_with_a_strike_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    """ "Ferry Guild members are pressing ahead with a strike": the members act for the Guild."""
    corpus = extract(
        "Ferry news\nFerry Guild members are pressing ahead with a strike on Tuesday at the port."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate) for r in corpus.relations}
    assert ("Ferry Guild", KG.participatesIn) in found


BALLOT_OVER = """
    The      DET   det      1
    union    NOUN  nsubj    2
    pressed  VERB  ROOT     2 press
    ahead    ADV   advmod   2
    with     ADP   prep     2
    its      PRON  poss     6
    ballot   NOUN  pobj     4
    over     ADP   prep     6
    the      DET   det      9
    levy     NOUN  pobj     7
    .        PUNCT punct    2
"""


def test_relations_pressing_ahead_with_an_event_over_a_proposal_proposes_nothing() -> None:
    """ "pressed ahead with its ballot over the levy": the levy inside the event's phrase is
    what the ballot is about, not what the union puts forward (review5); the union holds the
    ballot (events9)."""
    parsed = build(
        BALLOT_OVER,
        names=[("union", KG.TradeUnion, "Union"), ("ballot", KG.Vote), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("persisted")) == {("Union", KG.participatesIn, "ballot")}


PUSHED_THROUGH = """
    The      DET   det      1
    ministry NOUN  nsubj    2
    pushed   VERB  ROOT     2 push
    the      DET   det      4
    levy     NOUN  dobj     2
    through  ADP   prt      2
    .        PUNCT punct    2
"""


def test_relations_pushing_a_proposal_through_puts_it_forward() -> None:
    parsed = build(
        PUSHED_THROUGH,
        names=[("ministry", KG.GovernmentBody, "Ministry"), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("persisted")) == {("Ministry", KG.proposes, "levy")}


def test_relations_proceeding_with_a_bill_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Rail news\nThe Department for Transport decided to proceed with the Rail Reform Bill."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Department for Transport", KG.proposes, "Rail Reform Bill") in found
