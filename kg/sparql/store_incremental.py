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

Like a full build, it writes a new generation of the database (a hard-linked
copy of the current one, changed) and the store switches to it when the
manifest is replaced (:mod:`kg.sparql.store_disk`); the index's changes are
committed just before, stamped with a token that the new manifest names, so
an index that a stopped build changed is never used with the manifest it
did not reach. :func:`rebuild_index` makes the index after a full build.
"""

from __future__ import annotations

import logging
import secrets
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
from kg.sparql.store_disk import (
    INDEX,
    data_path,
    graph_digest,
    quad_hash,
    text_digest,
    write_generation,
)
from kg.sparql.store_index import NameIndex

__all__ = ["usable", "add_incrementally", "rebuild_index", "new_token", "Reader", "StoreFiles"]

log = logging.getLogger(__name__)

#: Reads documents: their extractions, in order.
Reader = Callable[[Sequence[Document]], list[Extraction]]


@dataclass(frozen=True)
class StoreFiles:
    """What this module needs of a store folder, given by :mod:`kg.sparql.store`: how it
    keeps documents (its stored extraction by id, for the text the manifest lists; saving
    a document and its extraction), its crash points, what its manifest says after a
    build, its error, and the update to fill."""

    folder: Path
    load_extraction: Callable[[str], Extraction | None]
    save_document: Callable[[Extraction], None]
    crash_point: Callable[[str], None]
    contents: Callable[..., dict[str, Any]]
    error: Callable[[str], Exception]
    update: Any
    """A :class:`~kg.sparql.store.StoreUpdate` with no graph."""


def new_token() -> str:
    """A token for the build that writes the index; the manifest it switches to names it."""
    return secrets.token_hex(8)


def usable(folder: Path, manifest: dict[str, Any], fingerprint: str) -> bool:
    """True when documents can be added through the index: it exists, is made for this
    extractor and this store's documents, by the build whose manifest is in force."""
    if manifest.get("dirty") or manifest.get("extractor") != fingerprint:
        return False
    token = manifest.get("index")
    if not token or not (folder / INDEX).is_file() or not data_path(folder, manifest).is_dir():
        return False
    try:
        with NameIndex(folder) as index:
            return index.valid_for(fingerprint, str(token), len(manifest["documents"]))
    except Exception as error:  # an unreadable index: a full build makes it again
        log.info("the store's index cannot be used (%s); rebuilding it", error)
        return False


def rebuild_index(
    folder: Path, fingerprint: str, token: str, extractions: Sequence[Extraction]
) -> None:
    """Make the index of a store from all its extractions, in the store's order, for the
    build whose manifest will name ``token``."""
    with NameIndex(folder) as index:
        index.reset(fingerprint)
        index.stamp(token)
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
    """Add ``documents`` through the index; ``files.update``, filled in.

    ``manifest`` (the one in force) is changed into the one to switch to; the
    caller writes it. The index's changes are committed before this returns.
    """
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
        for extraction in rendered:
            files.save_document(extraction)
        files.crash_point("documents-written")
        if graphs or change.before or change.after:
            update.graphs_written = _write(files, manifest, index, graphs, change)
        files.crash_point("data-written")
        update.documents = [entry["id"] for entry in manifest["documents"]]
        update.documents += [d for d in update.added if d not in stored]
        read_now = {**by_id, **{x.document.id: x for x in refreshed}}
        prefixes = dict(manifest.get("prefixes") or {})
        manifest.update(
            files.contents(
                prefixes, update.documents, read_now, stored, fingerprint, include_comments
            )
        )
        manifest["index"] = new_token()
        index.stamp(manifest["index"])
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
        same = entry.get("sha256") == text_digest(document.text)
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
    """Write a new generation: the documents' named graphs and the changes of the entities
    graph, in a copy of the current one; name it and the graphs' digests in ``manifest``.
    The number of graphs written."""
    from kg.sparql.engine import quads_of

    digests = dict(manifest.get("graphs") or {})

    def write(store: ox.Store) -> None:
        removed: list[Any] = []
        added: list[Any] = []
        for graph in graphs:
            name = document_iri(graph.doc_id)
            quads = list(quads_of(graph.triples, name))
            store.clear_graph(ox.NamedNode(str(name)))
            store.extend(quads)
            digests[str(name)] = graph_digest(quads)
            gone, fresh = index.set_relations(graph.doc_id, _relation_triples(graph))
            removed += gone
            added += fresh
        files.crash_point("graphs-half-written")
        before = set(entity_triples(change.before))
        after = set(entity_triples(change.after))
        removed += [t for t in before - after]
        added += [t for t in after - before]
        name = ENTITIES_GRAPH
        digests[str(name)] = _apply(store, name, removed, added, digests.get(str(name)))

    manifest["data"] = write_generation(files.folder, manifest, write, copy=True)
    manifest["graphs"] = dict(sorted(digests.items()))
    return len(graphs) + 1


def _apply(
    store: ox.Store, name: Any, removed: Iterable[Any], added: Iterable[Any], digest: str | None
) -> str:
    """Remove and add triples of one named graph; its digest, updated by the quads that
    really went and came (as :func:`~kg.sparql.store_disk.graph_digest` of the whole graph)."""
    from kg.sparql.engine import quads_of

    count, total = _parse_digest(digest)
    modulus = 1 << 128
    for quad in quads_of(removed, name):
        if quad in store:
            store.remove(quad)
            count, total = count - 1, (total - quad_hash(quad)) % modulus
    for quad in quads_of(added, name):
        if quad not in store:
            store.add(quad)
            count, total = count + 1, (total + quad_hash(quad)) % modulus
    return f"{count}:{total:032x}"


def _parse_digest(digest: str | None) -> tuple[int, int]:
    if not digest or ":" not in digest:
        return 0, 0
    count, total = digest.split(":", 1)
    return int(count), int(total, 16)
