"""The article in a web page (HTML): its text, its readers' comments apart, its metadata.

The article body, title, author and site name come from trafilatura (in its
precision mode), which drops the page's furniture (navigation, cookie banners,
related links, bylines, footers); the publication date from htmldate, tried
in order of trust:

1. ``"metadata"``: the page's markup (``<meta>`` tags such as
   ``article:published_time``, JSON-LD, ``<time>`` and dated byline elements);
2. ``"url"``: a full date in the page's address (``/2024/07/09/``);
3. ``"text"``: htmldate's extensive search of the article's own text (not the
   whole page, whose comments and footer carry other dates); a 1 January found
   there is a year alone ("in 2023") and is ignored.

A page whose article has fewer than :data:`MIN_ARTICLE_WORDS` words besides
its title holds no article (a home page, a list of links).

:func:`kg.extract.read.read_html` makes a document of it.

Example:
    >>> page = (b"<html><head><title>Clinic plan</title></head><body><article>"
    ...         b"<p>The guild has backed the rural clinics plan, its chair said on Monday.</p>"
    ...         b"</article></body></html>")
    >>> article = extract_article(page)  # doctest: +SKIP
    >>> article.title, article.body  # doctest: +SKIP
    ('Clinic plan', 'The guild has backed the rural clinics plan, its chair said on Monday.')
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from html import escape as html_escape

from kg.errors import PageError

__all__ = ["Article", "extract_article", "find_page_date", "HTML_SUFFIXES", "MIN_ARTICLE_WORDS"]

log = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
#: The fewest words of article text (besides its title) a page must hold to be read.
MIN_ARTICLE_WORDS = 5
_EMPTY_PAGE = "<html><body></body></html>"


def _clean(text: str | None) -> str:
    """Line endings normalised, spaces trimmed, no empty lines."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _meta(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _iso_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def find_page_date(
    data: bytes | str, *, url: str | None = None, text: str | None = None
) -> tuple[dt.date | None, str | None]:
    """The page's publication date and where it was found (``"metadata"``, ``"url"``,
    ``"text"``), or ``(None, None)``.

    ``text`` is the article's text (not the whole page, whose comments and
    footer carry other dates); a date found there that is a 1 January is taken
    for a year alone ("in 2023"), which htmldate reports so, and ignored.
    """
    import htmldate

    def search(html: bytes | str, *, extensive: bool, address: str | None) -> dt.date | None:
        try:
            found = htmldate.find_date(
                html, extensive_search=extensive, original_date=True, url=address
            )
        except Exception as error:  # htmldate parses any markup; never fail a build on a date
            log.debug("htmldate failed on %s: %s", url, error)
            return None
        return _iso_date(found)

    found = search(data, extensive=False, address=None)
    if found is not None:
        return found, "metadata"
    if url:
        found = search(_EMPTY_PAGE, extensive=False, address=url)
        if found is not None:
            return found, "url"
    if text:
        paragraphs = "".join(f"<p>{html_escape(line)}</p>" for line in text.splitlines())
        found = search(f"<html><body>{paragraphs}</body></html>", extensive=True, address=None)
        if found is not None and (found.month, found.day) != (1, 1):
            return found, "text"
    return None, None


@dataclass(frozen=True)
class Article:
    """What a page holds: the article's paragraphs, one per line, its readers' comments apart,
    and its metadata (``None`` when not found)."""

    body: str
    title: str | None = None
    comments: str = ""
    date: dt.date | None = None
    date_source: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None


def extract_article(data: bytes | str, *, url: str | None = None) -> Article:
    """The article in an HTML page, its comments and metadata.

    ``url`` is where the page was fetched from; for a saved page it is
    ``None`` and the page's own canonical address, if it declares one, is kept.
    Raises :class:`PageError` when the page holds no article text.
    """
    import trafilatura

    head = data[:65536]
    has_tags = (
        re.search(rb"<\s*[A-Za-z!]", head)
        if isinstance(head, bytes)
        else re.search(r"<\s*[A-Za-z!]", head)
    )
    if not has_tags:
        raise PageError("is not an HTML page (it holds no tags)")
    try:
        result = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=True,
            favor_precision=True,
            include_tables=False,
            deduplicate=False,
        )
    except Exception as error:  # trafilatura parses any markup; a page it cannot read is skipped
        raise PageError(f"the page cannot be parsed as HTML ({error})") from error
    body = _clean(getattr(result, "text", None))
    title = _meta(getattr(result, "title", None))
    lines = body.split("\n")
    if title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    if sum(len(line.split()) for line in lines) < MIN_ARTICLE_WORDS:
        raise PageError("no article text found in the page")
    source_url = _safe_url(url or _meta(getattr(result, "url", None)))
    date, date_source = find_page_date(data, url=source_url, text=body)
    return Article(
        body=body,
        title=title,
        comments=_clean(getattr(result, "comments", None)),
        date=date,
        date_source=date_source,
        publisher=_meta(getattr(result, "sitename", None)),
        author=_meta(getattr(result, "author", None)),
        url=source_url,
    )


def _safe_url(url: str | None) -> str | None:
    """An absolute http(s) URL with characters IRIs forbid percent-encoded, else ``None``."""
    if not url:
        return None
    from urllib.parse import quote, urlsplit

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")
