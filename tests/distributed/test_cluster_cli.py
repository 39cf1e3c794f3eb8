"""``kg build --workers N`` and ``--scheduler ADDRESS`` from the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from http_helpers import LOOPBACK, free_port, stop
from typer.testing import CliRunner

from kg.cli.app import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def test_cli_workers_writes_the_single_process_graph_and_lists_failures(
    corpus: list[Path], single_turtle: bytes, tmp_path: Path
) -> None:
    bad = tmp_path / "zz-bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    out = tmp_path / "out"
    args = ["build", *map(str, corpus), str(bad), "--workers", "2", "-o", str(out), "--no-html"]
    result = runner.invoke(app, args)
    assert result.exit_code == 7, result.output
    assert f"left out {bad / 'binary.txt'}: InputError" in result.stderr
    assert "partial build: 1 of 6 document(s) left out" in result.stderr
    assert (out / "graph.ttl").read_bytes() == single_turtle
    assert "5 document(s)" in result.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "not both"),
        (["--workers", "2"], "give an output folder"),
        (["--push", "http://127.0.0.1:1/store", "-o", "x"], "without -o or --store"),
        (["--push", "ftp://x/store"], "not an http(s) URL"),
        (["--push", "http://127.0.0.1:1/store", "--push-header", "nocolon"], "Name: value"),
    ],
)
def test_cli_cluster_options_are_checked(
    example_article: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["build", str(example_article), *args])
    assert result.exit_code == 2 or result.exit_code == 5, result.output
    assert message in result.stderr


def test_cli_scheduler_that_does_not_answer_is_one_line(example_article: Path) -> None:
    import dask

    address = f"tcp://{LOOPBACK}:{free_port()}"
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = runner.invoke(
            app, ["build", str(example_article), "--scheduler", address, "-o", "x"]
        )
    assert result.exit_code == 6, result.output
    assert "cannot connect to the scheduler" in result.stderr


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, stopped afterwards."""
    port = free_port()
    address = f"tcp://{LOOPBACK}:{port}"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    beside = Path(sys.executable).parent / "dask"  # the dask CLI of this Python's distributed
    dask = [str(beside)] if beside.exists() else [shutil.which("dask") or "dask"]
    logs = tmp_path_factory.mktemp("dask")
    processes: list[subprocess.Popen[bytes]] = []

    def start(name: str, *args: str) -> None:
        with (logs / f"{name}.log").open("wb") as log:
            processes.append(
                subprocess.Popen([*dask, *args], stdout=log, stderr=subprocess.STDOUT, env=env)
            )

    loopback_http = ["--no-dashboard", "--dashboard-address", f"{LOOPBACK}:0"]
    start("scheduler", "scheduler", "--host", LOOPBACK, "--port", str(port), *loopback_http)
    try:
        for n in (1, 2):
            start(
                f"worker{n}",
                "worker",
                address,
                "--host",
                LOOPBACK,
                "--nthreads",
                "1",
                *loopback_http,
                "--death-timeout",
                "60",
            )
        _wait_for_workers(address, 2, timeout=120)
        yield address
    finally:
        for process in reversed(processes):
            stop(process, timeout=20)


def _wait_for_workers(address: str, n: int, *, timeout: float) -> None:
    from distributed import Client

    deadline = time.monotonic() + timeout
    while True:
        try:
            with Client(address, timeout=10, set_as_default=False) as client:
                client.wait_for_workers(n, timeout=max(1.0, deadline - time.monotonic()))
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_cli_scheduler_builds_on_an_existing_cluster(
    scheduler: str, corpus: list[Path], single_turtle: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["build", *map(str, corpus), "--scheduler", scheduler, "-o", str(out), "--no-html", "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").read_bytes() == single_turtle


def test_cluster_workers_load_the_extractor_once(scheduler: str, corpus: list[Path]) -> None:
    from distributed import Client

    from kg.distributed.build import items_of, run_build
    from kg.distributed.sinks import GraphSink
    from kg.distributed.tasks import loaded_extractors

    with Client(scheduler, timeout=30, set_as_default=False) as client:
        run_build(client, items_of(corpus), GraphSink(), batch_size=1)  # 5 tasks, 2 workers
        loaded = client.run(loaded_extractors)
    assert len(loaded) == 2
    for extractors in loaded.values():
        assert list(extractors.values()) == [1]


def test_cli_workers_store_equals_the_single_process_graph(
    corpus: list[Path], single_turtle: bytes, tmp_path: Path
) -> None:
    from rdflib import Graph

    from kg.rdf.turtle import turtle_bytes
    from kg.sparql.engine import OxigraphGraph
    from kg.sparql.store import open_store

    store = tmp_path / "store"
    args = ["build", *map(str, corpus), "--workers", "2", "--store", str(store), "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    with open_store(store) as opened:
        found = turtle_bytes(opened.to_rdflib())
    expected = Graph().parse(data=single_turtle, format="turtle")
    assert found == turtle_bytes(OxigraphGraph.from_graph(expected).to_rdflib())
