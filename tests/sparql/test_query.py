"""SPARQL with kg's prefixes, the example queries run on the example graph, result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal

from kg.errors import QueryError
from kg.rdf.graph import new_graph
from kg.rdf.namespaces import KG, entity_iri
from kg.sparql.library import read_query, resolve_query
from kg.sparql.query import FORMATS, check_query, format_result, query

QUERIES = Path(__file__).resolve().parents[2] / "examples" / "queries"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))

SELECT_UNIONS = "SELECT ?x ?name WHERE { ?x a kg:TradeUnion ; rdfs:label ?name } ORDER BY ?name"


@pytest.fixture
def small_graph() -> Graph:
    graph = new_graph()
    for name in ("BMA", "Unison"):
        graph.add((entity_iri(name), RDF.type, KG.TradeUnion))
        graph.add((entity_iri(name), RDFS.label, Literal(name)))
    graph.add((entity_iri("Wes Streeting"), RDFS.label, Literal('Wes "Wes" Streeting, MP')))
    graph.add((entity_iri("Wes Streeting"), KG.wroteTo, entity_iri("BMA")))
    return graph


# ------------------------------------------------------------------ SELECT formats


def test_query_select_table_is_aligned_with_prefixed_iris(small_graph: Graph) -> None:
    text = format_result(query(small_graph, SELECT_UNIONS))
    assert text.splitlines() == [
        "x         | name",
        "----------+-------",
        "id:bma    | BMA",
        "id:unison | Unison",
    ]


def test_query_select_empty_table_says_no_results(small_graph: Graph) -> None:
    text = format_result(query(small_graph, "SELECT ?x WHERE { ?x a kg:Person }"))
    assert text.splitlines() == ["x", "-", "(no results)"]


def test_query_select_csv(small_graph: Graph) -> None:
    text = format_result(query(small_graph, SELECT_UNIONS), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [
        ["x", "name"],
        ["https://w3id.org/kg-policy/id/bma", "BMA"],
        ["https://w3id.org/kg-policy/id/unison", "Unison"],
    ]


def test_query_select_csv_quotes_commas(small_graph: Graph) -> None:
    sparql = "SELECT ?name WHERE { id:wes-streeting rdfs:label ?name }"
    rows = list(csv.reader(io.StringIO(format_result(query(small_graph, sparql), "csv"))))
    assert rows == [["name"], ['Wes "Wes" Streeting, MP']]


def test_query_select_tsv(small_graph: Graph) -> None:
    text = format_result(query(small_graph, SELECT_UNIONS), "tsv")
    assert text.splitlines() == [
        "?x\t?name",
        '<https://w3id.org/kg-policy/id/bma>\t"BMA"',
        '<https://w3id.org/kg-policy/id/unison>\t"Unison"',
    ]


def test_query_select_json(small_graph: Graph) -> None:
    data = json.loads(format_result(query(small_graph, SELECT_UNIONS), "json"))
    assert data["head"]["vars"] == ["x", "name"]
    first = data["results"]["bindings"][0]
    assert first["x"] == {"type": "uri", "value": "https://w3id.org/kg-policy/id/bma"}
    assert first["name"]["value"] == "BMA"


def test_query_unbound_values_are_empty_cells(small_graph: Graph) -> None:
    sparql = "SELECT ?x ?t WHERE { ?x rdfs:label ?n OPTIONAL { ?x a ?t } } ORDER BY ?x"
    lines = format_result(query(small_graph, sparql)).splitlines()
    assert lines[2].split("|")[1].strip() == "kg:TradeUnion"
    assert [cell.strip() for cell in lines[-1].split("|")] == ["id:wes-streeting", ""]


# ------------------------------------------------------------------ ASK, CONSTRUCT, DESCRIBE


@pytest.mark.parametrize(
    ("body", "answer"), [("id:bma a kg:TradeUnion", "true"), ("id:bma a kg:Person", "false")]
)
def test_query_ask(small_graph: Graph, body: str, answer: str) -> None:
    result = query(small_graph, f"ASK {{ {body} }}")
    assert format_result(result) == f"{answer}\n"
    assert json.loads(format_result(result, "json"))["boolean"] is (answer == "true")


def test_query_construct_gives_turtle(small_graph: Graph) -> None:
    sparql = "CONSTRUCT { ?s kg:communicatesWith ?o } WHERE { ?s kg:wroteTo ?o }"
    text = format_result(query(small_graph, sparql))
    assert "@prefix id: <https://w3id.org/kg-policy/id/> ." in text
    assert "id:wes-streeting kg:communicatesWith id:bma ." in text
    assert Graph().parse(data=text, format="turtle").__len__() == 1


def test_query_describe_gives_turtle(small_graph: Graph) -> None:
    text = format_result(query(small_graph, "DESCRIBE id:bma"))
    assert 'rdfs:label "BMA"' in text


# ------------------------------------------------------------------ prefixes


@pytest.mark.parametrize(
    "prefix",
    [
        "kg",
        "id",
        "doc",
        "rdf",
        "rdfs",
        "skos",
        "prov",
        "dcterms",
        "owl",
        "xsd",
        "foaf",
        "org",
        "schema",
    ],
)
def test_query_prefixes_are_pre_bound(small_graph: Graph, prefix: str) -> None:
    query(small_graph, f"ASK {{ ?s ?p {prefix}:x }}")


def test_query_own_prefix_declaration_wins(small_graph: Graph) -> None:
    result = query(small_graph, "PREFIX kg: <http://example.org/> ASK { ?x a kg:TradeUnion }")
    assert result.askAnswer is False


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    ("sparql", "match"),
    [
        ("SELEC ?x WHERE { ?x ?p ?o }", "invalid SPARQL"),
        ("SELECT ?x WHERE { ?x ?p ?o", "invalid SPARQL"),
        ("SELECT ?x WHERE { ?x nope:p ?o }", "nope"),
        ("INSERT DATA { id:a id:b id:c }", "invalid SPARQL"),
        ("", "empty"),
        ("   \n", "empty"),
    ],
)
def test_query_bad_query_raises_one_line(small_graph: Graph, sparql: str, match: str) -> None:
    with pytest.raises(QueryError, match=match) as caught:
        query(small_graph, sparql)
    assert "\n" not in str(caught.value)


def test_query_check_query_only_parses() -> None:
    check_query("SELECT ?x WHERE { ?x unknown:p ?o }")  # prefixes are resolved later
    with pytest.raises(QueryError):
        check_query("SELECT WHERE")


def test_query_unknown_format(small_graph: Graph) -> None:
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(query(small_graph, SELECT_UNIONS), "xml")


# ------------------------------------------------------------------ example queries


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.name for p in QUERY_FILES])
def test_query_example_file_runs(example_graph: Graph, path: Path) -> None:
    text = read_query(path)
    assert text.startswith("#"), f"{path.name} must start with a comment saying what it answers"
    result = query(example_graph, text)
    for fmt in FORMATS:
        assert format_result(result, fmt)


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.name for p in QUERY_FILES])
def test_query_example_file_is_plain_sparql(path: Path) -> None:
    """Every example declares its prefixes, so it runs in any SPARQL 1.1 engine."""
    from rdflib.plugins.sparql import prepareQuery

    prepareQuery(path.read_text(encoding="utf-8"), initNs={})


def test_query_which_sentence_finds_the_letter(example_graph: Graph) -> None:
    result = query(example_graph, read_query(QUERIES / "which-sentence.rq"))
    sentences = [str(row.sentence) for row in result]  # type: ignore[union-attr]
    assert any("has written to" in sentence for sentence in sentences), sentences


def test_query_entities_by_type_lists_streeting(example_graph: Graph) -> None:
    result = query(example_graph, read_query(QUERIES / "entities-by-type.rq"))
    people = {str(row.label) for row in result if row.coreType == KG.Person}  # type: ignore[union-attr]
    assert "Wes Streeting" in people


# ------------------------------------------------------------------ parameters


def test_query_everything_about_takes_another_entity_by_parameter(example_graph: Graph) -> None:
    text = resolve_query("everything-about", {"name": "dr bramall"})
    rows = list(query(example_graph, text))
    assert rows
    assert all("Katie Bramall" in (str(row.subject), str(row.object)) for row in rows)  # type: ignore[union-attr]


def test_query_shortest_chain_takes_both_ends_by_parameter(example_graph: Graph) -> None:
    text = resolve_query("shortest-chain", {"from": "NIHR", "to": "Katie Bramall"})
    chains = [str(row.chain) for row in query(example_graph, text)]  # type: ignore[union-attr]
    assert chains
    assert all(c.startswith("National Institute for Health and Care Research") for c in chains)
    assert all(c.endswith("Katie Bramall") for c in chains)
