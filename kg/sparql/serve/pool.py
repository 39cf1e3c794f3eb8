"""The worker processes of ``kg serve``: each holds the data and answers one query at a time.

Every query is parsed and run in a worker, never in the server's process:
Oxigraph cannot cancel a query, and some queries crash it (see
:mod:`kg.sparql.guard`). A worker cannot open network sockets unless
federation is allowed (:func:`kg.sparql.sandbox.deny_network`). The pool
watches the worker that runs a query and ends it when the query passes its
timeout (``503``) or uses more than its memory cap beyond the loaded data
(``503``); a worker that dies (``500``, or ``503`` when it ran out of memory)
or whose engine panicked (``503``) is replaced by a fresh one.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnContext

import pyoxigraph as ox

from kg.sparql.serve.protocol import Reply, Request, ServeError, answer, text_reply

__all__ = ["QueryPool", "PoolLimits"]

log = logging.getLogger(__name__)

_POLL = 0.05  # seconds between two looks at a busy worker's memory


@dataclass(frozen=True)
class PoolLimits:
    """What each query may use: MiB beyond the data (0: no cap), and the network (federation)."""

    memory_mib: int = 0
    allow_service: bool = False


def _worker_main(connection: Connection, data_path: str, allow_service: bool) -> None:
    """A worker process: copy the store into memory, answer requests until told to stop.

    Oxigraph's in-memory store answers the query library about three times as fast
    as its on-disk one (``benchmarks/RESULTS.md``); each worker holds its own copy.
    """
    from kg.sparql.engine import open_disk_store
    from kg.sparql.sandbox import deny_network

    try:
        store = ox.Store()
        store.bulk_extend(open_disk_store(data_path, read_only=True))
    except OSError as error:
        connection.send(("failed", str(error)))
        return
    if not allow_service and not deny_network():
        log.info("query workers can open network sockets (no seccomp here)")
    connection.send(("ready", ""))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        reply = answer(store, request)
        try:
            connection.send(("reply", reply))
        except (BrokenPipeError, OSError):
            return
        if reply.fatal:
            return


class _Worker:
    """One worker process, the pipe to it, and its memory once the data was loaded."""

    def __init__(self, context: SpawnContext, data_path: str, allow_service: bool) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, data_path, allow_service), daemon=True
        )
        self.process.start()
        child.close()
        self.baseline: int | None = None

    def wait_ready(self, timeout: float) -> None:
        """Wait until the worker holds the data; raise :class:`ServeError` if it cannot."""
        from kg.sparql.sandbox import rss_bytes

        if not self.connection.poll(timeout):
            self.stop()
            raise ServeError("a query worker did not start in time; try again")
        status, message = self.connection.recv()
        if status != "ready":
            self.stop()
            raise ServeError(f"a query worker cannot open the data ({message})")
        self.baseline = rss_bytes(self.process.pid or 0)

    def over_memory(self, memory_mib: int) -> bool:
        from kg.sparql.sandbox import MIB, rss_bytes

        if not memory_mib or self.baseline is None:
            return False
        used = rss_bytes(self.process.pid or 0)
        return used is not None and used - self.baseline > memory_mib * MIB

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


class QueryPool:
    """Worker processes that each hold the data read-only and answer one query at a time.

    A query past its timeout or its memory cap ends its worker's process;
    another is started.
    """

    def __init__(
        self,
        data_path: str,
        *,
        workers: int = 2,
        start_timeout: float = 60.0,
        limits: PoolLimits = PoolLimits(),  # noqa: B008 - frozen
    ) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._data_path = data_path
        self.limits = limits
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._lock = threading.Lock()
        self._all: list[_Worker] = []
        started = [self._spawn() for _ in range(max(1, workers))]
        try:
            for worker in started:
                worker.wait_ready(start_timeout)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self._data_path, self.limits.allow_service)
        with self._lock:
            self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if self._closed:
                return

        def start() -> None:
            try:
                fresh = self._spawn()
                fresh.wait_ready(60.0)
            except (ServeError, OSError) as error:
                log.error("could not start a query worker: %s", error)
                return
            if self._closed:
                fresh.stop()
            else:
                self._idle.put(fresh)

        threading.Thread(target=start, daemon=True).start()

    def run(self, request: Request, timeout: float) -> Reply:
        """Answer ``request`` in a worker within ``timeout`` seconds (waiting included)."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return text_reply(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the endpoint is busy: no query worker was free within {timeout:g} s; try again",
            )
        try:
            worker.connection.send(request)
            reply, healthy = self._wait(worker, deadline, timeout)
        except (EOFError, OSError):
            worker.process.join(timeout=5)
            reply, healthy = _died(worker.process.exitcode), False
        if healthy and not reply.fatal and worker.process.is_alive():
            self._idle.put(worker)
        else:
            self._replace(worker)
        return reply

    def _wait(self, worker: _Worker, deadline: float, timeout: float) -> tuple[Reply, bool]:
        """The worker's reply and True; or, past the deadline or the memory cap, a ``503`` and False."""
        while True:
            if worker.connection.poll(max(0.0, min(_POLL, deadline - time.monotonic()))):
                found: Reply = worker.connection.recv()[1]
                return found, True
            if time.monotonic() >= deadline:
                return text_reply(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"the query was stopped after the timeout of {timeout:g} s; "
                    "make it more selective or add a LIMIT",
                ), False
            if worker.over_memory(self.limits.memory_mib):
                return text_reply(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"the query was stopped when it used more than {self.limits.memory_mib} MiB "
                    "of memory; make it more selective or add a LIMIT",
                ), False

    def close(self) -> None:
        """Tell every worker to stop, then end its process."""
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), []
        for worker in workers:
            try:
                worker.connection.send(None)
            except (OSError, ValueError):
                pass
            worker.stop()


def _died(exitcode: int | None) -> Reply:
    """The reply for a query whose worker died: ``503`` out of memory, else ``500``."""
    from kg.sparql.sandbox import death_reason

    reason = death_reason(exitcode)
    status = (
        HTTPStatus.SERVICE_UNAVAILABLE
        if "out of memory" in reason
        else HTTPStatus.INTERNAL_SERVER_ERROR
    )
    return text_reply(status, f"{reason}; the endpoint goes on with a fresh worker")
