"""``kg build --store DIR --workers N | --scheduler ADDRESS``: articles read on a Dask cluster,
added to a store.

The client reads the articles (the store compares their texts with the stored
ones to know which to read again); the cluster parses and extracts those the
store asks for; the store merges them through its name index
(:mod:`kg.sparql.store_index`) and keeps their extractions. Documents that fail
are listed and left out, and the build exits with status 7.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["build_store_on_cluster"]


def build_store_on_cluster(
    inputs: list[str], options: Any, cluster: Any, *, store: Path, output: Path | None
) -> None:
    """Add ``inputs`` to ``store``, their extraction done on the cluster of ``cluster``."""
    from kg.cli.build import _report_skipped, build_store
    from kg.cli.build_cluster import _finish, _progress
    from kg.distributed.build import BuildReport, connect, extract_on_cluster
    from kg.extract.read import read_documents
    from kg.model import Document, Extraction

    documents = read_documents(
        inputs, fetch_urls=cluster.fetch_urls, date=cluster.date, on_skip=_report_skipped
    )
    report = BuildReport()
    if cluster.workers is None and cluster.scheduler is None:  # pragma: no cover - checked before
        raise ValueError("a cluster is needed")
    with connect(workers=cluster.workers, scheduler=cluster.scheduler) as client:

        def extract(to_read: Sequence[Document]) -> list[Extraction]:
            with _progress(len(to_read), quiet=options.quiet) as on_progress:
                return extract_on_cluster(
                    client,
                    to_read,
                    report,
                    gazetteer_files=options.gazetteer_files,
                    include_comments=options.include_comments,
                    batch_size=cluster.batch_size,
                    on_progress=on_progress,
                )

        build_store(store, documents, options, output=output, extract=extract)
    _finish(report)
