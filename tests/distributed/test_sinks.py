"""Pushing a build into a real Oxigraph server on 127.0.0.1, document by document, with retries."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from http_helpers import LOOPBACK, free_port, http, oxigraph_binary, start_oxigraph, stop
from typer.testing import CliRunner

from kg.cli.app import app
from kg.distributed.build import items_of, run_build
from kg.distributed.sinks import PushSink
from kg.sparql.engine import quads_of
from kg.sparql.named_graphs import split_by_document
from kg.sparql.push import PushError

runner = CliRunner()
needs_oxigraph = pytest.mark.skipif(
    oxigraph_binary() is None, reason="the oxigraph server (pip install oxigraph) is not installed"
)


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[str]:
    """A real, empty Oxigraph server on 127.0.0.1, stopped after the test."""
    port = free_port()
    process = start_oxigraph(tmp_path / "oxigraph", port)
    try:
        yield f"http://{LOOPBACK}:{port}"
    finally:
        stop(process)


def remote_graphs(base: str) -> dict[str, set[ox.Quad]]:
    status, _headers, body = http(f"{base}/store", headers={"Accept": "application/n-quads"})
    assert status == 200
    graphs: dict[str, set[ox.Quad]] = {}
    for quad in ox.parse(body, format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(str(quad.graph_name.value), set()).add(quad)
    return graphs


def expected_graphs(single_turtle: bytes) -> dict[str, set[ox.Quad]]:
    from rdflib import Graph

    graph = Graph().parse(data=single_turtle, format="turtle")
    store = ox.Store()  # Oxigraph stores values canonically ("0.80" as "0.8"), as the server does
    for name, triples in split_by_document(graph).items():
        store.extend(quads_of(triples, name))
    graphs: dict[str, set[ox.Quad]] = {}
    for quad in store:
        graphs.setdefault(str(quad.graph_name.value), set()).add(quad)
    return graphs


@needs_oxigraph
def test_cli_push_streams_every_named_graph_into_oxigraph(
    shared_pipeline: Any, remote: str, corpus: list[Path], single_turtle: bytes
) -> None:
    args = ["build", *map(str, corpus), "--push", f"{remote}/store"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "pushed 7 named graph(s) (5 document(s), entities, ontology) to" in result.stdout
    assert remote_graphs(remote) == expected_graphs(single_turtle)
    # pushed again: PUT replaces each graph, so the server holds the same
    assert runner.invoke(app, args).exit_code == 0
    assert remote_graphs(remote) == expected_graphs(single_turtle)


@needs_oxigraph
def test_cluster_build_pushes_as_documents_complete(
    client: Any, remote: str, corpus: list[Path], single_turtle: bytes
) -> None:
    sent: list[str] = []
    sink = PushSink(f"{remote}/store", on_graph=lambda name, n: sent.append(name))
    report = run_build(client, items_of(corpus), sink, batch_size=2)
    assert not report.partial
    assert sent[-2:] == [
        "https://w3id.org/kg-policy/graph/entities",
        "https://w3id.org/kg-policy/graph/ontology",
    ]
    assert len(sent) == len(report.documents) + 2
    assert remote_graphs(remote) == expected_graphs(single_turtle)


class _Flaky(BaseHTTPRequestHandler):
    """Answers the first ``failures`` PUTs with ``status``, then 204; counts them."""

    failures = 0
    status = 503
    calls = 0

    def do_PUT(self) -> None:  # noqa: N802 - http.server's name
        type(self).calls += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(self.status if type(self).calls <= self.failures else 204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def flaky() -> Iterator[type[_Flaky]]:
    handler = type("Flaky", (_Flaky,), {})
    server = ThreadingHTTPServer((LOOPBACK, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://{LOOPBACK}:{server.server_address[1]}/store"  # type: ignore[attr-defined]
    try:
        yield handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_push_retries_a_server_that_fails_for_a_while(flaky: Any) -> None:
    flaky.failures, flaky.status = 2, 503
    sink = PushSink(flaky.url, attempts=4, backoff=0.01)
    sink.put("https://example.org/g", [])
    assert flaky.calls == 3 and sink.sent == ["https://example.org/g"]


def test_push_does_not_retry_a_refusal(flaky: Any) -> None:
    flaky.failures, flaky.status = 5, 400
    sink = PushSink(flaky.url, attempts=4, backoff=0.01)
    with pytest.raises(PushError, match="400"):
        sink.put("https://example.org/g", [])
    assert flaky.calls == 1


def test_push_gives_up_after_its_attempts(flaky: Any) -> None:
    flaky.failures, flaky.status = 10, 503
    sink = PushSink(flaky.url, attempts=3, backoff=0.01)
    with pytest.raises(PushError, match="503"):
        sink.put("https://example.org/g", [])
    assert flaky.calls == 3
