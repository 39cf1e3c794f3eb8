"""``kg build --store DIR --workers N``: articles read on a Dask cluster, added to a store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = ["build_store_on_cluster"]


def build_store_on_cluster(
    inputs: list[str], options: Any, cluster: Any, *, store: Path, output: Path | None
) -> None:
    raise InputError("--store with --workers or --scheduler is not available yet")
