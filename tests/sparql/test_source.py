"""What the user names: a graph file or a store folder, decided once, with the same messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import GraphError
from kg.sparql.source import Source, load_graph, open_graph, open_source

READERS = {"load_graph": load_graph, "open_graph": open_graph}


@pytest.fixture(scope="module")
def store(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one short article."""
    from kg.extract.read import read_text
    from kg.sparql.store import add_documents

    folder = tmp_path_factory.mktemp("source") / "store"
    add_documents(
        folder, [read_text("Talks\nThe BMA wrote to the Government.\n", doc_id="a")], nlp=nlp
    )
    return folder


# ------------------------------------------------------------------ open_source


def test_open_source_tells_a_store_from_a_file(store: Path, graph_file: Path) -> None:
    assert open_source(store) == Source(store, is_store=True)
    assert open_source(str(graph_file)) == Source(graph_file, is_store=False)
    assert open_source(graph_file).name == "graph.ttl"


def test_open_source_gives_a_source_back_as_it_is(tmp_path: Path) -> None:
    given = Source(tmp_path / "gone.ttl", is_store=False)  # decided before: not checked again
    assert open_source(given) is given


def test_load_graph_and_open_graph_of_a_store_hold_the_same_triples(store: Path) -> None:
    source = open_source(store)
    with open_graph(source) as opened:
        assert len(opened.named_graphs()) > 1
        assert isomorphic(load_graph(source), opened.to_rdflib())


# ------------------------------------------------------------------ what is wrong


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (None, None, "no such file or store; give a graph file written by kg build (graph.ttl)"),
        ("", None, "is a folder but not a kg store; give a graph file, e.g. "),
        ("empty.ttl", "", "is empty; give a graph file written by kg build"),
        ("blank.ttl", "  \n\n", "is empty"),
        ("binary.ttl", b"\x00\x01\x02binary", "is a binary file, not an RDF graph"),
    ],
)
def test_every_reader_says_the_same_before_reading(
    make_file: Callable[..., Path],
    tmp_path: Path,
    reader: str,
    name: str | None,
    content: str | bytes | None,
    message: str,
) -> None:
    if name is None:
        path = tmp_path / "missing.ttl"
    elif name == "":
        path = tmp_path
    else:
        path = make_file(name, content)
    with pytest.raises(GraphError) as caught:
        READERS[reader](path)
    assert str(caught.value).startswith(f"{path}: {message}")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("comments.ttl", "# only a comment\n", "no triples"),
        ("bad.ttl", "@prefix x: <a> .\nx:a x:b ", "not valid Turtle"),
        ("bad.nt", "<a> <b> .\n", "not valid NT"),
        ("bad.jsonld", "{not json", "not valid JSON-LD"),
        ("bad.rdf", "<x", "not valid XML"),
        ("latin1.ttl", b'<a:x> <a:y> "caf\xe9" .', "not valid Turtle"),
    ],
)
@pytest.mark.parametrize("reader", READERS)
def test_a_file_that_does_not_parse_is_one_line_error(
    make_file: Callable[..., Path], reader: str, name: str, content: str | bytes, match: str
) -> None:
    path = make_file(name, content)
    with pytest.raises(GraphError, match=match) as caught:
        READERS[reader](path)
    assert "\n" not in str(caught.value)
    assert str(path) in str(caught.value)


# ------------------------------------------------------------------ formats


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize(
    ("suffix", "fmt"), [(".nt", "nt"), (".jsonld", "json-ld"), (".rdf", "xml")]
)
def test_load_graph_reads_format_by_suffix(
    example_graph: Graph, tmp_path: Path, suffix: str, fmt: str
) -> None:
    path = tmp_path / f"graph{suffix}"
    example_graph.serialize(path, format=fmt, encoding="utf-8")
    assert isomorphic(example_graph, load_graph(path))
    with open_graph(path) as opened:
        assert len(opened) == len(example_graph)
