"""The read-only SPARQL endpoint, tested with real HTTP requests on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from http_helpers import LOOPBACK, free_port, stop, wait_for_http
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from typer.testing import CliRunner

from kg.cli.app import app
from kg.rdf.turtle import write_turtle
from kg.sparql.serve import EndpointServer, ServeError, choose_format, make_server

PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"

runner = CliRunner()


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, example_graph: Graph) -> Path:
    return write_turtle(example_graph, tmp_path_factory.mktemp("serve") / "graph.ttl")


def _serving(server: EndpointServer) -> Iterator[EndpointServer]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(graph_file: Path) -> Iterator[EndpointServer]:
    yield from _serving(make_server(graph_file, port=0, workers=1, timeout=20, max_results=5))


@pytest.fixture(scope="module")
def endpoint(server: EndpointServer) -> str:
    return server.url + "sparql"


def http(
    url: str,
    *,
    method: str = "GET",
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(
    endpoint: str, sparql: str, accept: str = "", **params: str
) -> tuple[int, dict[str, str], bytes]:
    query = urllib.parse.urlencode({"query": sparql, **params})
    return http(f"{endpoint}?{query}", headers={"Accept": accept} if accept else {})


def wrapper(endpoint: str, sparql: str, fmt: str) -> Any:
    client = SPARQLWrapper(endpoint)
    client.setQuery(sparql)
    client.setReturnFormat(fmt)
    client.setTimeout(30)
    return client.query().convert()


# ------------------------------------------------------------------ SPARQLWrapper


def test_serve_select_json_with_sparqlwrapper(endpoint: str) -> None:
    data = wrapper(endpoint, PEOPLE, JSON)
    names = [row["name"]["value"] for row in data["results"]["bindings"]]
    assert names == ["Katie Bramall", "Wes Streeting"]


def test_serve_select_xml_with_sparqlwrapper(endpoint: str) -> None:
    document = wrapper(endpoint, PEOPLE, XML)
    values = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert values == ["Katie Bramall", "Wes Streeting"]


def test_serve_select_csv_and_tsv_with_sparqlwrapper(endpoint: str) -> None:
    rows = list(csv.reader(io.StringIO(wrapper(endpoint, PEOPLE, CSV).decode("utf-8"))))
    assert rows == [["name"], ["Katie Bramall"], ["Wes Streeting"]]
    lines = wrapper(endpoint, PEOPLE, TSV).decode("utf-8").splitlines()
    assert lines == ["?name", '"Katie Bramall"', '"Wes Streeting"']


def test_serve_ask_with_sparqlwrapper(endpoint: str) -> None:
    assert wrapper(endpoint, "ASK { id:wes-streeting a kg:Person }", JSON)["boolean"] is True
    assert wrapper(endpoint, "ASK { id:wes-streeting a kg:Event }", JSON)["boolean"] is False


def test_serve_construct_as_turtle_and_jsonld_with_sparqlwrapper(endpoint: str) -> None:
    sparql = "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }"
    turtle = wrapper(endpoint, sparql, TURTLE)
    graph = Graph().parse(data=turtle, format="turtle")
    assert len(graph) == 2
    jsonld = wrapper(endpoint, sparql, JSONLD)
    assert len(jsonld) == 2


def test_serve_post_form_with_sparqlwrapper(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery(PEOPLE)
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 2


def test_serve_malformed_query_is_400_with_the_position(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed, match="error at 1:"):
        wrapper(endpoint, "SELECT ?x WHERE { ?x ?p ?o", JSON)
    status, headers, body = get(endpoint, "SELECT ?x WHERE {\n ?x ?p ")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert body.decode().startswith("invalid SPARQL: error at 2:")


def test_serve_unknown_prefix_is_400_naming_it(endpoint: str) -> None:
    status, _headers, body = get(endpoint, "SELECT ?x WHERE { ?x a nope:Thing }")
    assert status == 400
    assert "nope:" in body.decode()


# ------------------------------------------------------------------ plain HTTP


@pytest.mark.parametrize(
    ("accept", "media", "check"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", b'"bindings"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
        ("text/csv", "text/csv", b"name\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", b"?name\n"),
        ("text/html, */*;q=0.1", "application/sparql-results+json", b'"bindings"'),
    ],
)
def test_serve_select_by_content_negotiation(
    endpoint: str, accept: str, media: str, check: bytes
) -> None:
    status, headers, body = get(endpoint, PEOPLE, accept)
    assert status == 200
    assert headers["Content-Type"] == media
    assert check in body


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
    ],
)
def test_serve_construct_by_content_negotiation(endpoint: str, accept: str, media: str) -> None:
    sparql = "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }"
    status, headers, body = get(endpoint, sparql, accept)
    assert status == 200
    assert headers["Content-Type"] == media
    formats = {
        "text/turtle": "turtle",
        "application/n-triples": "nt",
        "application/ld+json": "json-ld",
        "application/rdf+xml": "xml",
    }
    assert len(Graph().parse(data=body, format=formats[media])) == 2


def test_serve_format_parameter_wins_over_accept(endpoint: str) -> None:
    status, headers, _body = get(endpoint, PEOPLE, "application/sparql-results+json", format="csv")
    assert (status, headers["Content-Type"]) == (200, "text/csv")


def test_serve_post_sparql_query_body(endpoint: str) -> None:
    status, _headers, body = http(
        endpoint,
        method="POST",
        data=PEOPLE.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/json"},
    )
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 2


def test_serve_results_are_limited(endpoint: str, server: EndpointServer) -> None:
    status, headers, body = get(endpoint, "SELECT ?s WHERE { ?s ?p ?o }")
    assert status == 200
    assert headers["X-KG-Truncated"] == "true"
    assert headers["X-KG-Result-Limit"] == str(server.max_results)
    assert len(json.loads(body)["results"]["bindings"]) == server.max_results
    status, headers, _body = get(endpoint, PEOPLE)
    assert "X-KG-Truncated" not in headers


def test_serve_default_graph_uri_parameter(endpoint: str) -> None:
    status, _headers, body = get(
        endpoint, "SELECT ?s WHERE { ?s ?p ?o }", **{"default-graph-uri": "http://example.org/none"}
    )
    assert status == 200
    assert json.loads(body)["results"]["bindings"] == []


# ------------------------------------------------------------------ read-only


@pytest.mark.parametrize(
    ("method", "data", "headers", "path"),
    [
        (
            "POST",
            b"update=INSERT+DATA+%7B+%3Chttp%3A%2F%2Fa%3E+%3Chttp%3A%2F%2Fb%3E+%3Chttp%3A%2F%2Fc%3E+%7D",
            {"Content-Type": "application/x-www-form-urlencoded"},
            "sparql",
        ),
        (
            "POST",
            b"INSERT DATA { <http://a> <http://b> <http://c> }",
            {"Content-Type": "application/sparql-update"},
            "sparql",
        ),
        (
            "POST",
            b"query=INSERT+DATA+%7B+%3Chttp%3A%2F%2Fa%3E+%3Chttp%3A%2F%2Fb%3E+%3Chttp%3A%2F%2Fc%3E+%7D",
            {"Content-Type": "application/x-www-form-urlencoded"},
            "sparql",
        ),
        ("GET", None, {}, "sparql?update=DROP+ALL"),
        ("PUT", b"<a> <b> <c> .", {"Content-Type": "application/n-triples"}, "store?default"),
        ("DELETE", None, {}, "store?default"),
        ("POST", b"<a> <b> <c> .", {"Content-Type": "application/n-triples"}, "update"),
    ],
)
def test_serve_refuses_updates_with_403(
    server: EndpointServer, method: str, data: bytes | None, headers: dict[str, str], path: str
) -> None:
    status, _headers, body = http(server.url + path, method=method, data=data, headers=headers)
    assert status == 403
    assert "read-only" in body.decode()
    assert (
        get(server.url + "sparql", "ASK { <http://a> <http://b> <http://c> }")[2]
        == b'{"head": {}, "boolean": false}'
    )


def test_serve_update_through_sparqlwrapper_is_refused(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://a> <http://b> <http://c> }")
    with pytest.raises(Exception, match="403|read-only|Forbidden|Unauthorized"):
        client.query()


# ------------------------------------------------------------------ CORS, pages


def test_serve_cors_headers(endpoint: str) -> None:
    status, headers, _body = get(endpoint, PEOPLE)
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _body = http(
        endpoint,
        method="OPTIONS",
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, x-requested-with",
        },
    )
    assert status == 204
    assert "Content-Length" not in headers  # a 204 has no body
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    allowed = [name.strip().lower() for name in headers["Access-Control-Allow-Headers"].split(",")]
    assert {"content-type", "accept", "authorization", "x-requested-with"} <= set(allowed)


def test_serve_home_page_has_query_box_library_and_view_link(server: EndpointServer) -> None:
    status, headers, body = http(server.url)
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in page
    assert "who-opposes-what" in page and "shortest-chain" in page
    assert 'href="view"' in page
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    status, _headers, body = http(server.url + "queries")
    library = {item["name"]: item for item in json.loads(body)}
    assert "who-leads-what" in library
    (parameter,) = library["everything-about"]["parameters"]
    assert (parameter["name"], parameter["literal"]) == ("name", '"BMA"')


def test_serve_graph_view(server: EndpointServer) -> None:
    status, headers, body = http(server.url + "view")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Wes Streeting" in body


def test_serve_unknown_page_is_404(server: EndpointServer) -> None:
    assert http(server.url + "nothing-here")[0] == 404
    assert http(server.url + "favicon.ico")[0] == 204  # no 404 in the browser's console


def test_serve_missing_query_is_400(endpoint: str) -> None:
    assert http(endpoint)[0] == 400


def test_choose_format_prefers_the_best_accepted_type() -> None:
    assert choose_format("results", "text/csv;q=0.5, application/sparql-results+xml", None) == "xml"
    assert choose_format("results", "", None) == "json"
    assert choose_format("graph", "application/json", None) == "jsonld"
    assert choose_format("graph", "*/*", "application/n-triples") == "nt"


# ------------------------------------------------------------------ limits


def test_serve_stops_a_query_at_its_timeout_and_keeps_serving(graph_file: Path) -> None:
    server = make_server(graph_file, port=0, workers=1, timeout=1.0)
    for running in _serving(server):
        endpoint = running.url + "sparql"
        started = time.monotonic()
        status, _headers, body = get(endpoint, RUNAWAY)
        assert status == 503
        assert "timeout" in body.decode()
        assert time.monotonic() - started < 15
        deadline = time.monotonic() + 60  # a fresh worker takes over
        while True:
            status, _headers, body = get(endpoint, PEOPLE)
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200, body


# ------------------------------------------------------------------ a store, the command


def test_serve_a_store(nlp: Any, tmp_path: Path, make_file: Any) -> None:
    from kg.extract.read import read_documents
    from kg.sparql.store import StoreError, add_documents

    article = make_file("a.txt", "Talks\nThe BMA wrote to the Government.\n")
    store = tmp_path / "store"
    add_documents(store, read_documents([article]), nlp=nlp)
    server = make_server(store, port=0, workers=1)
    for running in _serving(server):
        status, _headers, body = get(running.url + "sparql", "SELECT ?g WHERE { GRAPH ?g {} }")
        assert status == 200
        graphs = {row["g"]["value"] for row in json.loads(body)["results"]["bindings"]}
        assert "https://w3id.org/kg-policy/doc/a" in graphs
        with pytest.raises(StoreError, match="locked"):  # no build while it is served
            add_documents(store, read_documents([article]), nlp=nlp)


def test_serve_port_in_use_is_one_line_error(graph_file: Path) -> None:
    with socket.socket() as busy:
        busy.bind((LOOPBACK, 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        with pytest.raises(ServeError, match="already in use"):
            make_server(graph_file, port=port)
        result = runner.invoke(app, ["serve", str(graph_file), "--port", str(port)])
        assert result.exit_code == 2
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "in use" in lines[0]


def test_serve_missing_graph_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["serve", str(tmp_path / "missing.ttl"), "--port", str(free_port())]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: ") and "no such file" in result.stderr


def test_cli_serve_answers_until_interrupted(graph_file: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(graph_file), "--port", str(port), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_http(f"http://{LOOPBACK}:{port}/", process=process)
        data = wrapper(f"http://{LOOPBACK}:{port}/sparql", PEOPLE, JSON)
        assert len(data["results"]["bindings"]) == 2
    finally:
        stop(process)
    _out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in err


def test_cli_serve_stops_cleanly_on_sigterm(graph_file: Path, tmp_path: Path) -> None:
    port = free_port()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(graph_file), "--port", str(port), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    try:
        wait_for_http(f"http://{LOOPBACK}:{port}/", process=process)
        assert list(scratch.glob("kg-serve-*"))  # the graph's temporary store
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        stop(process)
    assert process.returncode == 0, err
    assert err.rstrip().endswith("kg: stopped")
    assert not list(scratch.glob("kg-serve-*"))  # removed, as on Ctrl-C
