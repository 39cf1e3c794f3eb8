"""kg export: Turtle, N-Triples, N-Quads, JSON-LD and GraphML of a graph or a store."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli.app import app
from kg.errors import OutputError
from kg.rdf.turtle import turtle_bytes
from kg.sparql.engine import OxigraphGraph, from_oxigraph
from kg.sparql.export import EXPORT_FORMATS, export_bytes, export_source, to_graphml_graph

runner = CliRunner()


def normalised(graph: Graph) -> Graph:
    return OxigraphGraph.from_graph(graph).to_rdflib()


def test_export_turtle_is_kgs_own_turtle(example_graph: Graph) -> None:
    assert export_bytes(example_graph, "turtle") == turtle_bytes(example_graph)


@pytest.mark.parametrize(
    ("fmt", "parser"),
    [("turtle", "turtle"), ("nt", "nt"), ("nq", "nquads"), ("jsonld", "json-ld")],
)
def test_export_reads_back_as_the_same_graph(
    graph_file: Path, example_graph: Graph, fmt: str, parser: str
) -> None:
    data = export_source(graph_file, fmt)
    back = Graph()
    if parser == "nquads":
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            back.add(
                tuple(from_oxigraph(term) for term in (quad.subject, quad.predicate, quad.object))
            )
    else:
        back.parse(data=data, format=parser)
    assert isomorphic(normalised(back), normalised(example_graph))


def test_export_is_deterministic(graph_file: Path) -> None:
    for fmt in ("nt", "jsonld", "graphml"):
        assert export_source(graph_file, fmt) == export_source(graph_file, fmt)
    lines = export_source(graph_file, "nt").decode().splitlines()
    assert lines == sorted(lines)


def _graphml_node(view: Any, iri: str) -> str:
    found = [node for node, iri_ in view.nodes(data="iri") if iri_ == iri]
    assert len(found) == 1, iri
    return str(found[0])


def test_export_graphml_has_labels_and_types_for_gephi(example_graph: Graph) -> None:
    view = nx.read_graphml(io.BytesIO(export_bytes(example_graph, "graphml")))
    streeting = _graphml_node(view, "https://w3id.org/kg-policy/id/wes-streeting")
    gpce = _graphml_node(view, "https://w3id.org/kg-policy/id/gp-committee-england")
    attrs = view.nodes[streeting]
    assert attrs["label"] == "Wes Streeting"
    assert attrs["type"] == "Person" and attrs["coreType"] == "Person"
    assert int(attrs["mentions"]) > 0
    edges = [data for _s, target, data in view.out_edges(streeting, data=True) if target == gpce]
    # wrote to, urges, criticises ... GPCE: one relation, communicates with, as kg counts it
    assert [edge["relation"] for edge in edges] == ["communicatesWith"]
    assert "wroteTo" in edges[0]["refinements"].split("; ")
    assert "wrote to" in edges[0]["label"]


def test_export_graphml_ids_are_unique_xml_names(example_graph: Graph) -> None:
    import re
    import xml.etree.ElementTree as ET

    root = ET.fromstring(export_bytes(example_graph, "graphml"))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    ids = [e.get("id") for e in root.iter() if e.tag in (f"{ns}node", f"{ns}edge")]
    assert len(ids) == len(set(ids)), "GraphML ids are XML IDs: each must be unique"
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", str(i)) for i in ids), ids[:5]


def test_export_graphml_has_one_edge_per_relation(example_graph: Graph) -> None:
    from kg.rdf.summary import summarise

    view = to_graphml_graph(example_graph)
    assert all(
        iri.startswith("https://w3id.org/kg-policy/id/") for _n, iri in view.nodes(data="iri")
    )
    assert view.number_of_edges() == summarise(example_graph)["relations"] > 0


def test_export_nq_of_a_store_keeps_its_named_graphs(
    nlp: Any, tmp_path: Path, make_file: Any
) -> None:
    from kg.extract.read import read_documents
    from kg.sparql.store import add_documents

    store = tmp_path / "store"
    add_documents(
        store,
        read_documents([make_file("a.txt", "Talks\nThe BMA wrote to the Government.\n")]),
        nlp=nlp,
    )
    quads = ox.parse(export_source(store, "nq"), format=ox.RdfFormat.N_QUADS)
    names = {quad.graph_name.value for quad in quads if isinstance(quad.graph_name, ox.NamedNode)}
    assert "https://w3id.org/kg-policy/doc/a" in names


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_cli_export_writes_a_file(graph_file: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["export", str(graph_file), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == export_source(graph_file, fmt)


def test_cli_export_to_stdout(graph_file: Path) -> None:
    result = runner.invoke(app, ["export", str(graph_file), "--format", "nt"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == export_source(graph_file, "nt")


def test_cli_export_unknown_format(graph_file: Path) -> None:
    result = runner.invoke(app, ["export", str(graph_file), "--format", "csv"])
    assert result.exit_code == 4
    assert result.stderr.startswith("kg: error: unknown export format")
    with pytest.raises(OutputError):
        export_bytes(Graph(), "csv")


def test_cli_export_missing_graph(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "no such file" in result.stderr
