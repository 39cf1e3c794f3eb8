"""The worker processes of ``kg serve``: answers, and a query stopped at its timeout."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.sparql.engine import open_disk_store
from kg.sparql.serve.pool import QueryPool
from kg.sparql.serve.protocol import Request

EX = "http://example.org/"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryPool]:
    """One worker on an on-disk store of 200 triples."""
    location = str(tmp_path_factory.mktemp("pool") / "oxigraph")
    store = open_disk_store(location, read_only=False)
    store.extend(
        ox.Quad(ox.NamedNode(f"{EX}{i}"), ox.NamedNode(EX + "p"), ox.Literal(str(i)))
        for i in range(200)
    )
    store.flush()
    del store
    pool = QueryPool(location, workers=1)
    yield pool
    pool.close()


def request(sparql: str) -> Request:
    return Request(sparql, "", None, 1000, {})


def test_pool_answers_in_a_worker(pool: QueryPool) -> None:
    reply = pool.run(request("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), 20)
    assert reply.status == 200
    assert json.loads(reply.body)["results"]["bindings"][0]["n"]["value"] == "200"


def test_pool_stops_a_query_at_its_timeout_and_keeps_answering(pool: QueryPool) -> None:
    reply = pool.run(request(RUNAWAY), 1.0)
    assert reply.status == 503 and b"timeout" in reply.body
    deadline = time.monotonic() + 60  # a fresh worker takes over
    while True:
        reply = pool.run(request("ASK { ?s ?p ?o }"), 5)
        if reply.status == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert reply.status == 200, reply.body


def test_pool_cannot_start_on_missing_data(tmp_path: Path) -> None:
    from kg.sparql.serve import ServeError

    with pytest.raises(ServeError, match="cannot open the data"):
        QueryPool(str(tmp_path / "nothing"), workers=1)
