"""SPARQL on Oxigraph: the same answers as rdflib's engine, graph files, term conversion, errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef

from kg.errors import QueryError
from kg.rdf.namespaces import KG, entity_iri
from kg.rdf.turtle import write_turtle
from kg.sparql.engine import OxigraphGraph, from_oxigraph, to_oxigraph
from kg.sparql.query import check_query, library, query
from kg.sparql.source import open_graph

LIBRARY = library()


def _key(term: Any) -> Any:
    """A term as a comparable value: Oxigraph writes decimals canonically (0.70 → 0.7)."""
    if isinstance(term, Literal) and term.datatype is not None:
        return ("literal", term.toPython(), str(term.datatype))
    return term


def _rows(result: Any) -> list[tuple[Any, ...]]:
    return [tuple(_key(term) for term in row) for row in result]


@pytest.fixture(scope="module")
def oxigraph_example(example_graph: Graph) -> OxigraphGraph:
    return OxigraphGraph.from_graph(example_graph)


# ------------------------------------------------------------------ both engines agree


@pytest.mark.parametrize("item", LIBRARY, ids=[item.name for item in LIBRARY])
def test_engine_library_query_gives_the_same_rows_on_rdflib_and_oxigraph(
    example_graph: Graph, oxigraph_example: OxigraphGraph, item: Any
) -> None:
    text = item.path.read_text(encoding="utf-8")
    expected = query(example_graph, text, engine="rdflib")
    found = query(oxigraph_example, text)
    assert [str(v) for v in found.vars] == [str(v) for v in expected.vars]
    assert _rows(found) == _rows(expected)


def test_engine_library_answers_questions_on_the_example(oxigraph_example: OxigraphGraph) -> None:
    def rows(name: str) -> list[Any]:
        item = next(item for item in LIBRARY if item.name == name)
        return list(query(oxigraph_example, item.path.read_text(encoding="utf-8")))

    assert any(str(r.leader) == "Katie Bramall" for r in rows("who-leads-what"))
    assert any(str(r.member) == "GP Committee England" for r in rows("who-belongs-to-what"))
    chains = [str(r.chain) for r in rows("shortest-chain")]
    assert chains and all(c.startswith("Wes Streeting") and c.endswith("BMA") for c in chains)
    assert {int(r.hops) for r in rows("shortest-chain")} == {2}
    actors = rows("actors-by-relations")
    assert [int(r.relations) for r in actors] == sorted(
        (int(r.relations) for r in actors), reverse=True
    )
    assert any(str(r.subject) == "BMA" or str(r.object) == "BMA" for r in rows("everything-about"))
    stances = rows("proposals-by-stance")
    assert any(int(r.opponents) > 0 for r in stances)


def test_engine_library_queries_all_say_what_they_answer() -> None:
    names = {item.name for item in LIBRARY}
    assert {
        "who-leads-what",
        "who-belongs-to-what",
        "who-opposes-what",
        "who-supports-what",
        "who-communicated-with-whom",
        "shortest-chain",
        "actors-by-relations",
        "proposals-by-stance",
        "everything-about",
        "which-sentence",
    } <= names
    assert all(item.summary.endswith("?") or item.summary for item in LIBRARY)


# ------------------------------------------------------------------ terms


@pytest.mark.parametrize(
    "term",
    [
        URIRef("https://w3id.org/kg-policy/id/bma"),
        Literal("BMA"),
        Literal("Streeting", lang="en"),
        Literal(3),
        Literal("0.75", datatype=XSD.decimal),
        Literal(True),
        Literal('quote " and\nnewline'),
    ],
)
def test_engine_terms_survive_the_round_trip(term: Any) -> None:
    assert from_oxigraph(to_oxigraph(term)) == term


def test_engine_xsd_string_becomes_a_plain_literal() -> None:
    assert from_oxigraph(ox.Literal("x")) == Literal("x")
    assert from_oxigraph(to_oxigraph(Literal("x", datatype=XSD.string))) == Literal("x")


def test_engine_blank_nodes_stay_one_node_per_label() -> None:
    graph = Graph()
    node = BNode()
    graph.add((node, RDFS.label, Literal("a")))
    graph.add((node, RDF.type, KG.Person))
    result = query(graph, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ?p ?o }")
    assert int(next(iter(result))[0]) == 1


def test_engine_copy_of_a_graph_has_its_triples_and_prefixes(example_graph: Graph) -> None:
    copy = OxigraphGraph.from_graph(example_graph)
    assert len(copy) == len(example_graph)
    assert copy.prefixes["kg"] == str(KG)
    assert len(copy.to_rdflib()) == len(example_graph)


# ------------------------------------------------------------------ files


def test_engine_reads_a_turtle_file(example_graph: Graph, tmp_path: Path) -> None:
    path = write_turtle(example_graph, tmp_path / "graph.ttl")
    with open_graph(path) as graph:
        assert len(graph) == len(example_graph)
        result = query(graph, "ASK { id:wes-streeting a kg:Person }")
        assert result.askAnswer is True


def test_engine_file_prefixes_are_usable_in_queries(make_file: Callable[..., Path]) -> None:
    path = make_file("g.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p ex:b .\n")
    with open_graph(path) as graph:
        assert query(graph, "ASK { ex:a ex:p ex:b }").askAnswer is True


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("sparql", "fragments"),
    [
        ("SELECT ?x WHERE {\n  ?x ?p ?o", ("invalid SPARQL", "error at 2:")),
        ("SELECT ?x WHERE { ?x ?p ?o } ORDER BY", ("invalid SPARQL", "error at 1:")),
        ("SELECT ?x WHERE { ?x nope:p ?o }", ("unknown prefix 'nope:'", "PREFIX nope:")),
        ("INSERT DATA { id:a id:b id:c }", ("invalid SPARQL", "read-only")),
        ("DELETE WHERE { ?s ?p ?o }", ("invalid SPARQL", "read-only")),
    ],
)
def test_engine_bad_query_gives_the_position_on_one_line(
    sparql: str, fragments: tuple[str, ...]
) -> None:
    graph = OxigraphGraph.from_graph(Graph())
    with pytest.raises(QueryError) as caught:
        query(graph, sparql)
    message = str(caught.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_engine_check_query_leaves_unknown_prefixes_to_the_graph() -> None:
    check_query("SELECT ?x WHERE { ?x unknown:p ?o }")
    with pytest.raises(QueryError, match="error at 1:"):
        check_query("SELECT WHERE")


def test_engine_unknown_engine_is_refused() -> None:
    with pytest.raises(QueryError, match="unknown SPARQL engine"):
        query(Graph(), "ASK {}", engine="virtuoso")


def test_engine_named_graphs_form_the_default_graph() -> None:
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode(str(entity_iri("a"))),
            ox.NamedNode(str(RDFS.label)),
            ox.Literal("A"),
            ox.NamedNode("http://g/1"),
        )
    )
    store.add(
        ox.Quad(
            ox.NamedNode(str(entity_iri("b"))),
            ox.NamedNode(str(RDFS.label)),
            ox.Literal("B"),
            ox.NamedNode("http://g/2"),
        )
    )
    graph = OxigraphGraph(store)
    labels = {str(row.l) for row in query(graph, "SELECT ?l WHERE { ?x rdfs:label ?l }")}
    assert labels == {"A", "B"}
    graphs = {str(row.g) for row in query(graph, "SELECT ?g WHERE { GRAPH ?g { ?x ?p ?o } }")}
    assert graphs == {"http://g/1", "http://g/2"}
    assert graph.named_graphs() == [URIRef("http://g/1"), URIRef("http://g/2")]


@pytest.mark.parametrize(
    ("sparql", "labels"),
    [
        ("SELECT ?l WHERE { ?x rdfs:label ?l }", {"A", "B"}),
        ("SELECT ?l FROM <http://g/1> WHERE { ?x rdfs:label ?l }", {"A"}),
        ("SELECT ?l FROM NAMED <http://g/1> WHERE { ?x rdfs:label ?l }", set()),
        ("SELECT ?l FROM NAMED <http://g/1> WHERE { GRAPH ?g { ?x rdfs:label ?l } }", {"A"}),
    ],
    ids=["union", "from", "from-named-alone-leaves-the-default-graph-empty", "from-named"],
)
def test_engine_a_query_that_names_its_dataset_gets_it(sparql: str, labels: set[str]) -> None:
    store = ox.Store()
    for name, label in (("a", "A"), ("b", "B")):
        store.add(
            ox.Quad(
                ox.NamedNode(str(entity_iri(name))),
                ox.NamedNode(str(RDFS.label)),
                ox.Literal(label),
                ox.NamedNode(f"http://g/{1 if name == 'a' else 2}"),
            )
        )
    assert {str(row.l) for row in query(OxigraphGraph(store), sparql)} == labels
