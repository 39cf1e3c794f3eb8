"""Fetching pages: bounded in time, size and redirects, polite, and every failure one line.

Every request goes to a server the test starts on 127.0.0.1 (tests/news_pages.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from http_helpers import free_port
from news_pages import Reply, news_page, serve

from kg import __version__
from kg.errors import PageError
from kg.extract.fetch import USER_AGENT, fetch, is_url
from kg.extract.read import read_documents

PAGE = news_page(
    "Union welcomes Home Care Plan",
    ["The Homecare Workers Union has welcomed the Home Care Plan.", "Tom Ellery announced it."],
    published="2024-03-05",
).encode()


def _redirects(count: int, final: str = "/page") -> dict[str, Reply]:
    routes = {f"/r{i}": Reply(status=302, headers={"Location": f"/r{i + 1}"}) for i in range(count)}
    routes[f"/r{count}"] = Reply(status=302, headers={"Location": final})
    routes["/page"] = Reply(PAGE)
    return routes


def test_fetch_gets_the_page_and_says_who_asks() -> None:
    with serve({"/page": Reply(PAGE)}) as server:
        page = fetch(server.url("/page"))
    assert page.data == PAGE
    assert (page.content_type, page.charset) == ("text/html", "utf-8")
    assert page.url == server.url("/page")
    (_path, headers), *_ = server.requests
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith(f"kg/{__version__} (+https://")


@pytest.mark.parametrize(
    ("status", "fragment"), [(404, "HTTP 404"), (500, "HTTP 500"), (403, "HTTP 403")]
)
def test_fetch_error_status_is_a_page_error(status: int, fragment: str) -> None:
    with serve({"/x": Reply(b"no", status=status)}) as server:
        with pytest.raises(PageError) as error:
            fetch(server.url("/x"))
    assert fragment in str(error.value)


def test_fetch_follows_a_few_redirects() -> None:
    with serve(_redirects(3)) as server:
        page = fetch(server.url("/r0"))
    assert page.url == server.url("/page")
    assert page.data == PAGE


def test_fetch_gives_up_after_too_many_redirects() -> None:
    with serve(_redirects(10)) as server:
        with pytest.raises(PageError) as error:
            fetch(server.url("/r0"), max_redirects=5)
    assert "redirect" in str(error.value)
    assert len(server.requests) <= 6


def test_fetch_redirect_loop_ends() -> None:
    routes = {
        "/a": Reply(status=301, headers={"Location": "/b"}),
        "/b": Reply(status=301, headers={"Location": "/a"}),
    }
    with serve(routes) as server:
        with pytest.raises(PageError):
            fetch(server.url("/a"))
    assert len(server.requests) <= 6


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_fetch_refuses_redirects_off_the_web(target: str) -> None:
    with serve({"/x": Reply(status=302, headers={"Location": target})}) as server:
        with pytest.raises(PageError) as error:
            fetch(server.url("/x"))
    assert "not an http" in str(error.value)


@pytest.mark.parametrize("send_length", [True, False])
def test_fetch_size_limit(send_length: bool) -> None:
    big = b"<html><body>" + b"x" * 5000 + b"</body></html>"
    with serve({"/big": Reply(big, send_length=send_length, chunks=5)}) as server:
        assert fetch(server.url("/big"), max_bytes=10_000).data == big
        with pytest.raises(PageError) as error:
            fetch(server.url("/big"), max_bytes=1000)
    assert "larger than" in str(error.value)


def test_fetch_timeout_covers_a_server_that_trickles() -> None:
    """Each chunk comes well within the timeout, the whole page does not (20 x 0.2 s): a
    per-read timeout would read it all; the deadline covers the whole answer."""
    slow = Reply(b"x" * 2000, chunks=20, delay=0.2, send_length=False)
    with serve({"/slow": slow}) as server, pytest.raises(PageError) as error:
        fetch(server.url("/slow"), timeout=1.0)
    assert "timed out" in str(error.value)


def test_fetch_timeout_covers_a_server_that_never_answers() -> None:
    """The server answers after 3 s; with a 0.5 s timeout the fetch fails instead."""
    with serve({"/stall": Reply(PAGE, stall=3)}) as server, pytest.raises(PageError) as error:
        fetch(server.url("/stall"), timeout=0.5)
    assert "timed out" in str(error.value)


def test_fetch_nothing_listening_is_a_page_error() -> None:
    with pytest.raises(PageError) as error:
        fetch(f"http://127.0.0.1:{free_port()}/x", timeout=5)
    assert "connect" in str(error.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://a.example/x", True),
        ("HTTP://a.example", True),
        ("ftp://a.example/x", False),
        ("news/a.html", False),
    ],
)
def test_fetch_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected


def test_read_documents_fetches_urls_and_skips_what_fails() -> None:
    routes = {
        "/news/2024/03/05/union-welcomes-plan": Reply(PAGE),
        "/gone": Reply(b"gone", status=404),
        "/report.pdf": Reply(b"%PDF-1.4", content_type="application/pdf"),
        "/notes.txt": Reply(
            b"Clinics plan\nThe guild backed the clinics plan.\n", content_type="text/plain"
        ),
    }
    skipped: list[tuple[str, str]] = []
    with serve(routes) as server:
        urls = [server.url(path) for path in routes]
        documents = read_documents(urls, on_skip=lambda s, r: skipped.append((s, r)))
    assert [d.id for d in documents] == ["union-welcomes-plan", "notes"]
    page, notes = documents
    assert page.url == urls[0] and page.path == urls[0]
    assert (page.date, page.date_source, page.publisher) == (
        dt.date(2024, 3, 5),
        "metadata",
        "The Northern Ledger",
    )
    assert notes.text.startswith("Clinics plan\n") and notes.url == urls[3]
    assert [s for s, _r in skipped] == [urls[1], urls[2]]
    assert "HTTP 404" in skipped[0][1] and "application/pdf" in skipped[1][1]
    assert len(server.requests) == 4


def test_read_documents_url_date_comes_from_the_address() -> None:
    undated = news_page(
        "Union welcomes plan", ["The Homecare Workers Union has welcomed the plan today."]
    )
    with serve({"/news/2024/09/03/story": Reply(undated.encode())}) as server:
        (document,) = read_documents([server.url("/news/2024/09/03/story")])
    assert (document.date, document.date_source) == (dt.date(2024, 9, 3), "url")
