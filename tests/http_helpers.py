"""Helpers for tests that talk to real HTTP servers on loopback: free ports, bounded waits."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (at the time of asking)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def wait_for_http(
    url: str, *, timeout: float = 60.0, process: subprocess.Popen | None = None
) -> None:
    """Poll ``url`` until it answers (any HTTP status), at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError as error:
            last = error
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout} s ({last})")


def stop(process: subprocess.Popen, *, timeout: float = 10.0) -> None:
    """End a server the test started: SIGINT, then SIGKILL if it does not stop in time."""
    if process.poll() is None:
        process.send_signal(2)  # SIGINT, as Ctrl-C
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server from the PyPI package ``oxigraph`` (test extra), if installed."""
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else None


def start_oxigraph(location: Path, port: int, extra: Sequence[str] = ()) -> subprocess.Popen:
    """Start ``oxigraph serve`` on 127.0.0.1:``port`` with data in ``location``; wait until it answers."""
    binary = oxigraph_binary()
    assert binary is not None
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"{LOOPBACK}:{port}", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_http(f"http://{LOOPBACK}:{port}/", process=process)
    except BaseException:
        stop(process)
        raise
    return process


def http(
    url: str,
    *,
    method: str = "GET",
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One request: the status, the headers and the body, whatever the status."""
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(
    endpoint: str, sparql: str, accept: str = "", **params: str
) -> tuple[int, dict[str, str], bytes]:
    """``GET endpoint?query=SPARQL&...`` with an ``Accept`` header if given."""
    query = urllib.parse.urlencode({"query": sparql, **params})
    return http(f"{endpoint}?{query}", headers={"Accept": accept} if accept else {})


@contextlib.contextmanager
def serving(server: Any) -> Iterator[Any]:
    """Run ``server.serve_forever()`` in a thread; close the server and join it on leaving."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(timeout=10)
