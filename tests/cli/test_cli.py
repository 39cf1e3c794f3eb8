"""The kg command: every expected error is one line on stderr, a non-zero exit, no output left."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

import kg
from kg.cli.app import app
from kg.errors import GraphError, InputError, ModelError, OutputError, QueryError
from kg.rdf.turtle import write_turtle

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_ARTICLE = ROOT / "examples" / "streeting-letter-to-gpce.txt"
QUERIES = ROOT / "examples" / "queries"

runner = CliRunner()


def run(*args: str | Path) -> Result:
    return runner.invoke(app, [str(arg) for arg in args])


def assert_one_line_error(result: Result, exit_code: int, *fragments: str) -> str:
    """The command failed with ``exit_code`` and said why in one line on stderr."""
    assert result.exit_code == exit_code, (result.exit_code, result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: "), lines[0]
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def files_in(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, example_graph: Graph) -> Path:
    return write_turtle(example_graph, tmp_path_factory.mktemp("graph") / "graph.ttl")


# ------------------------------------------------------------------ version, help


def test_cli_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"kg {kg.__version__}"


@pytest.mark.parametrize(
    "command", ["build", "query", "eval", "view", "stats", "serve", "push", "export", "validate"]
)
def test_cli_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout


@pytest.mark.parametrize("command", ["view", "query", "stats", "build", "eval", "validate"])
def test_cli_help_shows_no_type_for_flags(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout  # a flag takes no value


def test_cli_loads_no_heavy_library_until_a_command_runs() -> None:
    """``kg --help`` stays fast: spaCy, rdflib, Oxigraph ... load inside the commands."""
    code = "import sys, kg.cli; print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    heavy = {"spacy", "rdflib", "pyoxigraph", "networkx", "pyshacl", "pyvis"}
    assert not heavy & loaded


def test_cli_exit_codes_follow_error_classes() -> None:
    assert (InputError.exit_code, GraphError.exit_code, QueryError.exit_code) == (2, 2, 2)
    assert (ModelError.exit_code, OutputError.exit_code) == (3, 4)


# ------------------------------------------------------------------ build


def test_cli_build_writes_graph_and_html(shared_pipeline: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", EXAMPLE_ARTICLE, "-o", out)
    assert result.exit_code == 0, result.output
    assert files_in(out) == ["graph.html", "graph.ttl"]
    for word in ("document", "Person", "communicates with", "graph.ttl", "graph.html"):
        assert word in result.stdout
    assert result.stderr == ""
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 0


def test_cli_build_graph_equals_library_build(
    shared_pipeline: Any, tmp_path: Path, example_graph: Graph
) -> None:
    result = run("build", EXAMPLE_ARTICLE, "-o", tmp_path, "--no-html", "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert files_in(tmp_path) == ["graph.ttl"]
    assert isomorphic(kg.load_graph(tmp_path / "graph.ttl"), example_graph)


def test_cli_build_folder_of_articles_with_progress(
    shared_pipeline: Any, tmp_path: Path, make_file: Callable[..., Path]
) -> None:
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    make_file("in/one.txt", text)
    make_file("in/sub/two.md", text.replace("Streeting", "Smith"))
    make_file("in/ignored.csv", "a,b")
    result = run("build", tmp_path / "in", "-o", tmp_path / "out", "--no-html")
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.stdout
    assert files_in(tmp_path / "out") == ["graph.ttl"]


def test_cli_build_include_comments_and_gazetteer(
    shared_pipeline: Any, tmp_path: Path, make_file: Callable[..., Path]
) -> None:
    gazetteer = make_file(
        "gaz.ttl",
        "@prefix kg: <https://w3id.org/kg-policy/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<urn:x:ken> a kg:Person ; rdfs:label "Ken Dodd" .\n',
    )
    out = tmp_path / "out"
    result = run(
        "build", EXAMPLE_ARTICLE, "-o", out, "--include-comments", "--gazetteer", gazetteer, "-q"
    )
    assert result.exit_code == 0, result.output
    assert files_in(out) == ["graph.html", "graph.ttl"]


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        (None, None, "no such file"),
        ("empty.txt", "", "is empty"),
        ("blank.txt", "  \n\n  ", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Café société: the BMA said no.".encode("latin-1"), "not UTF-8"),
        ("folder/", None, "no .txt or .md files"),
    ],
)
def test_cli_build_bad_input_is_one_line_and_leaves_nothing(
    tmp_path: Path, name: str | None, content: str | bytes | None, fragment: str
) -> None:
    if name is None:
        source = tmp_path / "missing.txt"
    elif name.endswith("/"):
        source = tmp_path / name
        source.mkdir()
        (source / "notes.csv").write_text("not an article", encoding="utf-8")
    else:
        source = tmp_path / name
        source.write_bytes(content if isinstance(content, bytes) else str(content).encode())
    out = tmp_path / "out"
    result = run("build", source, "-o", out)
    assert_one_line_error(result, 2, fragment, str(source).rstrip("/"))
    assert not out.exists()


def test_cli_build_output_is_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("keep me", encoding="utf-8")
    result = run("build", EXAMPLE_ARTICLE, "-o", out)
    assert_one_line_error(result, 4, "is a file")
    assert out.read_text(encoding="utf-8") == "keep me"


def test_cli_build_output_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    result = run("build", EXAMPLE_ARTICLE, "-o", tmp_path / "plain" / "out")
    assert_one_line_error(result, 4, "is a file")


def test_cli_build_graph_ttl_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out" / "graph.ttl").mkdir(parents=True)
    result = run("build", EXAMPLE_ARTICLE, "-o", tmp_path / "out")
    assert_one_line_error(result, 4, "graph.ttl")
    assert files_in(tmp_path / "out") == []


def test_cli_build_without_spacy_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import kg.extract.parse

    monkeypatch.setattr(kg.extract.parse, "MODEL_NAMES", ("kg_test_no_such_spacy_model",))
    out = tmp_path / "out"
    result = run("build", EXAMPLE_ARTICLE, "-o", out)
    assert_one_line_error(result, 3, "no spaCy English pipeline", "pip install")
    assert files_in(out) == []
    assert not out.exists()  # the folder it created is removed again


def test_cli_build_missing_gazetteer(tmp_path: Path) -> None:
    result = run(
        "build", EXAMPLE_ARTICLE, "-o", tmp_path / "out", "--gazetteer", tmp_path / "g.ttl"
    )
    assert_one_line_error(result, 2, "g.ttl")
    assert not (tmp_path / "out").exists()


def test_cli_build_bad_gazetteer(tmp_path: Path, make_file: Callable[..., Path]) -> None:
    gazetteer = make_file("g.ttl", "this is not turtle")
    result = run("build", EXAMPLE_ARTICLE, "-o", tmp_path / "out", "--gazetteer", gazetteer)
    assert_one_line_error(result, 2, "not valid Turtle")
    assert not (tmp_path / "out").exists()


def test_cli_build_failing_write_leaves_no_graph(
    shared_pipeline: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def fail(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    out = tmp_path / "out"
    result = run("build", EXAMPLE_ARTICLE, "-o", out)
    assert_one_line_error(result, 4, "no space left")
    assert files_in(out) == []


def test_cli_build_interrupted_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import kg.extract.read

    def interrupt(_inputs: Any, **_options: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.extract.read, "read_documents", interrupt)
    result = run("build", EXAMPLE_ARTICLE, "-o", tmp_path / "out")
    assert_one_line_error(result, 130, "interrupted")


def test_cli_build_needs_input_and_output(tmp_path: Path) -> None:
    assert run("build", "-o", tmp_path).exit_code == 2
    assert run("build", EXAMPLE_ARTICLE).exit_code == 2


# ------------------------------------------------------------------ query


def test_cli_query_table(graph_file: Path) -> None:
    result = run("query", graph_file, "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].strip() == "name"
    assert "Wes Streeting" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_cli_query_formats(graph_file: Path, fmt: str) -> None:
    result = run("query", graph_file, QUERIES / "relations.rq", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert "subjectLabel" in json.loads(result.stdout)["head"]["vars"]
    else:
        assert "subjectLabel" in result.stdout.splitlines()[0]


def test_cli_query_ask(graph_file: Path) -> None:
    result = run("query", graph_file, "ASK { ?s a kg:Document }")
    assert (result.exit_code, result.stdout) == (0, "true\n")


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_cli_query_example_files(graph_file: Path, path: Path) -> None:
    result = run("query", graph_file, path)
    assert result.exit_code == 0, result.output


def test_cli_query_which_sentence(graph_file: Path) -> None:
    result = run("query", graph_file, QUERIES / "which-sentence.rq")
    assert "has written to" in result.stdout


def test_cli_query_library_query_with_parameters(graph_file: Path) -> None:
    result = run("query", graph_file, "mentions-of", "-p", "name=Katie Bramall", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert {row["entity"] for row in rows} == {"https://w3id.org/kg-policy/id/katie-bramall"}


def test_cli_query_list_shows_parameters() -> None:
    result = run("query", "--list")
    assert result.exit_code == 0, result.output
    assert '-p name="BMA"' in result.stdout


@pytest.mark.parametrize(
    ("param", "fragment"),
    [("name", "write it as NAME=VALUE"), ("nom=BMA", "no parameter 'nom'")],
)
def test_cli_query_bad_parameter_is_one_line(graph_file: Path, param: str, fragment: str) -> None:
    assert_one_line_error(run("query", graph_file, "everything-about", "-p", param), 2, fragment)


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        (None, None, "no such file"),
        ("empty.ttl", "", "is empty"),
        ("bad.ttl", "this is not turtle at all", "not valid Turtle"),
        ("binary.ttl", b"\x00\x01\x02\x03", "binary"),
        ("bad.nt", "<a> <b> .", "not valid NT"),
    ],
)
def test_cli_query_bad_graph(
    tmp_path: Path, name: str | None, content: str | bytes | None, fragment: str
) -> None:
    path = tmp_path / (name or "missing.ttl")
    if name is not None:
        path.write_bytes(content if isinstance(content, bytes) else str(content).encode())
    result = run("query", path, "ASK { ?s ?p ?o }")
    assert_one_line_error(result, 2, fragment)


@pytest.mark.parametrize(
    ("sparql", "fragment"),
    [
        ("SELEC ?x WHERE { ?x ?p ?o }", "invalid SPARQL"),
        ("SELECT ?x WHERE {", "invalid SPARQL: error at 1:"),
        ("SELECT ?x WHERE { ?x nope:p ?o }", "nope"),
        ("", "empty"),
    ],
)
def test_cli_query_bad_sparql(graph_file: Path, sparql: str, fragment: str) -> None:
    assert_one_line_error(run("query", graph_file, sparql), 2, fragment)


def test_cli_query_invalid_sparql_is_reported_before_reading_the_graph(tmp_path: Path) -> None:
    result = run("query", tmp_path / "missing.ttl", "SELEC")
    assert_one_line_error(result, 2, "invalid SPARQL")


def test_cli_query_missing_rq_file(graph_file: Path, tmp_path: Path) -> None:
    result = run("query", graph_file, tmp_path / "missing.rq")
    assert_one_line_error(result, 2, "no such query file")


def test_cli_query_unknown_format(graph_file: Path) -> None:
    result = run("query", graph_file, "ASK {}", "--format", "xml")
    assert_one_line_error(result, 2, "unknown format")


# ------------------------------------------------------------------ every command that reads a graph


GRAPH, OUT = "GRAPH", "OUT"  # stand for the graph's path and an output file below
GRAPH_COMMANDS = {
    "query": ["query", GRAPH, "ASK { ?s ?p ?o }"],
    "view": ["view", GRAPH, "-o", OUT],
    "stats": ["stats", GRAPH],
    "export": ["export", GRAPH],
    "validate": ["validate", GRAPH],
    "push": ["push", GRAPH, "--endpoint", "http://127.0.0.1:9/store"],
    "serve": ["serve", GRAPH, "--port", "0"],
}


@pytest.mark.parametrize("command", GRAPH_COMMANDS)
@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("missing.ttl", "no such file or store; give a graph file written by kg build"),
        ("folder", "is a folder but not a kg store; give a graph file, e.g. "),
    ],
)
def test_cli_every_graph_command_says_the_same_of_a_path_that_is_no_graph(
    tmp_path: Path, command: str, where: str, message: str
) -> None:
    graph = tmp_path / where
    if where == "folder":
        graph.mkdir()
    out = tmp_path / "out.html"
    paths = {GRAPH: graph, OUT: out}
    args = [paths.get(arg, arg) for arg in GRAPH_COMMANDS[command]]
    assert_one_line_error(run(*args), 2, f"kg: error: {graph}: {message}")
    assert not out.exists()


# ------------------------------------------------------------------ view


def test_cli_view_writes_html(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "view" / "graph.html"
    result = run("view", graph_file, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert "<html" in out.read_text(encoding="utf-8").lower()


def test_cli_view_without_output_writes_beside_the_graph(graph_file: Path, tmp_path: Path) -> None:
    graph = tmp_path / "beside" / "graph.ttl"
    graph.parent.mkdir()
    graph.write_bytes(graph_file.read_bytes())
    result = run("view", graph)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "beside" / "graph.html").is_file()
    assert result.stdout.strip() == str(tmp_path / "beside" / "graph.html")


def test_cli_view_open_calls_browser(
    graph_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    out = tmp_path / "g.html"
    assert run("view", graph_file, "-o", out, "--open").exit_code == 0
    assert opened == [out.resolve().as_uri()]


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        (None, None, "no such file"),
        ("empty.ttl", "", "is empty"),
        ("bad.ttl", "@prefix : <x> .\n:a :b", "not valid Turtle"),
    ],
)
def test_cli_view_bad_graph(
    tmp_path: Path, name: str | None, content: str | None, fragment: str
) -> None:
    path = tmp_path / (name or "missing.ttl")
    if name is not None:
        path.write_text(str(content), encoding="utf-8")
    out = tmp_path / "out.html"
    assert_one_line_error(run("view", path, "-o", out), 2, fragment)
    assert not out.exists()


def test_cli_view_output_under_a_file(graph_file: Path, tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    result = run("view", graph_file, "-o", tmp_path / "plain" / "g.html")
    assert_one_line_error(result, 4, "is a file")


def test_cli_view_output_is_a_folder(graph_file: Path, tmp_path: Path) -> None:
    (tmp_path / "g.html").mkdir()
    assert_one_line_error(run("view", graph_file, "-o", tmp_path / "g.html"), 4, "is a folder")


# ------------------------------------------------------------------ eval


GOLD = {
    "file": "streeting-letter-to-gpce.txt",
    "entities": [
        {"id": "streeting", "name": "Wes Streeting", "type": "Person", "aliases": ["Mr Streeting"]},
        {"id": "gpce", "name": "GP Committee England", "type": "Organisation", "aliases": ["GPCE"]},
    ],
    "relations": [{"subject": "streeting", "predicate": "communicates_with", "object": "gpce"}],
}


def test_cli_eval_prints_report_and_writes_json(
    shared_pipeline: Any, tmp_path: Path, make_file: Callable[..., Path]
) -> None:
    make_file("gold/example.gold.json", json.dumps(GOLD))
    json_path = tmp_path / "report" / "scores.json"
    result = run("eval", tmp_path / "gold", "--texts", ROOT / "examples", "--json", json_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert isinstance(json.loads(json_path.read_text(encoding="utf-8")), dict)
    assert files_in(tmp_path / "report") == ["scores.json"]


def test_cli_eval_missing_gold_folder(tmp_path: Path) -> None:
    assert_one_line_error(run("eval", tmp_path / "nope"), 2, "no such folder")


def test_cli_eval_folder_without_gold_files(tmp_path: Path) -> None:
    assert_one_line_error(run("eval", tmp_path), 2, str(tmp_path))


def test_cli_eval_bad_gold_json(tmp_path: Path, make_file: Callable[..., Path]) -> None:
    make_file("gold/bad.gold.json", "{not json")
    assert_one_line_error(run("eval", tmp_path / "gold"), 2, "bad.gold.json")


def test_cli_eval_json_path_is_a_folder(tmp_path: Path, make_file: Callable[..., Path]) -> None:
    make_file("gold/example.gold.json", json.dumps(GOLD))
    (tmp_path / "scores.json").mkdir()
    result = run("eval", tmp_path / "gold", "--json", tmp_path / "scores.json")
    assert_one_line_error(result, 4, "is a folder")
