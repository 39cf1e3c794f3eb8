"""Where a distributed build's graph goes, document by document: a graph in memory or a
SPARQL server (Graph Store Protocol).

A sink gets each document's named graph as its batch is rendered
(:meth:`Sink.document`), then, once, the triples about the merged entities
(:meth:`Sink.finish`). The graph of the whole build is the union of what it got
and the ontology.

:class:`PushSink` sends each document's graph as it comes, by ``PUT`` (which
replaces the graph, so a build sent again, or a retried request, leaves the
same graphs), retrying a request that fails for a reason that may pass
(no connection, a time-out, a 5xx, 408 or 429 answer); the entities and the
ontology graphs go last.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from rdflib import Graph

from kg.distributed.resolution import DocumentGraph, Triple
from kg.rdf.namespaces import document_iri

if TYPE_CHECKING:
    from kg.sparql.push import PushError

__all__ = ["Sink", "GraphSink", "TurtleSink", "PushSink"]

log = logging.getLogger(__name__)


class Sink(Protocol):
    """Receives a build's graph document by document (as Turtle blocks, where it can, when
    ``turtle_blocks`` is true)."""

    turtle_blocks: bool

    def document(self, graph: DocumentGraph) -> None: ...

    def finish(self, entity_triples: list[Triple]) -> None: ...


class GraphSink:
    """Collects the whole graph in memory (for ``kg build -o``: Turtle and the HTML view)."""

    turtle_blocks = False

    def __init__(self) -> None:
        from kg.rdf.graph import new_graph

        self.graph: Graph = new_graph()

    def document(self, graph: DocumentGraph) -> None:
        add = self.graph.add
        for triple in graph.triples:
            add(triple)
        for triple in graph.entity_triples:
            add(triple)

    def finish(self, entity_triples: list[Triple]) -> None:
        from kg.rdf.schema import load_ontology

        add = self.graph.add
        for triple in load_ontology():
            add(triple)
        for triple in entity_triples:
            add(triple)


class TurtleSink:
    """Collects the build's Turtle (``kg build -o DIR --no-html``): each document's own
    subjects come as Turtle blocks rendered on the workers, so the client only sorts and
    joins them and writes the blocks of the entities and the ontology itself.
    :meth:`turtle` gives what :func:`kg.rdf.turtle.turtle_bytes` gives for the whole graph.
    """

    turtle_blocks = True

    def __init__(self) -> None:
        from kg.rdf.graph import new_graph

        self.blocks: list[tuple[tuple[Any, ...], str]] = []
        self.used: dict[str, str] = {}
        self.rest: Graph = new_graph()
        self.documents = 0

    def document(self, graph: DocumentGraph) -> None:
        if graph.blocks is None:
            raise ValueError("TurtleSink needs documents rendered as Turtle blocks")
        self.blocks.extend(graph.blocks)
        self.used.update(graph.used)
        add = self.rest.add
        for triple in graph.triples:
            add(triple)
        for triple in graph.entity_triples:
            add(triple)
        self.documents += 1

    def finish(self, entity_triples: list[Triple]) -> None:
        from kg.rdf.schema import load_ontology

        add = self.rest.add
        for triple in load_ontology():
            add(triple)
        for triple in entity_triples:
            add(triple)

    def turtle(self) -> bytes:
        """The whole graph as kg's deterministic Turtle."""
        from kg.rdf.turtle import assemble_turtle, turtle_blocks

        blocks, used = turtle_blocks(self.rest, self.rest.namespaces())
        return assemble_turtle([*self.blocks, *blocks], {**self.used, **used})


def _transient(error: PushError) -> bool:
    """True when a failed request may succeed if sent again."""
    if error.status is not None:  # the server answered
        return error.status >= 500 or error.status in (408, 429)
    return True  # no connection, a reset or a time-out


class PushSink:
    """PUTs each document's named graph to a Graph Store endpoint as it comes.

    ``attempts`` bounds the tries of one request; the waits between them
    double from ``backoff`` seconds. ``on_graph(name, triples)`` is called
    after each graph is sent.
    """

    turtle_blocks = False

    def __init__(
        self,
        endpoint: str,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float = 120.0,
        attempts: int = 4,
        backoff: float = 0.5,
        on_graph: Callable[[str, int], None] | None = None,
    ) -> None:
        from kg.sparql.push import _check_endpoint

        _check_endpoint(endpoint)
        self.endpoint = endpoint
        self.headers = dict(headers or {})
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.on_graph = on_graph
        self.sent: list[str] = []
        self._entities: set[Triple] = set()

    def put(self, name: str, triples: Iterable[Triple]) -> None:
        """Replace the graph ``name`` on the server by ``triples``, retrying transient failures."""
        import pyoxigraph as ox

        from kg.sparql.engine import quads_of
        from kg.sparql.push import PushError, _send, _target

        items = [ox.Triple(q.subject, q.predicate, q.object) for q in quads_of(triples)]
        body: Any = ox.serialize(items, format=ox.RdfFormat.N_TRIPLES) or b""
        url = _target(self.endpoint, name)
        for attempt in range(1, self.attempts + 1):
            try:
                _send(url, body, self.headers, self.timeout)
                break
            except PushError as error:
                if attempt == self.attempts or not _transient(error):
                    raise
                wait = self.backoff * 2 ** (attempt - 1)
                log.warning(
                    "%s; trying again in %.1f s (%d/%d)", error, wait, attempt, self.attempts
                )
                time.sleep(wait)
        self.sent.append(name)
        if self.on_graph is not None:
            self.on_graph(name, len(items))

    def document(self, graph: DocumentGraph) -> None:
        self._entities.update(graph.entity_triples)
        self.put(str(document_iri(graph.doc_id)), graph.triples)

    def finish(self, entity_triples: list[Triple]) -> None:
        from kg.rdf.schema import load_ontology
        from kg.sparql.named_graphs import ENTITIES_GRAPH, ONTOLOGY_GRAPH

        self._entities.update(entity_triples)
        self.put(str(ENTITIES_GRAPH), list(self._entities))
        self.put(str(ONTOLOGY_GRAPH), list(load_ontology()))
