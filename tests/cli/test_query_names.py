"""kg query's words besides the answer: swapped arguments, defaults, unknown names, misspelt
query names; and tables cut to the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli.app import app
from kg.rdf.turtle import write_turtle

runner = CliRunner()


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, example_graph: Graph) -> Path:
    return write_turtle(example_graph, tmp_path_factory.mktemp("names") / "graph.ttl")


def run(*args: str | Path) -> Result:
    return runner.invoke(app, ["query", *(str(a) for a in args)])


def test_query_arguments_swapped_says_so(graph_file: Path) -> None:
    result = run("who-opposes", graph_file)
    assert result.exit_code != 0
    assert "wrong way round" in result.stderr and "give the graph first" in result.stderr
    assert "expected CONSTRUCT" not in result.stderr


def test_query_misspelt_library_name_gets_a_suggestion(graph_file: Path) -> None:
    result = run(graph_file, "who-opose")
    assert result.exit_code != 0
    assert "did you mean who-opposes-what?" in result.stderr


def test_query_default_parameter_gets_a_note(graph_file: Path) -> None:
    result = run(graph_file, "everything-about")
    assert result.exit_code == 0, result.output
    assert 'kg: note: -p name not given: everything-about answers for its default, name="BMA"' in (
        result.stderr
    )
    assert "kg: note" not in run(graph_file, "everything-about", "-p", "name=BMA").stderr


def test_query_unknown_name_gets_a_note_with_close_names(graph_file: Path) -> None:
    result = run(graph_file, "everything-about", "-p", "name=Streetin")
    assert result.exit_code == 0, result.output
    assert "no entity is named 'Streetin'" in result.stderr
    assert "'Wes Streeting'" in result.stderr


def test_query_surname_names_the_person(graph_file: Path) -> None:
    by_surname = run(graph_file, "everything-about", "-p", "name=Streeting")
    by_name = run(graph_file, "everything-about", "-p", "name=Wes Streeting")
    assert by_surname.exit_code == 0, by_surname.output
    assert "taken as 'Wes Streeting'" in by_surname.stderr
    assert by_surname.stdout == by_name.stdout and "Wes Streeting" in by_surname.stdout


def test_query_table_is_cut_to_the_width_asked(
    graph_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli.query import run_query

    wide = run(graph_file, "which-sentence")
    assert max(len(line) for line in wide.stdout.splitlines()) > 200  # piped: whole cells
    assert "--wide" in runner.invoke(app, ["query", "--help"]).stdout
    run_query(
        graph_file, "which-sentence", fmt="table", list_queries=False, engine="oxigraph", width=80
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    assert any("…" in line for line in lines[2:])
