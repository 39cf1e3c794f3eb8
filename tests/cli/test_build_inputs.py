"""kg build on web pages, URLs and URL lists, with dates; bad inputs are one line and an exit code.

Every URL is served by a server the test starts on 127.0.0.1 (tests/news_pages.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from news_pages import Reply, news_page, serve
from typer.testing import CliRunner

from kg.cli.app import app
from kg.sparql.query import query
from kg.sparql.source import load_graph

runner = CliRunner()

UNION_PAGE = news_page(
    "Union welcomes Home Care Plan",
    [
        "The Homecare Workers Union has welcomed the Home Care Plan.",
        "Care minister Tom Ellery announced the Home Care Plan on Monday.",
    ],
    published="2024-03-05T09:30:00+00:00",
    comments=[("carer_jo", "The union should oppose the Home Care Plan.")],
).encode()


def run(*args: str | Path) -> Result:
    """``kg build ARGS...``"""
    return runner.invoke(app, ["build", *(str(arg) for arg in args)])


def errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("kg: error: ")]


def warnings_of(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("kg: warning: ")]


def assert_one_line_error(result: Result, exit_code: int, *fragments: str) -> None:
    assert result.exit_code == exit_code, (result.exit_code, result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


DOCUMENT_METADATA = """
SELECT ?id ?date ?source ?publisher ?creator ?from WHERE {
  ?d a kg:Document ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d kg:dateSource ?source }
  OPTIONAL { ?d dcterms:publisher ?publisher } OPTIONAL { ?d dcterms:creator ?creator }
  OPTIONAL { ?d prov:wasDerivedFrom ?from }
} ORDER BY ?id
"""


def test_build_urls_and_url_list_skip_what_fails_and_query_metadata(
    shared_pipeline: Any, tmp_path: Path, make_file: Callable[..., Path]
) -> None:
    routes = {
        "/news/union-welcomes-plan": Reply(UNION_PAGE),
        "/gone": Reply(b"gone", status=404),
        "/home": Reply(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    }
    with serve(routes) as server:
        url_list = make_file("urls.txt", f"# pages\n{server.url('/gone')}\n{server.url('/home')}\n")
        result = run(
            server.url("/news/union-welcomes-plan"),
            "--urls",
            url_list,
            "-o",
            tmp_path / "out",
            "-q",
        )
    assert result.exit_code == 0, result.output
    assert errors(result) == []
    skipped = warnings_of(result)
    assert len(skipped) == 2 and all("skipped" in line for line in skipped)
    assert server.url("/gone") in skipped[0] and "HTTP 404" in skipped[0]
    assert len(server.requests) == 3
    graph = load_graph(tmp_path / "out" / "graph.ttl")
    rows = [
        [str(v) if v is not None else None for v in row] for row in query(graph, DOCUMENT_METADATA)
    ]
    assert rows == [
        [
            "union-welcomes-plan",
            "2024-03-05",
            "metadata",
            "The Northern Ledger",
            "Priya Okafor",
            server.url("/news/union-welcomes-plan"),
        ]
    ]
    typed = query(graph, "ASK { ?d dcterms:date ?date FILTER (DATATYPE(?date) = xsd:date) }")
    assert typed.askAnswer


def test_build_saved_pages_folder_and_dated_text(
    shared_pipeline: Any, tmp_path: Path, make_file: Callable[..., Path]
) -> None:
    make_file("in/page.html", UNION_PAGE)
    make_file(
        "in/notes.txt",
        "---\ndate: 2024-07-09\npublisher: Care Sector Weekly\n---\nNotes\nThe BMA backed the plan.\n",
    )
    make_file("in/plain.txt", "Plain\nThe BMA met NHS England.\n")
    result = run(tmp_path / "in", "-o", tmp_path / "out", "--no-html", "-q", "--date", "2024-01-31")
    assert result.exit_code == 0, result.output
    graph = load_graph(tmp_path / "out" / "graph.ttl")
    rows = {
        str(row[0]): [str(v) if v is not None else None for v in row[1:4]]
        for row in query(graph, DOCUMENT_METADATA)
    }
    assert rows == {
        "notes": ["2024-07-09", "front-matter", "Care Sector Weekly"],
        "page": ["2024-03-05", "metadata", "The Northern Ledger"],
        "plain": ["2024-01-31", "option", None],
    }


def test_build_no_fetch_refuses_urls_in_one_line(
    tmp_path: Path, make_file: Callable[..., Path]
) -> None:
    result = run("https://ledger.example/news/a", "-o", tmp_path / "out", "--no-fetch")
    assert_one_line_error(result, 2, "--no-fetch")
    assert not (tmp_path / "out").exists()
    url_list = make_file("urls.txt", "https://ledger.example/news/a\n")
    assert_one_line_error(
        run("--urls", url_list, "-o", tmp_path / "out", "--no-fetch"), 2, "--no-fetch"
    )


def test_build_nothing_readable_exits_2_after_a_line_per_page(tmp_path: Path) -> None:
    with serve({}) as server:
        result = run(server.url("/a"), server.url("/b"), "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert len(warnings_of(result)) == 2
    (error,) = errors(result)
    assert "no article could be read" in error
    assert len(result.stderr.splitlines()) == 3
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--date", "9 July 2024"], "YYYY-MM-DD"),
        (["--date", "2024-02-30"], "YYYY-MM-DD"),
    ],
)
def test_build_bad_date_is_one_line(
    tmp_path: Path, make_file: Callable[..., Path], args: list[str], fragment: str
) -> None:
    article = make_file("a.txt", "Title\nBody.\n")
    assert_one_line_error(run(article, "-o", tmp_path / "out", *args), 2, fragment)


def test_build_bad_url_list_is_one_line(tmp_path: Path, make_file: Callable[..., Path]) -> None:
    url_list = make_file("urls.txt", "https://ledger.example/a\nnot a url\n")
    assert_one_line_error(run("--urls", url_list, "-o", tmp_path / "out"), 2, "urls.txt:2")


def test_build_fifo_and_device_are_one_line_and_never_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_one_line_error(run(fifo, "-o", tmp_path / "out"), 2, "FIFO")
    if Path("/dev/zero").exists():
        assert_one_line_error(run("/dev/zero", "-o", tmp_path / "out"), 2, "device")
    assert not (tmp_path / "out").exists()


def test_build_file_over_the_limit_is_one_line(
    tmp_path: Path, make_file: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract.read

    monkeypatch.setattr(kg.extract.read, "MAX_FILE_BYTES", 100)
    article = make_file("a.txt", "Title\n" + "word " * 50)
    assert_one_line_error(run(article, "-o", tmp_path / "out"), 2, "limit")
