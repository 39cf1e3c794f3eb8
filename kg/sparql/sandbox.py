"""Where untrusted SPARQL runs: a process of its own, with no network, a deadline and a memory cap.

Oxigraph cannot cancel a query, can be crashed by some query shapes (see
:mod:`kg.sparql.guard`) and allocates what a query asks for (a two-way
``ORDER BY`` over a large graph reached 6 GB in 17 s). So ``kg query`` runs
each query in a child process (:func:`run_limited`) and ``kg serve`` in its
worker processes; the parent watches the child and ends it when it passes
its timeout or its memory cap, and says why in one line. A crash of the
child is an error for that query, never for the parent.

**No network.** :func:`deny_network` installs a seccomp filter (Linux, x86-64
and ARM64) under which the process and its children cannot create IPv4 or
IPv6 sockets: whatever a query says, the process that evaluates it cannot
send a request. Elsewhere it does nothing and says so (the parse-level check
of :func:`kg.sparql.guard.uses_service` still applies).

**Memory.** :func:`rss_bytes` reads a process's resident memory from
``/proc`` (Linux); the cap is counted from what the process held once the
data was loaded, so it bounds what one query adds. Without ``/proc`` only the
timeout applies.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import platform
import signal
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from kg.errors import KGError, QueryError

__all__ = [
    "LimitError",
    "Limits",
    "deny_network",
    "rss_bytes",
    "run_limited",
    "death_reason",
    "MIB",
]

log = logging.getLogger(__name__)

MIB = 1 << 20
_POLL = 0.05  # seconds between two looks at a child's memory


class LimitError(QueryError):
    """A query passed its timeout or its memory cap, or crashed the process running it."""

    exit_code = 6


@dataclass(frozen=True)
class Limits:
    """What one query may use: seconds, MiB beyond the loaded data (0: no limit), network."""

    timeout: float = 0.0
    memory_mib: int = 0
    allow_network: bool = False


# --------------------------------------------------------------------------- seccomp

_ARCHES = {  # machine: (AUDIT_ARCH_..., the number of the socket system call)
    "x86_64": (0xC000003E, 41),
    "amd64": (0xC000003E, 41),
    "aarch64": (0xC00000B7, 198),
    "arm64": (0xC00000B7, 198),
}
_AF_INET, _AF_INET6, _EACCES = 2, 10, 13


def _filter_program(arch: int, socket_call: int) -> bytes:
    """A classic BPF program: socket(AF_INET or AF_INET6, ...) fails with EACCES; all else runs."""
    ld, jeq, ret = 0x20, 0x15, 0x06  # BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_JEQ|BPF_K, BPF_RET|BPF_K
    allow, deny = 0x7FFF0000, 0x00050000 | _EACCES

    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("HBBI", code, jt, jf, k)

    return b"".join(
        [
            op(ld, 4),  # seccomp_data.arch
            op(jeq, arch, 0, 5),  # another architecture: allow
            op(ld, 0),  # seccomp_data.nr
            op(jeq, socket_call, 0, 3),  # not socket(): allow
            op(ld, 16),  # seccomp_data.args[0], the address family
            op(jeq, _AF_INET, 2, 0),
            op(jeq, _AF_INET6, 1, 0),
            op(ret, allow),
            op(ret, deny),
        ]
    )


def deny_network() -> bool:
    """Forbid this process (and its children) to create IPv4/IPv6 sockets; True if done.

    Irreversible. Only on Linux (x86-64, ARM64); returns False elsewhere or
    when the kernel refuses (the caller then relies on the other checks).
    """
    machine = platform.machine().lower()
    if not sys.platform.startswith("linux") or machine not in _ARCHES:
        return False
    program = ctypes.create_string_buffer(_filter_program(*_ARCHES[machine]))

    class _Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = _Program(len(program.raw) // 8, ctypes.cast(program, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
    if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0:
        return False
    done = bool(libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(fprog), 0, 0) == 0)
    if not done:
        log.warning("cannot forbid network sockets (errno %d)", ctypes.get_errno())
    return done


# --------------------------------------------------------------------------- memory


def rss_bytes(pid: int) -> int | None:
    """The resident memory of process ``pid`` in bytes, or ``None`` where ``/proc`` is missing."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as stream:
            fields = stream.read().split()
    except OSError:
        return None
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")


def death_reason(exitcode: int | None) -> str:
    """Why a process that answered nothing ended, for a message."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if name == "SIGSEGV":
            return "the SPARQL engine crashed on this query (SIGSEGV, most likely a stack overflow)"
        if name == "SIGABRT":
            return "the SPARQL engine stopped on this query (SIGABRT, most likely out of memory)"
        return f"the process running the query was ended ({name})"
    return f"the process running the query stopped (exit status {exitcode})"


# --------------------------------------------------------------------------- a child process


def _child(
    connection: Connection, job: Callable[..., Any], args: tuple[Any, ...], net: bool
) -> None:
    """The child: no network (unless allowed), run ``job``, send back its answer or its error."""
    try:
        if not net:
            deny_network()

        def ready() -> None:  # the data is loaded: the memory cap counts from here
            connection.send(("ready", None))

        connection.send(("done", job(ready, *args)))
    except KGError as error:
        connection.send(("error", (str(error), error.exit_code)))
    except MemoryError:
        connection.send(("limit", "the query ran out of memory; make it more selective"))
    except BaseException as error:  # a Rust panic (pyo3's PanicException) and the like
        message = f"the SPARQL engine failed on this query ({type(error).__name__}: {error})"
        connection.send(("limit", message))
    finally:
        connection.close()


def _start_method() -> str:
    """``fork`` (fast: nothing to import again) when safe here, else ``spawn``.

    A fork is only a copy of the calling thread: it is unsafe once this
    process runs other threads or has opened an on-disk Oxigraph database
    (RocksDB's threads would be missing in the child).
    """
    import threading

    from kg.sparql.engine import disk_store_used

    if (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and not disk_store_used()
    ):
        return "fork"
    return "spawn"


def run_limited(job: Callable[..., Any], args: tuple[Any, ...], limits: Limits) -> Any:
    """Run ``job(ready, *args)`` in a child process within ``limits``; its (picklable) result.

    ``job`` is a module-level function (so a spawned child can import it);
    it calls ``ready()`` once it has loaded its data. Raises the child's
    :class:`KGError` again (with its message and exit status), or
    :class:`LimitError` when the child passed its timeout or memory cap, or died.
    """
    context: Any = multiprocessing.get_context(_start_method())
    parent, child = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(child, job, args, limits.allow_network), daemon=True
    )
    process.start()
    child.close()
    try:
        return _watch(process, parent, limits)
    finally:
        if process.is_alive():
            process.kill()
        process.join(timeout=10)
        parent.close()


def _watch(process: Any, connection: Connection, limits: Limits) -> Any:
    started = time.monotonic()
    baseline: int | None = None
    while True:
        if connection.poll(_POLL):
            try:
                kind, value = connection.recv()
            except (EOFError, OSError):
                process.join(timeout=5)
                raise LimitError(death_reason(process.exitcode)) from None
            if kind == "ready":
                baseline = rss_bytes(process.pid)
                continue
            if kind == "done":
                return value
            if kind == "limit":
                raise LimitError(value)
            message, code = value
            error = KGError(message)
            error.exit_code = code
            raise error
        if limits.timeout and time.monotonic() - started > limits.timeout:
            raise LimitError(
                f"the query was stopped after the timeout of {limits.timeout:g} s; "
                "make it more selective, add a LIMIT, or raise --timeout"
            )
        if limits.memory_mib and baseline is not None:
            used = rss_bytes(process.pid)
            if used is not None and used - baseline > limits.memory_mib * MIB:
                raise LimitError(
                    f"the query was stopped when it used more than {limits.memory_mib} MiB of "
                    "memory; make it more selective, add a LIMIT, or raise --memory"
                )
