"""Entities: the name an event is given from its mentions."""

from __future__ import annotations

from doc_builder import mention

from kg.extract.entities.naming import make_entity
from kg.rdf.namespaces import KG


def _label(*texts: str) -> str:
    found = [
        mention(text, KG.Negotiation, "noun-phrase", start=40 * k, sentence=k + 1, head="talk")
        for k, text in enumerate(texts)
    ]
    return make_entity("t", 0, found, found, {}).label


def test_entities_talks_between_sides_are_named_with_all_sides() -> None:
    """ "talks between the guild" (a phrase ended at the first side) and "talks between the
    guild and Acme": the event is named with both sides."""
    assert _label("talks between the guild", "talks between the guild and Acme") == (
        "talks between the guild and Acme"
    )


def test_entities_sentence_initial_talks_are_named_by_a_longer_phrase() -> None:
    """ "Talks" opening two sentences and "Talks between the guild" once: the bare noun, though
    capitalised, says little."""
    assert _label("Talks", "Talks", "Talks between the guild") == "Talks between the guild"
