"""Folders and files that kg writes: checked before heavy work, written atomically.

Every file is written to a temporary file in the target folder and moved
into place with :func:`os.replace`, so a failed write never leaves a
half-written file behind.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write_text(folder / "note.txt", "hello").read_text()
    'hello'
"""

from __future__ import annotations

import errno
import functools
import os
import tempfile
from pathlib import Path

from kg.errors import OutputError

__all__ = [
    "ensure_output_dir",
    "check_output_file",
    "atomic_write_bytes",
    "atomic_write_text",
    "one_line",
    "first_line",
    "os_reason",
]


def one_line(text: str, limit: int | None = 300) -> str:
    """``text`` on one line, whitespace collapsed, cut to ``limit`` characters (``None``: all).

    Example:
        >>> one_line("invalid\\n   Turtle", limit=10)
        'invalid T…'
    """
    flat = " ".join(text.split())
    return flat if limit is None or len(flat) <= limit else flat[: limit - 1] + "…"


def first_line(error: BaseException) -> str:
    """The first line of ``error``'s message, whitespace collapsed; its type's name if it has none."""
    text = str(error).strip()
    return one_line(text.splitlines()[0], limit=None) if text else type(error).__name__


def os_reason(error: OSError) -> str:
    """Why ``error`` happened, in a few lowercase words for a message."""
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ENOSPC:
        return "no space left on the device"
    if error.errno == errno.EROFS:
        return "read-only file system"
    return one_line(error.strerror or str(error))


# --------------------------------------------------------------------------- folders


def ensure_output_dir(path: Path | str) -> Path:
    """Create the folder ``path`` (and its parents) and check that files can be written in it.

    Raises :class:`OutputError` when ``path`` is a file, lies under a file, or
    cannot be created or written to.
    """
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file, not a folder; choose another output folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as error:
        blocker = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
        where = f"{blocker} is a file" if blocker else "a part of its path is a file"
        raise OutputError(
            f"{folder}: cannot create the folder because {where}; choose another output folder"
        ) from error
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot create the folder ({os_reason(error)}); "
            "choose a folder you can write to"
        ) from error
    try:  # os.access says yes to root everywhere: try for real
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".kg-write-test-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot write files in this folder ({os_reason(error)}); "
            "choose a folder you can write to"
        ) from error
    return folder


def check_output_file(path: Path | str) -> Path:
    """Check, before any heavy work, that the file ``path`` can be written; create its folder.

    Raises :class:`OutputError` when ``path`` is a folder or its folder cannot be written.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a folder; give the name of a file to write")
    ensure_output_dir(target.parent if str(target.parent) else Path("."))
    return target


# --------------------------------------------------------------------------- writing


@functools.cache
def _umask() -> int:
    """The process umask (read once: reading it means setting it for a moment)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder and :func:`os.replace`.

    Nothing is left behind when writing fails; raises :class:`OutputError`.
    """
    target = check_output_file(path)
    tmp_name: str | None = None
    try:
        handle, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as error:
        raise OutputError(
            f"{target}: cannot write the file ({os_reason(error)}); "
            "free some space or choose another output folder"
        ) from error
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def atomic_write_text(path: Path | str, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    return atomic_write_bytes(path, text.encode("utf-8"))
