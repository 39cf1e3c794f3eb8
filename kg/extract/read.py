"""Read articles from files and folders into :class:`~kg.model.Document` values.

A scraped page often ends with related links and readers' comments; what
commenters claim is not what the article reports, so the offset where the
article body ends is recorded (``Document.body_end``).

Example:
    >>> doc = read_text("Title\\nBody.\\nREADERS' COMMENTS [2]\\nA comment.", doc_id="x")
    >>> doc.text[doc.body_end:].splitlines()[0]
    "READERS' COMMENTS [2]"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document
from kg.rdf.namespaces import slug

__all__ = [
    "read_documents",
    "document_paths",
    "read_file",
    "read_text",
    "find_body_end",
    "TEXT_SUFFIXES",
]

TEXT_SUFFIXES = (".txt", ".md")

# A line that starts what follows the article: related links, comment threads.
_END_OF_BODY = re.compile(
    r"^\s*(related articles|related stories|read more|more on this story|"
    r"readers[’']? comments|comments\s*(\[\d+\]|\(\d+\))?|\d+\s+comments|leave a comment|"
    r"join the conversation|you might also like)\s*(\[\d+\]|\(\d+\))?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def find_body_end(text: str) -> int:
    """Offset of the first line that ends the article (related links, comments), else ``len(text)``."""
    match = _END_OF_BODY.search(text)
    return match.start() if match else len(text)


def read_text(text: str, *, doc_id: str, path: str = "") -> Document:
    """A document from a string; its first non-empty line is the title."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Document(
        id=doc_id, path=path or doc_id, text=text, title=title, body_end=find_body_end(text)
    )


def read_file(path: Path, *, doc_id: str | None = None) -> Document:
    """Read one UTF-8 text file; raise :class:`InputError` with what to do when it cannot be."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(
            f"{path}: no such file; give a text file or a folder of .txt/.md files"
        ) from error
    except IsADirectoryError as error:
        raise InputError(f"{path}: is a folder, not a file") from error
    except PermissionError as error:
        raise InputError(f"{path}: permission denied; check the file's permissions") from error
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: is a binary file, not text; give a UTF-8 text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: is not UTF-8 text (bad byte at offset {error.start}); convert it, e.g. with iconv -t UTF-8"
        ) from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path}: is empty; give an article with some text")
    return read_text(text, doc_id=doc_id or slug(path.stem), path=str(path))


def _expand(inputs: Iterable[Path | str]) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
            if not files:
                raise InputError(f"{path}: folder holds no .txt or .md files")
            yield from files
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def document_paths(inputs: Iterable[Path | str]) -> list[tuple[Path, str]]:
    """The files that :func:`read_documents` reads, with their document ids, without reading them.

    Document ids are slugs of the file names, made unique with a counter
    when two files share a name; the order is the order given, folders sorted.
    """
    found: list[tuple[Path, str]] = []
    used: set[str] = set()
    paths = list(_expand(inputs))
    if not paths:
        raise InputError("no input given; name a text file or a folder of .txt/.md files")
    for path in paths:
        base = slug(path.stem)
        doc_id, n = base, 1
        while doc_id in used:
            n += 1
            doc_id = f"{base}-{n}"
        used.add(doc_id)
        found.append((path, doc_id))
    return found


def read_documents(inputs: Iterable[Path | str]) -> list[Document]:
    """Read every input (files, or folders of ``.txt``/``.md`` files, searched recursively).

    Document ids are slugs of the file names, made unique with a counter
    when two files share a name; the order is the order given, folders sorted.
    """
    return [read_file(path, doc_id=doc_id) for path, doc_id in document_paths(inputs)]
