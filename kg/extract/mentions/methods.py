"""How far each way of finding a mention is trusted: the one table of mention methods.

Three uses read it, and each has its own column, because they order the methods differently:

* ``confidence``: how sure a mention found this way is; written to the graph
  (``kg:confidence``) and used to break ties between equally ranked mentions.
* ``settle``: which of two overlapping candidates is kept (higher first). A
  description and a noun phrase share a priority, so between them the longer
  span wins. Role phrases are not settled: they are added after settling, over
  the names they contain, so they have no priority.
* ``resolve``: which mention of an entity gives it its type and label (higher
  first). A noun phrase outranks a description here ("the plan" takes the name
  of "the 10-year plan"), and a role phrase ("the health secretary") never names
  its holder.

Example:
    >>> METHODS["gazetteer"].confidence, METHODS["description"].settle, METHODS["role"].resolve
    (0.95, 1, 0)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Method", "METHODS"]


@dataclass(frozen=True)
class Method:
    """How far a mention found one way is trusted, for each use (see the module)."""

    confidence: float
    settle: int | None
    resolve: int


METHODS: dict[str, Method] = {
    #                            confidence  settle  resolve
    "gazetteer": Method(0.95, 6, 6),
    "acronym": Method(0.9, 5, 5),
    "honorific": Method(0.85, 4, 4),
    "ner": Method(0.75, 3, 3),
    "role": Method(0.8, None, 0),
    "name-part": Method(0.7, 2, 2),
    "noun-phrase": Method(0.6, 1, 1),
    "description": Method(0.55, 1, 0),
    "verb": Method(0.5, 0, 1),
    "verb-again": Method(0.5, 0, 1),
}
