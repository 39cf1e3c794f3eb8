"""Events (events8): a body's own gathering named with "its" or "their" ("at their annual
conference") is one occasion, kept though nothing named it before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import make_doc, resolved_of

from kg.extract.entities import ResolvedDocument
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _events(resolved: ResolvedDocument) -> list[str]:
    return [e.label for e in resolved.entities if core_class(e.type) == KG.Event]


def _owned(owner: str, noun: str) -> str:
    # "The guild changed its tone at {owner} {noun} ."
    return f"""
        The DET det 1 - DT
        guild NOUN nsubj 2 - NN
        changed VERB ROOT 2 change VBD
        its PRON poss 4 - PRP$
        tone NOUN dobj 2 - NN
        at ADP prep 2 - IN
        {owner} PRON poss 8 - PRP$
        annual ADJ amod 8 - JJ
        {noun} NOUN pobj 5 - NN
        . PUNCT punct 2 - .
        """


@pytest.mark.parametrize("owner", ["its", "their"])
def test_descriptions_a_gathering_owned_by_its_or_their_is_kept(owner: str) -> None:
    assert _events(resolved_of(make_doc(_owned(owner, "conference")))) == ["annual conference"]


def test_descriptions_an_owned_thing_that_is_no_gathering_is_still_dropped() -> None:
    """ "its annual budget" restates a thing named elsewhere, if anywhere: no event."""
    assert _events(resolved_of(make_doc(_owned("its", "budget")))) == []


def test_relations_members_at_their_conference_take_part_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry news\nMarta Lind told members of the Ferry Guild at their annual conference in "
        "Leeds that she would meet the minister."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Marta Lind", KG.participatesIn, "annual conference") in found
