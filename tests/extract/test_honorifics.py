"""People named after a word that says they are people, on a real parse (the hand-built
cases are in test_mention_sources.py)."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Corpus
from kg.rdf.namespaces import KG


def test_extract_names_after_a_plural_role_are_people(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "MEPs voted for the reports of rapporteurs Henrike Vossberg and Dimitris"
        " Kalogeropoulos on the new rules.\n"
    )
    people = {e.label for e in corpus.entities if e.type == KG.Person}
    assert {"Henrike Vossberg", "Dimitris Kalogeropoulos"} <= people
