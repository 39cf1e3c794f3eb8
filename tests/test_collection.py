"""``fewer_collections``: the youngest generation is collected less often inside the block,
and the collector's thresholds are as before on leaving it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kg.collection import YOUNG_THRESHOLD, fewer_collections


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_collection_threshold_is_raised_inside_and_restored(
    thresholds: tuple[int, int, int],
) -> None:
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
        with fewer_collections():  # nested: the outer setting holds
            assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == thresholds


def test_collection_threshold_is_restored_after_an_error(
    thresholds: tuple[int, int, int],
) -> None:
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("stop")
    assert gc.get_threshold() == thresholds


def test_collection_switched_off_stays_off(thresholds: tuple[int, int, int]) -> None:
    gc.set_threshold(0, 10, 10)

    @fewer_collections()
    def work() -> tuple[int, int, int]:
        return gc.get_threshold()

    assert work() == (0, 10, 10)
    assert gc.get_threshold() == (0, 10, 10)
