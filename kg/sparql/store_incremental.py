"""Adding documents to a store in time that grows with them, not with the store.

:func:`add_documents` of :mod:`kg.sparql.store` comes here when the store's
name index (:mod:`kg.sparql.store_index`) is there and made for the same
extractor: only the documents given are read (new ones, or stored ones whose
text or metadata changed), their entities are looked up in the index, their
named graphs are written, and the entities graph is changed triple by triple
(the entities whose names, types or labels changed; the relation triples that
appeared or that no document asserts any more). Documents whose entities were
renamed by the addition (rare: see :mod:`kg.sparql.store_index`) are rendered
again from their stored extraction. The store then holds exactly what a build
of all its documents would give, as after a full build.

:func:`rebuild_index` makes the index after a full build.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS

from kg.distributed.resolution import DocumentGraph, document_graph, entity_triples, summarise
from kg.model import Document, Extraction
from kg.rdf.namespaces import document_iri
from kg.sparql.named_graphs import ENTITIES_GRAPH
from kg.sparql.store_index import INDEX, NameIndex

__all__ = [
    "usable",
    "add_incrementally",
    "rebuild_index",
    "interrupted",
    "finished",
    "Reader",
    "StoreFiles",
    "WRITING",
]

#: A file that says a build through the index is writing the store: if it is there when
#: the next build starts, that build was interrupted and the store is built in full.
WRITING = "kg-store.writing"

log = logging.getLogger(__name__)

#: Reads documents: their extractions, in order.
Reader = Callable[[Sequence[Document]], list[Extraction]]


@dataclass(frozen=True)
class StoreFiles:
    """What this module needs of a store folder, given by :mod:`kg.sparql.store`: its
    database folder, how it keeps extractions, its error, what its
    manifest says after a build, and the update to fill."""

    folder: Path
    data: Path
    load_extraction: Callable[[str], Extraction | None]
    save_extraction: Callable[[Extraction], None]
    contents: Callable[..., dict[str, Any]]
    error: Callable[[str], Exception]
    update: Any
    """A :class:`~kg.sparql.store.StoreUpdate` with no graph."""


def usable(folder: Path, data: Path, manifest: dict[str, Any], fingerprint: str) -> bool:
    """True when documents can be added through the index: it exists, is made for this
    extractor and this store's documents, and the last build finished (``data`` is the
    store's database folder)."""
    if manifest.get("dirty") or manifest.get("extractor") != fingerprint:
        return False
    if interrupted(folder):
        return False
    if not (folder / INDEX).is_file() or not data.is_dir():
        return False
    try:
        with NameIndex(folder) as index:
            return index.valid_for(fingerprint, len(manifest["documents"]))
    except Exception as error:  # an unreadable index: a full build makes it again
        log.info("the store's index cannot be used (%s); rebuilding it", error)
        return False


def interrupted(folder: Path) -> bool:
    """True when a build through the index stopped while writing the store."""
    return (folder / WRITING).exists()


def finished(folder: Path) -> None:
    """The build's writes are all done (the manifest written last): no longer interrupted."""
    (folder / WRITING).unlink(missing_ok=True)


def rebuild_index(folder: Path, fingerprint: str, extractions: Sequence[Extraction]) -> None:
    """Make the index of a store from all its extractions, in the store's order."""
    with NameIndex(folder) as index:
        index.reset(fingerprint)
        index.add([(x.document.id, summarise(x)) for x in extractions])
        for extraction in extractions:
            graph = document_graph(extraction, index.assignment(extraction.document.id))
            index.set_relations(extraction.document.id, _relation_triples(graph))


def _relation_triples(graph: DocumentGraph) -> list[Any]:
    """A document's direct relation triples (its share of the entities graph, less the types
    and labels of its entities, which the merged entities' triples hold)."""
    return [t for t in graph.entity_triples if t[1] != RDF.type and t[1] != RDFS.label]


def add_incrementally(
    files: StoreFiles,
    manifest: dict[str, Any],
    documents: Sequence[Document],
    *,
    read: Reader,
    fingerprint: str,
    include_comments: bool,
) -> Any:
    """Add ``documents`` through the index; ``files.update``, filled in."""
    update = files.update
    stored = {entry["id"]: entry for entry in manifest["documents"]}
    to_read, refreshed = _sort(files, stored, documents)
    extractions = read(to_read) if to_read else []
    by_id = {x.document.id: x for x in extractions}
    for ids in (update.added, update.replaced):  # documents the reader reported: left out
        ids[:] = [doc_id for doc_id in ids if doc_id in by_id]
    with NameIndex(files.folder) as index:
        change = index.add(
            [(d.id, summarise(by_id[d.id])) for d in to_read if d.id in by_id],
            removed=update.replaced,
        )
        rendered = [*extractions, *refreshed]
        graphs = [document_graph(x, index.assignment(x.document.id)) for x in rendered]
        for doc_id in sorted(change.rerender - {x.document.id for x in refreshed}):
            cached = files.load_extraction(doc_id)
            if cached is None:
                raise files.error(
                    f"{files.folder}: the stored extraction of {doc_id!r} cannot be read; "
                    "rebuild the store into a new folder"
                )
            graphs.append(document_graph(cached, index.assignment(doc_id)))
        if graphs or change.before or change.after:
            update.graphs_written = _write(files, manifest, index, graphs, change)
        for extraction in rendered:
            files.save_extraction(extraction)
        update.documents = [entry["id"] for entry in manifest["documents"]]
        update.documents += [d for d in update.added if d not in stored]
        read_now = {**by_id, **{x.document.id: x for x in refreshed}}
        prefixes = dict(manifest.get("prefixes") or {})
        manifest.update(
            files.contents(
                prefixes, update.documents, read_now, stored, fingerprint, include_comments
            )
        )
        return update


def _sort(
    files: StoreFiles, stored: dict[str, Any], documents: Sequence[Document]
) -> tuple[list[Document], list[Extraction]]:
    """The documents to read (noted as added or replaced), and the stored extractions of
    documents whose text is the same but whose metadata (date ...) is new (noted as
    unchanged: their graph is written again, nothing is read)."""
    update = files.update
    to_read: list[Document] = []
    refreshed: list[Extraction] = []
    for document in documents:
        entry = stored.get(document.id)
        if entry is None:
            update.added.append(document.id)
            to_read.append(document)
            continue
        same = entry.get("sha256") == hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        cached = files.load_extraction(document.id) if same else None
        if cached is None:
            update.replaced.append(document.id)
            to_read.append(document)
            continue
        update.unchanged.append(document.id)
        if cached.document != document:
            cached.document = document
            refreshed.append(cached)
    return to_read, refreshed


def _write(
    files: StoreFiles,
    manifest: dict[str, Any],
    index: NameIndex,
    graphs: Sequence[DocumentGraph],
    change: Any,
) -> int:
    """Write the documents' named graphs and the changes of the entities graph; the number
    of graphs written. The manifest says ``dirty`` while the database is written."""
    from kg.files import atomic_write_text
    from kg.sparql.engine import quads_of

    # marked before the database changes, unmarked after the manifest: a build that stops
    # between leaves the mark, and the next one rebuilds the store in full (writing the
    # whole manifest twice, as a dirty flag, would cost more than the rest at 10,000 documents)
    atomic_write_text(files.folder / WRITING, "a kg build is writing this store\n")
    store = ox.Store(str(files.data))
    try:
        digests = dict(manifest.get("graphs") or {})
        removed: list[Any] = []
        added: list[Any] = []
        for graph in graphs:
            name = document_iri(graph.doc_id)
            quads = list(quads_of(graph.triples, name))
            store.clear_graph(ox.NamedNode(str(name)))
            store.extend(quads)
            digests[str(name)] = _digest(quads)
            gone, fresh = index.set_relations(graph.doc_id, _relation_triples(graph))
            removed += gone
            added += fresh
        before = set(entity_triples(change.before))
        after = set(entity_triples(change.after))
        removed += [t for t in before - after]
        added += [t for t in after - before]
        name = ENTITIES_GRAPH
        digests[str(name)] = _apply(store, name, removed, added, digests.get(str(name)))
        store.flush()
    finally:
        del store
    manifest["graphs"] = dict(sorted(digests.items()))
    return len(graphs) + 1


def _apply(
    store: ox.Store, name: Any, removed: Iterable[Any], added: Iterable[Any], digest: str | None
) -> str:
    """Remove and add triples of one named graph; its digest, updated by the quads that
    really went and came (as :func:`kg.sparql.store._digest` of the whole graph)."""
    from kg.sparql.engine import quads_of

    count, total = _parse_digest(digest)
    modulus = 1 << 128
    for quad in quads_of(removed, name):
        if quad in store:
            store.remove(quad)
            count, total = count - 1, (total - _quad_hash(quad)) % modulus
    for quad in quads_of(added, name):
        if quad not in store:
            store.add(quad)
            count, total = count + 1, (total + _quad_hash(quad)) % modulus
    return f"{count}:{total:032x}"


def _digest(quads: Sequence[ox.Quad]) -> str:
    """A graph's digest, as ``kg.sparql.store._digest`` makes it: the same for the same quads."""
    total = sum(_quad_hash(quad) for quad in quads) % (1 << 128)
    return f"{len(quads)}:{total:032x}"


def _parse_digest(digest: str | None) -> tuple[int, int]:
    if not digest or ":" not in digest:
        return 0, 0
    count, total = digest.split(":", 1)
    return int(count), int(total, 16)


def _quad_hash(quad: ox.Quad) -> int:
    """One quad's share of a graph's digest (:func:`kg.sparql.store._digest`)."""
    return int.from_bytes(hashlib.blake2b(str(quad).encode(), digest_size=16).digest(), "big")
