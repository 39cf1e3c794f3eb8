"""A token that ends two organisation names names the wider one: "Labour" of "Welsh Labour"
is the head word of the Welsh party's name, not the UK party nested in it (resolved.py)."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Corpus
from kg.rdf.namespaces import KG


def test_extract_a_party_named_with_its_nation_is_the_actor_not_the_party_in_it(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry news\nThe Welsh Government unveiled a new ferry fares scheme on Monday."
        " Welsh Labour criticised the scheme.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    stances = {
        labels[r.subject] for r in corpus.relations if r.predicate in (KG.opposes, KG.criticises)
    }
    assert "Welsh Labour" in stances
    assert "Labour Party" not in stances
