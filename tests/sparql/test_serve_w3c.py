"""The W3C SPARQL 1.1 Protocol test suite, query side, against ``kg serve``.

One test per case of the suite's manifest (``sparql/sparql11/protocol/manifest.ttl``
in w3c/rdf-tests): the request as the manifest gives it, on a dataset with
the suite's graph names. ``query_multiple_dataset`` sends its two
``named-graph-uri`` parameters as two parameters (the manifest encodes the
second ``&`` as ``%26``, an error of the manifest noted in w3c/rdf-tests#78:
the validator it was taken from sends two). The update cases expect a
read-only endpoint's refusal, a ``4xx``, which the suite asks of the bad ones.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import pytest
from http_helpers import serving

from kg.sparql.serve import EndpointServer, make_server

DATA = "http://kasei.us/2009/09/sparql/data/"
FOAF_DOCUMENT = "<http://xmlns.com/foaf/0.1/Document>"
RESULTS_TABULAR = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
RESULTS_BOOLEAN = ("application/sparql-results+json", "application/sparql-results+xml")
RDF_TYPES = ("text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EndpointServer]:
    """``kg serve`` on the suite's four graphs, each ``<dataN.rdf> a foaf:Document``."""
    lines = [
        f"<{DATA}data{n}.rdf> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        f"{FOAF_DOCUMENT} <{DATA}data{n}.rdf> ."
        for n in range(4)
    ]
    path = tmp_path_factory.mktemp("w3c") / "protocol.nq"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with serving(make_server(path, port=0, workers=1, timeout=20)) as up:
        yield up


def request(
    server: EndpointServer,
    method: str,
    target: str,
    body: bytes | None = None,
    content_type: str | None = None,
) -> tuple[int, str, bytes]:
    """One request exactly as given (no header added): status, Content-Type, body."""
    parts = urlsplit(server.url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    headers = {"Host": f"127.0.0.1:{parts.port}"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    if body is not None:
        headers["Content-Length"] = str(len(body))
    try:
        connection.request(method, target, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type") or "", response.read()
    finally:
        connection.close()


def graph(n: int) -> str:
    return quote(f"{DATA}data{n}.rdf", safe="")


def boolean(status: int, media: str, body: bytes) -> bool:
    assert 200 <= status < 400, body
    assert media.split(";")[0] in RESULTS_BOOLEAN, media
    return bool(json.loads(body)["boolean"]) if "json" in media else b"<boolean>true" in body


# ------------------------------------------------------------------ queries


def test_query_get(server: EndpointServer) -> None:
    answer = request(server, "GET", f"/sparql/?query=ASK%20%7B%7D&default-graph-uri={graph(0)}")
    assert boolean(*answer)


def test_query_post_form(server: EndpointServer) -> None:
    answer = request(
        server,
        "POST",
        f"/sparql/?default-graph-uri={graph(0)}",
        b"query=ASK%20%7B%7D",
        "application/x-www-form-urlencoded",
    )
    assert boolean(*answer)


def test_query_post_direct(server: EndpointServer) -> None:
    assert boolean(*request(server, "POST", "/sparql/", b"ASK {}", "application/sparql-query"))


TWO_DEFAULT = f"ASK {{ <{DATA}data1.rdf> a ?type . <{DATA}data2.rdf> a ?type . }}"
TWO_NAMED = (
    f"ASK {{ GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }} GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }} }}"
)


def test_query_dataset_default_graphs_get(server: EndpointServer) -> None:
    target = (
        f"/sparql/?query={quote(TWO_DEFAULT)}"
        f"&default-graph-uri={graph(1)}&default-graph-uri={graph(2)}"
    )
    assert boolean(*request(server, "GET", target))


def test_query_dataset_default_graphs_post(server: EndpointServer) -> None:
    target = f"/sparql/?default-graph-uri={graph(1)}&default-graph-uri={graph(2)}"
    answer = request(server, "POST", target, TWO_DEFAULT.encode(), "application/sparql-query")
    assert boolean(*answer)


def test_query_dataset_named_graphs_post(server: EndpointServer) -> None:
    target = f"/sparql/?named-graph-uri={graph(1)}&named-graph-uri={graph(2)}"
    answer = request(server, "POST", target, TWO_NAMED.encode(), "application/sparql-query")
    assert boolean(*answer)


def test_query_dataset_named_graphs_get(server: EndpointServer) -> None:
    target = (
        f"/sparql/?query={quote(TWO_NAMED)}&named-graph-uri={graph(1)}&named-graph-uri={graph(2)}"
    )
    assert boolean(*request(server, "GET", target))


def test_query_dataset_full(server: EndpointServer) -> None:
    sparql = (
        f"ASK {{\n  <{DATA}data3.rdf> a ?type\n"
        f"  GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }}\n"
        f"  GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }}\n}}"
    )
    target = (
        f"/sparql/?default-graph-uri={graph(3)}&named-graph-uri={graph(1)}"
        f"&named-graph-uri={graph(2)}"
    )
    answer = request(server, "POST", target, sparql.encode(), "application/sparql-query")
    assert boolean(*answer)


def test_query_multiple_dataset(server: EndpointServer) -> None:
    sparql = f"ASK FROM <{DATA}data3.rdf> {TWO_NAMED[4:]}"
    target = f"/sparql/?named-graph-uri={graph(1)}&named-graph-uri={graph(2)}"
    answer = request(server, "POST", target, sparql.encode(), "application/sparql-query")
    assert boolean(*answer)  # the protocol's dataset wins over the query's FROM


@pytest.mark.parametrize(
    ("sparql", "types"),
    [
        ("SELECT (1 AS ?value) {}", RESULTS_TABULAR),
        ("ASK {}", RESULTS_BOOLEAN),
        ("DESCRIBE <http://example.org/>", RDF_TYPES),
        ("CONSTRUCT { <s> <p> 1 } WHERE {}", RDF_TYPES),
    ],
    ids=["select", "ask", "describe", "construct"],
)
def test_query_content_type(server: EndpointServer, sparql: str, types: tuple[str, ...]) -> None:
    target = f"/sparql/?default-graph-uri={graph(0)}"
    status, media, body = request(
        server, "POST", target, sparql.encode(), "application/sparql-query"
    )
    assert 200 <= status < 400, body
    assert media.split(";")[0] in types


# ------------------------------------------------------------------ bad requests


@pytest.mark.parametrize(
    ("method", "target", "body", "content_type"),
    [
        pytest.param(
            "PUT",
            f"/sparql/?query=ASK%20%7B%7D&default-graph-uri={graph(0)}",
            b"",
            "application/x-www-form-urlencoded",
            id="bad_query_method",
        ),
        pytest.param(
            "GET",
            "/sparql/?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D",
            None,
            None,
            id="bad_multiple_queries",
        ),
        pytest.param("POST", "/sparql/", b"ASK {}", "text/plain", id="bad_query_wrong_media_type"),
        pytest.param(
            "POST", "/sparql/", b"query=ASK%20%7B%7D", None, id="bad_query_missing_form_type"
        ),
        pytest.param("POST", "/sparql/", b"ASK {}", None, id="bad_query_missing_direct_type"),
        pytest.param(
            "POST",
            "/sparql/",
            "ASK {}".encode("utf-16"),
            "application/sparql-query; charset=UTF-16",
            id="bad_query_non_utf8",
        ),
        pytest.param("GET", "/sparql/?query=ASK%20%7B", None, None, id="bad_query_syntax"),
        pytest.param("GET", "/sparql/?update=CLEAR%20ALL", None, None, id="bad_update_get"),
        pytest.param(
            "POST",
            "/sparql/",
            b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
            "application/x-www-form-urlencoded",
            id="bad_multiple_updates",
        ),
        pytest.param(
            "POST", "/sparql/", b"CLEAR NAMED", "text/plain", id="bad_update_wrong_media_type"
        ),
        pytest.param(
            "POST", "/sparql/", b"update=CLEAR%20NAMED", None, id="bad_update_missing_form_type"
        ),
        pytest.param(
            "POST",
            "/sparql/",
            "CLEAR NAMED".encode("utf-16"),
            "application/sparql-update; charset=UTF-16",
            id="bad_update_non_utf8",
        ),
        pytest.param(
            "POST",
            "/sparql/",
            b"update=CLEAR%20XYZ",
            "application/x-www-form-urlencoded",
            id="bad_update_syntax",
        ),
        pytest.param(
            "POST",
            "/sparql/?using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople",
            b"WITH <http://example/addresses> DELETE { ?p ?q 'Bill' } WHERE { ?p ?q 'Bill' }",
            "application/sparql-update",
            id="bad_update_dataset_conflict",
        ),
    ],
)
def test_bad_requests_get_4xx(
    server: EndpointServer, method: str, target: str, body: bytes | None, content_type: str | None
) -> None:
    status, _media, answer = request(server, method, target, body, content_type)
    assert 400 <= status < 500, (status, answer)


# ------------------------------------------------------------------ the dataset of a query


@pytest.mark.parametrize(
    ("sparql", "params", "expected"),
    [
        ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "", 4),  # no dataset: the union
        (f"SELECT (COUNT(*) AS ?n) FROM <{DATA}data1.rdf> WHERE {{ ?s ?p ?o }}", "", 1),
        (f"SELECT (COUNT(*) AS ?n) FROM NAMED <{DATA}data1.rdf> WHERE {{ ?s ?p ?o }}", "", 0),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", f"&named-graph-uri={graph(1)}", 0),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", f"&default-graph-uri={graph(2)}", 1),
    ],
    ids=["union", "from", "from-named-only", "named-graph-uri-only", "default-graph-uri"],
)
def test_dataset_of_the_query_or_the_protocol(
    server: EndpointServer, sparql: str, params: str, expected: int
) -> None:
    status, _media, body = request(server, "GET", f"/sparql?query={quote(sparql)}{params}")
    assert status == 200, body
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected


def test_relative_iris_resolve_against_the_endpoint(server: EndpointServer) -> None:
    status, _media, body = request(
        server,
        "POST",
        "/sparql",
        b"SELECT ?x WHERE { BIND(<s> AS ?x) }",
        "application/sparql-query",
    )
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"][0]["x"]["value"] == server.url + "s"
