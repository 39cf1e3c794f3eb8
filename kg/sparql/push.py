"""Upload a graph or a store to a remote triple store: ``kg push``.

The upload uses the SPARQL 1.1 Graph Store HTTP Protocol, which Fuseki,
GraphDB, Virtuoso, Neptune, Stardog and Oxigraph all speak: one ``PUT`` of
N-Triples per named graph, to ``ENDPOINT?graph=IRI``. ``PUT`` replaces the
graph, so pushing again replaces what was pushed before instead of adding to it.

The named graphs are those of a store (:mod:`kg.sparql.named_graphs`): one per document,
one for what is said about entities, one for the ontology. A graph file is
split the same way first, so the remote store holds the same named graphs
whether a file or a store was pushed, and its union default graph answers as
``kg query`` does locally.

Endpoint URLs of common servers: Oxigraph ``http://HOST:7878/store``, Fuseki
``http://HOST:3030/DATASET/data``, GraphDB
``http://HOST:7200/repositories/REPO/rdf-graphs/service``, Virtuoso
``http://HOST:8890/sparql-graph-crud-auth``.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from kg.errors import KGError
from kg.files import one_line

__all__ = ["PushError", "PushedGraph", "push", "graphs_of"]

log = logging.getLogger(__name__)

NTRIPLES = "application/n-triples"


class PushError(KGError):
    """The remote store cannot be reached or refused a graph."""

    exit_code = 5


@dataclass(frozen=True)
class PushedGraph:
    """A named graph sent: its IRI and how many triples it holds."""

    name: str
    triples: int


def graphs_of(source: Path | str) -> Iterator[tuple[str, list[ox.Triple]]]:
    """The named graphs of a store folder or of a graph file (split per document), as Oxigraph triples.

    Triples of a store's default graph, if any, come under the name ``""``.
    """
    from kg.sparql.engine import quads_of
    from kg.sparql.named_graphs import split_by_document
    from kg.sparql.source import open_graph, open_source

    opened = open_source(source)
    with open_graph(opened) as graph:
        if not opened.is_store:
            groups = split_by_document(graph.to_rdflib())
            for name, triples in sorted(groups.items()):
                yield str(name), [_triple(q) for q in quads_of(triples)]
            return
        for name in graph.named_graphs():
            yield str(name), [_triple(q) for q in graph.quads(name)]
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
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(
            f"{endpoint!r} is not an http(s) URL; give the Graph Store endpoint, "
            "e.g. http://127.0.0.1:7878/store"
        )


def _send(url: str, body: bytes, headers: Mapping[str, str], timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method="PUT")
    request.add_header("Content-Type", NTRIPLES)
    for key, value in headers.items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = ""
        try:
            detail = one_line(error.read(500).decode("utf-8", "replace"), limit=None)
        except OSError:
            pass
        hint = "; check the endpoint URL (the Graph Store Protocol one, not the query one)"
        if error.code in (401, 403):
            hint = (
                "; give credentials with --header 'Authorization: ...' or check the server's rights"
            )
        raise PushError(
            f"{url}: the server refused the graph ({error.code} {error.reason}"
            f"{': ' + detail if detail else ''}){hint}"
        ) from error
    except urllib.error.URLError as error:
        reason = getattr(error.reason, "strerror", None) or str(error.reason)
        raise PushError(
            f"cannot reach {url} ({reason}); check the URL and that the server is running"
        ) from error
    except (TimeoutError, OSError) as error:
        raise PushError(
            f"{url}: no answer in time ({error}); try again or raise --timeout"
        ) from error


def push(
    source: Path | str,
    endpoint: str,
    *,
    headers: Mapping[str, str] | None = None,
    timeout: float = 120.0,
    on_graph: Callable[[PushedGraph], None] | None = None,
) -> list[PushedGraph]:
    """PUT every named graph of ``source`` (a graph file or a store) to ``endpoint``.

    Raises :class:`PushError` when the server cannot be reached or refuses a
    graph (graphs already sent stay sent), :class:`~kg.errors.GraphError` when
    ``source`` cannot be read.
    """
    _check_endpoint(endpoint)
    sent: list[PushedGraph] = []
    for name, triples in graphs_of(source):
        body: Any = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        _send(_target(endpoint, name), body, dict(headers or {}), timeout)
        pushed = PushedGraph(name, len(triples))
        sent.append(pushed)
        log.info("pushed %s (%d triples)", name or "the default graph", len(triples))
        if on_graph is not None:
            on_graph(pushed)
    return sent
