"""A proposal named with the amount it opens with is also called by its name alone, when the
name is one of its own (:func:`kg.extract.entities.naming.add_head_names`). Sentences written
for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _names(corpus: Any, name: str) -> set[str]:
    (entity,) = [e for e in corpus.entities if name in (e.label, *e.aliases)]
    return {entity.label, *entity.aliases}


def test_a_plan_named_after_its_amount_is_called_by_its_name(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Port news\nThe ministry froze most of its €10.4-billion harbour renewal fund in May.\n"
    )
    assert "harbour renewal fund" in _names(corpus, "€10.4-billion harbour renewal fund")


def test_a_short_name_after_an_amount_is_not_its_own(extract: Callable[..., Any]) -> None:
    corpus = extract("Port news\nThe ministry offered pilots a 7.4% additional uplift in May.\n")
    assert "additional uplift" not in _names(corpus, "7.4% additional uplift")
