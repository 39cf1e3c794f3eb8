"""Formats and answers of ``kg serve``, without a server: content negotiation and serialization."""

from __future__ import annotations

import csv
import io
import json
import xml.dom.minidom

import pyoxigraph as ox
import pytest

from kg.sparql.serve.protocol import (
    Request,
    answer,
    choose_format,
    serialize_boolean,
    serialize_solutions,
)

EX = "http://example.org/"
ROWS = [
    [ox.NamedNode(EX + "a"), ox.Literal("tab\there", language="en")],
    [ox.BlankNode("b1"), None],
]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """Three people, in memory."""
    store = ox.Store()
    for name in ("Ann", "Bo", "Cy"):
        node = ox.NamedNode(EX + name.lower())
        store.add(ox.Quad(node, ox.NamedNode(EX + "name"), ox.Literal(name)))
    return store


def request(
    sparql: str, accept: str = "", requested: str | None = None, limit: int = 10
) -> Request:
    return Request(sparql, accept, requested, limit, {"ex": EX})


def test_choose_format_prefers_the_best_accepted_type() -> None:
    assert choose_format("results", "text/csv;q=0.5, application/sparql-results+xml", None) == "xml"
    assert choose_format("results", "", None) == "json"
    assert choose_format("graph", "application/json", None) == "jsonld"
    assert choose_format("graph", "*/*", "application/n-triples") == "nt"


def test_choose_format_parameter_wins_and_unknown_names_fall_back() -> None:
    assert choose_format("results", "application/sparql-results+json", "csv") == "csv"
    assert choose_format("results", "text/csv", "nonsense") == "csv"
    assert choose_format("graph", "text/html", None) == "turtle"


def test_serialize_solutions_json_leaves_unbound_variables_out() -> None:
    data = json.loads(serialize_solutions(["x", "label"], ROWS, "json"))
    assert data["head"]["vars"] == ["x", "label"]
    first, second = data["results"]["bindings"]
    assert first["label"] == {"type": "literal", "value": "tab\there", "xml:lang": "en"}
    assert second == {"x": {"type": "bnode", "value": "b1"}}


def test_serialize_solutions_xml_is_well_formed() -> None:
    document = xml.dom.minidom.parseString(serialize_solutions(["x", "label"], ROWS, "xml"))
    assert [node.getAttribute("name") for node in document.getElementsByTagName("binding")] == [
        "x",
        "label",
        "x",
    ]


def test_serialize_solutions_csv_and_tsv() -> None:
    rows = list(csv.reader(io.StringIO(serialize_solutions(["x", "label"], ROWS, "csv").decode())))
    assert rows == [["x", "label"], [EX + "a", "tab\there"], ["_:b1", ""]]
    lines = serialize_solutions(["x", "label"], ROWS, "tsv").decode().splitlines()
    assert lines == ["?x\t?label", f'<{EX}a>\t"tab\\there"@en', "_:b1\t"]


def test_serialize_boolean_has_no_csv_so_sends_json() -> None:
    assert serialize_boolean(False, "csv") == (b'{"head": {}, "boolean": false}', "json")
    body, fmt = serialize_boolean(True, "xml")
    assert fmt == "xml" and b"<boolean>true</boolean>" in body


def test_answer_cuts_solutions_at_the_limit(store: ox.Store) -> None:
    reply = answer(store, request("SELECT ?n WHERE { ?p ex:name ?n }", limit=2))
    assert (reply.status, reply.content_type) == (200, "application/sparql-results+json")
    assert reply.truncated
    assert len(json.loads(reply.body)["results"]["bindings"]) == 2
    assert not answer(store, request("SELECT ?n WHERE { ?p ex:name ?n }", limit=3)).truncated


def test_answer_construct_as_ntriples_and_cut(store: ox.Store) -> None:
    sparql = "CONSTRUCT { ?p ex:name ?n } WHERE { ?p ex:name ?n }"
    reply = answer(store, request(sparql, "application/n-triples", limit=1))
    assert reply.content_type == "application/n-triples" and reply.truncated
    assert len(reply.body.decode().splitlines()) == 1


def test_answer_ask_and_a_query_that_fails(store: ox.Store) -> None:
    assert answer(store, request("ASK { ex:ann ex:name 'Ann' }")).body.endswith(b"true}")
    reply = answer(store, request("SELECT * WHERE { ?s ?p "))
    assert reply.status == 400 and reply.body.startswith(b"invalid SPARQL: error at 1:")
