"""The HTTP side of ``kg serve``: the server, and the handler that answers each request.

``GET``/``POST`` on ``/sparql`` (also ``/query``, and ``/`` with a ``query``
parameter) run a query in the :class:`~kg.sparql.serve.pool.QueryPool`;
``/`` is the query page, ``/queries`` the library as JSON, ``/view`` the graph
view. Updates and writes get ``403``; every response allows any origin (CORS).
"""

from __future__ import annotations

import json
import re
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

from kg.errors import KGError
from kg.sparql.serve.page import library_listing, render_page
from kg.sparql.serve.pool import QueryPool
from kg.sparql.serve.protocol import Request

__all__ = ["EndpointServer", "MAX_BODY"]

MAX_BODY = 1 << 20  # a query of more than 1 MiB is refused
_ENDPOINT_PATHS = ("/", "/sparql", "/query")
_READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"
_HEADER_NAMES = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")  # HTTP tokens only


class EndpointServer(ThreadingHTTPServer):
    """The HTTP server of ``kg serve`` (see :mod:`kg.sparql.serve`); make one with ``make_server``."""

    daemon_threads = True
    allow_reuse_address = False

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

    def shutdown_if_serving(self) -> None:
        if self._serving:
            self.shutdown()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._serving = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self._serving = False


class _Handler(BaseHTTPRequestHandler):
    """One request: the endpoint, the pages, or a refusal."""

    server: EndpointServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql"

    # ------------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.server.log_requests:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

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
        """A CORS preflight: any origin may query, with the headers it asks for."""
        asked = _HEADER_NAMES.findall(self.headers.get("Access-Control-Request-Headers") or "")
        allowed = ", ".join(dict.fromkeys(["Content-Type", "Accept", *asked]))
        self._no_content(
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": allowed,
                "Access-Control-Max-Age": "86400",
            }
        )

    def do_GET(self) -> None:  # noqa: N802
        path = urlsplit(self.path).path
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
        path = urlsplit(self.path).path
        if self._refused(path, drain=True):
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            self._text(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request is larger than {MAX_BODY} bytes"
            )
            return
        body = self.rfile.read(length) if length else b""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = self._params()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._text(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8")
            return
        if content_type == "application/sparql-update":
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
        elif content_type == "application/sparql-query":
            self._query([text], params)
        elif content_type in ("application/x-www-form-urlencoded", ""):
            for key, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            if "update" in params:
                self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
            else:
                self._query(params.get("query", []), params)
        else:
            self._text(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"cannot read a {content_type} body; send application/sparql-query "
                "or application/x-www-form-urlencoded",
            )

    def do_PUT(self) -> None:  # noqa: N802
        self._drain()
        self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)

    do_DELETE = do_PUT  # noqa: N815
    do_PATCH = do_PUT  # noqa: N815

    # ------------------------------------------------------------------ pages

    def _refused(self, path: str, *, drain: bool = False) -> bool:
        """Answer ``403`` (a write) or ``404`` for a path that is not the endpoint; True if so."""
        if path in _ENDPOINT_PATHS:
            return False
        if drain:
            self._drain()
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

    def _drain(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if 0 < length <= MAX_BODY:
            self.rfile.read(length)
        elif length:
            self.close_connection = True

    # ------------------------------------------------------------------ queries

    def _query(self, queries: list[str], params: dict[str, list[str]]) -> None:
        from kg.sparql.engine import empty_store, is_update, sparql_message

        if len(queries) != 1 or not queries[0].strip():
            self._text(
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
            empty_store().query(sparql, prefixes=self.server.prefixes)  # the syntax only
        except SyntaxError as error:
            self._text(HTTPStatus.BAD_REQUEST, f"invalid SPARQL: {sparql_message(error, sparql)}")
            return
        requested: str | None = (params.get("format") or params.get("output") or [""])[0] or None
        request = Request(
            sparql=sparql,
            accept=self.headers.get("Accept") or "",
            requested=requested,
            max_results=self.server.max_results,
            prefixes=self.server.prefixes,
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
        )
        for iri in (*request.default_graphs, *request.named_graphs):
            try:
                ox.NamedNode(iri)
            except ValueError:
                self._text(HTTPStatus.BAD_REQUEST, f"not an IRI: {iri!r}")
                return
        reply = self.server.pool.run(request, self.server.query_timeout)
        extra = {}
        if reply.truncated:
            extra = {"X-KG-Truncated": "true", "X-KG-Result-Limit": str(self.server.max_results)}
        self._send(reply.status, reply.content_type, reply.body, extra)
