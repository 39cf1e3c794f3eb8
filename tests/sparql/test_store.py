"""The persistent store: documents added one build at a time, one named graph each, locks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from typer.testing import CliRunner

import kg.sparql.store
from kg.cli.app import app
from kg.extract.read import read_documents
from kg.pipeline import build
from kg.rdf.namespaces import document_iri
from kg.sparql.engine import OxigraphGraph
from kg.sparql.named_graphs import ENTITIES_GRAPH, ONTOLOGY_GRAPH
from kg.sparql.query import query
from kg.sparql.source import open_graph
from kg.sparql.store import StoreError, add_documents, lock_store, open_store, store_documents

ALPHA = """Pay talks resume
The BMA wrote to the Government about the 2026/27 contract. Wes Streeting, the health secretary, said he would meet the BMA.
"""
BETA = """Union rejects offer
The BMA rejected the offer from the Department of Health and Social Care. Mr Streeting urged the BMA to return to talks.
"""
BETA_EDITED = """Union rejects offer
The BMA rejected the offer from the Department of Health and Social Care. Wes Streeting met the Royal College of GPs.
"""

runner = CliRunner()


def run(*args: str | Path) -> Any:
    return runner.invoke(app, [str(arg) for arg in args])


def assert_one_line_error(result: Any, exit_code: int, *fragments: str) -> str:
    assert result.exit_code == exit_code, (result.exit_code, result.output, result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def normalised(graph: Graph) -> Graph:
    """The graph as Oxigraph stores it (decimals in canonical form), for comparisons."""
    return OxigraphGraph.from_graph(graph).to_rdflib()


def assert_same_graph(found: Graph, expected: Graph) -> None:
    found, expected = normalised(found), normalised(expected)
    if not isomorphic(found, expected):
        _both, first, second = graph_diff(to_isomorphic(found), to_isomorphic(expected))
        pytest.fail(
            f"graphs differ:\nonly found: {sorted(first)[:10]}\nonly expected: {sorted(second)[:10]}"
        )


@pytest.fixture
def articles(make_file: Callable[..., Path]) -> dict[str, Path]:
    return {"alpha": make_file("in/alpha.txt", ALPHA), "beta": make_file("in/beta.txt", BETA)}


def union_of(store: Path) -> Graph:
    with open_store(store) as opened:
        return opened.to_rdflib()


# ------------------------------------------------------------------ growing a store


def test_store_built_document_by_document_equals_one_build(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    first = add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    assert first.added == ["alpha"]
    second = add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    assert (second.added, second.reread) == (["beta"], [])
    assert [entry["id"] for entry in store_documents(store)] == ["alpha", "beta"]
    assert_same_graph(union_of(store), build([articles["alpha"], articles["beta"]], nlp=nlp))


def test_store_links_the_same_actor_across_documents(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    with open_store(store) as opened:
        result = query(
            opened,
            "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?bma rdfs:label 'BMA' ; kg:mentionedIn ?doc }",
        )
        assert int(next(iter(result))[0]) == 2


def test_store_has_one_named_graph_per_document(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(list(articles.values())), nlp=nlp)
    with open_store(store) as opened:
        assert set(opened.named_graphs()) == {
            document_iri("alpha"),
            document_iri("beta"),
            ENTITIES_GRAPH,
            ONTOLOGY_GRAPH,
        }
        sentences = query(
            opened,
            "SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a kg:Sentence } } GROUP BY ?g",
        )
        assert {str(row.g) for row in sentences} == {
            str(document_iri("alpha")),
            str(document_iri("beta")),
        }
        # every triple lies in exactly one graph: the union holds no duplicates
        total = query(opened, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(next(iter(total))[0]) == len(opened.to_rdflib())


def test_store_building_the_same_document_again_changes_nothing(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(list(articles.values())), nlp=nlp)
    before = union_of(store)
    again = add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    assert (again.added, again.replaced, again.unchanged) == ([], [], ["alpha"])
    assert again.graphs_written == 0
    assert_same_graph(union_of(store), before)


def test_store_a_changed_document_replaces_its_triples(
    nlp: Any, tmp_path: Path, articles: dict[str, Path], make_file: Callable[..., Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents(list(articles.values())), nlp=nlp)
    edited = make_file("edited/beta.txt", BETA_EDITED)
    update = add_documents(store, read_documents([edited]), nlp=nlp)
    assert update.replaced == ["beta"]
    expected = build([articles["alpha"], edited], nlp=nlp)
    assert_same_graph(union_of(store), expected)
    with open_store(store) as opened:
        texts = [
            str(r.t) for r in query(opened, "SELECT ?t WHERE { ?s a kg:Sentence ; kg:text ?t }")
        ]
    assert not any("return to talks" in text for text in texts)


def test_store_reads_stored_articles_again_when_the_extractor_changes(
    nlp: Any, tmp_path: Path, articles: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    monkeypatch.setattr(
        kg.sparql.store, "extractor_fingerprint", lambda *_a, **_k: "a newer extractor"
    )
    update = add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    assert (update.added, update.reread) == (["beta"], ["alpha"])
    assert_same_graph(union_of(store), build(list(articles.values()), nlp=nlp))


# ------------------------------------------------------------------ errors


def test_store_folder_with_other_files_is_refused(
    tmp_path: Path, nlp: Any, articles: dict[str, Path]
) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="holds other files"):
        add_documents(tmp_path / "busy", read_documents([articles["alpha"]]), nlp=nlp)
    assert (tmp_path / "busy" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_store_that_is_a_file_is_refused(
    tmp_path: Path, nlp: Any, articles: dict[str, Path]
) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        add_documents(tmp_path / "file", read_documents([articles["alpha"]]), nlp=nlp)


def test_store_missing_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "nowhere")


def test_store_locked_by_a_build_refuses_readers(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    with lock_store(store, exclusive=True):
        with pytest.raises(StoreError, match="locked: a kg build"):
            open_store(store)


def test_store_in_use_refuses_a_build(nlp: Any, tmp_path: Path, articles: dict[str, Path]) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    with open_store(store):
        with pytest.raises(StoreError, match="another kg process"):
            add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    add_documents(store, read_documents([articles["beta"]]), nlp=nlp)  # released


# ------------------------------------------------------------------ the command line


def test_cli_build_store_then_query_and_view(
    shared_pipeline: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    result = run("build", articles["alpha"], "--store", store)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout
    result = run("build", articles["beta"], articles["alpha"], "--store", store, "-q")
    assert (result.exit_code, result.stdout) == (0, "")
    result = run(
        "query", store, "SELECT ?t WHERE { ?d a kg:Document ; dcterms:title ?t } ORDER BY ?t"
    )
    assert result.exit_code == 0, result.output
    assert "Pay talks resume" in result.stdout and "Union rejects offer" in result.stdout
    result = run("query", store, "who-wrote-to-whom", "--format", "csv")
    assert result.exit_code == 0, result.output
    out = tmp_path / "view.html"
    result = run("view", store, "-o", out)
    assert result.exit_code == 0, result.output
    assert "<html" in out.read_text(encoding="utf-8").lower()


def test_cli_build_store_with_output_writes_the_whole_store(
    shared_pipeline: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    assert run("build", articles["alpha"], "--store", store, "-q").exit_code == 0
    result = run(
        "build", articles["beta"], "--store", store, "-o", tmp_path / "out", "--no-html", "-q"
    )
    assert result.exit_code == 0, result.output
    written = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert_same_graph(written, union_of(store))


def test_cli_build_needs_output_or_store(example_article: Path) -> None:
    assert_one_line_error(run("build", example_article), 2, "-o OUTDIR", "--store DIR")


def test_cli_query_missing_store(tmp_path: Path) -> None:
    assert_one_line_error(run("query", tmp_path / "nowhere", "ASK {}"), 2, "no such file or store")


def test_cli_query_locked_store(nlp: Any, tmp_path: Path, articles: dict[str, Path]) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from kg.sparql.store import lock_store\n"
            "with lock_store(sys.argv[1], exclusive=True):\n"
            "    print('locked', flush=True); time.sleep(60)",
            str(store),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert_one_line_error(run("query", store, "ASK {}"), 2, "locked", "kg build")
        assert_one_line_error(run("view", store, "-o", tmp_path / "v.html"), 2, "locked")
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert run("query", store, "ASK {}").exit_code == 0


def test_cli_build_store_in_use(
    shared_pipeline: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    assert run("build", articles["alpha"], "--store", store, "-q").exit_code == 0
    with open_graph(store):
        assert_one_line_error(
            run("build", articles["beta"], "--store", store), 2, "locked", "another kg process"
        )
