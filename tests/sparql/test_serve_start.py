"""Starting and stopping ``kg serve``: a store, a port in use, a missing graph, Ctrl-C, SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from http_helpers import LOOPBACK, free_port, get, serving, stop, wait_for_http
from SPARQLWrapper import JSON, SPARQLWrapper
from typer.testing import CliRunner

from kg.cli.app import app
from kg.sparql.serve import ServeError, make_server

PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"

runner = CliRunner()


def test_serve_a_store(nlp: Any, tmp_path: Path, make_file: Any) -> None:
    from kg.extract.read import read_documents
    from kg.sparql.store import StoreError, add_documents

    article = make_file("a.txt", "Talks\nThe BMA wrote to the Government.\n")
    store = tmp_path / "store"
    add_documents(store, read_documents([article]), nlp=nlp)
    server = make_server(store, port=0, workers=1)
    with serving(server) as running:
        status, _headers, body = get(running.url + "sparql", "SELECT ?g WHERE { GRAPH ?g {} }")
        assert status == 200
        graphs = {row["g"]["value"] for row in json.loads(body)["results"]["bindings"]}
        assert "https://w3id.org/kg-policy/doc/a" in graphs
        with pytest.raises(StoreError, match="locked"):  # no build while it is served
            add_documents(store, read_documents([article]), nlp=nlp)


def test_serve_port_in_use_is_one_line_error(graph_file: Path) -> None:
    with socket.socket() as busy:
        busy.bind((LOOPBACK, 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        with pytest.raises(ServeError, match="already in use"):
            make_server(graph_file, port=port)
        result = runner.invoke(app, ["serve", str(graph_file), "--port", str(port)])
        assert result.exit_code == 2
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "in use" in lines[0]


def test_serve_missing_graph_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["serve", str(tmp_path / "missing.ttl"), "--port", str(free_port())]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: ") and "no such file" in result.stderr


def test_cli_serve_answers_until_interrupted(graph_file: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(graph_file), "--port", str(port), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_http(f"http://{LOOPBACK}:{port}/", process=process)
        client = SPARQLWrapper(f"http://{LOOPBACK}:{port}/sparql")
        client.setQuery(PEOPLE)
        client.setReturnFormat(JSON)
        assert len(client.query().convert()["results"]["bindings"]) == 2
    finally:
        stop(process)
    _out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in err


def test_cli_serve_stops_cleanly_on_sigterm(graph_file: Path, tmp_path: Path) -> None:
    port = free_port()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(graph_file), "--port", str(port), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    try:
        wait_for_http(f"http://{LOOPBACK}:{port}/", process=process)
        assert list(scratch.glob("kg-serve-*"))  # the graph's temporary store
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        stop(process)
    assert process.returncode == 0, err
    assert err.rstrip().endswith("kg: stopped")
    assert not list(scratch.glob("kg-serve-*"))  # removed, as on Ctrl-C


def test_cli_serve_stops_on_ctrl_c_even_when_started_ignoring_it(graph_file: Path) -> None:
    # a child inherits an ignored SIGINT (a test runner, a job-control wrapper): Ctrl-C must
    # still stop the server
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(graph_file), "--port", str(port), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # noqa: PLW1509
    )
    try:
        wait_for_http(f"http://{LOOPBACK}:{port}/", process=process)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)
    finally:
        stop(process)
    assert process.returncode == 0
