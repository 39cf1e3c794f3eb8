"""A read-only SPARQL 1.1 Protocol endpoint over a graph file or a store: ``kg serve``.

``GET``/``POST`` ``/sparql`` (also ``/query``, and ``/`` with a ``query``
parameter) answer SPARQL queries: SELECT and ASK results as JSON, XML, CSV or
TSV, CONSTRUCT and DESCRIBE graphs as Turtle, N-Triples, JSON-LD or RDF/XML,
chosen by the ``Accept`` header or a ``format``/``output`` parameter. The
``default-graph-uri`` and ``named-graph-uri`` parameters are honoured; without
them the default graph is the union of all graphs, as for ``kg query``.

It is read-only: an update (``update=`` parameter, ``application/sparql-update``
body, ``INSERT``/``DELETE``/``LOAD`` ... as a query, ``PUT``/``DELETE``) gets
``403`` with a message. It binds to loopback unless told otherwise, sends CORS
headers (so browser clients such as YASGUI can use it), and limits every query:

* **timeout**: each query runs in a worker process that opens the data
  read-only; a query still running after ``timeout`` seconds is stopped by
  ending its process (Oxigraph has no way to cancel a query inside a process),
  the client gets ``503``, and a fresh worker takes its place;
* **result size**: at most ``max_results`` solutions (or triples) are sent;
  when more were found the response carries ``X-KG-Truncated: true``.

A graph file is first loaded into a temporary on-disk Oxigraph store that the
workers open read-only (it is removed when the server stops); a store folder
is opened read-only in place, holding its shared lock, so ``kg build --store``
cannot write to it while it is served.

``/`` is a small page with a query box, the query library one click away,
results as a table, and a link to the graph view (``/view``).

Example (a server on a free port, in a thread)::

    server = make_server("out/graph.ttl", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.url)         # http://127.0.0.1:PORT/
    server.close()
"""

from __future__ import annotations

import base64
import csv
import errno
import hashlib
import html
import io
import json
import logging
import multiprocessing
import queue
import re
import shutil
import signal
import socket
import socketserver
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from kg.errors import KGError

__all__ = [
    "ServeError",
    "make_server",
    "serve",
    "EndpointServer",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RESULTS",
]

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULTS = 10_000
MAX_BODY = 1 << 20  # a query of more than 1 MiB is refused

# media types by short name; the first of each group is what the response says
_RESULT_TYPES = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
_GRAPH_TYPES = {
    "turtle": ("text/turtle", "application/x-turtle"),
    "nt": ("application/n-triples", "text/plain"),
    "jsonld": ("application/ld+json", "application/json"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_FORMAT_NAMES = {
    "json": "json",
    "srj": "json",
    "xml": "xml",
    "srx": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "turtle": "turtle",
    "ttl": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "rdfxml": "rdfxml",
    "rdf": "rdfxml",
    "rdf/xml": "rdfxml",
}


class ServeError(KGError):
    """The endpoint cannot start: the port is in use, the host is wrong, the graph unreadable."""

    exit_code = 2


# --------------------------------------------------------------------------- content negotiation


def _accepted(accept: str) -> list[tuple[str, float]]:
    """The media types of an Accept header, best first (ties keep their order)."""
    items: list[tuple[str, float, int]] = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        weight = 1.0
        for parameter in fields[1:]:
            if parameter.startswith("q="):
                try:
                    weight = float(parameter[2:])
                except ValueError:
                    weight = 0.0
        items.append((media, weight, index))
    items.sort(key=lambda item: (-item[1], item[2]))
    return [(media, weight) for media, weight, _ in items if weight > 0]


def choose_format(kind: str, accept: str, requested: str | None) -> str:
    """The short name of the format to answer in: ``kind`` is ``results`` or ``graph``.

    A ``format``/``output`` parameter (``json``, ``csv``, ``turtle`` or a
    media type) wins over ``Accept``; without either, JSON results or Turtle.
    """
    table = _RESULT_TYPES if kind == "results" else _GRAPH_TYPES
    if requested:
        name = _FORMAT_NAMES.get(requested.strip().lower())
        if name in table:
            return name
        for short, types in table.items():
            if requested.strip().lower() in types:
                return short
    for media, _weight in _accepted(accept or ""):
        for short, types in table.items():
            if media in types:
                return short
    return "json" if kind == "results" else "turtle"


def media_type(kind: str, name: str) -> str:
    table = _RESULT_TYPES if kind == "results" else _GRAPH_TYPES
    return table[name][0]


# --------------------------------------------------------------------------- results as bytes


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        value = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            value["datatype"] = term.datatype.value
        return value
    return {"type": "triple", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{xml_escape(term.language)}">{xml_escape(term.value)}</literal>'
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            datatype = xml_escape(term.datatype.value, {'"': "&quot;"})
            return f'<literal datatype="{datatype}">{xml_escape(term.value)}</literal>'
        return f"<literal>{xml_escape(term.value)}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def _csv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value) if hasattr(term, "value") else str(term)


def _tsv_term(term: Any) -> str:
    if term is None:
        return ""
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def serialize_solutions(variables: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> bytes:
    """SELECT results in the SPARQL 1.1 JSON, XML, CSV or TSV results format."""
    if fmt == "json":
        bindings = [
            {
                name: _json_term(term)
                for name, term in zip(variables, row, strict=True)
                if term is not None
            }
            for row in rows
        ]
        data = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        parts = [
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>'
        ]
        parts += [f'<variable name="{xml_escape(name)}"/>' for name in variables]
        parts.append("</head>\n<results>")
        for row in rows:
            parts.append("<result>")
            parts += [
                f'<binding name="{xml_escape(name)}">{_xml_term(term)}</binding>'
                for name, term in zip(variables, row, strict=True)
                if term is not None
            ]
            parts.append("</result>")
        parts.append("</results>\n</sparql>\n")
        return "\n".join(parts).encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_csv_term(term) for term in row])
        return out.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{name}" for name in variables)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_boolean(answer: bool, fmt: str) -> tuple[bytes, str]:
    """An ASK answer in JSON or XML (CSV and TSV define none: JSON is sent)."""
    if fmt == "xml":
        body = (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
            f"<head/>\n<boolean>{'true' if answer else 'false'}</boolean>\n</sparql>\n"
        )
        return body.encode("utf-8"), "xml"
    return json.dumps({"head": {}, "boolean": answer}).encode("utf-8"), "json"


# --------------------------------------------------------------------------- worker processes


@dataclass(frozen=True)
class _Request:
    sparql: str
    accept: str
    requested: str | None
    max_results: int
    prefixes: dict[str, str]
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Reply:
    status: int
    content_type: str
    body: bytes
    truncated: bool = False


def answer(store: ox.Store, request: _Request) -> _Reply:
    """Run one query on ``store`` and serialize its answer (used by the worker processes)."""
    options: dict[str, Any] = {"prefixes": request.prefixes}
    if request.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    try:
        result = store.query(request.sparql, **options)
        if isinstance(result, ox.QueryBoolean):
            body, fmt = serialize_boolean(
                bool(result), choose_format("results", request.accept, request.requested)
            )
            return _Reply(200, media_type("results", fmt), body)
        limit = request.max_results
        if isinstance(result, ox.QueryTriples):
            triples: list[Any] = []
            for triple in result:
                if len(triples) == limit:
                    return _graph_reply(triples, request, truncated=True)
                triples.append(triple)
            return _graph_reply(triples, request, truncated=False)
        variables = [v.value for v in result.variables]
        rows: list[list[Any]] = []
        truncated = False
        width = len(variables)
        for solution in result:
            if len(rows) == limit:
                truncated = True
                break
            rows.append([solution[i] for i in range(width)])
        fmt = choose_format("results", request.accept, request.requested)
        return _Reply(
            200, media_type("results", fmt), serialize_solutions(variables, rows, fmt), truncated
        )
    except SyntaxError as error:  # the server checks queries first: this is rare
        from kg.sparql.engine import sparql_message

        return _text_reply(
            HTTPStatus.BAD_REQUEST, f"invalid SPARQL: {sparql_message(error, request.sparql)}"
        )
    except (OSError, ValueError, RuntimeError) as error:
        return _text_reply(HTTPStatus.INTERNAL_SERVER_ERROR, f"SPARQL query failed: {error}")


def _graph_reply(triples: list[Any], request: _Request, *, truncated: bool) -> _Reply:
    fmt = choose_format("graph", request.accept, request.requested)
    prefixes = request.prefixes if fmt == "turtle" else None
    body = ox.serialize(triples, format=_GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
    return _Reply(200, media_type("graph", fmt), body, truncated)


def _text_reply(status: int, message: str) -> _Reply:
    return _Reply(
        int(status), "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8")
    )


_READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"
_HEADER_NAMES = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")  # HTTP tokens only


def _worker_main(connection: Any, data_path: str) -> None:
    """A worker process: copy the store into memory, answer requests until told to stop.

    Oxigraph's in-memory store answers the query library about three times as fast
    as its on-disk one (``benchmarks/RESULTS.md``); each worker holds its own copy.
    """
    try:
        store = ox.Store()
        store.bulk_extend(ox.Store.read_only(data_path))
    except OSError as error:
        connection.send(("failed", str(error)))
        return
    connection.send(("ready", ""))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            connection.send(("reply", answer(store, request)))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, context: Any, data_path: str) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, data_path), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.connection.poll(timeout):
            self.stop()
            raise ServeError("a query worker did not start in time; try again")
        status, message = self.connection.recv()
        if status != "ready":
            self.stop()
            raise ServeError(f"a query worker cannot open the data ({message})")

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


class QueryPool:
    """Worker processes that each hold the data read-only and answer one query at a time.

    A query past its timeout ends its worker's process; another is started.
    """

    def __init__(self, data_path: str, *, workers: int = 2, start_timeout: float = 60.0) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._data_path = data_path
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: list[_Worker] = []
        started = [self._spawn() for _ in range(max(1, workers))]
        try:
            for worker in started:
                worker.wait_ready(start_timeout)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self._data_path)
        with self._lock:
            self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if self._closed:
                return

        def start() -> None:
            try:
                fresh = self._spawn()
                fresh.wait_ready(60.0)
            except (ServeError, OSError) as error:
                log.error("could not start a query worker: %s", error)
                return
            if self._closed:
                fresh.stop()
            else:
                self._idle.put(fresh)

        threading.Thread(target=start, daemon=True).start()

    def run(self, request: _Request, timeout: float) -> _Reply:
        """Answer ``request`` in a worker within ``timeout`` seconds (waiting included)."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return _text_reply(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the endpoint is busy: no query worker was free within {timeout:g} s; try again",
            )
        try:
            worker.connection.send(request)
            if worker.connection.poll(max(0.0, deadline - time.monotonic())):
                status, reply = worker.connection.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as error:
            self._replace(worker)
            return _text_reply(
                HTTPStatus.INTERNAL_SERVER_ERROR, f"the query worker failed ({error})"
            )
        self._replace(worker)  # still running: end it
        return _text_reply(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"the query was stopped after the timeout of {timeout:g} s; "
            "make it more selective or add a LIMIT",
        )

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), []
        for worker in workers:
            try:
                worker.connection.send(None)
            except (OSError, ValueError):
                pass
            worker.stop()


# --------------------------------------------------------------------------- the HTTP server


class EndpointServer(ThreadingHTTPServer):
    """The HTTP server of ``kg serve``: see the module's docstring."""

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

    def server_bind(self) -> None:
        """Bind without ``http.server``'s reverse DNS look-up of the host."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    @property
    def url(self) -> str:
        host, port = (str(part) for part in self.server_address[:2])
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    def view_html(self) -> str:
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
        if getattr(self, "_serving", False):
            self.shutdown()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._serving = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self._serving = False


class _Handler(BaseHTTPRequestHandler):
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
            page, policy = _page(self.server)
            self._send(
                200,
                "text/html; charset=utf-8",
                page.encode("utf-8"),
                {"Content-Security-Policy": policy},
            )
            return
        if path == "/favicon.ico":  # browsers ask for it; the pages bring their own
            self._no_content()
            return
        if path == "/view":
            try:
                page = self.server.view_html()
            except KGError as error:
                self._text(
                    HTTPStatus.INTERNAL_SERVER_ERROR, f"the graph view cannot be drawn: {error}"
                )
                return
            self._send(200, "text/html; charset=utf-8", page.encode("utf-8"))
            return
        if path == "/queries":
            self._send(
                200, "application/json", json.dumps(_library(), ensure_ascii=False).encode("utf-8")
            )
            return
        if path not in ("/", "/sparql", "/query"):
            if path in ("/update", "/store", "/data"):
                self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
                return
            self._text(
                HTTPStatus.NOT_FOUND, f"no such page: {path}; the SPARQL endpoint is /sparql"
            )
            return
        if "update" in params:
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
            return
        queries = params.get("query", [])
        self._query(queries, params)

    do_HEAD = do_GET  # noqa: N815

    def do_POST(self) -> None:  # noqa: N802
        path = urlsplit(self.path).path
        if path in ("/update", "/store", "/data"):
            self._drain()
            self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
            return
        if path not in ("/", "/sparql", "/query"):
            self._drain()
            self._text(
                HTTPStatus.NOT_FOUND, f"no such page: {path}; the SPARQL endpoint is /sparql"
            )
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
            return
        if content_type == "application/sparql-query":
            self._query([text], params)
            return
        if content_type in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(text, keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            if "update" in params:
                self._text(HTTPStatus.FORBIDDEN, _READ_ONLY)
                return
            self._query(params.get("query", []), params)
            return
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

    def _drain(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if 0 < length <= MAX_BODY:
            self.rfile.read(length)
        elif length:
            self.close_connection = True

    # ------------------------------------------------------------------ queries

    def _query(self, queries: list[str], params: dict[str, list[str]]) -> None:
        from kg.sparql.engine import is_update, sparql_message

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
            _check_store().query(sparql, prefixes=self.server.prefixes)
        except SyntaxError as error:
            self._text(HTTPStatus.BAD_REQUEST, f"invalid SPARQL: {sparql_message(error, sparql)}")
            return
        requested: str | None = (params.get("format") or params.get("output") or [""])[0] or None
        request = _Request(
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


_CHECK: list[ox.Store] = []


def _check_store() -> ox.Store:
    """An empty in-memory store: it parses queries without touching the data."""
    if not _CHECK:
        _CHECK.append(ox.Store())
    return _CHECK[0]


def _library() -> list[dict[str, Any]]:
    """The library as the page and ``/queries`` give it: name, summary, text, parameters."""
    from kg.sparql.query import library, query_parameters

    found = []
    try:
        for item in library():
            text = item.path.read_text(encoding="utf-8")
            parameters = [
                {
                    "name": parameter.name,
                    "default": parameter.default,
                    "literal": parameter.literal,
                    "description": parameter.description,
                }
                for parameter in query_parameters(text)
            ]
            found.append(
                {
                    "name": item.name,
                    "summary": item.summary,
                    "query": text,
                    "parameters": parameters,
                }
            )
    except KGError:
        return []
    return found


# --------------------------------------------------------------------------- the page


def _page(server: EndpointServer) -> tuple[str, str]:
    """The query page and its Content-Security-Policy: its own script, requests to itself only."""
    queries = _library()
    first = queries[0]["query"] if queries else "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20"
    options = "\n".join(
        f'<option value="{i}" title="{html.escape(q["summary"])}">{html.escape(q["name"])}</option>'
        for i, q in enumerate(queries)
    )
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    script = _SCRIPT.format(data=data)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
        "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    page = _PAGE.format(
        name=html.escape(server.name),
        options=options,
        first=html.escape(first),
        script=script,
        limit=server.max_results,
        timeout=f"{server.query_timeout:g}",
    )
    return page, policy


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>kg SPARQL: {name}</title>
<link rel="icon" href="data:,">
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }}
textarea {{ width: 100%; height: 16em; font: 13px/1.35 ui-monospace, monospace; }}
table {{ border-collapse: collapse; margin-top: 1em; }}
td, th {{ border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; text-align: left; }}
th {{ background: #f3f3f3; }}
#status {{ margin-left: 1em; color: #555; }}
.error {{ color: #a00; white-space: pre-wrap; }}
pre {{ background: #f7f7f7; padding: .6em; overflow: auto; }}
nav a {{ margin-right: 1em; }}
</style></head>
<body>
<h1>kg SPARQL endpoint: {name}</h1>
<nav><a href="view">graph view</a><a href="queries">query library (JSON)</a>
<span>endpoint for tools: <code id="endpoint"></code></span></nav>
<p><label>Library: <select id="library"><option value="">(choose a query)</option>
{options}
</select></label> <span id="summary"></span></p>
<p id="parameters"></p>
<textarea id="query" spellcheck="false">{first}</textarea>
<p><button id="run">Run query</button><span id="status"></span></p>
<p><small>Read-only. Prefixes kg:, id:, doc:, rdfs:, skos:, prov:, dcterms: … are pre-bound.
At most {limit} results per query; a query is stopped after {timeout} s.</small></p>
<div id="results"></div>
<script>{script}</script>
</body></html>
"""

_SCRIPT = """
const LIBRARY = {data};
const endpoint = new URL("sparql", location.href).href;
document.getElementById("endpoint").textContent = endpoint;
const box = document.getElementById("query");
const select = document.getElementById("library");
const parameters = document.getElementById("parameters");
function withParameters(item) {{
  // each value goes in as a SPARQL string: JSON's escapes are SPARQL's too
  const lines = item.query.split("\\n");
  for (const parameter of item.parameters) {{
    const input = document.getElementById("parameter-" + parameter.name);
    const value = JSON.stringify(input ? input.value : parameter.default);
    for (let i = 0; i < lines.length; i++) {{
      if (!lines[i].trimStart().startsWith("#")) lines[i] = lines[i].split(parameter.literal).join(value);
    }}
  }}
  return lines.join("\\n");
}}
select.addEventListener("change", () => {{
  const item = LIBRARY[select.value];
  parameters.replaceChildren();
  if (!item) return;
  for (const parameter of item.parameters) {{
    const label = document.createElement("label");
    label.title = parameter.description;
    label.append(parameter.name + " ");
    const input = document.createElement("input");
    input.id = "parameter-" + parameter.name;
    input.value = parameter.default;
    input.addEventListener("input", () => {{ box.value = withParameters(item); }});
    input.addEventListener("keydown", (e) => {{ if (e.key === "Enter") run(); }});
    label.append(input, " ");
    parameters.append(label);
  }}
  box.value = withParameters(item);
  document.getElementById("summary").textContent = item.summary;
}});
function cell(term) {{
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + "@" + term["xml:lang"];
  return term.value;
}}
function show(data, truncated) {{
  const out = document.getElementById("results");
  out.replaceChildren();
  if ("boolean" in data) {{ const p = document.createElement("p"); p.textContent = String(data.boolean); out.append(p); return 0; }}
  const table = document.createElement("table");
  const head = table.insertRow();
  for (const name of data.head.vars) {{ const th = document.createElement("th"); th.textContent = name; head.append(th); }}
  for (const row of data.results.bindings) {{
    const tr = table.insertRow();
    for (const name of data.head.vars) {{
      const td = tr.insertCell();
      const term = row[name];
      if (term && term.type === "uri") {{ const a = document.createElement("a"); a.href = term.value; a.textContent = term.value; td.append(a); }}
      else td.textContent = cell(term);
    }}
  }}
  out.append(table);
  if (truncated) {{ const p = document.createElement("p"); p.textContent = "Only the first " + truncated + " results are shown."; out.append(p); }}
  return data.results.bindings.length;
}}
async function run() {{
  const status = document.getElementById("status");
  const out = document.getElementById("results");
  status.textContent = "running…";
  const started = performance.now();
  try {{
    const response = await fetch(endpoint, {{
      method: "POST",
      headers: {{ "Content-Type": "application/x-www-form-urlencoded",
                  "Accept": "application/sparql-results+json, text/turtle;q=0.9" }},
      body: new URLSearchParams({{ query: box.value }}),
    }});
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {{
      out.replaceChildren(); const p = document.createElement("p"); p.className = "error";
      p.textContent = response.status + ": " + await response.text(); out.append(p);
      status.textContent = ""; return;
    }}
    if (type.includes("json")) {{
      const n = show(await response.json(), response.headers.get("X-KG-Truncated") ? response.headers.get("X-KG-Result-Limit") : 0);
      status.textContent = n + " result(s) in " + seconds + " s";
    }} else {{
      out.replaceChildren(); const pre = document.createElement("pre"); pre.textContent = await response.text(); out.append(pre);
      status.textContent = "graph in " + seconds + " s";
    }}
  }} catch (error) {{ status.textContent = ""; out.textContent = String(error); }}
}}
document.getElementById("run").addEventListener("click", run);
box.addEventListener("keydown", (e) => {{ if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); }});
"""


# --------------------------------------------------------------------------- starting


def _is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")


def make_server(
    source: Path | str,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    max_results: int = DEFAULT_MAX_RESULTS,
    workers: int = 2,
    log_requests: bool = False,
) -> EndpointServer:
    """An endpoint for the graph file or store folder ``source``, bound but not yet serving.

    ``port=0`` takes a free port (see ``server.url``). Call ``serve_forever()``
    to answer requests and ``close()`` to stop and clean up. Raises
    :class:`ServeError` (or :class:`~kg.errors.GraphError`) when the port is in
    use, the host is wrong or the data cannot be read.
    """
    from kg.rdf.namespaces import PREFIXES
    from kg.sparql.engine import OxigraphGraph
    from kg.sparql.store import DATA, is_store, open_store

    if timeout <= 0:
        raise ServeError("the timeout must be a positive number of seconds")
    if max_results < 1:
        raise ServeError("the result limit must be at least 1")
    path = Path(source)
    listener = _bind_check(host, port)  # fail fast, before loading anything
    cleanups: list[Callable[[], None]] = []

    def cleanup() -> None:
        while cleanups:
            try:
                cleanups.pop()()
            except OSError:
                pass

    try:
        if path.is_dir() and is_store(path):
            opened = open_store(path)  # holds the shared lock while serving
            cleanups.append(opened.close)
            data_path = str(path / DATA)
            prefixes = dict(opened.prefixes)

            def load_view() -> str:
                from kg.view.page import render_html

                return render_html(opened.to_rdflib(), title=f"kg: {path.name}")

        else:
            loaded = OxigraphGraph.from_file(path)
            prefixes = dict(loaded.prefixes)
            folder = tempfile.mkdtemp(prefix="kg-serve-")
            cleanups.append(lambda: shutil.rmtree(folder, ignore_errors=True))
            data_path = str(Path(folder) / "oxigraph")
            disk = ox.Store(data_path)
            disk.bulk_extend(loaded.store)
            disk.flush()
            del disk, loaded

            def load_view() -> str:
                from kg.sparql.source import load_graph
                from kg.view.page import render_html

                return render_html(load_graph(path), title=f"kg: {path.name}")

        prefixes.update({p: str(n) for p, n in PREFIXES.items()})
        pool = QueryPool(data_path, workers=workers)
        cleanups.append(pool.close)
        if listener is not None:
            listener.close()
        try:
            server = EndpointServer(
                (host, port),
                pool=pool,
                prefixes=prefixes,
                name=path.name,
                timeout=timeout,
                max_results=max_results,
                load_view=load_view,
                cleanup=cleanup,
                log_requests=log_requests,
            )
        except OSError as error:
            raise _bind_error(host, port, error) from error
    except BaseException:
        if listener is not None:
            listener.close()
        cleanup()
        raise
    return server


def _bind_check(host: str, port: int) -> Any:
    """Bind ``host:port`` at once, so a port in use is reported before the data is loaded.

    Returns the bound socket (closed just before the server binds), or ``None`` for port 0.
    """
    if port == 0:
        return None
    if not 0 < port < 65536:
        raise ServeError(f"{port} is not a port number; give one from 1 to 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise ServeError(
            f"cannot listen on {host}: unknown host ({error.strerror}); give an address such as 127.0.0.1"
        ) from error
    family = infos[0][0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise _bind_error(host, port, error) from error
    return sock


def _bind_error(host: str, port: int, error: OSError) -> ServeError:
    if error.errno == errno.EADDRINUSE:
        return ServeError(
            f"port {port} on {host} is already in use; stop the program using it "
            "or choose another port with --port"
        )
    if error.errno == errno.EACCES:
        return ServeError(
            f"not allowed to listen on {host}:{port}; choose a port above 1023 with --port"
        )
    return ServeError(f"cannot listen on {host}:{port} ({error.strerror or error})")


def serve(server: EndpointServer) -> None:
    """Answer requests until Ctrl-C (``KeyboardInterrupt``) or SIGTERM, then close ``server``.

    SIGTERM (``kill``, ``docker stop``, systemd) is raised as
    ``KeyboardInterrupt`` too, so either way the workers stop and the
    temporary copy of a graph file is removed. Signal handlers can only be
    set in the main thread; elsewhere only ``server.close()`` stops it.
    """
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if in_main else None
    try:
        server.serve_forever()
    finally:
        server.close()
        if in_main:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")
