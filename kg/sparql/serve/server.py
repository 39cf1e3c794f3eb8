"""The HTTP side of ``kg serve``: the server, and the handler that answers each request.

``GET``/``POST`` on ``/sparql`` (also ``/sparql/``, ``/query``, and ``/`` with
a ``query`` parameter) run a query in the
:class:`~kg.sparql.serve.pool.QueryPool`; ``/`` is the query page,
``/queries`` the library as JSON, ``/view`` the graph view. Updates and
writes get ``403``; every response allows any origin (CORS).

The server's own process never parses a query with Oxigraph (that happens in
the workers); it only reads HTTP. Every malformed request (a bad
``Content-Length``, a body that is no UTF-8, a ``POST`` without a
``Content-Type``, an unknown ``Host``, brackets nested too deep) gets a
``4xx`` with a one-line reason, and every failure one line in the log, never
a traceback. A connection that sends nothing is closed after
:data:`IDLE_TIMEOUT` seconds.
"""

from __future__ import annotations

import json
import socket
import socketserver
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KGError, QueryError
from kg.sparql.serve.hosts import HostCheck
from kg.sparql.serve.page import library_listing, render_page
from kg.sparql.serve.pool import QueryPool
from kg.sparql.serve.protocol import Request

__all__ = ["EndpointServer", "MAX_BODY", "BACKLOG", "IDLE_TIMEOUT", "CORS_HEADERS"]

MAX_BODY = 1 << 20  # a query of more than 1 MiB is refused
BACKLOG = 128  # connections the kernel queues before the server accepts them
IDLE_TIMEOUT = 20.0  # seconds a connection may take to send its request
#: The request headers a browser on another site may send (the CORS preflight's answer).
CORS_HEADERS = "Accept, Content-Type, X-Requested-With"
_ENDPOINT_PATHS = ("/", "/sparql", "/query")
_READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"
_QUERY_TYPES = ("application/sparql-query", "application/x-www-form-urlencoded")


class EndpointServer(ThreadingHTTPServer):
    """The HTTP server of ``kg serve`` (see :mod:`kg.sparql.serve`); make one with ``make_server``."""

    daemon_threads = True
    allow_reuse_address = False
    request_queue_size = BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        *,
        pool: QueryPool,
        prefixes: dict[str, str],
        name: str,
        timeout: float,
        max_results: int,
        load_view: Callable[[], str],
        cleanup: Callable[[], None],
        log_requests: bool = False,
        allowed_hosts: tuple[str, ...] = (),
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.pool = pool
        self.prefixes = prefixes
        self.name = name
        self.query_timeout = timeout
        self.max_results = max_results
        self.log_requests = log_requests
        self.host_allowed = HostCheck(address[0], allowed_hosts)
        self._load_view = load_view
        self._view: str | None = None
        self._view_lock = threading.Lock()
        self._cleanup = cleanup
        self._closed = False
        self._serving = False

    def server_bind(self) -> None:
        """Bind without ``http.server``'s reverse DNS look-up of the host."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    @property
    def url(self) -> str:
        """``http://HOST:PORT/``, the address of the query page."""
        host, port = (str(part) for part in self.server_address[:2])
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    def view_html(self) -> str:
        """The graph view's page, drawn on first use."""
        with self._view_lock:
            if self._view is None:
                self._view = self._load_view()
            return self._view

    def close(self) -> None:
        """Stop serving, end the workers, release the data; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.shutdown_if_serving()
        self.server_close()
        self.pool.close()
        self._cleanup()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line for a request that failed (a client that went away, a bug), no traceback."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError | socket.timeout):
            if self.log_requests:
                log_line(f"{client_address[0]} connection dropped ({type(error).__name__})")
            return
        log_line(f"{client_address[0]} request failed: {type(error).__name__}: {error}")

    def shutdown_if_serving(self) -> None:
        if self._serving:
            self.shutdown()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._serving = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self._serving = False


def log_line(message: str) -> None:
    """One line on stderr, as ``kg serve`` logs."""
    sys.stderr.write(f"kg serve: {' '.join(message.split())}\n")
    sys.stderr.flush()


class _Handler(BaseHTTPRequestHandler):
    """One request: the endpoint, the pages, or a refusal."""

    server: EndpointServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql"
    timeout = IDLE_TIMEOUT  # half-open and silent connections are closed after this

    # ------------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.server.log_requests:
            log_line(f"{self.address_string()} {format % args}")

    def log_error(self, format: str, *args: Any) -> None:  # noqa: A002
        log_line(f"{self.address_string()} {format % args}")

    def _refuse(self, status: int, message: str) -> None:
        """A ``4xx`` for a malformed request: one line to the client, one in the log."""
        self.log_error("%d %s: %s", int(status), self.command, message)
        self.close_connection = True
        self._text(status, message)

    def _host_refused(self) -> bool:
        """Answer ``403`` to a request whose ``Host`` is not this server (DNS rebinding)."""
        host = self.headers.get("Host")
        if self.server.host_allowed(host):
            return False
        self._refuse(
            HTTPStatus.FORBIDDEN,
            f"this server does not answer to the host {host!r}; "
            "start kg serve with --allow-host NAME to allow that name",
        )
        return True

    def _length(self) -> int | None:
        """The request's ``Content-Length`` (0 when absent); ``None`` (answered) when invalid."""
        if self.headers.get("Transfer-Encoding"):
            self._refuse(
                HTTPStatus.LENGTH_REQUIRED, "chunked bodies are not read; send a Content-Length"
            )
            return None
        raw = (self.headers.get("Content-Length") or "0").strip()
        if not raw.isascii() or not raw.isdigit():
            self._refuse(
                HTTPStatus.BAD_REQUEST,
                f"Content-Length {raw[:40]!r} is not a number of bytes",
            )
            return None
        length = int(raw)
        if length > MAX_BODY:
            self._refuse(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request is larger than {MAX_BODY} bytes"
            )
            return None
        return length

    def _send(
        self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, X-KG-Result-Limit")
        self.send_header("Cache-Control", "no-store")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(
            status,
            "text/plain; charset=utf-8",
            (message.rstrip("\n") + "\n").encode("utf-8"),
            extra,
        )

    def _params(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query, keep_blank_values=True)

    # ------------------------------------------------------------------ methods

    def _no_content(self, extra: dict[str, str] | None = None) -> None:
        """``204 No Content``: no body, so no ``Content-Length`` either."""
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        """A CORS preflight: any origin may query, with the headers of :data:`CORS_HEADERS`."""
        if self._host_refused():
            return
        self._no_content(
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": CORS_HEADERS,
                "Access-Control-Max-Age": "86400",
            }
        )

    def do_GET(self) -> None:  # noqa: N802
        if self._host_refused():
            return
        path = _path(self.path)
        params = self._params()
        if path in ("/", "/index.html") and "query" not in params and "update" not in params:
            self._page()
            return
        pages = {"/favicon.ico": self._no_content, "/view": self._view, "/queries": self._queries}
        if path in pages:  # browsers ask for /favicon.ico; the pages bring their own
            pages[path]()
            return
        if self._refused(path):
            return
        if "update" in params:
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
            return
        self._query(params.get("query", []), params)

    do_HEAD = do_GET  # noqa: N815

    def do_POST(self) -> None:  # noqa: N802
        if self._host_refused():
            return
        length = self._length()
        if length is None:
            return
        path = _path(self.path)
        if self._refused(path, drain=length):
            return
        body = self.rfile.read(length) if length else b""
        media, charset = _content_type(self.headers.get("Content-Type") or "")
        if media == "application/sparql-update":
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
            return
        if media not in _QUERY_TYPES:
            self._refuse(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"cannot read a body of type {media or '(none given)'!r}; send "
                "Content-Type application/sparql-query or application/x-www-form-urlencoded",
            )
            return
        try:
            if charset not in ("", "utf-8", "utf8"):
                raise UnicodeError(charset)
            text = body.decode("utf-8")
        except UnicodeError:
            self._refuse(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8; send UTF-8")
            return
        params = self._params()
        if media == "application/sparql-query":
            self._query([text], params)
            return
        for key, values in parse_qs(text, keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
        if "update" in params:
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
        else:
            self._query(params.get("query", []), params)

    def do_PUT(self) -> None:  # noqa: N802
        if self._host_refused():
            return
        length = self._length()
        if length is None:
            return
        self._drain(length)
        self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)

    do_DELETE = do_PUT  # noqa: N815
    do_PATCH = do_PUT  # noqa: N815

    # ------------------------------------------------------------------ pages

    def _refused(self, path: str, *, drain: int = 0) -> bool:
        """Answer ``403`` (a write) or ``404`` for a path that is not the endpoint; True if so."""
        if path in _ENDPOINT_PATHS:
            return False
        self._drain(drain)
        if path in ("/update", "/store", "/data"):
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
        else:
            self._text(
                HTTPStatus.NOT_FOUND, f"no such page: {path}; the SPARQL endpoint is /sparql"
            )
        return True

    def _page(self) -> None:
        page, policy = render_page(
            name=self.server.name,
            max_results=self.server.max_results,
            timeout=self.server.query_timeout,
        )
        self._send(
            200,
            "text/html; charset=utf-8",
            page.encode("utf-8"),
            {"Content-Security-Policy": policy},
        )

    def _view(self) -> None:
        try:
            page = self.server.view_html()
        except KGError as error:
            self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"the graph view cannot be drawn: {error}")
            return
        self._send(200, "text/html; charset=utf-8", page.encode("utf-8"))

    def _queries(self) -> None:
        body = json.dumps(library_listing(), ensure_ascii=False).encode("utf-8")
        self._send(200, "application/json", body)

    def _drain(self, length: int) -> None:
        """Read and drop a body of ``length`` bytes, so the connection can serve the next request."""
        if length:
            self.rfile.read(length)

    # ------------------------------------------------------------------ queries

    def _query(self, queries: list[str], params: dict[str, list[str]]) -> None:
        from kg.sparql.engine import is_update
        from kg.sparql.guard import check_depth

        if len(queries) != 1 or not queries[0].strip():
            self._refuse(
                HTTPStatus.BAD_REQUEST,
                "give exactly one SPARQL query, as the query parameter or an "
                "application/sparql-query body",
            )
            return
        sparql = queries[0]
        if is_update(sparql):
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
            return
        try:
            check_depth(sparql)  # text only: the query is parsed in a worker
        except QueryError as error:
            self._refuse(HTTPStatus.BAD_REQUEST, str(error))
            return
        graphs = {
            key: tuple(params.get(key, [])) for key in ("default-graph-uri", "named-graph-uri")
        }
        for iri in (*graphs["default-graph-uri"], *graphs["named-graph-uri"]):
            try:
                ox.NamedNode(iri)
            except ValueError:
                self._refuse(HTTPStatus.BAD_REQUEST, f"not an IRI: {iri!r}")
                return
        requested: str | None = (params.get("format") or params.get("output") or [""])[0] or None
        request = Request(
            sparql=sparql,
            accept=self.headers.get("Accept") or "",
            requested=requested,
            max_results=self.server.max_results,
            prefixes=self.server.prefixes,
            default_graphs=graphs["default-graph-uri"],
            named_graphs=graphs["named-graph-uri"],
            base_iri=self.server.url + "sparql",
            allow_service=self.server.pool.limits.allow_service,
        )
        reply = self.server.pool.run(request, self.server.query_timeout)
        if reply.status >= 500:
            self.log_error("%d %s", reply.status, reply.body.decode("utf-8", "replace").strip())
        extra = {}
        if reply.truncated:
            extra = {"X-KG-Truncated": "true", "X-KG-Result-Limit": str(self.server.max_results)}
        self._send(reply.status, reply.content_type, reply.body, extra)


def _path(target: str) -> str:
    """The path of a request target, without a trailing slash (``/sparql/`` is ``/sparql``)."""
    path = urlsplit(target).path
    return path.rstrip("/") or "/"


def _content_type(header: str) -> tuple[str, str]:
    """The media type of a ``Content-Type`` header and its ``charset`` (lower-case, may be empty)."""
    media, _sep, rest = header.partition(";")
    charset = ""
    for parameter in rest.split(";"):
        key, _eq, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset
