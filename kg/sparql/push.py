"""Upload a graph or a store to a remote triple store: ``kg push``.

The upload uses the SPARQL 1.1 Graph Store HTTP Protocol, which Fuseki,
GraphDB, Virtuoso, Neptune, Stardog and Oxigraph all speak: one ``PUT`` of
N-Triples per named graph, to ``ENDPOINT?graph=IRI``. ``PUT`` replaces the
graph, so pushing again replaces what was pushed before instead of adding to it.

The named graphs are those of a store (:mod:`kg.sparql.named_graphs`): one per
document, one for the ontology, and one for what is said about entities. A
graph file is split the same way first, so the remote store holds the same
named graphs whether a file or a store was pushed.

**Several sources on one server.** Each source's entities go to a graph of
their own, ``.../graph/entities/NAME`` (NAME: the store folder's name, the
graph file's name, or the folder of a ``graph.ttl``; ``source_name`` to choose
it), so pushing a second source does not replace the first one's labels and
relations; pushing the same source again replaces its own. Queries see
every graph together only on a server whose default graph is the union of its
named graphs (Oxigraph ``--union-default-graph``, Fuseki
``tdb2:unionDefaultGraph``, GraphDB and Stardog by default); for a server
whose default graph is only its own, ``default_graph=True`` also adds every
triple to the default graph (``POST``, merged with what is there).

**Limits.** ``timeout`` bounds each request in all (connecting, sending,
waiting for and reading the answer), so a server that answers a byte at a
time cannot keep ``kg push`` running. A bad URL, header or timeout is a
:class:`PushError`, one line.

Endpoint URLs of common servers: Oxigraph ``http://HOST:7878/store``, Fuseki
``http://HOST:3030/DATASET/data``, GraphDB
``http://HOST:7200/repositories/REPO/rdf-graphs/service``, Virtuoso
``http://HOST:8890/sparql-graph-crud-auth``.
"""

from __future__ import annotations

import http.client
import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from kg.errors import KGError
from kg.files import one_line

__all__ = ["PushError", "PushedGraph", "push", "graphs_of", "check_headers", "source_name_of"]

log = logging.getLogger(__name__)

NTRIPLES = "application/n-triples"
_TOKEN = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")  # an HTTP header name


class PushError(KGError):
    """The remote store cannot be reached or refused a graph.

    ``status`` is the HTTP status of a refusal (None when there was no answer).
    """

    exit_code = 5

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class PushedGraph:
    """A named graph sent: its IRI and how many triples it holds."""

    name: str
    triples: int


def source_name_of(source: Path | str) -> str:
    """The name a source's entities graph gets on the server (see the module's docstring)."""
    from kg.rdf.namespaces import slug

    path = Path(source).resolve()
    if path.is_dir():
        name = path.name
    elif path.stem == "graph":  # kg build -o OUT writes OUT/graph.ttl: the folder names it
        name = path.parent.name
    else:
        name = path.stem
    return slug(name) or "graph"


def graphs_of(
    source: Path | str, *, source_name: str | None = None
) -> Iterator[tuple[str, list[ox.Triple]]]:
    """The named graphs of a store folder or of a graph file (split per document), as Oxigraph triples.

    The entities graph is named for the source (``.../graph/entities/NAME``);
    triples of a store's default graph, if any, come under the name ``""``.
    """
    from kg.sparql.engine import quads_of
    from kg.sparql.named_graphs import ENTITIES_GRAPH, split_by_document
    from kg.sparql.source import open_graph, open_source

    opened = open_source(source)
    entities = f"{ENTITIES_GRAPH}/{source_name or source_name_of(opened.path)}"

    def renamed(name: str) -> str:
        return entities if name == str(ENTITIES_GRAPH) else name

    with open_graph(opened) as graph:
        if not opened.is_store:
            groups = split_by_document(graph.to_rdflib())
            for name, triples in sorted(groups.items()):
                yield renamed(str(name)), [_triple(q) for q in quads_of(triples)]
            return
        for name in graph.named_graphs():
            yield renamed(str(name)), [_triple(q) for q in graph.quads(name)]
        default = [
            _triple(q) for q in graph.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        ]
        if default:
            yield "", default


def _triple(quad: ox.Quad) -> ox.Triple:
    return ox.Triple(quad.subject, quad.predicate, quad.object)


def _target(endpoint: str, name: str) -> str:
    separator = "&" if "?" in endpoint else "?"
    if not name:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={quote(name, safe='')}"


def _check_endpoint(endpoint: str) -> None:
    """Raise :class:`PushError` unless ``endpoint`` is an http(s) URL with a host and a valid port."""
    hint = "give the Graph Store endpoint, e.g. http://127.0.0.1:7878/store"
    if any(ord(c) < 33 or ord(c) > 126 for c in endpoint):
        raise PushError(
            f"{endpoint!r} is not a URL (it holds spaces or control characters); {hint}"
        )
    try:
        parts = urlsplit(endpoint)
        port = parts.port
    except ValueError as error:
        raise PushError(f"{endpoint!r} is not a valid URL ({error}); {hint}") from error
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"{endpoint!r} is not an http(s) URL; {hint}")
    if port == 0:
        raise PushError(f"{endpoint!r} has no valid port; {hint}")


def check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` if each can be sent as it is; :class:`PushError` naming the first that cannot."""
    for name, value in headers.items():
        if not _TOKEN.match(name):
            raise PushError(f"{name!r} is not a header name; write a header as 'Name: value'")
        if any(c in value for c in "\r\n\0"):
            raise PushError(f"the value of header {name} holds a line break; give it on one line")
        try:
            value.encode("latin-1")
        except UnicodeEncodeError as error:
            raise PushError(
                f"the value of header {name} holds characters HTTP headers cannot carry "
                f"({value[error.start : error.end]!r}); encode it first (e.g. Base64)"
            ) from error
    return dict(headers)


def _send(
    url: str, body: bytes, headers: Mapping[str, str], timeout: float, *, method: str = "PUT"
) -> None:
    """One request to ``url``, done within ``timeout`` seconds in all; :class:`PushError` if not."""
    parts = urlsplit(url)
    connection_type = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    connection = connection_type(parts.hostname or "", parts.port, timeout=timeout)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    deadline = _Deadline(connection, timeout)
    try:
        connection.request(
            method, path, body=body, headers={"Content-Type": NTRIPLES, **dict(headers)}
        )
        response = connection.getresponse()
        detail = response.read(500 if response.status >= 300 else None)
        deadline.check()
        if response.status >= 300:
            _refused(url, response.status, response.reason, detail)
    except PushError:
        raise
    except (OSError, http.client.HTTPException) as error:
        if deadline.expired:
            raise PushError(
                f"{url}: the server did not finish answering within {timeout:g} s; "
                "try again or raise --timeout"
            ) from error
        if isinstance(error, TimeoutError | socket.timeout):
            raise PushError(
                f"{url}: no answer in time ({error}); try again or raise --timeout"
            ) from error
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise PushError(
            f"cannot reach {url} ({reason}); check the URL and that the server is running"
        ) from error
    finally:
        deadline.cancel()
        connection.close()


class _Deadline:
    """Closes a connection's socket once ``seconds`` have passed, whatever it is waiting for."""

    def __init__(self, connection: http.client.HTTPConnection, seconds: float) -> None:
        self.connection = connection
        self.expired = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        self.expired = True
        sock = self.connection.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def check(self) -> None:
        if self.expired:
            raise OSError("deadline passed")

    def cancel(self) -> None:
        self._timer.cancel()


def _refused(url: str, status: int, reason: str, detail: bytes) -> None:
    text = one_line(detail.decode("utf-8", "replace"), limit=None)
    hint = "; check the endpoint URL (the Graph Store Protocol one, not the query one)"
    if status in (401, 403):
        hint = "; give credentials with --header 'Authorization: ...' or check the server's rights"
    raise PushError(
        f"{url}: the server refused the graph ({status} {reason}{': ' + text if text else ''}){hint}",
        status=status,
    )


def push(
    source: Path | str,
    endpoint: str,
    *,
    headers: Mapping[str, str] | None = None,
    timeout: float = 120.0,
    on_graph: Callable[[PushedGraph], None] | None = None,
    source_name: str | None = None,
    default_graph: bool = False,
) -> list[PushedGraph]:
    """PUT every named graph of ``source`` (a graph file or a store) to ``endpoint``.

    Each request may take ``timeout`` seconds in all. With ``default_graph``
    every triple is also added (``POST``) to the server's default graph.
    Raises :class:`PushError` when an argument is wrong, the server cannot be
    reached or refuses a graph (graphs already sent stay sent),
    :class:`~kg.errors.GraphError` when ``source`` cannot be read.
    """
    _check_endpoint(endpoint)
    sent_headers = check_headers(headers or {})
    if not timeout > 0:
        raise PushError(f"the timeout must be a positive number of seconds, not {timeout:g}")
    sent: list[PushedGraph] = []
    for name, triples in graphs_of(source, source_name=source_name):
        body: Any = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        started = time.monotonic()
        _send(_target(endpoint, name), body, sent_headers, timeout)
        if default_graph:
            _send(_target(endpoint, ""), body, sent_headers, timeout, method="POST")
        pushed = PushedGraph(name, len(triples))
        sent.append(pushed)
        log.info(
            "pushed %s (%d triples) in %.1f s",
            name or "the default graph",
            len(triples),
            time.monotonic() - started,
        )
        if on_graph is not None:
            on_graph(pushed)
    return sent
