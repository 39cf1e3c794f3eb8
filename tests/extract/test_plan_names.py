"""A government in the name of its plan ("the Programme for Government") names no government:
the word on a hand-built parse, and sentences written for the test on the real parse."""

from __future__ import annotations

from typing import Any

import pytest
from doc_builder import make_doc

from kg.extract.lexicon import load_lexicon
from kg.extract.mentions.plan_names import government_of_a_plan


@pytest.mark.parametrize(
    ("noun", "preposition", "of_a_plan"),
    [
        ("Programme", "for", True),  # "the Programme for Government"
        ("strategy", "for", True),  # "a strategy for government"
        ("letter", "for", False),  # "a letter for government": no plan's name
        ("Programme", "of", False),  # "the programme of government": not "for"
    ],
)
def test_government_after_for_and_a_plans_noun_is_a_word_of_the_name(
    noun: str, preposition: str, of_a_plan: bool
) -> None:
    doc = make_doc(
        f"""
        the          DET   det   1 -
        {noun}       NOUN  ROOT  1 -
        {preposition} ADP  prep  1 -
        Government   PROPN pobj  2 -
        """
    )
    assert government_of_a_plan(doc[3], load_lexicon()) is of_a_plan


def _kinds(corpus: Any) -> dict[str, str]:
    return {e.label: e.type.rsplit("#", 1)[-1] for e in corpus.entities}


def test_real_parse_the_programme_for_government_is_a_plan_not_a_government(
    extract: Any,
) -> None:
    corpus = extract(
        "The First Minister's Programme for Government, published in May, included a "
        "pledge of £90 million for ferries.\n"
        "The ferry union welcomed the pledge."
    )
    kinds = _kinds(corpus)
    assert "Government" not in kinds
    assert not any(
        k in ("GovernmentBody", "Organisation") for n, k in kinds.items() if "Programme" in n
    )
    assert not any(r.predicate.endswith("memberOf") for r in corpus.relations)


def test_real_parse_a_programme_for_government_in_lower_case_names_no_government(
    extract: Any,
) -> None:
    corpus = extract(
        "The ferry minister met porters.\n"
        "He said the strike would hurt the programme for government priorities."
    )
    assert "Government" not in _kinds(corpus)


def test_real_parse_the_government_elsewhere_is_still_the_government(extract: Any) -> None:
    corpus = extract(
        "The ferry union wrote to the Government about its plan for the harbour.\n"
        "The union said the programme was rushed."
    )
    assert _kinds(corpus).get("Government") == "GovernmentBody"
