"""The worker processes of ``kg serve``: each holds the data and answers one query at a time.

Oxigraph cannot cancel a query inside a process, so each query runs in a
worker process; one still running at its timeout is ended with its process,
the client gets ``503``, and a fresh worker takes its place.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
from http import HTTPStatus
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnContext

import pyoxigraph as ox

from kg.sparql.serve.protocol import Reply, Request, ServeError, answer, text_reply

__all__ = ["QueryPool"]

log = logging.getLogger(__name__)


def _worker_main(connection: Connection, data_path: str) -> None:
    """A worker process: copy the store into memory, answer requests until told to stop.

    Oxigraph's in-memory store answers the query library about three times as fast
    as its on-disk one (``benchmarks/RESULTS.md``); each worker holds its own copy.
    """
    try:
        store = ox.Store()
        store.bulk_extend(ox.Store.read_only(data_path))
    except OSError as error:
        connection.send(("failed", str(error)))
        return
    connection.send(("ready", ""))
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            connection.send(("reply", answer(store, request)))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context: SpawnContext, data_path: str) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, data_path), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        """Wait until the worker holds the data; raise :class:`ServeError` if it cannot."""
        if not self.connection.poll(timeout):
            self.stop()
            raise ServeError("a query worker did not start in time; try again")
        status, message = self.connection.recv()
        if status != "ready":
            self.stop()
            raise ServeError(f"a query worker cannot open the data ({message})")

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


class QueryPool:
    """Worker processes that each hold the data read-only and answer one query at a time.

    A query past its timeout ends its worker's process; another is started.
    """

    def __init__(self, data_path: str, *, workers: int = 2, start_timeout: float = 60.0) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._data_path = data_path
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
        worker = _Worker(self._context, self._data_path)
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
            if worker.connection.poll(max(0.0, deadline - time.monotonic())):
                reply: Reply = worker.connection.recv()[1]
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as error:
            self._replace(worker)
            return text_reply(
                HTTPStatus.INTERNAL_SERVER_ERROR, f"the query worker failed ({error})"
            )
        self._replace(worker)  # still running: end it
        return text_reply(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"the query was stopped after the timeout of {timeout:g} s; "
            "make it more selective or add a LIMIT",
        )

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
