"""The findings of the "Trust" issue, replayed: hostile queries and requests, kills, full disks.

Every server these tests start listens on 127.0.0.1; every loop is bounded;
nothing reaches the internet. Sections follow the issue's numbering: 1
(SERVICE), 2 (one request kills the server), 3 (malformed requests), 5
(``-o`` pairs), 7 (limits), 8 (``kg push``). Finding 4 (stores killed at fixed
points, full disks, racing builds) has its own module,
``tests/sparql/test_store_crash.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.cli.app import app
from kg.errors import OutputError

runner = CliRunner()

ALPHA = "Pay talks resume\nThe BMA wrote to the Government about the contract.\n"
BETA = "Water regulator abolished\nOfwat will be abolished, the Treasury said.\n"


def run(*args: str | Path) -> Any:
    return runner.invoke(app, [str(arg) for arg in args])


# ------------------------------------------------------------------ 5. -o pairs


@pytest.fixture
def two_articles(make_file: Callable[..., Path]) -> tuple[Path, Path]:
    return make_file("in/alpha.txt", ALPHA), make_file("in/beta.txt", BETA)


def assert_matching_pair(out: Path) -> None:
    """graph.html, when there is one, is the view of the graph.ttl beside it."""
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    html = out / "graph.html"
    if html.exists():
        text = html.read_text(encoding="utf-8")
        assert ("Ofwat" in turtle) == ("Ofwat" in text)
        assert ("BMA" in turtle) == ("BMA" in text)
    assert not list(out.glob(".kg-build-*"))


@pytest.mark.parametrize("failure", [OutputError("no space left on the device"), KeyboardInterrupt])
def test_pair_view_failing_leaves_the_old_pair(
    shared_pipeline: Any,
    tmp_path: Path,
    two_articles: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    failure: BaseException,
) -> None:
    import kg.cli.build

    out = tmp_path / "out"
    assert run("build", two_articles[0], "-o", out, "-q").exit_code == 0
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")}

    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise failure

    monkeypatch.setattr(kg.cli.build, "_write_view", fail)
    result = run("build", two_articles[1], "-o", out, "-q")
    assert result.exit_code != 0
    assert {name: (out / name).read_bytes() for name in before} == before
    assert_matching_pair(out)


def test_pair_failing_to_put_the_view_in_place_leaves_no_old_view(
    shared_pipeline: Any,
    tmp_path: Path,
    two_articles: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    out = tmp_path / "out"
    assert run("build", two_articles[0], "-o", out, "-q").exit_code == 0
    replace = os.replace

    def fail_for_html(source: Any, target: Any) -> None:
        if Path(source).name == "graph.html" and Path(target).parent == out:
            raise OSError(5, "Input/output error")
        replace(source, target)

    monkeypatch.setattr(os, "replace", fail_for_html)
    result = run("build", two_articles[1], "-o", out, "-q")
    assert result.exit_code == 4 and "in place" in result.stderr
    assert "Ofwat" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert_matching_pair(out)


def test_pair_no_html_removes_the_old_view(
    shared_pipeline: Any, tmp_path: Path, two_articles: tuple[Path, Path]
) -> None:
    out = tmp_path / "out"
    assert run("build", two_articles[0], "-o", out, "-q").exit_code == 0
    assert run("build", two_articles[1], "-o", out, "-q", "--no-html").exit_code == 0
    assert not (out / "graph.html").exists()
    assert_matching_pair(out)


def test_pair_left_by_a_killed_build_is_cleaned(
    shared_pipeline: Any, tmp_path: Path, two_articles: tuple[Path, Path]
) -> None:
    out = tmp_path / "out"
    (out / ".kg-build-x1y2").mkdir(parents=True)
    (out / ".kg-build-x1y2" / "graph.ttl").write_text("half", encoding="utf-8")
    assert run("build", two_articles[0], "-o", out, "-q").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl"]


# ------------------------------------------------------------------ shared: a graph, a canary, a server


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory, example_graph: Any) -> Path:
    from kg.rdf.turtle import write_turtle

    return write_turtle(example_graph, tmp_path_factory.mktemp("hostile") / "graph.ttl")


class Canary:
    """A TCP listener on 127.0.0.1 that counts every connection made to it, and answers none.

    With ``hold`` it keeps each connection open, silent, until it is closed.
    """

    def __init__(self, *, hold: bool = False) -> None:
        import socket
        import threading

        self.hold = hold
        self.held: list[Any] = []

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _accept(self) -> None:
        while self.running:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            if self.hold:
                self.held.append(connection)
            else:
                connection.close()

    def close(self) -> None:
        self.running = False
        self.thread.join(timeout=5)
        for connection in self.held:
            connection.close()
        self.sock.close()


@pytest.fixture(scope="module")
def canary() -> Any:
    listener = Canary()
    yield listener
    listener.close()


def service_queries(url: str) -> dict[str, str]:
    """Every form a federated query can take, each aimed at ``url``."""
    inner = "{ ?s ?p ?o }"
    nested = inner
    for _ in range(5):
        nested = f"{{ SERVICE <{url}> {nested} }}"
    return {
        "select": f"SELECT * WHERE {{ SERVICE <{url}> {inner} }}",
        "ask": f"ASK {{ SERVICE <{url}> {inner} }}",
        "construct": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {inner} }}",
        "describe": f"DESCRIBE ?s WHERE {{ SERVICE <{url}> {inner} }}",
        "silent": f"SELECT * WHERE {{ SERVICE SILENT <{url}> {inner} }}",
        "nested": f"SELECT * WHERE {nested}",
        "optional": f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE SILENT <{url}> {inner} }} }}",
        "subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {inner} }} }} }}",
        "exists": f"ASK {{ FILTER EXISTS {{ SERVICE <{url}> {inner} }} }}",
        "lowercase": f"select * where {{ service silent <{url}> {inner} }}",
        "variable": f"SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {inner} }}",
        "glued-prefix": f"PREFIX : <{url}#> SELECT * WHERE {{ SERVICE:x {inner} }}",
        "glued-number": f"SELECT * WHERE {{ ?s ?p 1SERVICE<{url}>{inner} }}",
        "comment-in-iri": f"SELECT * WHERE {{ ?s ?p ?o FILTER(?o < ?p)SERVICE#>\n<{url}>{inner} }}",
    }


SERVICE_FORMS = list(service_queries("http://127.0.0.1:1/"))


@pytest.fixture(scope="module")
def server(graph_file: Path) -> Any:
    """``kg serve`` on the example graph: one worker, 10 s per query."""
    from http_helpers import serving

    from kg.sparql.serve import make_server

    with serving(make_server(graph_file, port=0, workers=1, timeout=10, max_results=100)) as up:
        yield up


def one_line_error(result: Any, code: int, *fragments: str) -> str:
    assert result.exit_code == code, (result.exit_code, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return str(lines[0])


# ------------------------------------------------------------------ 1. SERVICE (SSRF)


@pytest.mark.parametrize("form", SERVICE_FORMS)
def test_service_is_refused_by_the_endpoint_and_sends_nothing(
    form: str, server: Any, canary: Canary
) -> None:
    from http_helpers import get

    before = canary.connections
    status, _headers, body = get(server.url + "sparql", service_queries(canary.url)[form])
    assert status == 400, body
    assert b"SERVICE" in body or b"invalid SPARQL" in body
    assert canary.connections == before


@pytest.mark.parametrize("form", SERVICE_FORMS)
def test_service_is_refused_by_kg_query_and_sends_nothing(
    form: str, graph_file: Path, canary: Canary
) -> None:
    before = canary.connections
    result = run("query", graph_file, service_queries(canary.url)[form])
    line = one_line_error(result, 2)
    assert "SERVICE" in line or "invalid SPARQL" in line
    assert canary.connections == before


@pytest.mark.parametrize("form", SERVICE_FORMS)
def test_service_is_refused_by_the_python_api(
    form: str, example_graph: Any, canary: Canary
) -> None:
    from kg.errors import QueryError
    from kg.sparql.query import query

    before = canary.connections
    with pytest.raises(QueryError, match="SERVICE|invalid SPARQL"):
        query(example_graph, service_queries(canary.url)[form])
    with pytest.raises(QueryError, match="SERVICE|invalid SPARQL"):
        query(example_graph, service_queries(canary.url)[form], engine="rdflib")
    assert canary.connections == before


def test_service_words_that_are_no_keyword_are_fine(graph_file: Path) -> None:
    sparql = (
        "PREFIX service: <http://example.org/service#>\n"
        "SELECT ?service WHERE { ?service ?p ?o FILTER(?o = 'public service') } # a SERVICE"
    )
    assert run("query", graph_file, sparql).exit_code == 0


def test_service_when_allowed_reaches_the_canary(graph_file: Path, canary: Canary) -> None:
    before = canary.connections
    run("query", graph_file, service_queries(canary.url)["silent"], "--allow-service")
    assert canary.connections > before  # the canary would see a request that got through


def test_service_when_allowed_is_sent_once_and_stopped_at_the_timeout(graph_file: Path) -> None:
    """No second request from a check on an empty store, and the endpoint's timeout holds."""
    from http_helpers import get, serving

    from kg.sparql.serve import make_server

    silent = Canary(hold=True)
    up = make_server(graph_file, port=0, workers=1, timeout=2, allow_service=True)
    try:
        with serving(up):
            status, _headers, body = get(
                up.url + "sparql", f"SELECT * WHERE {{ SERVICE <{silent.url}> {{ ?s ?p ?o }} }}"
            )
            assert status == 503 and b"timeout of 2 s" in body
            assert silent.connections == 1
    finally:
        silent.close()


def test_service_a_worker_cannot_open_network_sockets(canary: Canary) -> None:
    """The second line of defence: the process that evaluates queries has no IPv4/IPv6 sockets."""
    import subprocess
    import sys

    code = (
        "import sys, pyoxigraph as ox\n"
        "from kg.sparql.sandbox import deny_network\n"
        "assert deny_network()\n"
        "try:\n"
        "    list(ox.Store().query(sys.argv[1]))\n"
        "except OSError as error:\n"
        "    print('refused', error)\n"
    )
    query = f"SELECT * WHERE {{ SERVICE <{canary.url}> {{ ?s ?p ?o }} }}"
    before = canary.connections
    done = subprocess.run(
        [sys.executable, "-c", code, query], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("refused")
    assert canary.connections == before


# ------------------------------------------------------------------ 2. one request kills the server

DEEP_BRACES = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
DEEP_PARENS = "SELECT * WHERE { FILTER(" + "(" * 20000 + "true" + ")" * 20000 + ") }"
LONG_SUM = "SELECT * WHERE { BIND(" + " + ".join(["1"] * 20000) + " AS ?x) }"
PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }"


def test_nesting_is_refused_by_the_endpoint_which_keeps_answering(server: Any) -> None:
    from http_helpers import get, http

    for sparql in (DEEP_BRACES, DEEP_PARENS):
        status, _headers, body = http(
            server.url + "sparql",
            method="POST",
            data=sparql.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
        assert status == 400 and b"nests brackets" in body
    assert get(server.url + "sparql", PEOPLE)[0] == 200


def test_a_query_that_crashes_the_engine_costs_one_worker_not_the_server(server: Any) -> None:
    import time

    from http_helpers import get, http

    status, _headers, body = http(
        server.url + "sparql",
        method="POST",
        data=LONG_SUM.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert status in (400, 500), body  # 500: the worker crashed, a fresh one takes over
    deadline = time.monotonic() + 60
    while get(server.url + "sparql", PEOPLE)[0] != 200:  # bounded: the fresh worker starts
        assert time.monotonic() < deadline, "the endpoint did not recover"
        time.sleep(0.2)


@pytest.mark.parametrize("sparql", [DEEP_BRACES, DEEP_PARENS])
def test_nesting_is_one_line_from_kg_query(sparql: str, graph_file: Path) -> None:
    one_line_error(run("query", graph_file, sparql), 2, "nests brackets")


def test_a_query_that_crashes_the_engine_is_one_line_from_kg_query(graph_file: Path) -> None:
    result = run("query", graph_file, LONG_SUM)
    assert result.exit_code != 0
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("kg: error: ")


# ------------------------------------------------------------------ 3. malformed requests


def raw_request(url: str, data: bytes, *, read_timeout: float = 15.0) -> bytes:
    """Send ``data`` as it is on a fresh connection; what came back before it closed or timed out."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=read_timeout) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks):
                    break
        except TimeoutError:
            pass
    return b"".join(chunks)


@pytest.mark.parametrize("length", ["abc", "1e3", "-5", "-1", "0x10", " 12 34"])
def test_bad_content_length_gets_400(length: str, server: Any, capfd: Any) -> None:
    body = b"query=ASK%20%7B%7D"
    request = (
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {length}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
    ).encode() + body
    answer = raw_request(server.url, request)
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert "Traceback" not in capfd.readouterr().err


def test_too_large_content_length_gets_413(server: Any) -> None:
    request = b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999\r\n\r\n"
    assert raw_request(server.url, request).startswith(b"HTTP/1.1 413")


def test_unknown_function_gets_400(server: Any) -> None:
    from http_helpers import get

    sparql = "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ?p ?o FILTER(ex:nope(?o)) }"
    status, _headers, body = get(server.url + "sparql", sparql)
    assert status == 400 and b"not supported" in body


def test_clients_that_go_away_leave_no_traceback(server: Any, capfd: Any) -> None:
    import socket
    import struct

    from http_helpers import get

    for _ in range(200):  # each asks for the page and closes at once (RST), before the answer
        with socket.create_connection(("127.0.0.1", server.server_port), timeout=5) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert get(server.url + "sparql", PEOPLE)[0] == 200
    assert "Traceback" not in capfd.readouterr().err


def test_backlog_is_larger_than_five() -> None:
    from kg.sparql.serve.server import EndpointServer

    assert EndpointServer.request_queue_size >= 128


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("rebind.attacker.example", 403),
        ("localhost", 200),
        ("127.0.0.1", 200),
        ("[::1]", 200),
    ],
)
def test_host_header_is_checked(host: str, status: int, server: Any) -> None:
    from urllib.parse import quote

    request = (
        f"GET /sparql?query={quote(PEOPLE)} HTTP/1.1\r\nHost: {host}:{server.server_port}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    assert raw_request(server.url, request).startswith(f"HTTP/1.1 {status}".encode())


def test_host_names_can_be_allowed(graph_file: Path) -> None:
    from http_helpers import serving

    from kg.sparql.serve import make_server

    up = make_server(graph_file, port=0, workers=1, allowed_hosts=("kg.internal",))
    with serving(up):
        request = b"GET /queries HTTP/1.1\r\nHost: kg.internal\r\nConnection: close\r\n\r\n"
        assert raw_request(up.url, request).startswith(b"HTTP/1.1 200")


def test_cors_preflight_does_not_echo_headers(server: Any) -> None:
    from http_helpers import http

    status, headers, _body = http(
        server.url + "sparql",
        method="OPTIONS",
        headers={"Origin": "https://a.example", "Access-Control-Request-Headers": "x-anything"},
    )
    assert status == 204
    assert "x-anything" not in headers["Access-Control-Allow-Headers"].lower()


# ------------------------------------------------------------------ 7. limits

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
NUMBERS = " ".join(str(i) for i in range(1000))
MEMORY_HOG = (
    "SELECT (COUNT(DISTINCT CONCAT(STR(?a), '-', STR(?b))) AS ?n) WHERE { "
    f"VALUES ?a {{ {NUMBERS} }} VALUES ?b {{ {NUMBERS} }} }}"
)


def test_kg_query_has_a_default_timeout_and_memory_cap() -> None:
    from kg.cli.query import QueryLimits

    limits = QueryLimits()
    assert 0 < limits.timeout <= 600 and 0 < limits.memory_mib


def test_kg_query_stops_at_its_timeout(graph_file: Path) -> None:
    one_line_error(run("query", graph_file, RUNAWAY, "--timeout", "1"), 6, "timeout of 1 s")


def test_kg_query_stops_at_its_memory_cap(graph_file: Path) -> None:
    one_line_error(run("query", graph_file, MEMORY_HOG, "--memory", "32"), 6, "32 MiB")


def test_endpoint_stops_a_query_at_its_memory_cap_and_keeps_answering(graph_file: Path) -> None:
    import time

    from http_helpers import get, serving

    from kg.sparql.serve import make_server

    with serving(make_server(graph_file, port=0, workers=1, timeout=30, memory_mib=32)) as up:
        status, _headers, body = get(up.url + "sparql", MEMORY_HOG)
        assert status == 503 and b"32 MiB" in body
        deadline = time.monotonic() + 60
        while get(up.url + "sparql", PEOPLE)[0] != 200:  # bounded: a fresh worker starts
            assert time.monotonic() < deadline, "the endpoint did not recover"
            time.sleep(0.2)


def test_engine_panic_is_a_503_with_the_reason() -> None:
    from kg.sparql.serve.pool import _died
    from kg.sparql.serve.protocol import Request, answer

    class Panic(BaseException):  # what pyo3 raises when Rust code panics
        pass

    class PanickingStore:
        def query(self, *_args: Any, **_kwargs: Any) -> Any:
            raise Panic("capacity overflow")

    reply = answer(PanickingStore(), Request("ASK {}", "", None, 10, {}))  # type: ignore[arg-type]
    assert (reply.status, reply.fatal) == (503, True)
    assert b"capacity overflow" in reply.body
    assert _died(-6).status == 503 and b"out of memory" in _died(-6).body  # SIGABRT
    assert _died(-11).status == 500 and b"crashed" in _died(-11).body  # SIGSEGV


# ------------------------------------------------------------------ 8. kg push


def test_push_a_trickling_server_is_stopped_at_the_deadline(graph_file: Path) -> None:
    """A server that answers one byte every 0.2 s (at most 200 of them) must not keep kg push."""
    import socket
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(10)
    port = listener.getsockname()[1]

    def trickle() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(1)
            try:
                connection.recv(1 << 20)
                for byte in b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 180:
                    connection.sendall(bytes([byte]))
                    time.sleep(0.2)
            except OSError:
                return

    from kg.sparql.push import PushError, push

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        with pytest.raises(PushError, match="within 2 s"):
            push(graph_file, f"http://127.0.0.1:{port}/store", timeout=2)
    finally:
        listener.close()
        thread.join(timeout=60)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--endpoint", "http://127.0.0.1:abc/"], "not a valid URL"),
        (["--endpoint", "http://[::1/store"], "not a valid URL"),
        (["--endpoint", "http://127.0.0.1:7878/st ore"], "not a URL"),
        (["--endpoint", "http://127.0.0.1:1/store", "--header", "X-A: b\r\nX-B: c"], "line break"),
        (["--endpoint", "http://127.0.0.1:1/store", "--header", "X-A: 10 €"], "cannot carry"),
        (["--endpoint", "http://127.0.0.1:1/store", "--header", "X A: b"], "not a header name"),
        (["--endpoint", "http://127.0.0.1:1/store", "--timeout", "-1"], "positive number"),
        (["--endpoint", "http://127.0.0.1:1/store", "--timeout", "0"], "positive number"),
    ],
)
def test_push_bad_arguments_are_one_line(graph_file: Path, args: list[str], fragment: str) -> None:
    result = run("push", graph_file, *args)
    assert result.exit_code == 5, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert fragment in lines[0]
