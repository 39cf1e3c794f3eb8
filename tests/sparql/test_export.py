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


def test_export_graphml_has_labels_and_types_for_gephi(example_graph: Graph) -> None:
    view = nx.read_graphml(io.BytesIO(export_bytes(example_graph, "graphml")))
    streeting = view.nodes["https://w3id.org/kg-policy/id/wes-streeting"]
    assert streeting["label"] == "Wes Streeting"
    assert streeting["type"] == "Person" and streeting["coreType"] == "Person"
    assert int(streeting["mentions"]) > 0
    edges = [
        data
        for _s, target, data in view.out_edges(
            "https://w3id.org/kg-policy/id/wes-streeting", data=True
        )
        if target == "https://w3id.org/kg-policy/id/gp-committee-england"
    ]
    relations = {edge["relation"] for edge in edges}
    assert "wroteTo" in relations
    assert "communicatesWith" not in relations  # implied by wroteTo, as in the view
    assert all(edge["label"] and edge["core"] for edge in edges)


def test_export_graphml_nodes_are_entities_only(example_graph: Graph) -> None:
    view = to_graphml_graph(example_graph)
    assert all(node.startswith("https://w3id.org/kg-policy/id/") for node in view.nodes)
    assert view.number_of_edges() > 0


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
