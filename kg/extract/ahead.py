"""Parsing ahead: the next documents are parsed in a background thread while kg's rules read
the current one.

spaCy's statistical components spend most of their time in numpy and in compiled loops that
release the interpreter lock, while kg's rules are plain Python. Run one after the other, a
build takes the parse's time plus the rules' time; with the parse running a few documents
ahead in a second thread, most of the rules' time is hidden behind the parse on a machine with
two or more cores. On one core nothing is gained or lost but thread switches. What is computed
does not change: the documents come out in their order, each parsed as before.

Example:
    >>> list(ahead(iter(["a", "b", "c"])))
    ['a', 'b', 'c']
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar, cast

__all__ = ["AHEAD", "ahead"]

T = TypeVar("T")

#: How many items the background thread may have ready before it waits (two of the batches
#: kg parses at a time): enough to keep the parse busy, few enough to bound memory.
AHEAD = 32

#: Seconds a waiting thread sleeps before it checks again whether the reader has gone away.
_POLL = 0.1

_ITEM, _END, _ERROR = "item", "end", "error"


def ahead(items: Iterable[T], *, depth: int = AHEAD) -> Iterator[T]:
    """Yield ``items`` in order, made by a background thread up to ``depth`` items ahead.

    An exception raised while making an item is raised here, where that item would have come.
    Leaving early (``break``, an error in the reader, closing the generator) stops the thread
    after the item it is making, and the iterable is closed in that thread.
    """
    ready: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=depth)
    stop = threading.Event()
    worker = threading.Thread(
        target=_make, args=(items, ready, stop), name="kg-parse-ahead", daemon=True
    )
    worker.start()
    try:
        while True:
            kind, value = ready.get()
            if kind == _END:
                return
            if kind == _ERROR:
                raise cast(BaseException, value)
            yield cast(T, value)
    finally:
        stop.set()
        _drain(ready)
        worker.join()


def _make(
    items: Iterable[T], ready: queue.Queue[tuple[str, object]], stop: threading.Event
) -> None:
    """The background thread: put each item on ``ready`` until the items end or ``stop`` is set."""
    iterator = iter(items)
    try:
        for item in iterator:
            if not _put(ready, (_ITEM, item), stop):
                return
        _put(ready, (_END, None), stop)
    except BaseException as error:  # noqa: BLE001 - handed over to the reader, raised there
        _put(ready, (_ERROR, error), stop)
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()


def _put(
    ready: queue.Queue[tuple[str, object]], entry: tuple[str, object], stop: threading.Event
) -> bool:
    """Put ``entry`` on ``ready`` once there is room; False when the reader has gone away."""
    while not stop.is_set():
        try:
            ready.put(entry, timeout=_POLL)
        except queue.Full:
            continue
        return True
    return False


def _drain(ready: queue.Queue[tuple[str, object]]) -> None:
    """Empty ``ready`` so that a thread waiting to put sees the stop at once."""
    while True:
        try:
            ready.get_nowait()
        except queue.Empty:
            return
