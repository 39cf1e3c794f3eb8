"""News-like HTML pages written for the tests, and a small web server on 127.0.0.1 to fetch them.

``news_page`` lays an article out as news sites do: a cookie banner, site
navigation, a byline, the article, related links, readers' comments and a
footer, with its metadata where sites put it. ``serve`` answers requests from
a table of routes and records what it was asked; it runs in a thread and
stops when the ``with`` block ends.
"""

from __future__ import annotations

import contextlib
import html
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"


def news_page(
    title: str,
    paragraphs: Sequence[str],
    *,
    site: str = "The Northern Ledger",
    author: str | None = "Priya Okafor",
    published: str | None = None,
    json_ld_date: str | None = None,
    canonical: str | None = None,
    comments: Sequence[tuple[str, str]] = (),
) -> str:
    """An article page: ``published`` goes in ``article:published_time``, ``json_ld_date``
    in a schema.org NewsArticle; with neither the page's markup holds no date."""
    e = html.escape
    head = [
        '<meta charset="utf-8">',
        f"<title>{e(title)} | {e(site)}</title>",
        f'<meta property="og:site_name" content="{e(site)}">',
    ]
    if author:
        head.append(f'<meta name="author" content="{e(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{e(published)}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{e(canonical)}">')
    if json_ld_date:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": json_ld_date,
        }
        head.append(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    body = "".join(f"<p>{e(p)}</p>\n" for p in paragraphs)
    byline = (
        f'<p class="byline">By <a rel="author" href="/authors/x">{e(author)}</a></p>'
        if author
        else ""
    )
    thread = ""
    if comments:
        items = "".join(
            f'<div class="comment"><p class="comment-author">{e(who)}</p><p>{e(said)}</p></div>\n'
            for who, said in comments
        )
        thread = f'<section class="comments" id="comments"><h2>Comments ({len(comments)})</h2>\n{items}</section>'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{chr(10).join(head)}
</head>
<body>
<div class="cookie-banner" id="cookie-consent" role="dialog"><p>We use cookies to improve your
experience and to show you relevant advertising. By continuing to browse you accept our cookie
policy.</p><button>Accept all cookies</button> <button>Manage settings</button></div>
<header><a class="logo" href="/">{e(site)}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/health">Health and care</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main>
<article>
<h1>{e(title)}</h1>
{byline}
{body}</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/budgets">Council budgets squeezed for a third year</a></li>
<li><a href="/news/pay">Nurses to vote on pay offer</a></li></ul></aside>
{thread}
</main>
<footer><p>© 2024 {e(site)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


@dataclass
class Reply:
    """What the server sends for a path: a status, headers and a body (sent in ``chunks``
    pieces ``delay`` seconds apart, to imitate a slow server; after ``stall`` seconds of
    silence; without a Content-Length when ``send_length`` is false)."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)
    chunks: int = 1
    delay: float = 0.0
    stall: float = 0.0
    send_length: bool = True


@dataclass
class Server:
    """A running test server: its base URL and the requests it received (path, headers)."""

    base: str
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


@contextlib.contextmanager
def serve(routes: Mapping[str, Reply | Callable[[], Reply]]) -> Iterator[Server]:
    """Serve ``routes`` (path → reply) on 127.0.0.1 on a free port; unknown paths get 404."""
    server_info: Server | None = None

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            assert server_info is not None
            server_info.requests.append((self.path, dict(self.headers.items())))
            reply = routes.get(self.path)
            if callable(reply):
                reply = reply()
            if reply is None:
                reply = Reply(b"not found", status=404, content_type="text/plain")
            if reply.stall:
                time.sleep(reply.stall)
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.send_length and "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            step = max(1, -(-len(reply.body) // reply.chunks)) if reply.body else 1
            try:
                for start in range(0, len(reply.body), step):
                    self.wfile.write(reply.body[start : start + step])
                    self.wfile.flush()
                    if reply.delay:
                        time.sleep(reply.delay)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up: fine
                pass

    httpd = http.server.ThreadingHTTPServer((LOOPBACK, 0), Handler)
    httpd.daemon_threads = True
    port = httpd.server_address[1]
    server_info = Server(f"http://{LOOPBACK}:{port}")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server_info
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
