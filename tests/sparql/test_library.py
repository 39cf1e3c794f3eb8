"""kg's query library: queries by name, their parameters, queries read from text or files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import kg.sparql.query
from kg.errors import QueryError
from kg.sparql.library import (
    apply_parameters,
    find_library_query,
    library,
    query_parameters,
    read_query,
    resolve_query,
)
from kg.sparql.query import check_query

QUERIES = Path(__file__).resolve().parents[2] / "examples" / "queries"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))


# ------------------------------------------------------------------ the library


def test_library_examples_exist() -> None:
    names = {path.name for path in QUERY_FILES}
    assert {
        "which-sentence.rq",
        "who-wrote-to-whom.rq",
        "entities-by-type.rq",
        "relations.rq",
        "who-leads-what.rq",
        "who-opposes-what.rq",
        "mentions-of.rq",
    } <= names


def test_library_lists_every_query_with_its_summary() -> None:
    queries = library()
    assert [item.path for item in queries] == QUERY_FILES
    assert all(item.summary and not item.summary.startswith("#") for item in queries)


def test_library_query_by_name_or_unique_start() -> None:
    item = find_library_query("who-leads")
    assert item is not None and item.name == "who-leads-what"
    assert find_library_query("no-such-query") is None
    with pytest.raises(QueryError, match="names several library queries"):
        find_library_query("who")


def test_resolve_query_by_library_name_file_or_text(make_file: Callable[..., Path]) -> None:
    assert resolve_query("who-leads-what") == (QUERIES / "who-leads-what.rq").read_text()
    assert resolve_query(str(make_file("q.rq", "ASK {}\n"))) == "ASK {}\n"
    assert resolve_query("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"
    with pytest.raises(QueryError, match="no library query is named 'no-such-query'"):
        resolve_query("no-such-query")


def test_query_module_still_offers_the_library() -> None:
    """``kg.sparql.query.resolve_query`` (the README's) is the library's."""
    assert kg.sparql.query.resolve_query is resolve_query
    assert kg.sparql.query.library is library


# ------------------------------------------------------------------ read_query


def test_read_query_text_is_returned_as_is() -> None:
    assert read_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"


def test_read_query_reads_rq_file(make_file: Callable[..., Path]) -> None:
    path = make_file("q.rq", "ASK { ?s ?p ?o }\n")
    assert read_query(str(path)) == "ASK { ?s ?p ?o }\n"
    assert read_query(path) == "ASK { ?s ?p ?o }\n"


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        (None, None, "no such query file"),
        ("empty.rq", "", "is empty"),
        ("latin1.rq", b"# caf\xe9\nASK {}", "not UTF-8"),
    ],
)
def test_read_query_file_errors(
    make_file: Callable[..., Path],
    tmp_path: Path,
    name: str | None,
    content: str | bytes | None,
    match: str,
) -> None:
    path = tmp_path / "missing.rq" if name is None else make_file(name, content)
    with pytest.raises(QueryError, match=match):
        read_query(str(path))


# ------------------------------------------------------------------ parameters


PARAMETERISED = (
    '# Who is it?\n# Parameter who = "BMA": an actor\nSELECT ?x WHERE { ?x rdfs:label "BMA" }\n'
)


def test_query_parameters_are_read_from_the_opening_comment() -> None:
    (parameter,) = query_parameters(PARAMETERISED)
    assert (parameter.name, parameter.default, parameter.literal, parameter.description) == (
        "who",
        "BMA",
        '"BMA"',
        "an actor",
    )


def test_apply_parameters_sets_the_value_in_the_query_not_in_comments() -> None:
    text = apply_parameters(PARAMETERISED, {"who": "NHS England"})
    assert 'rdfs:label "NHS England" }' in text
    assert '# Parameter who = "BMA": an actor' in text


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ('The "Big" Union', r'"The \"Big\" Union"'),
        ("back\\slash", r'"back\\slash"'),
        ("a\nb", r'"a\nb"'),
    ],
)
def test_apply_parameters_escapes_the_value(value: str, literal: str) -> None:
    text = apply_parameters(PARAMETERISED, {"who": value})
    assert literal in text
    check_query(text)  # still valid SPARQL: the value cannot break out of its string


def test_apply_parameters_refuses_an_undeclared_name() -> None:
    with pytest.raises(QueryError, match=r"no parameter 'whom' \(its parameters: who\)"):
        apply_parameters(PARAMETERISED, {"whom": "BMA"})


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.name for p in QUERY_FILES])
def test_query_example_parameters_each_stand_once_in_the_query(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    body = "".join(line for line in text.splitlines(True) if not line.lstrip().startswith("#"))
    for parameter in query_parameters(text):
        assert body.count(parameter.literal) == 1, (path.name, parameter.name)
        assert parameter.description, (path.name, parameter.name)
