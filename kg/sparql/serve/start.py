"""Starting and stopping ``kg serve``: bind the port, ready the data and the workers, serve.

A graph file is first loaded into a temporary on-disk Oxigraph store that the
workers open read-only (it is removed when the server stops); a store folder
is opened read-only in place, holding its shared lock, so ``kg build --store``
cannot write to it while it is served.
"""

from __future__ import annotations

import errno
import shutil
import signal
import socket
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from kg.sparql.serve.pool import PoolLimits, QueryPool
from kg.sparql.serve.protocol import ServeError
from kg.sparql.serve.server import EndpointServer

if TYPE_CHECKING:  # pragma: no cover
    from rdflib import Graph

__all__ = [
    "make_server",
    "serve",
    "is_loopback",
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RESULTS",
    "DEFAULT_MEMORY",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULTS = 10_000
DEFAULT_MEMORY = 2048  # MiB a query may use beyond the data


def is_loopback(host: str) -> bool:
    """True when ``host`` is this machine only (``127.0.0.1``, ``localhost``, ``::1`` ...)."""
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")


def make_server(
    source: Path | str,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    max_results: int = DEFAULT_MAX_RESULTS,
    workers: int = 2,
    log_requests: bool = False,
    memory_mib: int = DEFAULT_MEMORY,
    allow_service: bool = False,
    allowed_hosts: tuple[str, ...] = (),
) -> EndpointServer:
    """An endpoint for the graph file or store folder ``source``, bound but not yet serving.

    ``port=0`` takes a free port (see ``server.url``). Call ``serve_forever()``
    to answer requests and ``close()`` to stop and clean up. Each query may
    use ``memory_mib`` MiB beyond the data (0: no cap); ``SERVICE`` is
    refused unless ``allow_service``; requests whose ``Host`` is neither an
    address of the server nor ``localhost`` nor one of ``allowed_hosts`` get
    ``403``. Raises :class:`ServeError` (or :class:`~kg.errors.GraphError`)
    when the port is in use, the host is wrong or the data cannot be read.
    """
    if timeout <= 0:
        raise ServeError("the timeout must be a positive number of seconds")
    if max_results < 1:
        raise ServeError("the result limit must be at least 1")
    if memory_mib < 0:
        raise ServeError("the memory cap must be a number of MiB (0: none)")
    path = Path(source)
    listener = _bind_check(host, port)  # fail fast, before loading anything
    cleanups = _Cleanups()
    try:
        data = _ready_data(path, cleanups)
        limits = PoolLimits(memory_mib=memory_mib, allow_service=allow_service)
        pool = QueryPool(data.path, workers=workers, limits=limits)
        cleanups.append(pool.close)
        if listener is not None:
            listener.close()
        try:
            return EndpointServer(
                (host, port),
                pool=pool,
                prefixes=data.prefixes,
                name=path.name,
                timeout=timeout,
                max_results=max_results,
                load_view=data.load_view,
                cleanup=cleanups,
                log_requests=log_requests,
                allowed_hosts=allowed_hosts,
            )
        except OSError as error:
            raise _bind_error(host, port, error) from error
    except BaseException:
        if listener is not None:
            listener.close()
        cleanups()
        raise


class _Cleanups:
    """What to undo when the server stops, last first; callable once everything is set up."""

    def __init__(self) -> None:
        self._steps: list[Callable[[], None]] = []

    def append(self, step: Callable[[], None]) -> None:
        self._steps.append(step)

    def __call__(self) -> None:
        while self._steps:
            try:
                self._steps.pop()()
            except OSError:
                pass


@dataclass(frozen=True)
class _Data:
    """The data as the workers open it: an Oxigraph database, its prefixes, its view."""

    path: str
    prefixes: dict[str, str]
    load_view: Callable[[], str]


def _ready_data(path: Path, cleanups: _Cleanups) -> _Data:
    """Open a store in place, or copy a graph file into a temporary database."""
    from kg.rdf.namespaces import PREFIXES
    from kg.sparql.engine import open_disk_store
    from kg.sparql.source import load_graph, open_graph, open_source
    from kg.sparql.store import store_data_path

    source = open_source(path)
    opened = open_graph(source)
    prefixes = {**opened.prefixes, **{p: str(n) for p, n in PREFIXES.items()}}
    title = f"kg: {source.name}"
    if source.is_store:  # opened in place: it holds the store's shared lock while served
        cleanups.append(opened.close)
        return _Data(
            str(store_data_path(source.path)), prefixes, _view(opened.to_rdflib, title=title)
        )
    folder = tempfile.mkdtemp(prefix="kg-serve-")
    cleanups.append(lambda: shutil.rmtree(folder, ignore_errors=True))
    database = str(Path(folder) / "oxigraph")
    disk = open_disk_store(database, read_only=False)
    disk.bulk_extend(opened.store)
    disk.flush()
    del disk, opened  # the workers hold their own copies
    return _Data(database, prefixes, _view(lambda: load_graph(source), title=title))


def _view(graph: Callable[[], Graph], *, title: str) -> Callable[[], str]:
    """Draws the graph view of ``graph()`` when first asked (the view's modules load then)."""

    def draw() -> str:
        from kg.view.page import render_html

        return render_html(graph(), title=title)

    return draw


def _bind_check(host: str, port: int) -> socket.socket | None:
    """Bind ``host:port`` at once, so a port in use is reported before the data is loaded.

    Returns the bound socket (closed just before the server binds), or ``None`` for port 0.
    """
    if port == 0:
        return None
    if not 0 < port < 65536:
        raise ServeError(f"{port} is not a port number; give one from 1 to 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise ServeError(
            f"cannot listen on {host}: unknown host ({error.strerror}); give an address such as 127.0.0.1"
        ) from error
    family = infos[0][0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise _bind_error(host, port, error) from error
    return sock


def _bind_error(host: str, port: int, error: OSError) -> ServeError:
    if error.errno == errno.EADDRINUSE:
        return ServeError(
            f"port {port} on {host} is already in use; stop the program using it "
            "or choose another port with --port"
        )
    if error.errno == errno.EACCES:
        return ServeError(
            f"not allowed to listen on {host}:{port}; choose a port above 1023 with --port"
        )
    return ServeError(f"cannot listen on {host}:{port} ({error.strerror or error})")


def serve(server: EndpointServer) -> None:
    """Answer requests until Ctrl-C (``KeyboardInterrupt``) or SIGTERM, then close ``server``.

    SIGTERM (``kill``, ``docker stop``, systemd) is raised as
    ``KeyboardInterrupt`` too, so either way the workers stop and the
    temporary copy of a graph file is removed. Signal handlers can only be
    set in the main thread; elsewhere only ``server.close()`` stops it.
    """
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if in_main else None
    # Ctrl-C stops the server even when it was started by a process that ignores SIGINT (a
    # child inherits an ignored signal: a test runner, a job control wrapper)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler) if in_main else None
    try:
        server.serve_forever()
    finally:
        server.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")
