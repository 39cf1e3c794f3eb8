"""A build on a Dask cluster: map over batches of documents, reduce over entity summaries.

1. **map**: each task reads, parses and extracts a batch of documents on a
   worker (:func:`~kg.distributed.tasks.extract_batch`; the spaCy pipeline is
   loaded once per worker by :class:`~kg.distributed.tasks.ExtractorPlugin`).
   The result stays on the worker; the client receives only each document's
   entity summaries, word count and failures.
2. **reduce**: the client merges the summaries as they arrive
   (:class:`~kg.distributed.resolution.Resolution`), so its memory grows with
   the summaries, not with the documents.
3. **render**: each batch is turned into triples where it lies, with the merged
   labels of its entities, and each document's graph goes to the sink
   (:mod:`kg.distributed.sinks`) as its batch finishes; the merged entities'
   own triples go last.

The graph is the one a single-process :func:`kg.build` makes of the same
documents, triple for triple (so its Turtle is byte-identical). A document
that fails is reported (:class:`BuildReport`) and left out; a task whose
worker is lost is run again by Dask elsewhere.

Example:
    >>> from kg.distributed.sinks import GraphSink
    >>> with connect(workers=2) as client:  # doctest: +SKIP
    ...     sink = GraphSink()
    ...     report = run_build(client, items_of(["articles/"]), sink)
    >>> report.partial, len(sink.graph)  # doctest: +SKIP
    (False, 19316)
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.distributed.resolution import Resolution, entity_triples
from kg.distributed.sinks import Sink
from kg.distributed.tasks import (
    BatchSummary,
    ExtractorPlugin,
    Failure,
    Item,
    extract_batch,
    extract_items,
    render_batch,
    summaries_of,
)
from kg.errors import KGError

if TYPE_CHECKING:
    from kg.model import Document, Extraction

# distributed's API is untyped: its client and futures are Any here, checked by the tests
Client = Any
Future = Any

__all__ = [
    "ClusterError",
    "BuildReport",
    "Progress",
    "connect",
    "items_of",
    "items_of_documents",
    "run_build",
    "run_local",
    "extract_on_cluster",
    "PARTIAL_EXIT",
]

log = logging.getLogger(__name__)

#: The exit status of a build that left out documents it could not read.
PARTIAL_EXIT = 7


class ClusterError(KGError):
    """The Dask cluster cannot be started or reached."""

    exit_code = 6


@dataclass(frozen=True)
class Progress:
    """How far a build is: ``stage`` is ``"reading"`` (extraction) or ``"writing"`` (render)."""

    stage: str
    done: int
    total: int
    words: int


@dataclass
class BuildReport:
    """What a distributed build did: the documents in the graph, those left out and why."""

    documents: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    words: int = 0

    @property
    def partial(self) -> bool:
        """True when some document was left out."""
        return bool(self.failures)


def items_of(inputs: Sequence[Path | str], *, fetch_urls: bool = True) -> list[Item]:
    """The documents of files, folders and web addresses, as
    :func:`kg.extract.read.read_documents` finds them (same order, same ids), without
    reading them: the workers do."""
    from kg.extract.read import document_sources

    return [
        Item(position, str(source), doc_id, is_url=isinstance(source, str))
        for position, (source, doc_id) in enumerate(document_sources(inputs, fetch_urls=fetch_urls))
    ]


def items_of_documents(documents: Sequence[Document]) -> list[Item]:
    """Documents already read (the Python API, a store's build), sent as they are."""
    return [Item(i, d.path, d.id, d) for i, d in enumerate(documents)]


@contextlib.contextmanager
def connect(
    *, workers: int | None = None, scheduler: str | None = None, timeout: float | None = None
) -> Iterator[Client]:
    """A Dask client: of a new local cluster of ``workers`` processes (on 127.0.0.1, stopped
    on leaving), or of the cluster whose scheduler is at ``scheduler`` (``tcp://host:8786``).

    ``timeout`` bounds the wait for the scheduler (by default Dask's
    ``distributed.comm.timeouts.connect``, 30 s). Raises :class:`ClusterError`
    when the cluster cannot be started or reached.
    """
    dask = _distributed()
    if (workers is None) == (scheduler is None):
        raise ClusterError("give either a number of local workers or a scheduler address")
    with contextlib.ExitStack() as stack:
        try:
            if scheduler is not None:
                wait = {} if timeout is None else {"timeout": timeout}
                client = dask.Client(scheduler, set_as_default=False, **wait)
            else:
                cluster = dask.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # its HTTP server: loopback, any port
                    silence_logs=logging.ERROR,
                )
                stack.enter_context(cluster)
                client = dask.Client(cluster, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            where = f"the scheduler at {scheduler}" if scheduler else "a local cluster"
            raise ClusterError(
                f"cannot connect to {where} ({error}); check the address and that "
                "`dask scheduler` and some `dask worker` are running"
            ) from error
        stack.enter_context(client)
        yield client


def _distributed() -> Any:
    """The ``distributed`` module, imported when a build asks for a cluster."""
    import distributed

    return distributed


def _batches(items: Sequence[Item], size: int) -> list[list[Item]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def default_batch_size(documents: int, workers: int) -> int:
    """Documents per task: 8 tasks a worker (so that no worker idles long at the end while
    another finishes a batch), at most 16 documents (``nlp.pipe``'s batch)."""
    return max(1, min(16, math.ceil(documents / max(1, workers * 8))))


def run_build(
    client: Client,
    items: Sequence[Item],
    sink: Sink,
    *,
    gazetteer_files: Sequence[Path | str] = (),
    include_comments: bool = False,
    date: Any = None,
    batch_size: int | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> BuildReport:
    """Build the graph of ``items`` on the cluster of ``client`` into ``sink``.

    ``date`` is the date of documents that give none of their own. Documents that cannot be read or extracted are left out and listed in the
    report; the rest of the graph is the same as without them.
    """
    plugin = ExtractorPlugin(
        [str(Path(p).resolve()) for p in gazetteer_files], include_comments=include_comments
    )
    client.register_plugin(plugin)
    workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
    size = batch_size or default_batch_size(len(items), workers)
    batches = _batches([_readable(item) for item in items], size)
    extracted = [client.submit(extract_batch, b, plugin.name, date, pure=False) for b in batches]
    report = BuildReport()
    keys, resolution = _reduce(client, batches, extracted, report, len(items), on_progress)
    resolved = resolution.resolve()
    del resolution
    report.failures.sort(key=lambda f: f.position)
    renders: dict[Future, int] = {}
    for index, future in enumerate(extracted):
        if keys[index] is not None:
            assign = {key: resolved.assign[key] for key in keys[index] or ()}
            turtle = sink.turtle_blocks
            renders[client.submit(render_batch, future, assign, turtle, pure=False)] = index
    _render(client, renders, batches, extracted, sink, report, on_progress)
    sink.finish(entity_triples(resolved.entities))
    return report


def _prepare(
    client: Client,
    items: Sequence[Item],
    gazetteer_files: Sequence[Path | str],
    include_comments: bool,
    batch_size: int | None,
) -> tuple[str, list[list[Item]]]:
    """Register the extractor on the workers; its name and the batches of ``items``."""
    plugin = ExtractorPlugin(
        [str(Path(p).resolve()) for p in gazetteer_files], include_comments=include_comments
    )
    client.register_plugin(plugin)
    workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
    size = batch_size or default_batch_size(len(items), workers)
    return plugin.name, _batches([_readable(item) for item in items], size)


def extract_on_cluster(
    client: Client,
    documents: Sequence[Document],
    report: BuildReport,
    *,
    gazetteer_files: Sequence[Path | str] = (),
    include_comments: bool = False,
    batch_size: int | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> list[Extraction]:
    """The extractions of documents already read, made on the cluster, in order (for a
    store, which keeps them); the documents that fail are noted in ``report``, left out."""
    as_completed = _distributed().as_completed
    items = items_of_documents(documents)
    plugin, batches = _prepare(client, items, gazetteer_files, include_comments, batch_size)
    futures = {
        client.submit(extract_batch, b, plugin, None, pure=False): i for i, b in enumerate(batches)
    }
    found: dict[int, Extraction] = {}
    done = 0
    for future in as_completed(list(futures), loop=client.loop):
        index = futures[future]
        try:
            batch = future.result()
        except Exception as error:
            _batch_failed(batches[index], error, report)
        else:
            found.update(batch.extractions)
            report.words += sum(batch.words.values())
            report.failures.extend(batch.failures)
        future.release()
        done += len(batches[index])
        if on_progress is not None:
            on_progress(Progress("reading", done, len(items), report.words))
    report.failures.sort(key=lambda f: f.position)
    report.documents = [found[p].document.id for p in sorted(found)]
    return [found[p] for p in sorted(found)]


def _readable(item: Item) -> Item:
    """The item with an absolute path to read from (workers may not share the client's
    folder); the path recorded in the graph stays as given."""
    if item.document is not None or item.is_url:
        return item
    return dataclasses.replace(item, file=str(Path(item.path).resolve()))


def _reduce(
    client: Client,
    batches: list[list[Item]],
    extracted: list[Future],
    report: BuildReport,
    total: int,
    on_progress: Callable[[Progress], None] | None,
) -> tuple[list[list[str] | None], Resolution]:
    """Merge the batches' summaries as they come; the entity keys of each batch (None when
    the batch failed as a whole)."""
    as_completed = _distributed().as_completed
    resolution = Resolution()
    keys: list[list[str] | None] = [None] * len(batches)
    summaries = {client.submit(summaries_of, f, pure=False): i for i, f in enumerate(extracted)}
    done = 0
    for future in as_completed(list(summaries), loop=client.loop):
        index = summaries[future]
        try:
            part = future.result()
        except Exception as error:
            _batch_failed(batches[index], error, report)
            extracted[index].release()
        else:
            keys[index] = _absorb(part, resolution, report)
        future.release()
        done += len(batches[index])
        if on_progress is not None:
            on_progress(Progress("reading", done, total, report.words))
    return keys, resolution


def _absorb(part: BatchSummary, resolution: Resolution, report: BuildReport) -> list[str]:
    """Merge a batch's summaries; note its words and failures; its entities' keys."""
    batch_keys: list[str] = []
    for position, found in part.summaries.items():
        resolution.add(position, found)
        batch_keys.extend(s.key for s in found)
    report.words += sum(part.words.values())
    report.failures.extend(part.failures)
    return batch_keys


def run_local(
    items: Sequence[Item],
    sink: Sink,
    *,
    nlp: Any = None,
    gazetteer_files: Sequence[Path | str] = (),
    include_comments: bool = False,
    date: Any = None,
    batch_size: int = 16,
    on_progress: Callable[[Progress], None] | None = None,
) -> BuildReport:
    """The same build in this process, without a cluster; it holds every extraction until
    the merge, as :func:`kg.build` does."""
    from kg.extract.pipeline import load_extractor

    extractor = load_extractor(
        nlp=nlp, include_comments=include_comments, gazetteer_files=gazetteer_files
    )
    report, resolution, batches = BuildReport(), Resolution(), []
    for chunk in _batches(items, batch_size):
        batch = extract_items(extractor, chunk, date=date)
        _absorb(summaries_of(batch), resolution, report)
        batches.append(batch)
        if on_progress is not None:
            done = chunk[-1].position + 1
            on_progress(Progress("reading", done, len(items), report.words))
    resolved = resolution.resolve()
    report.failures.sort(key=lambda f: f.position)
    done = 0
    for batch in batches:
        for graph in render_batch(batch, resolved.assign, sink.turtle_blocks):
            sink.document(graph)
            report.documents.append(graph.doc_id)
        done += len(batch.extractions)
        if on_progress is not None:
            on_progress(Progress("writing", done, len(items) - len(report.failures), report.words))
    sink.finish(entity_triples(resolved.entities))
    return report


def _render(
    client: Client,
    renders: dict[Future, int],
    batches: list[list[Item]],
    extracted: list[Future],
    sink: Sink,
    report: BuildReport,
    on_progress: Callable[[Progress], None] | None,
) -> None:
    """Send each rendered document to the sink as its batch finishes."""
    as_completed = _distributed().as_completed
    total = sum(len(batches[i]) for i in renders.values())
    done = 0
    built: dict[str, int] = {}
    positions = {item.doc_id: item.position for batch in batches for item in batch}
    for future in as_completed(list(renders), loop=client.loop):
        index = renders[future]
        try:
            graphs = future.result()
        except Exception as error:
            _batch_failed(batches[index], error, report)
        else:
            for graph in graphs:
                sink.document(graph)
                built[graph.doc_id] = positions[graph.doc_id]
        future.release()
        extracted[index].release()
        done += len(batches[index])
        if on_progress is not None:
            on_progress(Progress("writing", done, total, report.words))
    report.documents = sorted(built, key=built.__getitem__)


def _batch_failed(batch: Sequence[Item], error: BaseException, report: BuildReport) -> None:
    message = f"{type(error).__name__}: {error}".strip()
    log.warning("a task of %d document(s) failed: %s", len(batch), message)
    known = {f.position for f in report.failures}
    for item in batch:
        if item.position not in known:
            report.failures.append(Failure(item.position, item.doc_id, item.path, message))
