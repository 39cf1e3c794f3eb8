"""The folder of a store on disk: its lock, its manifest, and the generations of its database.

A store folder holds::

    kg-store.json        the manifest: the documents, the named graphs and their digests,
                         and which generation of the database is the store ("data")
    kg-store.lock        the lock: shared by readers, exclusive for a build
    data-N/              generation N of the Oxigraph (RocksDB) database
    documents/           each article's text (ID.SHA.json) and extraction (ID.SHA.pickle)
    index.sqlite         the name index (:mod:`kg.sparql.store_index`): names -> entities,
                         so that adding documents looks up instead of merging them all

**Transactions.** A build writes a new generation beside the current one (a
hard-linked copy of it, changed), writes the documents under names that hold
their text's digest, and only then replaces the manifest, atomically
(:func:`os.replace`). Until that moment the manifest names the old generation
and the old documents, which the build never changed; after it, the new
ones. A build that is killed, or fails on a full disk, therefore leaves the
store as it was: readers never see part of a build. What it left behind (a
generation the manifest does not name, documents it does not list, ``*.tmp``
files) is removed by the next build.

**The name index** is only read by builds. It is changed in place, in one
SQLite transaction committed just before the manifest switches, and it records
a token that the manifest names too (``"index"``): a build that stops between
the two leaves an index whose token the manifest in force does not name, and
the next build makes the index again from the stored extractions.

**The lock** is created (``O_CREAT``) and taken before anything else in the
folder is touched, and a build that did not take it never removes it. A
process that took the lock checks that the lock file is still the one it
opened, so a lock removed with a half-made store cannot be held by two builds.

Stores written by earlier versions of kg keep their database in ``oxigraph/``
and mark the manifest ``"dirty"`` while a build writes it; such a store left
dirty is refused with a message saying how to repair it (``kg store repair``).
"""

from __future__ import annotations

import dataclasses
import datetime
import fcntl
import hashlib
import json
import logging
import os
import pickle
import re
import shutil
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import GraphError, OutputError
from kg.model import Document, Extraction

__all__ = [
    "StoreError",
    "MANIFEST",
    "LOCK",
    "DOCUMENTS",
    "INDEX",
    "STORE_FORMAT",
    "is_store",
    "lock_store",
    "read_manifest",
    "write_manifest",
    "data_path",
    "next_generation",
    "write_generation",
    "graph_digest",
    "quad_hash",
    "check_not_dirty",
    "clean_leftovers",
    "is_half_made",
    "crash_point",
    "document_files",
    "legacy_document_files",
    "remove_document_files",
    "text_digest",
    "save_document",
    "load_document",
    "load_extraction",
    "prepare_folder",
    "check_new_store",
    "remove_half_made",
]

log = logging.getLogger(__name__)

MANIFEST = "kg-store.json"
LOCK = "kg-store.lock"
DOCUMENTS = "documents"
INDEX = "index.sqlite"
#: The name index and the files SQLite keeps beside it while it writes.
_INDEX_FILES = (INDEX, f"{INDEX}-wal", f"{INDEX}-shm", f"{INDEX}-journal")
STORE_FORMAT = 1
#: The database folder of stores written before generations (kg 0.x stores).
LEGACY_DATA = "oxigraph"
_GENERATION = re.compile(r"^data-(\d+)$")
#: Test hook: a build exits at once (as if killed) when it reaches the step this names.
CRASH_ENV = "KG_STORE_CRASH_AT"


class StoreError(GraphError):
    """A store folder cannot be created, opened, locked or updated."""

    exit_code = 2


def crash_point(step: str) -> None:
    """Exit at once, as a killed build would, when ``$KG_STORE_CRASH_AT`` names ``step``.

    The tests use it to stop a build at fixed points and check what readers see.
    """
    if os.environ.get(CRASH_ENV) == step:
        os._exit(137)


def is_store(path: Path | str) -> bool:
    """True when ``path`` is a folder made by ``kg build --store``."""
    return (Path(path) / MANIFEST).is_file()


# --------------------------------------------------------------------------- the manifest


def read_manifest(folder: Path) -> dict[str, Any]:
    """The store's manifest; raises :class:`StoreError` when it cannot be read."""
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise StoreError(
            f"{path}: cannot be read as a kg store manifest ({error}); "
            "rebuild the store into a new folder"
        ) from error
    if not isinstance(manifest, dict) or manifest.get("kg_store") != STORE_FORMAT:
        raise StoreError(
            f"{folder}: is a kg store of another format; rebuild it with this kg into a new folder"
        )
    return manifest


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    """Replace the manifest atomically: readers see the old one or the new one, never a mix."""
    from kg.files import atomic_write_text

    # compact: a store of 10,000 documents has a manifest of 2 MB, which the C encoder
    # writes in a few ms and the indenting (Python) one in a quarter of a second
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")) + "\n"
    try:
        atomic_write_text(folder / MANIFEST, text)
    except OutputError as error:
        raise StoreError(
            f"{folder}: cannot write the store's manifest ({error}); the store is unchanged: "
            "free some space and build again"
        ) from error


def data_path(folder: Path, manifest: dict[str, Any]) -> Path:
    """The database folder of the generation the manifest names."""
    name = str(manifest.get("data") or LEGACY_DATA)
    if name != LEGACY_DATA and not _GENERATION.match(name):
        raise StoreError(
            f"{folder}: the manifest names no database; repair it with kg store repair"
        )
    return folder / name


def next_generation(folder: Path, manifest: dict[str, Any]) -> str:
    """The name of the generation after the current one (and after any left by a failed build)."""
    numbers = [0]
    for name in [str(manifest.get("data") or ""), *_children(folder)]:
        match = _GENERATION.match(name)
        if match:
            numbers.append(int(match.group(1)))
    return f"data-{max(numbers) + 1}"


def check_not_dirty(folder: Path, manifest: dict[str, Any]) -> None:
    """Refuse a store that a build of an earlier kg left half-written."""
    if manifest.get("dirty"):
        raise StoreError(
            f"{folder}: a kg build did not finish writing this store (it was stopped or the "
            f"disk was full), so it may hold part of that build; repair it with kg store repair "
            f"{folder}, or rebuild it into a new folder"
        )


def write_generation(
    folder: Path, manifest: dict[str, Any], write: Callable[[ox.Store], None], *, copy: bool
) -> str:
    """Write a new generation of the database beside the current one; its name.

    The generation starts as a hard-linked copy of the current one with
    ``copy`` (RocksDB never changes its files in place, so this costs a link
    per file, not a copy of the data), otherwise empty; ``write`` changes it,
    then it is flushed and closed. If that fails the new generation is
    removed, and an :class:`OSError` (a full disk) becomes a
    :class:`StoreError` saying that the store is unchanged.
    """
    from kg.files import os_reason
    from kg.sparql.engine import open_disk_store

    name = next_generation(folder, manifest)
    target = folder / name
    store: ox.Store | None = None
    try:
        if copy:
            open_disk_store(data_path(folder, manifest), read_only=True).backup(str(target))
        store = open_disk_store(target, read_only=False)
        write(store)
        store.flush()
    except BaseException as error:
        # close the database before removing it: the traceback's frames hold it too
        store = None
        traceback.clear_frames(error.__traceback__)
        shutil.rmtree(target, ignore_errors=True)
        if isinstance(error, OSError):
            raise StoreError(
                f"{folder}: cannot write to the store ({os_reason(error)}); "
                "the store is unchanged: free some space and build again"
            ) from error
        raise
    finally:
        del store  # closes the database
    return name


def graph_digest(quads: Iterable[ox.Quad]) -> str:
    """A digest of a named graph's quads that does not depend on their order (the manifest's
    ``"graphs"``); :func:`quad_hash` gives each quad's share, so it can be updated in place."""
    count, total = 0, 0
    for quad in quads:
        count, total = count + 1, total + quad_hash(quad)
    return f"{count}:{total % (1 << 128):032x}"


def quad_hash(quad: ox.Quad) -> int:
    """One quad's share of its graph's digest (:func:`graph_digest`), modulo 2^128."""
    return int.from_bytes(hashlib.blake2b(str(quad).encode(), digest_size=16).digest(), "big")


# --------------------------------------------------------------------------- the lock


@contextmanager
def lock_store(path: Path | str, *, exclusive: bool) -> Iterator[None]:
    """Hold the store's lock: shared for readers, exclusive for a build; never wait.

    The lock file is created if needed (a build) and never removed here.
    Raises :class:`StoreError` at once when another kg process holds it.
    """
    folder = Path(path)
    lock_path = folder / LOCK
    fd = _open_lock(folder, lock_path, create=exclusive)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise _locked(folder, lock_path, exclusive=exclusive) from error
        if not _same_file(fd, lock_path):  # removed or replaced by a build that failed
            raise _locked(folder, lock_path, exclusive=exclusive)
        if exclusive:
            try:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
            except OSError:
                pass
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _open_lock(folder: Path, lock_path: Path, *, create: bool) -> int:
    try:
        return os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        if create:
            raise _no_lock(folder, error) from error
    try:  # a reader in a folder it cannot write to
        return os.open(lock_path, os.O_RDONLY)
    except OSError as error:
        raise _no_lock(folder, error) from error


def _no_lock(folder: Path, error: OSError) -> StoreError:
    return StoreError(
        f"{folder}: cannot open the store's lock file ({error.strerror or error}); "
        "check the folder's permissions"
    )


def _same_file(fd: int, path: Path) -> bool:
    """True while ``path`` is still the file open as ``fd`` (not removed or replaced)."""
    try:
        held, named = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _locked(folder: Path, lock_path: Path, *, exclusive: bool) -> StoreError:
    if exclusive:
        return StoreError(
            f"{folder}: the store is locked: another kg process (a build, a query or "
            "kg serve) is using it; wait for it to finish or stop it, then try again"
        )
    holder = _lock_holder(lock_path)
    return StoreError(
        f"{folder}: the store is locked: a kg build{holder} is writing to it; "
        "try again when it finishes"
    )


def _lock_holder(lock_path: Path) -> str:
    try:
        pid = lock_path.read_text(encoding="ascii").strip()
    except OSError:
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


# --------------------------------------------------------------------------- documents


def text_digest(text: str) -> str:
    """The SHA-256 of a document's text, as the manifest lists it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_document(folder: Path, document: Document, extraction: Extraction, extractor: str) -> None:
    """Keep a document's text and extraction, under names no manifest in force lists yet."""
    from kg.files import atomic_write_bytes, atomic_write_text

    text_path, extraction_path = document_files(
        folder, document.id, text_digest(document.text), extractor
    )
    record = {"id": document.id, "path": document.path, "text": document.text}
    record.update(_document_metadata(document))
    try:
        atomic_write_text(text_path, json.dumps(record, ensure_ascii=False) + "\n")
        atomic_write_bytes(
            extraction_path, pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
        )
    except OutputError as error:
        raise StoreError(
            f"{folder}: cannot write to the store ({error}); the store is unchanged: "
            "free some space and build again"
        ) from error


def load_document(folder: Path, entry: dict[str, Any], extractor: str) -> Document:
    from kg.extract.read import read_text

    doc_id, sha = str(entry["id"]), str(entry.get("sha256") or "")
    for path in (
        document_files(folder, doc_id, sha, extractor)[0],
        legacy_document_files(folder, doc_id)[0],
    ):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict) and text_digest(str(record.get("text"))) == sha:
            return _with_metadata(
                read_text(record["text"], doc_id=record["id"], path=record["path"]), record
            )
    raise StoreError(
        f"{folder}: the stored text of document {doc_id!r} is missing or damaged; "
        "rebuild the store into a new folder"
    )


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


def _with_metadata(document: Document, record: dict[str, Any]) -> Document:
    """``document`` with the title, comments boundary and metadata it was first read with."""
    if "body_end" not in record:  # stored by a kg that kept the text alone
        return document
    date = record.get("date")
    source: dict[str, Any] = {
        key: record.get(key) for key in ("date_source", "publisher", "author", "url")
    }
    return dataclasses.replace(
        document,
        title=record["title"],
        body_end=record["body_end"],
        date=datetime.date.fromisoformat(date) if date else None,
        **source,
    )


def load_extraction(folder: Path, doc_id: str, sha: str, extractor: str) -> Extraction | None:
    """The stored extraction of this text by this extractor, or ``None`` (read it again)."""
    for path in (
        document_files(folder, doc_id, sha, extractor)[1],
        legacy_document_files(folder, doc_id)[1],
    ):
        try:
            with path.open("rb") as stream:
                extraction = pickle.load(stream)
        except Exception as error:  # missing, or pickled by another kg: read the text again
            log.info("%s: cannot load the extraction of %s (%s)", path, doc_id, error)
            continue
        if (
            isinstance(extraction, Extraction)
            and extraction.document.id == doc_id
            and text_digest(extraction.document.text) == sha
        ):
            return extraction
    return None


# --------------------------------------------------------------------------- cleaning up


def prepare_folder(folder: Path) -> bool:
    """Create the store folder if needed (nothing else); True when it did not exist."""
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: is a file, not a store folder; give a folder for the store")
    existed = folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"{folder}: cannot create the store folder ({error.strerror or error}); "
            "choose a folder you can write to"
        ) from error
    return not existed


def check_new_store(folder: Path) -> None:
    """Holding the lock of a folder with no manifest: refuse it if it holds files not kg's."""
    if not is_half_made(folder):
        raise StoreError(
            f"{folder}: is a folder that holds other files, not a kg store; "
            "give a new or empty folder for the store"
        )
    clean_leftovers(folder, None)  # what a first build that was stopped left


def remove_half_made(folder: Path) -> None:
    """Remove what a failed first build made, holding the lock: the folder's files, then itself.

    The lock file goes last; a build that opened it meanwhile finds it gone and stops.
    """
    for child in folder.iterdir():
        if child.name == LOCK:
            continue
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    (folder / LOCK).unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass


def _children(folder: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


def is_half_made(folder: Path) -> bool:
    """True when ``folder`` is empty, or holds only what a stopped first build leaves.

    That is the lock (which a build creates first: a folder without it is
    someone else's), and maybe documents, a generation, the name index and
    ``*.tmp`` files, but no manifest.
    """
    names = _children(folder)
    if not names:
        return True
    return (
        not is_store(folder)
        and LOCK in names
        and all(
            name in (LOCK, DOCUMENTS, LEGACY_DATA, *_INDEX_FILES)
            or _GENERATION.match(name)
            or name.endswith(".tmp")
            for name in names
        )
    )


def clean_leftovers(
    folder: Path, manifest: dict[str, Any] | None, *, documents: bool = True
) -> None:
    """Remove what stopped or failed builds left: other generations, unlisted documents, ``*.tmp``.

    Call it holding the exclusive lock. ``manifest`` is the one now in force
    (``None``: a half-made store, of which only the lock is kept). The name index
    stays: the next build checks it against the manifest. Without ``documents``
    the files in ``documents/`` are left alone (listing them costs time in
    proportion to the store: a build that knows which files it replaced removes
    those with :func:`remove_document_files`).
    """
    current = data_path(folder, manifest).name if manifest is not None else None
    for name in _children(folder):
        path = folder / name
        if name == current or name in (LOCK, MANIFEST):
            continue
        if _GENERATION.match(name) or name == LEGACY_DATA:
            shutil.rmtree(path, ignore_errors=True)
        elif name.endswith(".tmp") or (manifest is None and name in _INDEX_FILES):
            path.unlink(missing_ok=True)
    if not documents:
        return
    keep = _document_names(manifest) if manifest is not None else set()
    for name in _children(folder / DOCUMENTS):
        if name not in keep and name.endswith((".json", ".pickle", ".tmp")):
            (folder / DOCUMENTS / name).unlink(missing_ok=True)


def document_files(folder: Path, doc_id: str, sha256: str, extractor: str) -> tuple[Path, Path]:
    """Where a document's text and its extraction are kept.

    The names hold the digest of the text (and of the extractor for the
    extraction), so a build never overwrites a file the manifest in force lists.
    """
    documents = folder / DOCUMENTS
    text, extraction = _file_names(doc_id, sha256, extractor)
    return documents / text, documents / extraction


def remove_document_files(folder: Path, doc_id: str, sha256: str, extractor: str) -> None:
    """Remove a document's text and extraction of the text with digest ``sha256`` (a version
    that a build replaced, once the manifest no longer lists it)."""
    for path in (
        *document_files(folder, doc_id, sha256, extractor),
        *legacy_document_files(folder, doc_id),
    ):
        path.unlink(missing_ok=True)


def legacy_document_files(folder: Path, doc_id: str) -> tuple[Path, Path]:
    """Where stores written before generations kept a document's text and extraction."""
    documents = folder / DOCUMENTS
    return documents / f"{doc_id}.json", documents / f"{doc_id}.pickle"


def _file_names(doc_id: str, sha256: str, extractor: str) -> tuple[str, str]:
    stem = f"{doc_id}.{sha256[:16]}"
    return f"{stem}.json", f"{stem}.{extractor[:12]}.pickle"


def _document_names(manifest: dict[str, Any]) -> set[str]:
    """The names in ``documents/`` of the files the manifest lists (strings, not paths: a
    build of one article into a store of 10,000 makes this set twice)."""
    extractor = str(manifest.get("extractor") or "")
    names: set[str] = set()
    for entry in manifest.get("documents") or []:
        doc_id, sha = str(entry["id"]), str(entry.get("sha256") or "")
        names.update(_file_names(doc_id, sha, extractor))
        names.update((f"{doc_id}.json", f"{doc_id}.pickle"))  # legacy_document_files
    return names
