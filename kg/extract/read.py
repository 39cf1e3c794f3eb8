"""Read articles from files, folders and web addresses into :class:`~kg.model.Document` values.

Inputs are text articles (``.txt``, ``.md``), saved web pages (``.html``,
``.htm``), folders of them (searched recursively) and ``http(s)://`` addresses,
which are fetched (:mod:`kg.extract.fetch`). A web page's article, readers'
comments and metadata come from :mod:`kg.extract.html`.

A scraped page often ends with related links and readers' comments; what
commenters claim is not what the article reports, so the offset where the
article body ends is recorded (``Document.body_end``).

A text article may open with a front-matter block of ``key: value`` lines
between two ``---`` lines, giving its ``title``, ``date`` (YYYY-MM-DD),
``publisher``, ``author`` and ``url``; the block is not part of the text.

Only regular files are read (never a FIFO, a device or a socket), and none
larger than :data:`MAX_FILE_BYTES`.

Example:
    >>> doc = read_text("Title\\nBody.\\nREADERS' COMMENTS [2]\\nA comment.", doc_id="x")
    >>> doc.text[doc.body_end:].splitlines()[0]
    "READERS' COMMENTS [2]"
    >>> doc = read_text("---\\ndate: 2024-07-09\\npublisher: The Ledger\\n---\\nTitle\\nBody.", doc_id="y")
    >>> doc.date, doc.date_source, doc.publisher, doc.text
    (datetime.date(2024, 7, 9), 'front-matter', 'The Ledger', 'Title\\nBody.')
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import logging
import os
import re
import stat
import urllib.parse
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputError, PageError
from kg.extract.fetch import HTML_TYPES, TEXT_TYPES, Page, check_url, fetch, is_url
from kg.extract.html import HTML_SUFFIXES, extract_article
from kg.model import Document
from kg.rdf.namespaces import slug

__all__ = [
    "read_documents",
    "document_sources",
    "read_source",
    "read_file",
    "read_text",
    "read_html",
    "read_url",
    "read_url_list",
    "read_bytes",
    "split_front_matter",
    "find_body_end",
    "parse_date",
    "url_doc_id",
    "PageSkipped",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "INPUT_SUFFIXES",
    "MAX_FILE_BYTES",
    "COMMENTS_HEADING",
]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md")
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
#: The largest input file read (20 MiB); a larger one is an error.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The line put between a web page's article and its readers' comments.
COMMENTS_HEADING = "Readers' comments"

# A line that starts what follows the article: related links, comment threads.
_END_OF_BODY = re.compile(
    r"^\s*(related articles|related stories|read more|more on this story|"
    r"readers[’']? comments|comments\s*(\[\d+\]|\(\d+\))?|\d+\s+comments|leave a comment|"
    r"join the conversation|you might also like)\s*(\[\d+\]|\(\d+\))?\s*$",
    re.IGNORECASE | re.MULTILINE,
)

# A first block of "key: value" lines between "---" lines (YAML-style front matter).
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.M)
_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9_ -]*?)\s*:\s*(.*?)\s*$")
_FRONT_MATTER_KEYS = ("title", "date", "publisher", "author", "url")


class PageSkipped(UserWarning):
    """A web page was skipped: it could not be fetched or holds no article."""


def find_body_end(text: str) -> int:
    """Offset of the first line that ends the article (related links, comments), else ``len(text)``."""
    match = _END_OF_BODY.search(text)
    return match.start() if match else len(text)


def parse_date(text: str) -> dt.date:
    """A ``YYYY-MM-DD`` date (a full ISO timestamp is cut to its date); ``ValueError`` if none."""
    value = text.strip().strip("'\"")
    if not re.match(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])", value):
        raise ValueError(f"{text!r} is not a date written YYYY-MM-DD")
    return dt.date.fromisoformat(value[:10])


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front-matter block's fields (keys lower-cased) and the text after it.

    ``({}, text)`` when the text opens with no such block, or with a ``---``
    line followed by something other than ``key: value`` lines.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = _FIELD.match(line)
        if found is None:
            return {}, text
        value = found.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[found.group(1).strip().lower().replace(" ", "_").replace("-", "_")] = value
    return fields, text[match.end() :]


def _front_matter_metadata(fields: dict[str, str], where: str) -> dict[str, object]:
    metadata: dict[str, object] = {}
    for key in sorted(set(fields) - set(_FRONT_MATTER_KEYS)):
        log.debug("%s: front matter key %r is not read", where, key)
    if fields.get("date"):
        try:
            metadata["date"] = parse_date(fields["date"])
        except ValueError as error:
            raise InputError(
                f"{where}: front matter date {fields['date']!r} is not a date; write it as YYYY-MM-DD"
            ) from error
        metadata["date_source"] = "front-matter"
    for key in ("publisher", "author"):
        if fields.get(key):
            metadata[key] = " ".join(fields[key].split())
    if fields.get("url"):
        try:
            metadata["url"] = check_url(fields["url"])
        except PageError as error:
            raise InputError(f"{where}: front matter url: {error}") from error
    return metadata


def read_text(text: str, *, doc_id: str, path: str = "") -> Document:
    """A document from a string: front matter, if any, gives metadata; then the first
    non-empty line is the title (unless the front matter names one)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, text = split_front_matter(text)
    metadata = _front_matter_metadata(fields, path or doc_id) if fields else {}
    title = " ".join(fields.get("title", "").split()) or next(
        (line.strip() for line in text.splitlines() if line.strip()), ""
    )
    return Document(
        id=doc_id,
        path=path or doc_id,
        text=text,
        title=title,
        body_end=find_body_end(text),
        **metadata,  # type: ignore[arg-type]
    )


def read_html(
    data: bytes | str, *, doc_id: str, path: str = "", url: str | None = None
) -> Document:
    """A document from a web page: its title on the first line, then the article's paragraphs,
    then its readers' comments, if any, under :data:`COMMENTS_HEADING` (``body_end``).

    Raises :class:`PageError` when the page holds no article text.
    """
    article = extract_article(data, url=url)
    first_line = article.body.split("\n", 1)[0]
    title = article.title or first_line
    heading = "" if title.casefold() == first_line.casefold() else f"{title}\n"
    body = f"{heading}{article.body}\n"
    text = body + (f"{COMMENTS_HEADING}\n{article.comments}\n" if article.comments else "")
    return Document(
        id=doc_id,
        path=path or article.url or doc_id,
        text=text,
        title=title,
        body_end=min(find_body_end(text), len(body)),
        date=article.date,
        date_source=article.date_source,
        publisher=article.publisher,
        author=article.author,
        url=article.url,
    )


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    return "not a regular file"


def read_bytes(path: Path, *, limit: int | None = None, what: str = "an article") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (:data:`MAX_FILE_BYTES`);
    :class:`InputError` otherwise.

    The file is opened without blocking and checked before reading, so a FIFO
    never blocks and a device such as ``/dev/zero`` is never read.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file; give {what} file or a folder of them") from error
    except PermissionError as error:
        raise InputError(f"{path}: permission denied; check the file's permissions") from error
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is {_kind(info.st_mode)}; give {what} file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError as error:
        raise InputError(f"{path}: permission denied; check the file's permissions") from error
    except OSError as error:
        reason = "is a socket" if error.errno == errno.ENXIO else error.strerror or str(error)
        raise InputError(f"{path}: cannot be read ({reason}); give {what} file") from error
    limit = MAX_FILE_BYTES if limit is None else limit
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):  # replaced between stat and open
            raise InputError(f"{path}: is {_kind(info.st_mode)}; give {what} file")
        if info.st_size > limit:
            raise InputError(
                f"{path}: is {info.st_size / 2**20:.1f} MiB, over the {limit / 2**20:g} MiB "
                "limit for an input file; split it into articles"
            )
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"{path}: is over the {limit / 2**20:g} MiB limit for an input file; split it"
        )
    return data


def _decode_text(data: bytes, path: object) -> str:
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
    return text


def read_file(path: Path, *, doc_id: str | None = None) -> Document:
    """Read one article file: a UTF-8 text (``.txt``, ``.md``, any other suffix) or a saved
    web page (``.html``, ``.htm``).

    Raises :class:`InputError` with what to do when it cannot be read, and
    :class:`PageError` (a subclass) when a web page holds no article.
    """
    path = Path(path)
    data = read_bytes(path)
    doc_id = doc_id or slug(path.stem)
    if path.suffix.lower() in HTML_SUFFIXES:
        if not data.strip():
            raise PageError("the page is empty")
        return read_html(data, doc_id=doc_id, path=str(path))
    return read_text(_decode_text(data, path), doc_id=doc_id, path=str(path))


def read_url(
    url: str, *, doc_id: str | None = None, fetcher: Callable[[str], Page] = fetch
) -> Document:
    """Fetch ``url`` and read it: an HTML page, or a plain-text article.

    Raises :class:`PageError` when it cannot be fetched, is of another media
    type or holds no article.
    """
    page = fetcher(url)
    doc_id = doc_id or url_doc_id(url)
    if page.content_type in HTML_TYPES or (
        page.content_type not in TEXT_TYPES and _looks_like_html(page.data)
    ):
        return read_html(page.data, doc_id=doc_id, path=url, url=page.url)
    if page.content_type in TEXT_TYPES:
        try:
            text = page.data.decode(page.charset or "utf-8")
        except (UnicodeDecodeError, LookupError) as error:
            raise PageError(f"the text is not {page.charset or 'UTF-8'} ({error})") from error
        if not text.strip():
            raise PageError("the page is empty")
        document = read_text(text, doc_id=doc_id, path=url)
        return document if document.url else dataclasses.replace(document, url=page.url)
    raise PageError(f"is not an HTML page or text ({page.content_type})")


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def url_doc_id(url: str) -> str:
    """A document id from a web address: its last path segment (``.../union-backs-plan.html``
    → ``union-backs-plan``), with the query if any; the host when the path says nothing."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    name = ""
    while segments and not name:
        name = Path(urllib.parse.unquote(segments.pop())).stem
        if name.lower() in ("index", "default", "article", "story") and not parts.query:
            name = ""  # a generic page name: the folder above says more
    if parts.query:
        name = f"{name}-{parts.query}" if name else parts.query
    return slug(name or parts.hostname or url)


def read_url_list(path: Path) -> list[str]:
    """The addresses in a text file listing URLs, one a line (blank lines and ``#`` comments
    skipped); :class:`InputError` naming the line when one is not an http(s) address."""
    path = Path(path)
    text = _decode_text(read_bytes(path, what="a URL list"), path)
    urls: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise InputError(
                f"{path}:{number}: {line[:80]!r} is not an http:// or https:// address"
            )
        try:
            urls.append(check_url(line))
        except PageError as error:
            raise InputError(f"{path}:{number}: {error}") from error
    if not urls:
        raise InputError(f"{path}: lists no URLs; give one http(s) address a line")
    return urls


def _expand(inputs: Iterable[Path | str], *, fetch_urls: bool) -> Iterator[Path | str]:
    """Files and URLs, in the order given, folders expanded (sorted); checks what it can."""
    for item in inputs:
        if isinstance(item, str) and is_url(item):
            if not fetch_urls:
                raise InputError(
                    f"{item}: fetching is off (--no-fetch); save the page and give the file"
                )
            try:
                yield check_url(item)
            except PageError as error:
                raise InputError(str(error)) from error
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES and not p.is_dir()
            )
            if not files:
                raise InputError(
                    f"{path}: folder holds no articles: no .txt or .md files, no .html or .htm pages"
                )
            yield from files
        elif path.exists() or path.is_symlink():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def document_sources(
    inputs: Iterable[Path | str], *, fetch_urls: bool = True
) -> list[tuple[Path | str, str]]:
    """The files and addresses that :func:`read_documents` reads, with their document ids,
    without reading them (a build that reads them elsewhere: :mod:`kg.distributed`).

    The ids are those :func:`read_documents` gives, except that a page it would
    skip keeps its id here (:func:`read_source` raises for it instead).
    """
    sources = list(_expand(inputs, fetch_urls=fetch_urls))
    if not sources:
        raise InputError("no input given; name a text file, a web page or a folder of them")
    found: list[tuple[Path | str, str]] = []
    used: set[str] = set()
    for source in sources:
        base = url_doc_id(source) if isinstance(source, str) else slug(source.stem)
        doc_id, n = base, 1
        while doc_id in used:
            n += 1
            doc_id = f"{base}-{n}"
        used.add(doc_id)
        found.append((source, doc_id))
    return found


def read_source(
    source: Path | str,
    *,
    doc_id: str,
    date: dt.date | None = None,
    fetcher: Callable[[str], Page] = fetch,
) -> Document:
    """Read one source of :func:`document_sources` as :func:`read_documents` reads it.

    Raises :class:`InputError` or :class:`PageError` when it cannot be read.
    """
    if isinstance(source, str):
        document = read_url(source, doc_id=doc_id, fetcher=fetcher)
    else:
        document = read_file(source, doc_id=doc_id)
    if date is not None and document.date is None:
        document = dataclasses.replace(document, date=date, date_source="option")
    return document


def _warn_skipped(source: str, reason: str) -> None:
    warnings.warn(f"{source}: skipped: {reason}", PageSkipped, stacklevel=3)


def read_documents(
    inputs: Iterable[Path | str],
    *,
    fetch_urls: bool = True,
    date: dt.date | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    fetcher: Callable[[str], Page] = fetch,
) -> list[Document]:
    """Read every input: files, folders of ``.txt``/``.md``/``.html``/``.htm`` files (searched
    recursively) and ``http(s)://`` addresses (fetched unless ``fetch_urls`` is false).

    Document ids are slugs of the file names (of a URL's last path segment),
    made unique with a counter when two share a name; the order is the order
    given, folders sorted. ``date`` is the date of every document that has none
    of its own (source ``"option"``).

    A web page that cannot be fetched or holds no article is skipped:
    ``on_skip(source, reason)`` is called (by default a :class:`PageSkipped`
    warning). Any other unreadable input raises :class:`InputError`, and so
    does an input list of which nothing could be read.
    """
    sources = list(_expand(inputs, fetch_urls=fetch_urls))
    if not sources:
        raise InputError("no input given; name a text file, a web page or a folder of them")
    report = on_skip or _warn_skipped
    documents: list[Document] = []
    used: set[str] = set()
    skipped = 0
    for source in sources:
        base = url_doc_id(source) if isinstance(source, str) else slug(source.stem)
        doc_id, n = base, 1
        while doc_id in used:
            n += 1
            doc_id = f"{base}-{n}"
        try:
            if isinstance(source, str):
                document = read_url(source, doc_id=doc_id, fetcher=fetcher)
            else:
                document = read_file(source, doc_id=doc_id)
        except PageError as error:
            skipped += 1
            report(str(source), str(error))
            continue
        used.add(doc_id)
        if date is not None and document.date is None:
            document = dataclasses.replace(document, date=date, date_source="option")
        documents.append(document)
    if not documents:
        raise InputError(
            f"no article could be read: {skipped} page(s) skipped; check the addresses and files"
        )
    return documents
