"""Fewer garbage collections while kg builds its many small, long-lived objects.

Reading a document makes tens of thousands of objects (spans, mentions, relations) and a
graph hundreds of thousands (terms, triples), nearly all kept to the end: Python's cyclic
collector, run every 700 new objects by default, then walks them again and again and
finds little to free. Inside :func:`fewer_collections` the youngest generation is collected
every :data:`YOUNG_THRESHOLD` new objects instead; the thresholds are restored on leaving.
What kg computes does not change: only when unreachable cycles are freed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG_THRESHOLD", "fewer_collections"]

#: New objects between two collections of the youngest generation inside the context.
YOUNG_THRESHOLD = 10_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest generation less often while the block runs (nested blocks keep
    the outer setting; a threshold already higher is kept)."""
    young, middle, old = gc.get_threshold()
    if young == 0 or young >= YOUNG_THRESHOLD:  # collection off, or already rarer
        yield
        return
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)
