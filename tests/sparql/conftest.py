"""Fixtures of the SPARQL tests: the example graph as a file, and a ``kg serve`` endpoint on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from http_helpers import serving
from rdflib import Graph

from kg.rdf.turtle import write_turtle
from kg.sparql.serve import EndpointServer, make_server


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, example_graph: Graph) -> Path:
    """The example graph written as Turtle, once per test module."""
    return write_turtle(example_graph, tmp_path_factory.mktemp("graph") / "graph.ttl")


@pytest.fixture(scope="module")
def server(graph_file: Path) -> Iterator[EndpointServer]:
    """``kg serve`` on the example graph, on a free port, at most 5 results per query."""
    with serving(make_server(graph_file, port=0, workers=1, timeout=20, max_results=5)) as running:
        yield running


@pytest.fixture(scope="module")
def endpoint(server: EndpointServer) -> str:
    """The SPARQL endpoint of :func:`server`."""
    return server.url + "sparql"
