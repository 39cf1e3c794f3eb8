"""Events: a bare plural event noun whose course is told names those events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

# "News . Talks <verb> ."
ROWS = """
News     NOUN  ROOT   0
.        PUNCT punct  0
Talks    NOUN  nsubj  3 talk NNS
{verb}   {pos} ROOT   3 {lemma} VBD
{rest}
.        PUNCT punct  3
"""


def _events(rows: str) -> set[str]:
    phrases = head_noun_phrases(context_of(make_doc(rows)))
    return {c.span.text for c in phrases if core_class(c.type) == KG.Event}


@pytest.mark.parametrize(
    ("verb", "lemma", "rest"),
    [("resumed", "resume", ""), ("broke", "break", "down     ADP   prt    3")],
)
def test_mentions_bare_talks_whose_course_is_told_are_events(
    verb: str, lemma: str, rest: str
) -> None:
    """ "Talks resumed.", "Talks broke down." (``lex:eventCourseVerb``, with its particle)."""
    assert "Talks" in _events(ROWS.format(verb=verb, pos="VERB", lemma=lemma, rest=rest))


def test_mentions_bare_talks_said_of_name_a_kind() -> None:
    """ "Talks are rare.": a kind of event, none held."""
    rows = ROWS.format(verb="are", pos="AUX", lemma="be", rest="rare     ADJ   acomp  3")
    assert "Talks" not in _events(rows)


def test_mentions_bare_talks_adjourned_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Dock news\nTalks aimed at averting a strike by dockers have been adjourned and will"
        " resume on Tuesday, the Harbour Workers Union said."
    )
    assert any(e.type == KG.Negotiation for e in corpus.entities)
