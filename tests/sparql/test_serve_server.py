"""The HTTP side of ``kg serve``: SPARQL 1.1 Protocol clients, content negotiation, refusals."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from http_helpers import get, http
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.sparql.query import library, resolve_query
from kg.sparql.serve import EndpointServer

PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"


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
            "Access-Control-Request-Headers": "x-evil, x-requested-with",
        },
    )
    assert status == 204
    assert "Content-Length" not in headers  # a 204 has no body
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    allowed = [name.strip().lower() for name in headers["Access-Control-Allow-Headers"].split(",")]
    assert allowed == ["accept", "content-type", "x-requested-with"]  # fixed: nothing echoed


def test_serve_graph_view(server: EndpointServer) -> None:
    status, headers, body = http(server.url + "view")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"Wes Streeting" in body


def test_serve_unknown_page_is_404(server: EndpointServer) -> None:
    assert http(server.url + "nothing-here")[0] == 404
    assert http(server.url + "favicon.ico")[0] == 204  # no 404 in the browser's console


def test_serve_missing_query_is_400(endpoint: str) -> None:
    assert http(endpoint)[0] == 400


# ------------------------------------------------------------------ the library through SPARQLWrapper


@pytest.mark.parametrize("item", library(), ids=lambda item: item.name)
def test_serve_library_queries_are_queries_to_sparqlwrapper(endpoint: str, item: Any) -> None:
    """SPARQLWrapper guesses a query's type from its first keyword, comments half included:
    a library comment saying "add ..." made it send the query as an update (403)."""
    text = resolve_query(item.name, {})
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    assert client.queryType == "SELECT"
    client.setReturnFormat(JSON)
    client.setTimeout(30)
    assert "results" in client.query().convert()


@pytest.mark.parametrize(
    ("sparql", "update"),
    [
        ("# else; add FILTER (?m IN (kg:Asserted))\nSELECT * WHERE { ?s ?p ?o }", False),
        ("# one\n# two: insert, delete, load\n#three\nASK { ?s ?p ?o }", False),
        ("PREFIX ex: <http://ex/#insert> SELECT * WHERE { ?s ex:p ?o }", False),
        ("# a comment\nPREFIX ex: # and another\n <http://ex/> DELETE WHERE { ?s ex:p ?o }", True),
        ("BASE <http://ex/#> LOAD <http://example.org/data>", True),
    ],
)
def test_serve_update_detector_reads_past_comments(sparql: str, update: bool) -> None:
    from kg.sparql.engine import is_update

    assert is_update(sparql) is update
