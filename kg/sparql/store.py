"""A persistent store: a corpus that grows document by document, on disk, in Oxigraph.

``kg build INPUT... --store DIR`` adds articles to the store in ``DIR``;
``kg query DIR``, ``kg view DIR``, ``kg serve DIR``, ``kg push DIR`` and
``kg export DIR`` read it as they read a Turtle file. The folder's layout,
its lock and how a build replaces the store in one step (a reader sees the
store before a build or after it, never in between, even when the build is
killed or the disk fills up) are described in :mod:`kg.sparql.store_disk`.

**Named graphs.** Every triple of the merged graph lies in exactly one named
graph: a document's graph (named with the document's IRI, ``doc:ID``) holds the
document node, its sentences, mentions and statements and the ``kg:mentionedIn``
links to it; ``kg-graph:entities`` holds what is said about entities across
documents (types, labels, other names, the direct relation triples);
``kg-graph:ontology`` holds the ontology (:mod:`kg.sparql.named_graphs`).
Queries see the union of these graphs as their default graph, so a store
answers exactly as the single graph that ``kg build`` writes for the same
articles.

**Adding documents.** A document is identified by its id (the slug of its file
name, as in ``doc:ID``): building a document whose id the store holds replaces
it. Entities are resolved across all documents of the store, as in one ``kg
build`` of all of them, so the same actor is one node however the corpus was
built up. Usually this goes through the store's name index
(:mod:`kg.sparql.store_incremental`): only the documents given are read and
looked up, and the cost of adding k documents grows with k, not with the
store. A full build merges every stored extraction instead (only new or
changed articles are parsed: spaCy is the slow part) and makes the index
again; it runs when the index is missing, was made for another extractor or
by a build that did not finish. When the extractor itself, its ontology
files, the gazetteers or ``--include-comments`` differ from the last build,
every stored article is read again, so the whole store always reflects one
extractor. Either way only named graphs whose content changed are rewritten,
in a hard-linked copy of the database, so the unchanged ones cost nothing.

Example:
    >>> from kg.extract.read import read_text
    >>> doc = read_text("Pay\\nThe BMA wrote to the Government.", doc_id="pay")
    >>> update = add_documents("corpus", [doc])  # doctest: +SKIP
    >>> update.added  # doctest: +SKIP
    ['pay']
    >>> with open_store("corpus") as graph:  # doctest: +SKIP
    ...     print(graph.named_graphs()[0])
    https://w3id.org/kg-policy/doc/pay
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kg import __version__
from kg.files import first_line
from kg.model import Document, Extraction
from kg.sparql.engine import OxigraphGraph, open_disk_store, quads_of
from kg.sparql.named_graphs import ENTITIES_GRAPH, ONTOLOGY_GRAPH, split_by_document
from kg.sparql.store_disk import (
    LOCK,
    MANIFEST,
    STORE_FORMAT,
    StoreError,
    check_new_store,
    check_not_dirty,
    clean_leftovers,
    crash_point,
    data_path,
    graph_digest,
    is_half_made,
    is_store,
    load_document,
    load_extraction,
    lock_store,
    prepare_folder,
    read_manifest,
    remove_document_files,
    remove_half_made,
    save_document,
    text_digest,
    write_generation,
    write_manifest,
)

__all__ = [
    "StoreError",
    "StoreUpdate",
    "add_documents",
    "repair_store",
    "open_store",
    "is_store",
    "store_data_path",
    "store_documents",
    "split_by_document",
    "lock_store",
    "ONTOLOGY_GRAPH",
    "ENTITIES_GRAPH",
    "MANIFEST",
]

log = logging.getLogger(__name__)

# code (under kg/) and data (under ontology/) whose content decides what the extractor reads
_EXTRACTOR_CODE = ("extract/**/*.py", "model.py", "rdf/namespaces.py", "rdf/schema.py")
_EXTRACTOR_DATA = ("kg.ttl", "gazetteer.ttl", "gazetteers/*.ttl", "lexicon.ttl", "given-names.ttl")


# --------------------------------------------------------------------------- reading


def store_documents(path: Path | str) -> list[dict[str, Any]]:
    """The documents of a store in the order they were added: ``id``, ``path``, ``sha256``."""
    return list(read_manifest(Path(path))["documents"])


def store_data_path(path: Path | str) -> Path:
    """The folder of the database that the store's manifest names (the store's current generation)."""
    folder = Path(path)
    manifest = read_manifest(folder)
    check_not_dirty(folder, manifest)
    return data_path(folder, manifest)


def open_store(path: Path | str) -> OxigraphGraph:
    """Open a store read-only for queries; close the result (or use ``with``) to release it.

    Raises :class:`StoreError` when the folder is no store, a build holds its
    lock, or a build of an earlier kg left it half-written.
    """
    folder = Path(path)
    if not folder.exists():
        raise StoreError(
            f"{folder}: no such store; make one with kg build INPUT... --store {folder}"
        )
    if not is_store(folder):
        if (folder / LOCK).exists():  # a first build is writing it, or was stopped
            with lock_store(folder, exclusive=False):
                pass
        raise StoreError(
            f"{folder}: is a folder but not a kg store (no {MANIFEST}); "
            "give a graph file or a folder made by kg build --store"
        )
    lock = lock_store(folder, exclusive=False)
    lock.__enter__()
    try:
        manifest = read_manifest(folder)
        check_not_dirty(folder, manifest)
        try:
            store = open_disk_store(data_path(folder, manifest), read_only=True)
        except OSError as error:
            raise StoreError(
                f"{folder}: the store's database cannot be opened ({first_line(error)}); "
                f"repair it with kg store repair {folder}, or rebuild it into a new folder"
            ) from error
    except BaseException:
        lock.__exit__(None, None, None)
        raise
    prefixes = dict(manifest.get("prefixes") or {})

    def release() -> None:
        lock.__exit__(None, None, None)

    return OxigraphGraph(store, name=folder.name, prefixes=prefixes, on_close=release)


# --------------------------------------------------------------------------- adding documents


@dataclass
class StoreUpdate:
    """What :func:`add_documents` did.

    ``graph`` is the merged graph of every document now in the store, or None
    when the documents were added through the name index (the store was not
    read: :func:`open_store` gives its graph); ``added``/``replaced``/``unchanged``
    list the ids of the documents given (``unchanged``: same text as stored,
    nothing re-read); ``reread`` lists stored documents read again because the
    extractor or its options changed.
    """

    graph: Graph | None
    documents: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    reread: list[str] = field(default_factory=list)
    graphs_written: int = 0
    graphs_removed: int = 0


def extractor_fingerprint(gazetteer_files: Sequence[Path | str], include_comments: bool) -> str:
    """A digest of what decides an extraction: kg's extractor code and data, gazetteers, options."""
    from kg.rdf.schema import ontology_dir

    digest = hashlib.sha256(f"kg {__version__}; comments={include_comments}\n".encode())
    package = Path(__file__).resolve().parent.parent  # kg/
    data = ontology_dir()
    for root, patterns in ((package, _EXTRACTOR_CODE), (data, _EXTRACTOR_DATA)):
        for pattern in patterns:
            for path in sorted(root.glob(pattern)):
                name = path.relative_to(root).as_posix()
                digest.update(name.encode() + b"\0" + path.read_bytes())
    for gazetteer in gazetteer_files:
        digest.update(b"gazetteer\0" + Path(gazetteer).read_bytes())
    return digest.hexdigest()


#: Reads documents: their extractions, in order (a document it reports and leaves out
#: has none).
Reader = Callable[[Sequence[Document]], list[Extraction]]


def add_documents(
    path: Path | str,
    documents: Sequence[Document],
    *,
    nlp: Any = None,
    include_comments: bool = False,
    gazetteer_files: Sequence[Path | str] = (),
    on_document: Callable[[Document], None] | None = None,
    n_process: int = 1,
    extract: Reader | None = None,
) -> StoreUpdate:
    """Add ``documents`` to the store at ``path`` (created if needed) and return the update.

    A document whose id the store holds is replaced. Entities are resolved
    across every document of the store, as in one ``kg build`` of all of them:
    through the store's name index (:mod:`kg.sparql.store_incremental`) when it
    is there and made for this extractor and this store, so that only the
    documents given are read; otherwise by merging every stored extraction,
    after which the index is made. ``nlp`` is loaded only when some article
    must be parsed; ``extract`` (documents → their extractions, in order)
    reads them instead, e.g. on a cluster. The store changes in one step at
    the end: a build that fails or is killed leaves it as it was. Raises
    :class:`StoreError` when the folder is not a store, another kg process
    holds its lock, or the store cannot be written.
    """
    from kg.sparql import store_incremental as incremental

    read = extract or _reader(nlp, include_comments, gazetteer_files, on_document, n_process)
    folder = Path(path)
    if folder.is_dir() and not is_store(folder) and not is_half_made(folder):
        check_new_store(folder)  # refused before the lock file is made among its files
    created = prepare_folder(folder)
    with lock_store(folder, exclusive=True):  # before anything else in the folder is touched
        crash_point("locked")
        try:
            if is_store(folder):
                manifest = read_manifest(folder)
                clean_leftovers(folder, manifest)
            else:
                check_new_store(folder)
                manifest = {"kg_store": STORE_FORMAT, "documents": [], "graphs": {}}
            fingerprint = extractor_fingerprint(gazetteer_files, include_comments)
            if incremental.usable(folder, manifest, fingerprint):
                return _add_through_index(
                    folder, manifest, documents, read, fingerprint, include_comments
                )
            return _build(
                folder, manifest, documents, read, fingerprint, include_comments, rewrite=False
            )
        except BaseException:
            if created and not is_store(folder):  # leave no half-made store behind
                remove_half_made(folder)
            raise


def repair_store(path: Path | str, *, nlp: Any = None) -> StoreUpdate:
    """Write the whole database of the store at ``path`` again, from its stored documents.

    For a store that a build of an earlier kg left half-written (``"dirty"``),
    or whose database cannot be opened. The extractions stored with the
    documents are reused; a document whose extraction is missing is read
    again (``nlp`` is loaded then). The name index is made again too.
    """
    folder = Path(path)
    if not is_store(folder):
        raise StoreError(f"{folder}: is not a kg store (no {MANIFEST}); nothing to repair")
    with lock_store(folder, exclusive=True):
        manifest = read_manifest(folder)
        include_comments = bool(manifest.get("include_comments"))
        read = _reader(nlp, include_comments, (), None, 1)
        fingerprint = str(manifest.get("extractor") or "")
        return _build(folder, manifest, [], read, fingerprint, include_comments, rewrite=True)


def _build(
    folder: Path,
    manifest: dict[str, Any],
    documents: Sequence[Document],
    read: Reader,
    fingerprint: str,
    include_comments: bool,
    *,
    rewrite: bool,
) -> StoreUpdate:
    """Merge every document of the store, write a new generation, make the name index
    again and switch the manifest to both."""
    from kg.sparql import store_incremental as incremental

    update = StoreUpdate(graph=None)
    same = rewrite or manifest.get("extractor") == fingerprint
    plan = _plan(folder, manifest, documents, update, same=same)
    if plan.to_read:
        for extraction in read(plan.to_read):
            plan.extractions[extraction.document.id] = extraction
        _leave_out_unread(folder, manifest, plan, update)
    graph = _merge(folder, plan, update, fingerprint)
    crash_point("documents-written")
    data, digests = _write_generation(folder, manifest, graph, update, rewrite=rewrite)
    crash_point("data-written")
    token = incremental.new_token()
    ordered = [plan.extractions[doc_id] for doc_id in plan.order]
    incremental.rebuild_index(folder, fingerprint, token, ordered)
    crash_point("index-written")
    manifest.update(_contents(plan, graph, fingerprint, include_comments))
    manifest.pop("dirty", None)
    manifest["data"], manifest["graphs"], manifest["index"] = data, digests, token
    write_manifest(folder, manifest)  # the switch: readers see the new store from here
    crash_point("switched")
    clean_leftovers(folder, manifest)
    return update


@dataclass
class _Plan:
    """The store's documents in order; which to read (parse) and the extractions to reuse."""

    order: list[str]
    to_read: list[Document] = field(default_factory=list)
    extractions: dict[str, Extraction] = field(default_factory=dict)
    refreshed: set[str] = field(default_factory=set)
    """Documents whose text is unchanged but whose metadata (date ...) is new: saved again."""


def _plan(
    folder: Path,
    manifest: dict[str, Any],
    documents: Sequence[Document],
    update: StoreUpdate,
    *,
    same: bool,
) -> _Plan:
    """Sort the documents given and those stored into read again or reused; note which in ``update``.

    A stored extraction is reused while the extractor is the ``same`` and,
    for a document given again, its text is unchanged.
    """
    stored = {entry["id"]: entry for entry in manifest["documents"]}
    extractor = str(manifest.get("extractor") or "")
    plan = _Plan(order=[entry["id"] for entry in manifest["documents"]])
    for document in documents:
        entry = stored.get(document.id)
        if entry is None:
            update.added.append(document.id)
            plan.order.append(document.id)
            plan.to_read.append(document)
            continue
        sha = text_digest(document.text)
        unchanged = same and entry.get("sha256") == sha
        cached = load_extraction(folder, document.id, sha, extractor) if unchanged else None
        if cached is None:
            update.replaced.append(document.id)
            plan.to_read.append(document)
        else:
            update.unchanged.append(document.id)
            if cached.document != document:  # same text, new metadata (date ...)
                cached.document = document
                plan.refreshed.add(document.id)
            plan.extractions[document.id] = cached
    given = {document.id for document in documents}
    for doc_id in plan.order:
        if doc_id in given or doc_id in plan.extractions:
            continue
        entry = stored[doc_id]
        sha = str(entry.get("sha256") or "")
        cached = load_extraction(folder, doc_id, sha, extractor) if same else None
        if cached is None:
            update.reread.append(doc_id)
            plan.to_read.append(load_document(folder, entry, extractor))
        else:
            plan.extractions[doc_id] = cached
    return plan


def _add_through_index(
    folder: Path,
    manifest: dict[str, Any],
    documents: Sequence[Document],
    read: Reader,
    fingerprint: str,
    include_comments: bool,
) -> StoreUpdate:
    """Add documents through the store's name index (:mod:`kg.sparql.store_incremental`),
    into a new generation, and switch the manifest to it."""
    from kg.sparql import store_incremental as incremental

    shas = {str(entry["id"]): str(entry.get("sha256") or "") for entry in manifest["documents"]}
    update: StoreUpdate = incremental.add_incrementally(
        _store_files(folder, shas, fingerprint),
        manifest,
        documents,
        read=read,
        fingerprint=fingerprint,
        include_comments=include_comments,
    )
    crash_point("index-written")
    write_manifest(folder, manifest)  # the switch: readers see the new store from here
    crash_point("switched")
    # what failed builds left went when this one started; what it replaced goes now
    clean_leftovers(folder, manifest, documents=False)
    replaced = set(update.replaced)
    for entry in manifest["documents"]:
        if entry["id"] in replaced and entry["sha256"] != shas[entry["id"]]:
            remove_document_files(folder, entry["id"], shas[entry["id"]], fingerprint)
    return update


def _store_files(folder: Path, shas: dict[str, str], fingerprint: str) -> Any:
    """The store's files as :mod:`kg.sparql.store_incremental` uses them (``shas``: the
    digests of the stored texts, by id; the stored extractions are this extractor's)."""
    from kg.sparql.store_incremental import StoreFiles

    return StoreFiles(
        folder=folder,
        load_extraction=lambda doc_id: load_extraction(folder, doc_id, shas[doc_id], fingerprint),
        save_document=lambda x: save_document(folder, x.document, x, fingerprint),
        crash_point=lambda step: crash_point(step),
        contents=_contents_of,
        error=StoreError,
        update=StoreUpdate(graph=None),
    )


def _leave_out_unread(
    folder: Path, manifest: dict[str, Any], plan: _Plan, update: StoreUpdate
) -> None:
    """Documents the reader gave no extraction for (it reported them) are not added; a
    stored one whose new text could not be read keeps its stored extraction."""
    stored = {entry["id"]: entry for entry in manifest["documents"]}
    extractor = str(manifest.get("extractor") or "")
    for document in plan.to_read:
        if document.id in plan.extractions:
            continue
        if document.id in update.added:
            update.added.remove(document.id)
            plan.order.remove(document.id)
            continue
        sha = str(stored[document.id].get("sha256") or "")
        cached = load_extraction(folder, document.id, sha, extractor)
        if cached is None:
            raise StoreError(
                f"{folder}: {document.id} could not be read again; the store is unchanged"
            )
        plan.extractions[document.id] = cached
        for ids in (update.replaced, update.reread):
            if document.id in ids:
                ids.remove(document.id)


def _reader(
    nlp: Any,
    include_comments: bool,
    gazetteer_files: Sequence[Path | str],
    on_document: Callable[[Document], None] | None,
    n_process: int,
) -> Reader:
    """Documents → their extractions, in this process; the pipeline loaded on first use."""

    def read(documents: Sequence[Document]) -> list[Extraction]:
        from kg.extract.pipeline import extract_each, load_extractor

        extractor = load_extractor(
            nlp=nlp, include_comments=include_comments, gazetteer_files=gazetteer_files
        )
        extractions = []
        for extraction in extract_each(extractor, documents, n_process=n_process):
            extractions.append(extraction)
            if on_document is not None:
                on_document(extraction.document)
        return extractions

    return read


def _merge(folder: Path, plan: _Plan, update: StoreUpdate, fingerprint: str) -> Graph:
    """Merge every extraction into one graph (the update's); keep the documents that were read."""
    from kg.extract.entities import merge_documents
    from kg.model import Corpus
    from kg.rdf.graph import corpus_graph

    ordered = [plan.extractions[doc_id] for doc_id in plan.order]
    graph = update.graph = corpus_graph(Corpus(ordered, *merge_documents(ordered)))
    update.documents = list(plan.order)
    read_ids = {document.id for document in plan.to_read} | plan.refreshed
    for extraction in ordered:
        if extraction.document.id in read_ids:
            save_document(folder, extraction.document, extraction, fingerprint)
    return graph


def _contents(
    plan: _Plan, graph: Graph, fingerprint: str, include_comments: bool
) -> dict[str, Any]:
    """What the manifest says after a build: the extractor, the documents, the prefixes."""
    documents = {doc_id: plan.extractions[doc_id].document for doc_id in plan.order}
    return {
        "kg_store": STORE_FORMAT,
        "kg_version": __version__,
        "extractor": fingerprint,
        "include_comments": include_comments,
        "documents": [
            {"id": doc_id, "path": document.path, "sha256": text_digest(document.text)}
            for doc_id, document in documents.items()
        ],
        "prefixes": {p: str(n) for p, n in graph.namespaces() if p},
    }


def _contents_of(
    prefixes: dict[str, str],
    order: Sequence[str],
    read: dict[str, Extraction],
    stored: dict[str, dict[str, Any]],
    fingerprint: str,
    include_comments: bool,
) -> dict[str, Any]:
    """What the manifest says after documents were added through the index: the entries of
    the documents ``read`` are new, the others' stay; the prefixes stay."""
    entries = dict(stored)
    for doc_id, extraction in read.items():
        document = extraction.document
        entries[doc_id] = {
            "id": doc_id,
            "path": document.path,
            "sha256": text_digest(document.text),
        }
    return {
        "kg_store": STORE_FORMAT,
        "kg_version": __version__,
        "extractor": fingerprint,
        "include_comments": include_comments,
        "documents": [entries[doc_id] for doc_id in order],
        "prefixes": prefixes,
    }


def _write_generation(
    folder: Path, manifest: dict[str, Any], graph: Graph, update: StoreUpdate, *, rewrite: bool
) -> tuple[str, dict[str, str]]:
    """Write the store's new database beside the current one; its name and the graphs' digests.

    The new generation starts as a hard-linked copy of the current one
    (:func:`~kg.sparql.store_disk.write_generation`); the named graphs whose
    content changed are rewritten in it, those no longer there removed. When
    nothing changed the current generation stays.
    """
    groups = split_by_document(graph)
    quads = {name: list(quads_of(triples, name)) for name, triples in groups.items()}
    digests = {str(name): graph_digest(items) for name, items in quads.items()}
    current = data_path(folder, manifest) if is_store(folder) else None
    fresh = rewrite or bool(manifest.get("dirty")) or current is None or not current.is_dir()
    old: dict[str, str] = {} if fresh else dict(manifest.get("graphs") or {})
    changed = [name for name in quads if old.get(str(name)) != digests[str(name)]]
    if current is not None and not fresh and not changed and set(old) == set(digests):
        return current.name, dict(sorted(digests.items()))
    gone: list[str] = []

    def write(store: ox.Store) -> None:
        present = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
        gone.extend(sorted((present | set(old)) - set(digests)))
        for graph_name in gone:
            store.remove_graph(ox.NamedNode(graph_name))
        store.clear_graph(ox.DefaultGraph())
        for index, graph_name in enumerate(changed):
            node = ox.NamedNode(str(graph_name))
            if node.value in present:
                store.clear_graph(node)
            store.extend(quads[graph_name])
            if index == len(changed) // 2:
                crash_point("graphs-half-written")

    name = write_generation(folder, manifest, write, copy=not fresh)
    update.graphs_written, update.graphs_removed = len(changed), len(gone)
    return name, dict(sorted(digests.items()))
