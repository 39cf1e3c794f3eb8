"""The distributed build on a local Dask cluster of 2 processes gives the single-process graph."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from kg.distributed.build import Progress, items_of, run_build, run_local
from kg.distributed.sinks import GraphSink, TurtleSink
from kg.rdf.turtle import turtle_bytes


def test_cluster_build_gives_the_single_process_turtle(
    client: Any, corpus: list[Path], single_turtle: bytes
) -> None:
    sink = GraphSink()
    seen: list[Progress] = []
    report = run_build(client, items_of(corpus), sink, batch_size=2, on_progress=seen.append)
    assert not report.partial
    assert report.documents == [item.doc_id for item in items_of(corpus)]
    assert turtle_bytes(sink.graph) == single_turtle
    assert [p.stage for p in seen][-1] == "writing" and seen[-1].done == len(report.documents)
    assert seen[-1].words > 500


def test_cluster_build_as_turtle_blocks_gives_the_single_process_turtle(
    client: Any, corpus: list[Path], single_turtle: bytes, nlp: Any
) -> None:
    """Each document's own subjects rendered as Turtle on the workers, put together."""
    sink = TurtleSink()
    report = run_build(client, items_of(corpus), sink, batch_size=2)
    assert not report.partial and sink.documents == len(report.documents)
    assert sink.turtle() == single_turtle
    local = TurtleSink()
    run_local(items_of(corpus), local, nlp=nlp)
    assert local.turtle() == single_turtle


def test_cluster_build_leaves_out_documents_that_fail(
    client: Any, corpus: list[Path], single_turtle: bytes, tmp_path: Path
) -> None:
    bad = tmp_path / "zz-bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (bad / "latin.txt").write_bytes("Caf\xe9 talks\nThe BMA met.\n".encode("latin-1"))
    sink = GraphSink()
    report = run_build(client, items_of([*corpus, bad]), sink, batch_size=3)
    assert report.partial
    failed = {Path(f.path).name: f.error for f in report.failures}
    assert set(failed) == {"binary.txt", "latin.txt"}
    assert "binary file" in failed["binary.txt"] and "not UTF-8" in failed["latin.txt"]
    assert turtle_bytes(sink.graph) == single_turtle  # the rest, as if they were not given


def test_local_build_gives_the_single_process_turtle(
    nlp: Any, corpus: list[Path], single_turtle: bytes
) -> None:
    sink = GraphSink()
    report = run_local(items_of(corpus), sink, nlp=nlp, batch_size=2)
    assert not report.partial
    assert turtle_bytes(sink.graph) == single_turtle


def test_cluster_build_survives_a_killed_worker(
    client: Any, corpus: list[Path], single_turtle: bytes
) -> None:
    """A worker killed while the build runs (its results lost): Dask runs its tasks again."""
    pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_one(progress: Progress) -> None:
        if not killed:
            killed.append(pids[sorted(pids)[0]])
            os.kill(killed[0], signal.SIGKILL)

    sink = GraphSink()
    report = run_build(client, items_of(corpus), sink, batch_size=1, on_progress=kill_one)
    assert killed
    assert not report.partial
    assert turtle_bytes(sink.graph) == single_turtle
    client.wait_for_workers(2, timeout=120)  # the nanny restarted it


@pytest.mark.parametrize(
    "documents,workers,expected", [(151, 2, 10), (6, 2, 1), (20, 1, 3), (1000, 2, 16)]
)
def test_default_batch_size(documents: int, workers: int, expected: int) -> None:
    from kg.distributed.build import default_batch_size

    assert default_batch_size(documents, workers) == expected


def test_store_grown_on_the_cluster_through_its_index(
    client: Any, corpus: list[Path], single_turtle: bytes, tmp_path: Path
) -> None:
    from rdflib import Graph

    from kg.distributed.build import BuildReport, extract_on_cluster
    from kg.extract.read import read_documents
    from kg.sparql.engine import OxigraphGraph
    from kg.sparql.store import add_documents, open_store

    documents = read_documents(corpus)
    report = BuildReport()

    def extract(to_read: Any) -> Any:
        return extract_on_cluster(client, to_read, report, batch_size=1)

    store = tmp_path / "store"
    add_documents(store, documents[:2], extract=extract)
    update = add_documents(store, documents[2:], extract=extract)
    assert update.graph is None  # through the name index: the stored documents are not read
    assert not report.partial
    with open_store(store) as opened:
        found = turtle_bytes(opened.to_rdflib())
    expected = Graph().parse(data=single_turtle, format="turtle")
    assert found == turtle_bytes(OxigraphGraph.from_graph(expected).to_rdflib())
