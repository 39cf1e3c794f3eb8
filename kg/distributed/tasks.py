"""What runs on a Dask worker: the extractor loaded once (a worker plugin) and the two tasks.

* :func:`extract_batch` reads, parses and extracts a batch of documents and
  keeps the result (:class:`Batch`) on the worker;
* :func:`summaries_of` sends the client the small part of it the merge needs
  (:class:`BatchSummary`: per document its entity summaries and word count,
  and the documents that failed with their errors);
* :func:`render_batch`, once the client has merged the summaries, turns each
  document into its triples with the merged entities' labels
  (:class:`~kg.distributed.resolution.DocumentGraph`).

A document that cannot be read or whose extraction raises is reported, not
raised, so that the rest of its batch and of the build go on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from kg.distributed.resolution import (
    Assignment,
    DocumentGraph,
    EntitySummary,
    document_graph,
    summarise,
)
from kg.extract.pipeline import Extractor
from kg.model import Document, Extraction

__all__ = [
    "Item",
    "Failure",
    "Batch",
    "BatchSummary",
    "ExtractorPlugin",
    "loaded_extractors",
    "extract_batch",
    "extract_items",
    "summaries_of",
    "render_batch",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Item:
    """A document to read: its place in the build's order, its source and its id.

    ``path`` is the file as given (recorded in the graph) or a web address
    (``is_url``); ``file`` is where to read the file (absolute), if not
    ``path``. ``text`` is given for documents already read (the Python API);
    then ``path`` is only its name.
    """

    position: int
    path: str
    doc_id: str
    document: Document | None = None
    file: str | None = None
    is_url: bool = False


@dataclass(frozen=True)
class Failure:
    """A document that could not be read or extracted, and why."""

    position: int
    doc_id: str
    path: str
    error: str


@dataclass
class Batch:
    """What a worker read from a batch of documents; stays on the worker until rendered."""

    extractions: dict[int, Extraction] = field(default_factory=dict)
    words: dict[int, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)


@dataclass
class BatchSummary:
    """What the client needs of a batch to merge entities: no text, no mention."""

    summaries: dict[int, list[EntitySummary]] = field(default_factory=dict)
    doc_ids: dict[int, str] = field(default_factory=dict)
    words: dict[int, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)


def plugin_name(gazetteer_files: Sequence[str], include_comments: bool) -> str:
    """The name of the plugin for these options: one loaded extractor per set of options."""
    digest = hashlib.sha256(repr((list(gazetteer_files), include_comments)).encode()).hexdigest()
    return f"kg-extractor-{digest[:12]}"


class ExtractorPlugin(WorkerPlugin):
    """A Dask worker plugin that loads kg's extractor (spaCy pipeline, lexicon, gazetteer)
    once per worker, when the worker starts or when the plugin is registered.

    It is idempotent: registering it again (another build on the same cluster
    with the same options) keeps the extractor the workers have.
    """

    idempotent = True

    def __init__(self, gazetteer_files: Sequence[str] = (), include_comments: bool = False):
        self.gazetteer_files = list(gazetteer_files)
        self.include_comments = include_comments
        self.name = plugin_name(self.gazetteer_files, include_comments)
        self.extractor: Extractor | None = None
        self.loads = 0

    def setup(self, worker: Any) -> None:
        from kg.extract.pipeline import load_extractor

        self.loads += 1
        self.extractor = load_extractor(
            include_comments=self.include_comments, gazetteer_files=self.gazetteer_files
        )
        log.info("kg extractor loaded on %s", getattr(worker, "address", "a worker"))

    def teardown(self, worker: Any) -> None:
        self.extractor = None


def loaded_extractors(dask_worker: Any) -> dict[str, int]:
    """On a worker (``client.run(loaded_extractors)``, which passes ``dask_worker``): its kg
    extractors and how many times each was loaded."""
    plugins = dask_worker.plugins.values()
    return {p.name: p.loads for p in plugins if isinstance(p, ExtractorPlugin) and p.extractor}


def _extractor(name: str) -> Extractor:
    from distributed import get_worker

    plugin = get_worker().plugins.get(name)
    if not isinstance(plugin, ExtractorPlugin) or plugin.extractor is None:
        raise RuntimeError(f"the worker has no kg extractor {name}; register ExtractorPlugin")
    return plugin.extractor


def _error(error: BaseException) -> str:
    """One line: the error's type and message, and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {message}{where}"


def _read(item: Item, date: Any) -> Document:
    from kg.extract.read import read_source

    if item.document is not None:
        return item.document
    if item.is_url:
        return read_source(item.path, doc_id=item.doc_id, date=date)
    document = read_source(Path(item.file or item.path), doc_id=item.doc_id, date=date)
    return dataclasses.replace(document, path=item.path)


def extract_batch(items: Sequence[Item], plugin: str, date: Any = None) -> Batch:
    """Read, parse and extract ``items`` with the worker's extractor named ``plugin``;
    ``date`` is the date of the documents that give none (``kg build --date``)."""
    return extract_items(_extractor(plugin), items, date=date)


def extract_items(extractor: Extractor, items: Sequence[Item], *, date: Any = None) -> Batch:
    """Read, parse and extract ``items``; a document that fails is noted in the batch."""
    batch = Batch()
    documents: list[tuple[Item, Document]] = []
    for item in items:
        try:
            documents.append((item, _read(item, date)))
        except Exception as error:
            batch.failures.append(Failure(item.position, item.doc_id, item.path, _error(error)))
    try:
        extractions = _extract(extractor, [d for _, d in documents])
    except Exception:  # one document broke the batch: read them one by one
        extractions = []
        for item, document in documents:
            try:
                extractions.extend(_extract(extractor, [document]))
            except Exception as error:
                batch.failures.append(Failure(item.position, item.doc_id, item.path, _error(error)))
    items_by_id = {document.id: item for item, document in documents}
    for extraction in extractions:
        position = items_by_id[extraction.document.id].position
        batch.extractions[position] = extraction
        batch.words[position] = len(extraction.document.text.split())
    batch.failures.sort(key=lambda f: f.position)
    return batch


def _extract(extractor: Extractor, documents: Sequence[Document]) -> list[Extraction]:
    from kg.extract.pipeline import extract_each

    return list(extract_each(extractor, documents))


def summaries_of(batch: Batch) -> BatchSummary:
    """The part of ``batch`` that the client merges."""
    return BatchSummary(
        {position: summarise(x) for position, x in batch.extractions.items()},
        {position: x.document.id for position, x in batch.extractions.items()},
        dict(batch.words),
        list(batch.failures),
    )


def render_batch(
    batch: Batch, assign: Mapping[str, Assignment], turtle: bool = False
) -> list[DocumentGraph]:
    """Each document of ``batch`` as triples, with the merged entities' labels, in order;
    with ``turtle``, its own subjects as Turtle blocks."""
    return [
        document_graph(batch.extractions[p], assign, turtle=turtle)
        for p in sorted(batch.extractions)
    ]
