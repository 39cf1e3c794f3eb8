"""kg.files: folders checked before heavy work, files written atomically, one-line messages."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import kg.files
from kg.errors import OutputError
from kg.files import atomic_write_text, ensure_output_dir, first_line, one_line, os_reason


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ------------------------------------------------------------------ atomic writes


def test_files_failed_replace_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old\n", encoding="utf-8")

    def fail(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError, match="no space left"):
        atomic_write_text(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _leftovers(tmp_path) == []


def test_files_written_file_has_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    kg.files._umask.cache_clear()
    try:
        path = atomic_write_text(tmp_path / "x.txt", "hello\n")
    finally:
        os.umask(old)
        kg.files._umask.cache_clear()
    assert path.stat().st_mode & 0o777 == 0o644
    assert path.read_text(encoding="utf-8") == "hello\n"


# ------------------------------------------------------------------ ensure_output_dir


def test_files_ensure_output_dir_creates_folder(tmp_path: Path) -> None:
    assert ensure_output_dir(tmp_path / "new" / "out").is_dir()
    assert _leftovers(tmp_path / "new" / "out") == []


@pytest.mark.parametrize("where", ["file", "under-file"])
def test_files_ensure_output_dir_rejects_files(tmp_path: Path, where: str) -> None:
    plain = tmp_path / "plain"
    plain.write_text("x", encoding="utf-8")
    target = plain if where == "file" else plain / "out"
    with pytest.raises(OutputError) as caught:
        ensure_output_dir(target)
    assert "\n" not in str(caught.value)


# ------------------------------------------------------------------ messages


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("a\n  b\tc ", 300, "a b c"),
        ("abcdef", 4, "abc…"),
        ("abcdef", 6, "abcdef"),
        ("x " * 400, None, ("x " * 400).strip()),
    ],
)
def test_files_one_line(text: str, limit: int | None, expected: str) -> None:
    assert one_line(text, limit) == expected


def test_files_first_line_of_an_error() -> None:
    assert first_line(ValueError("\n  bad   token\nat line 2")) == "bad token"
    assert first_line(KeyError()) == "KeyError"


def test_files_os_reason_in_a_few_words() -> None:
    assert os_reason(PermissionError(13, "Permission denied")) == "permission denied"
    assert os_reason(OSError(28, "No space left on device")) == "no space left on the device"
    assert os_reason(OSError(5, "Input/output\nerror")) == "Input/output error"
