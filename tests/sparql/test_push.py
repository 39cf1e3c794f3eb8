"""kg push: the Graph Store Protocol against a real Oxigraph server started on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from http_helpers import LOOPBACK, free_port, oxigraph_binary, start_oxigraph, stop
from rdflib import Literal
from SPARQLWrapper import JSON, SPARQLWrapper
from typer.testing import CliRunner

from kg.cli.app import app
from kg.rdf.namespaces import document_iri
from kg.sparql.named_graphs import ENTITIES_GRAPH, ONTOLOGY_GRAPH
from kg.sparql.push import PushError, push, source_name_of
from kg.sparql.query import library, query
from kg.sparql.source import open_graph

pytestmark = pytest.mark.skipif(
    oxigraph_binary() is None, reason="the oxigraph server (pip install oxigraph) is not installed"
)

runner = CliRunner()
LIBRARY = library()


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server whose default graph is the union of its named graphs."""
    port = free_port()
    process = start_oxigraph(tmp_path_factory.mktemp("oxigraph"), port, ["--union-default-graph"])
    try:
        yield f"http://{LOOPBACK}:{port}"
    finally:
        stop(process)


def remote_rows(base: str, sparql: str) -> list[tuple[Any, ...]]:
    client = SPARQLWrapper(f"{base}/query")
    client.setQuery(sparql)
    client.setReturnFormat(JSON)
    client.setTimeout(60)
    data = client.query().convert()
    variables = data["head"]["vars"]
    return [tuple(_value(row.get(v)) for v in variables) for row in data["results"]["bindings"]]


def _value(binding: dict[str, str] | None) -> Any:
    if binding is None:
        return None
    if binding["type"] == "literal" and "datatype" in binding:
        return Literal(binding["value"], datatype=binding["datatype"]).toPython()
    return binding["value"]


def local_rows(graph: Any, sparql: str) -> list[tuple[Any, ...]]:
    return [
        tuple(
            None
            if t is None
            else (t.toPython() if isinstance(t, Literal) and t.datatype else str(t))
            for t in row
        )
        for row in query(graph, sparql)
    ]


def count(base: str, sparql: str) -> int:
    return int(remote_rows(base, sparql)[0][0])


def test_push_uploads_one_named_graph_per_document(remote: str, graph_file: Path) -> None:
    sent = push(graph_file, f"{remote}/store")
    names = {graph.name for graph in sent}
    assert names == {
        str(document_iri("streeting-letter-to-gpce")),
        f"{ENTITIES_GRAPH}/{source_name_of(graph_file)}",
        str(ONTOLOGY_GRAPH),
    }
    remote_graphs = {
        row[0] for row in remote_rows(remote, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    }
    assert remote_graphs == names
    with open_graph(graph_file) as local:
        assert count(remote, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == len(
            local
        )


@pytest.mark.parametrize("item", LIBRARY, ids=[item.name for item in LIBRARY])
def test_push_remote_answers_the_library_as_kg_query_does(
    remote: str, graph_file: Path, item: Any
) -> None:
    push(graph_file, f"{remote}/store")
    text = item.path.read_text(encoding="utf-8")
    with open_graph(graph_file) as local:
        expected = local_rows(local, text)
    assert remote_rows(remote, text) == expected


def test_push_twice_replaces_instead_of_adding(remote: str, graph_file: Path) -> None:
    push(graph_file, f"{remote}/store")
    first = count(remote, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    push(graph_file, f"{remote}/store")
    assert count(remote, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == first


def test_push_a_store(nlp: Any, tmp_path: Path, make_file: Any) -> None:
    from kg.extract.read import read_documents
    from kg.sparql.store import add_documents

    store = tmp_path / "store"
    articles = [
        make_file("a.txt", "Talks\nThe BMA wrote to the Government.\n"),
        make_file("b.txt", "Vote\nThe BMA rejected the contract.\n"),
    ]
    add_documents(store, read_documents(articles), nlp=nlp)
    port = free_port()
    process = start_oxigraph(tmp_path / "remote", port, ["--union-default-graph"])
    try:
        base = f"http://{LOOPBACK}:{port}"
        result = runner.invoke(app, ["push", str(store), "--endpoint", f"{base}/store"])
        assert result.exit_code == 0, result.output
        assert "pushed 4 named graph(s)" in result.stdout
        graphs = {
            row[0]
            for row in remote_rows(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        }
        assert {str(document_iri("a")), str(document_iri("b"))} <= graphs
        sparql = "SELECT ?t WHERE { ?d a kg:Document ; dcterms:title ?t } ORDER BY ?t"
        prefixed = "PREFIX kg: <https://w3id.org/kg-policy/ontology#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
        assert [row[0] for row in remote_rows(base, prefixed + sparql)] == ["Talks", "Vote"]
    finally:
        stop(process)


def test_push_unreachable_endpoint_is_one_line_error(graph_file: Path) -> None:
    endpoint = f"http://{LOOPBACK}:{free_port()}/store"
    with pytest.raises(PushError, match="cannot reach"):
        push(graph_file, endpoint)
    result = runner.invoke(app, ["push", str(graph_file), "--endpoint", endpoint])
    assert result.exit_code == 5
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: cannot reach")


def test_push_refused_graph_is_one_line_error(remote: str, graph_file: Path) -> None:
    with pytest.raises(PushError, match="refused the graph"):
        push(graph_file, f"{remote}/no-such-service")


@pytest.mark.parametrize("endpoint", ["ftp://example.org/store", "not a url"])
def test_push_needs_an_http_url(graph_file: Path, endpoint: str) -> None:
    with pytest.raises(PushError, match="not an http|not a URL"):
        push(graph_file, endpoint)


def test_push_bad_header_is_refused(graph_file: Path) -> None:
    result = runner.invoke(
        app,
        ["push", str(graph_file), "--endpoint", "http://127.0.0.1:1/store", "--header", "nocolon"],
    )
    assert result.exit_code == 5
    assert "Name: value" in result.stderr


# ------------------------------------------------------------------ several sources, plain servers


def test_push_a_second_source_keeps_the_first_sources_entities(
    remote: str, graph_file: Path, nlp: Any, tmp_path: Path, make_file: Any
) -> None:
    from kg.extract.read import read_documents
    from kg.sparql.store import add_documents

    labels = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x rdfs:label 'Wes Streeting' }"
    prefixed = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + labels
    push(graph_file, f"{remote}/store")
    assert count(remote, prefixed) == 1
    store = tmp_path / "water"
    article = make_file("w.txt", "Water\nOfwat will be abolished, the Treasury said.\n")
    add_documents(store, read_documents([article]), nlp=nlp)
    sent = push(store, f"{remote}/store")
    assert f"{ENTITIES_GRAPH}/water" in {graph.name for graph in sent}
    assert count(remote, prefixed) == 1  # the first source's labels are still there
    assert count(remote, prefixed.replace("Wes Streeting", "Ofwat")) == 1


def test_push_to_a_plain_server_needs_the_default_graph_option(
    graph_file: Path, tmp_path: Path
) -> None:
    sparql = LIBRARY[0].path.read_text(encoding="utf-8")
    port = free_port()
    process = start_oxigraph(tmp_path / "plain", port)  # default graph: its own only
    try:
        base = f"http://{LOOPBACK}:{port}"
        push(graph_file, f"{base}/store")
        assert remote_rows(base, sparql) == []  # the data is there, in named graphs only
        result = runner.invoke(
            app, ["push", str(graph_file), "--endpoint", f"{base}/store", "--default-graph"]
        )
        assert result.exit_code == 0, result.output
        with open_graph(graph_file) as local:
            assert remote_rows(base, sparql) == local_rows(local, sparql)
    finally:
        stop(process)
