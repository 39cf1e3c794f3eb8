"""A persistent store: a corpus that grows document by document, on disk, in Oxigraph.

``kg build INPUT... --store DIR`` adds articles to the store in ``DIR``;
``kg query DIR``, ``kg view DIR``, ``kg serve DIR``, ``kg push DIR`` and
``kg export DIR`` read it as they read a Turtle file. Layout of ``DIR``::

    kg-store.json        the manifest: documents in the order added, named graphs and digests
    kg-store.lock        taken by every reader (shared) and writer (exclusive)
    oxigraph/            the Oxigraph (RocksDB) database
    documents/ID.json    each article's text, so it can be read again
    documents/ID.pickle  what the extractor read from it (kg.model values), reused while
                         the extractor, its data and options are unchanged

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
it. Entity resolution runs across all documents of the store on every build,
as in one ``kg build`` of all of them, so the same actor is one node however
the corpus was built up; only new or changed articles are parsed (spaCy is the
slow part), the others' extractions are reused. When the extractor itself,
its ontology files, the gazetteers or ``--include-comments`` differ from the
last build, every stored article is read again, so the whole store always
reflects one extractor. Only named graphs whose content changed are rewritten.

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

import dataclasses
import datetime
import hashlib
import json
import logging
import os
import pickle
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kg import __version__
from kg.errors import GraphError
from kg.files import first_line
from kg.model import Document, Extraction
from kg.sparql.engine import OxigraphGraph, quads_of
from kg.sparql.named_graphs import ENTITIES_GRAPH, ONTOLOGY_GRAPH, split_by_document

__all__ = [
    "StoreError",
    "StoreUpdate",
    "add_documents",
    "open_store",
    "is_store",
    "store_documents",
    "split_by_document",
    "lock_store",
    "ONTOLOGY_GRAPH",
    "ENTITIES_GRAPH",
    "MANIFEST",
]

log = logging.getLogger(__name__)

MANIFEST = "kg-store.json"
LOCK = "kg-store.lock"
DATA = "oxigraph"
DOCUMENTS = "documents"
STORE_FORMAT = 1

# code (under kg/) and data (under ontology/) whose content decides what the extractor reads
_EXTRACTOR_CODE = ("extract/**/*.py", "model.py", "rdf/namespaces.py", "rdf/schema.py")
_EXTRACTOR_DATA = ("kg.ttl", "gazetteer.ttl", "gazetteers/*.ttl", "lexicon.ttl")


class StoreError(GraphError):
    """A store folder cannot be created, opened, locked or updated."""

    exit_code = 2


# --------------------------------------------------------------------------- the folder


def is_store(path: Path | str) -> bool:
    """True when ``path`` is a folder made by ``kg build --store``."""
    return (Path(path) / MANIFEST).is_file()


def _read_json(path: Path, what: str) -> Any:
    """The JSON file ``path`` of the store; ``what`` says in the error what could not be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise StoreError(
            f"{path}: {what} ({error}); rebuild the store into a new folder"
        ) from error


def _read_manifest(folder: Path) -> dict[str, Any]:
    manifest = _read_json(folder / MANIFEST, "cannot be read as a kg store manifest")
    if not isinstance(manifest, dict) or manifest.get("kg_store") != STORE_FORMAT:
        raise StoreError(
            f"{folder}: is a kg store of another format; rebuild it with this kg into a new folder"
        )
    return manifest


def _write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    from kg.files import atomic_write_text

    # compact: a store of 10,000 documents has a manifest of 2 MB, which the C encoder
    # writes in a few ms and the indenting (Python) one in a quarter of a second
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":"))
    atomic_write_text(folder / MANIFEST, text + "\n")


def store_documents(path: Path | str) -> list[dict[str, Any]]:
    """The documents of a store in the order they were added: ``id``, ``path``, ``sha256``."""
    return list(_read_manifest(Path(path))["documents"])


@contextmanager
def lock_store(path: Path | str, *, exclusive: bool) -> Iterator[None]:
    """Hold the store's lock: shared for readers, exclusive for a build; never wait.

    Raises :class:`StoreError` at once when another kg process holds it.
    """
    import fcntl

    folder = Path(path)
    lock_path = folder / LOCK
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        try:
            fd = os.open(lock_path, os.O_RDONLY)
        except OSError as error:
            raise StoreError(
                f"{folder}: cannot open the store's lock file ({error.strerror}); "
                "check the folder's permissions"
            ) from error
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError as error:
            if exclusive:
                raise StoreError(
                    f"{folder}: the store is locked: another kg process (a build, a query or "
                    "kg serve) is using it; wait for it to finish or stop it, then try again"
                ) from error
            holder = _lock_holder(lock_path)
            raise StoreError(
                f"{folder}: the store is locked: a kg build{holder} is writing to it; "
                "try again when it finishes"
            ) from error
        if exclusive:
            try:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
            except OSError:
                pass
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _lock_holder(lock_path: Path) -> str:
    try:
        pid = lock_path.read_text(encoding="ascii").strip()
    except OSError:
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def open_store(path: Path | str) -> OxigraphGraph:
    """Open a store read-only for queries; close the result (or use ``with``) to release it.

    Raises :class:`StoreError` when the folder is no store, or a build holds its lock.
    """
    folder = Path(path)
    if not folder.exists():
        raise StoreError(
            f"{folder}: no such store; make one with kg build INPUT... --store {folder}"
        )
    if not is_store(folder):
        raise StoreError(
            f"{folder}: is a folder but not a kg store (no {MANIFEST}); "
            "give a graph file or a folder made by kg build --store"
        )
    lock = lock_store(folder, exclusive=False)
    lock.__enter__()
    try:
        manifest = _read_manifest(folder)
        try:
            store = ox.Store.read_only(str(folder / DATA))
        except OSError as error:
            raise StoreError(
                f"{folder}: the store's database cannot be opened ({first_line(error)}); "
                "rebuild the store into a new folder"
            ) from error
    except BaseException:
        lock.__exit__(None, None, None)
        raise
    prefixes = dict(manifest.get("prefixes") or {})

    def release() -> None:
        lock.__exit__(None, None, None)

    return OxigraphGraph(store, name=folder.name, prefixes=prefixes, on_close=release)


def _prepare_folder(folder: Path) -> bool:
    """Create the store folder if needed; True when the store is new."""
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: is a file, not a store folder; give a folder for the store")
    if is_store(folder):
        return False
    if folder.exists() and any(p.name != LOCK for p in folder.iterdir()):
        raise StoreError(
            f"{folder}: is a folder that holds other files, not a kg store; "
            "give a new or empty folder for the store"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"{folder}: cannot create the store folder ({error.strerror or error}); "
            "choose a folder you can write to"
        ) from error
    return True


def _digest(quads: Sequence[ox.Quad]) -> str:
    """A digest of a set of quads that does not depend on their order."""
    total = 0
    for quad in quads:
        total += int.from_bytes(hashlib.blake2b(str(quad).encode(), digest_size=16).digest(), "big")
    return f"{len(quads)}:{total % (1 << 128):032x}"


# --------------------------------------------------------------------------- adding documents


@dataclass
class StoreUpdate:
    """What :func:`add_documents` did.

    ``graph`` is the merged graph of every document now in the store, or None
    when the documents were added through the name index (the store was not
    read: :func:`open_store` gives its graph);
    ``added``/``replaced``/``unchanged`` list the ids of the documents given
    (``unchanged``: same text as stored, nothing re-read); ``reread`` lists
    stored documents read again because the extractor or its options changed.
    """

    graph: Graph | None
    documents: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    reread: list[str] = field(default_factory=list)
    graphs_written: int = 0
    graphs_removed: int = 0


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def _save_document(folder: Path, document: Document, extraction: Extraction) -> None:
    from kg.files import atomic_write_bytes, atomic_write_text

    docs = folder / DOCUMENTS
    record = {"id": document.id, "path": document.path, "text": document.text}
    record.update(_document_metadata(document))
    atomic_write_text(docs / f"{document.id}.json", json.dumps(record, ensure_ascii=False) + "\n")
    atomic_write_bytes(
        docs / f"{document.id}.pickle", pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
    )


def _load_document(folder: Path, doc_id: str) -> Document:
    from kg.extract.read import read_text

    path = folder / DOCUMENTS / f"{doc_id}.json"
    record = _read_json(path, f"the stored text of document {doc_id!r} cannot be read")
    document = read_text(record["text"], doc_id=record["id"], path=record["path"])
    if "body_end" in record:  # title, comments boundary and metadata as first read
        date = record.get("date")
        document = dataclasses.replace(
            document,
            title=record["title"],
            body_end=record["body_end"],
            date=datetime.date.fromisoformat(date) if date else None,
            **{key: record.get(key) for key in ("date_source", "publisher", "author", "url")},
        )
    return document


def _document_metadata(document: Document) -> dict[str, Any]:
    """What a document's text alone does not give back: title, body end, date, source."""
    return {
        "title": document.title,
        "body_end": document.body_end,
        "date": document.date.isoformat() if document.date else None,
        "date_source": document.date_source,
        "publisher": document.publisher,
        "author": document.author,
        "url": document.url,
    }


def _load_extraction(folder: Path, doc_id: str) -> Extraction | None:
    path = folder / DOCUMENTS / f"{doc_id}.pickle"
    try:
        with path.open("rb") as stream:
            extraction = pickle.load(stream)
    except Exception as error:  # a missing file, or one pickled by another kg: read the text again
        log.info("reading %s again: its extraction cannot be loaded (%s)", doc_id, error)
        return None
    return extraction if isinstance(extraction, Extraction) else None


def add_documents(
    path: Path | str,
    documents: Sequence[Document],
    *,
    nlp: Any = None,
    include_comments: bool = False,
    gazetteer_files: Sequence[Path | str] = (),
    on_document: Callable[[Document], None] | None = None,
    n_process: int = 1,
    extract: Callable[[Sequence[Document]], list[Extraction]] | None = None,
) -> StoreUpdate:
    """Add ``documents`` to the store at ``path`` (created if needed) and return the update.

    A document whose id the store holds is replaced. Entities are resolved
    across every document of the store, as in one ``kg build`` of all of them:
    through the store's name index (:mod:`kg.sparql.store_incremental`) when it
    is there and made for this extractor, so that only the documents given are
    read; otherwise by merging every stored extraction, after which the index
    is made. ``nlp`` is loaded only when some article must be parsed;
    ``extract`` (documents → their extractions, in order) reads them instead,
    e.g. on a cluster. Raises :class:`StoreError` when the folder is not a
    store or another kg process holds its lock.
    """
    from kg.sparql import store_incremental as incremental

    folder = Path(path)
    existed = folder.exists()
    created = _prepare_folder(folder)
    read = extract or _reader(nlp, include_comments, gazetteer_files, on_document, n_process)
    try:
        with lock_store(folder, exclusive=True):
            manifest = (
                {"kg_store": STORE_FORMAT, "documents": [], "graphs": {}}
                if created
                else _read_manifest(folder)
            )
            fingerprint = extractor_fingerprint(gazetteer_files, include_comments)
            if incremental.interrupted(folder):  # every graph is written again
                manifest["dirty"] = True
            if not created and incremental.usable(folder, folder / DATA, manifest, fingerprint):
                return _add_through_index(
                    folder, manifest, documents, read, fingerprint, include_comments
                )
            update = StoreUpdate(graph=Graph())
            plan = _plan(
                folder, manifest, documents, update, same=manifest.get("extractor") == fingerprint
            )
            if plan.to_read:
                for extraction in read(plan.to_read):
                    plan.extractions[extraction.document.id] = extraction
                _leave_out_unread(folder, plan, update)
            graph = _store(folder, manifest, plan, update)
            manifest.update(_contents(plan, graph, fingerprint, include_comments))
            incremental.rebuild_index(
                folder, fingerprint, [plan.extractions[d] for d in plan.order]
            )
            _write_manifest(folder, manifest)
            incremental.finished(folder)
            return update
    except BaseException:
        if created and not is_store(folder):  # leave no half-made store behind
            _remove_half_made(folder, existed=existed)
        raise


def _add_through_index(
    folder: Path,
    manifest: dict[str, Any],
    documents: Sequence[Document],
    read: Callable[[Sequence[Document]], list[Extraction]],
    fingerprint: str,
    include_comments: bool,
) -> StoreUpdate:
    """Add documents through the store's name index (:mod:`kg.sparql.store_incremental`)."""
    from kg.sparql import store_incremental as incremental

    update: StoreUpdate = incremental.add_incrementally(
        _store_files(folder),
        manifest,
        documents,
        read=read,
        fingerprint=fingerprint,
        include_comments=include_comments,
    )
    _write_manifest(folder, manifest)
    incremental.finished(folder)
    return update


def _store_files(folder: Path) -> Any:
    """The store's files as :mod:`kg.sparql.store_incremental` uses them."""
    from kg.sparql.store_incremental import StoreFiles

    return StoreFiles(
        folder=folder,
        data=folder / DATA,
        load_extraction=lambda doc_id: _load_extraction(folder, doc_id),
        save_extraction=lambda x: _save_document(folder, x.document, x),
        contents=_contents_of,
        error=StoreError,
        update=StoreUpdate(graph=None),
    )


def _leave_out_unread(folder: Path, plan: _Plan, update: StoreUpdate) -> None:
    """Documents the reader gave no extraction for (it reported them) are not added; a
    stored one whose new text could not be read keeps its stored extraction."""
    for document in plan.to_read:
        if document.id in plan.extractions:
            continue
        if document.id in update.added:
            update.added.remove(document.id)
            plan.order.remove(document.id)
            continue
        cached = _load_extraction(folder, document.id)
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
) -> Callable[[Sequence[Document]], list[Extraction]]:
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
    plan = _Plan(order=[entry["id"] for entry in manifest["documents"]])
    for document in documents:
        entry = stored.get(document.id)
        if entry is None:
            update.added.append(document.id)
            plan.order.append(document.id)
            plan.to_read.append(document)
            continue
        unchanged = same and entry.get("sha256") == _sha256(document.text)
        cached = _load_extraction(folder, document.id) if unchanged else None
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
        cached = _load_extraction(folder, doc_id) if same else None
        if cached is None:
            update.reread.append(doc_id)
            plan.to_read.append(_load_document(folder, doc_id))
        else:
            plan.extractions[doc_id] = cached
    return plan


def _store(folder: Path, manifest: dict[str, Any], plan: _Plan, update: StoreUpdate) -> Graph:
    """Merge every extraction into one graph; write the documents read and the changed graphs."""
    from kg.extract.entities import merge_documents
    from kg.model import Corpus
    from kg.rdf.graph import corpus_graph

    ordered = [plan.extractions[doc_id] for doc_id in plan.order]
    graph = update.graph = corpus_graph(Corpus(ordered, *merge_documents(ordered)))
    update.documents = list(plan.order)
    read_ids = {document.id for document in plan.to_read} | plan.refreshed
    for extraction in ordered:
        if extraction.document.id in read_ids:
            _save_document(folder, extraction.document, extraction)
    update.graphs_written, update.graphs_removed = _write_graphs(folder, manifest, graph)
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
            {"id": doc_id, "path": document.path, "sha256": _sha256(document.text)}
            for doc_id, document in documents.items()
        ],
        "prefixes": {p: str(n) for p, n in graph.namespaces() if p},
        "dirty": False,
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
        entries[doc_id] = {"id": doc_id, "path": document.path, "sha256": _sha256(document.text)}
    return {
        "kg_store": STORE_FORMAT,
        "kg_version": __version__,
        "extractor": fingerprint,
        "include_comments": include_comments,
        "documents": [entries[doc_id] for doc_id in order],
        "prefixes": prefixes,
        "dirty": False,
    }


def _remove_half_made(folder: Path, *, existed: bool) -> None:
    """Remove what a failed first build left: the folder, or what it put in a folder given empty."""
    if not existed:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for child in folder.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _write_graphs(folder: Path, manifest: dict[str, Any], graph: Graph) -> tuple[int, int]:
    """Rewrite the named graphs whose content changed; remove those no longer there.

    The manifest is marked ``dirty`` while the database is written, so a build
    that was interrupted is followed by one that rewrites every graph.
    """
    groups = split_by_document(graph)
    quads = {name: list(quads_of(triples, name)) for name, triples in groups.items()}
    digests = {str(name): _digest(items) for name, items in quads.items()}
    dirty = bool(manifest.get("dirty")) or not (folder / DATA).is_dir()
    old: dict[str, str] = {} if dirty else dict(manifest.get("graphs") or {})
    changed = [name for name in quads if old.get(str(name)) != digests[str(name)]]
    if not dirty and not changed and set(old) == set(digests):
        return 0, 0
    manifest["dirty"] = True
    _write_manifest(folder, manifest)
    try:
        store = ox.Store(str(folder / DATA))
    except OSError as error:
        raise StoreError(
            f"{folder}: the store's database cannot be opened for writing ({first_line(error)}); "
            "stop any other program using it"
        ) from error
    try:
        present = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
        gone = sorted((present | set(old)) - set(digests))
        for name in gone:
            store.remove_graph(ox.NamedNode(name))
        store.clear_graph(ox.DefaultGraph())
        for name in changed:
            node = ox.NamedNode(str(name))
            if node.value in present:
                store.clear_graph(node)
            store.extend(quads[name])
        store.flush()
    except OSError as error:
        raise StoreError(
            f"{folder}: cannot write to the store ({first_line(error)}); "
            "free some space and build again"
        ) from error
    finally:
        del store
    manifest["graphs"] = dict(sorted(digests.items()))
    return len(changed), len(gone)
