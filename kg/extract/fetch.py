"""Fetch web pages for ``kg build URL``: bounded in time, size and redirects, and polite.

Every request says who is asking (:data:`USER_AGENT`, ``kg/<version> (+project
url)``), gives up after :data:`TIMEOUT` seconds in all (not per read, so a
server that trickles bytes cannot hold a build), reads at most
:data:`MAX_PAGE_BYTES`, and follows at most :data:`MAX_REDIRECTS` redirects,
to ``http``/``https`` addresses only. Whatever goes wrong raises
:class:`~kg.errors.PageError` with one line saying what, which a build reports
and skips.

Example:
    >>> is_url("https://example.org/news/a.html"), is_url("news/a.html")
    (True, False)
    >>> page = fetch("http://127.0.0.1:8000/a.html")  # doctest: +SKIP
    >>> page.content_type, len(page.data) > 0  # doctest: +SKIP
    ('text/html', True)
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from kg import __version__
from kg.errors import PageError

__all__ = [
    "Page",
    "fetch",
    "is_url",
    "check_url",
    "USER_AGENT",
    "PROJECT_URL",
    "TIMEOUT",
    "MAX_PAGE_BYTES",
    "MAX_REDIRECTS",
    "HTML_TYPES",
    "TEXT_TYPES",
]

PROJECT_URL = "https://w3id.org/kg-policy/"
#: Sent with every request, so site owners can see who fetches and why.
USER_AGENT = f"kg/{__version__} (+{PROJECT_URL})"
#: Seconds a whole fetch may take, redirects and reading included.
TIMEOUT = 20.0
#: The largest page read (10 MiB); a larger one is skipped.
MAX_PAGE_BYTES = 10 * 1024 * 1024
#: Redirects followed before giving up.
MAX_REDIRECTS = 5
#: Media types read as HTML pages, and as plain-text articles.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})

_SCHEMES = ("http", "https")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Page:
    """A fetched page: its address after redirects, its bytes, media type and charset."""

    url: str
    data: bytes
    content_type: str
    charset: str | None = None


def is_url(text: str) -> bool:
    """True when ``text`` starts like an ``http://`` or ``https://`` address."""
    scheme, sep, _rest = text.partition("://")
    return bool(sep) and scheme.lower() in _SCHEMES


def check_url(text: str) -> str:
    """``text`` as an absolute http(s) URL with a host; raise :class:`PageError` otherwise."""
    parts = urllib.parse.urlsplit(text.strip())
    if parts.scheme.lower() not in _SCHEMES or not parts.hostname:
        raise PageError(f"{text}: is not an http:// or https:// address with a host")
    if any(c.isspace() for c in text.strip()):
        raise PageError(f"{text}: a web address cannot hold spaces; percent-encode them (%20)")
    return parts.geturl()


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most ``limit`` redirects, and only to http(s) addresses."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        # urllib reads these limits from the class; shadow them on this handler only
        setattr(self, "max_redirections", limit)  # noqa: B010
        setattr(self, "max_repeats", limit)  # noqa: B010

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("location") or headers.get("uri") or ""
        target = urllib.parse.urljoin(req.full_url, location)
        if urllib.parse.urlsplit(target).scheme.lower() not in _SCHEMES:
            raise PageError(f"redirected to {target}, which is not an http(s) address")
        visited = getattr(req, "redirect_dict", {})
        if sum(visited.values()) >= self.max_redirections:
            raise PageError(f"more than {self.max_redirections} redirects")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _media_type(headers: Message) -> tuple[str, str | None]:
    content_type = headers.get_content_type().lower()
    charset = headers.get_content_charset()
    return content_type, charset


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_PAGE_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    user_agent: str = USER_AGENT,
) -> Page:
    """GET ``url``; raise :class:`PageError` saying why when it cannot be had in the limits.

    An HTTP error status, a failed connection, a timeout (``timeout`` seconds
    for the whole fetch), a body over ``max_bytes`` and more than
    ``max_redirects`` redirects are errors; the media type is not checked here.
    """
    address = check_url(url)
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_Redirects(max_redirects))
    request = urllib.request.Request(
        address,
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise PageError(
                    f"the page is larger than {_size(max_bytes)} ({_size(int(declared))})"
                )
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise PageError(f"timed out after {timeout:g} s")
                chunk = response.read1(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise PageError(f"the page is larger than {_size(max_bytes)}")
                chunks.append(chunk)
            content_type, charset = _media_type(response.headers)
            return Page(response.geturl(), b"".join(chunks), content_type, charset)
    except PageError:
        raise
    except urllib.error.HTTPError as error:
        raise PageError(f"the server answered HTTP {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, PageError):
            raise reason from error
        if isinstance(reason, TimeoutError):
            raise PageError(f"timed out after {timeout:g} s") from error
        raise PageError(f"cannot connect ({_reason(reason)})") from error
    except TimeoutError as error:
        raise PageError(f"timed out after {timeout:g} s") from error
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise PageError(f"the connection failed ({_reason(error)})") from error


def _reason(error: object) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MiB" if count >= 1024 * 1024 else f"{count} bytes"
