"""``kg build --store DIR --workers N | --scheduler ADDRESS``: articles read on a Dask cluster,
added to a store.

The client reads the articles (the store compares their texts with the stored
ones to know which to read again); the cluster parses and extracts those the
store asks for; the store merges them through its name index
(:mod:`kg.sparql.store_index`) and keeps their extractions. Documents that fail
are listed and left out, and the build exits with status 7.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from kg.model import Document, Extraction

__all__ = ["store_extraction"]


@contextlib.contextmanager
def store_extraction(
    options: Any, cluster: Any
) -> Iterator[Callable[[Sequence[Document]], list[Extraction]]]:
    """A cluster for the time of a store's build, and the ``extract`` it gives
    :func:`~kg.sparql.store.add_documents`; on leaving, the documents that failed are listed
    and the command exits with the partial status if any did."""
    from kg.cli.build_cluster import _finish, _progress
    from kg.distributed.build import BuildReport, connect, extract_on_cluster

    report = BuildReport()
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

        yield extract
    _finish(report)
