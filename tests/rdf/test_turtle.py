"""Writing and reading graph files: deterministic Turtle, atomic writes, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.errors import OutputError
from kg.rdf.graph import new_graph
from kg.rdf.namespaces import KG, entity_iri
from kg.rdf.turtle import turtle_bytes, write_turtle
from kg.sparql.source import load_graph

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ARTICLE = ROOT / "examples" / "streeting-letter-to-gpce.txt"


def _assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            "graphs differ\nonly in expected:\n"
            + only_expected.serialize(format="nt")
            + "\nonly in actual:\n"
            + only_actual.serialize(format="nt")
        )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _small_graph() -> Graph:
    graph = new_graph()
    bma = entity_iri("BMA")
    graph.add((bma, RDF.type, KG.TradeUnion))
    graph.add((bma, RDFS.label, Literal("BMA")))
    graph.add((entity_iri("Wes Streeting"), KG.wroteTo, bma))
    return graph


# ------------------------------------------------------------------ round trips


def test_outputs_turtle_round_trip_is_isomorphic(example_graph: Graph, tmp_path: Path) -> None:
    path = write_turtle(example_graph, tmp_path / "graph.ttl")
    assert path == tmp_path / "graph.ttl"
    _assert_isomorphic(example_graph, load_graph(path))


def test_outputs_turtle_uses_kg_prefixes(example_graph: Graph) -> None:
    text = turtle_bytes(example_graph).decode("utf-8")
    assert "@prefix kg: <https://w3id.org/kg-policy/ontology#> ." in text
    assert "@prefix id: <https://w3id.org/kg-policy/id/> ." in text
    assert "ns1:" not in text


# ------------------------------------------------------------------ determinism


def test_outputs_turtle_same_for_two_builds(nlp: Any, tmp_path: Path) -> None:
    from kg.pipeline import build

    first = write_turtle(build([EXAMPLE_ARTICLE], nlp=nlp), tmp_path / "a.ttl")
    second = write_turtle(build([EXAMPLE_ARTICLE], nlp=nlp), tmp_path / "b.ttl")
    assert first.read_bytes() == second.read_bytes()


def test_outputs_turtle_same_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    """Two processes with different string hashing must still write the same bytes."""
    script = (
        "import sys; from kg.pipeline import build; from kg.rdf.turtle import write_turtle; "
        "write_turtle(build([sys.argv[1]]), sys.argv[2])"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"graph-{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", script, str(EXAMPLE_ARTICLE), str(out)],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_outputs_turtle_independent_of_insertion_order() -> None:
    triples = sorted(_small_graph())
    forward, backward = new_graph(), new_graph()
    for triple in triples:
        forward.add(triple)
    for triple in reversed(triples):
        backward.add(triple)
    assert turtle_bytes(forward) == turtle_bytes(backward)


def test_outputs_turtle_blank_nodes_are_stable() -> None:
    def graph_with_blank() -> Graph:
        graph = _small_graph()
        node = BNode()
        graph.add((entity_iri("BMA"), KG.text, node))
        graph.add((node, RDFS.label, Literal("a blank node")))
        return graph

    assert turtle_bytes(graph_with_blank()) == turtle_bytes(graph_with_blank())


def test_outputs_turtle_round_trips_awkward_terms() -> None:
    graph = new_graph()
    graph.bind("", "http://example.org/")
    subject = entity_iri("2026/27 contract")
    values = [
        Literal('quote " backslash \\ newline \n tab \t return \r bell \x07'),
        Literal("é ’ 😀"),
        Literal("a", lang="en-GB"),
        Literal("a", datatype=XSD.string),
        Literal(""),
        Literal(5),
        Literal("+5", datatype=XSD.integer),
        Literal("0.80", datatype=XSD.decimal),
        Literal("5.", datatype=XSD.decimal),
        Literal(True),
        Literal(1.5),
        Literal("x", datatype=URIRef("http://example.org/dt#t")),
    ]
    for value in values:
        graph.add((subject, URIRef("http://example.org/p"), value))
    for iri in (
        "https://w3id.org/kg-policy/doc/a/sentence/1",
        "https://w3id.org/kg-policy/id/ends-with-dot.",
        "https://w3id.org/kg-policy/id/",
        "urn:x:y",
    ):
        graph.add((URIRef(iri), RDF.type, URIRef("http://example.org/C")))
    blank = BNode()
    graph.add((subject, URIRef("http://example.org/q"), blank))
    graph.add((blank, RDFS.label, Literal("in a blank node")))
    text = turtle_bytes(graph).decode("utf-8")
    _assert_isomorphic(graph, Graph().parse(data=text, format="turtle"))
    assert "id:2026-27-contract :p" in text
    assert "<https://w3id.org/kg-policy/doc/a/sentence/1> a :C ." in text


def test_outputs_turtle_subjects_in_natural_order() -> None:
    graph = new_graph()
    for number in (10, 9, 100, 1):
        graph.add(
            (URIRef(f"https://w3id.org/kg-policy/doc/d/sentence/{number}"), KG.text, Literal("x"))
        )
    text = turtle_bytes(graph).decode("utf-8")
    positions = [text.index(f"sentence/{n}>") for n in (1, 9, 10, 100)]
    assert positions == sorted(positions)


# ------------------------------------------------------------------ atomic writes


def test_outputs_write_turtle_to_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        write_turtle(_small_graph(), target)
    assert _leftovers(tmp_path) == []


def test_outputs_write_turtle_under_a_file_raises(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file"):
        write_turtle(_small_graph(), tmp_path / "plain" / "graph.ttl")


def test_outputs_write_turtle_creates_parent_folders(tmp_path: Path) -> None:
    path = write_turtle(_small_graph(), tmp_path / "a" / "b" / "graph.ttl")
    assert path.is_file()
