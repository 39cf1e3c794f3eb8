"""A store after a build that was killed, failed on a full disk, or raced another build.

Builds (``kg build --store`` in a process of their own) are stopped at fixed
points by ``$KG_STORE_CRASH_AT``: the build exits at once, as if killed, with
no clean-up. Readers must then see the store as it was before the build or
after it, never part of it, or get a one-line error.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

import kg.sparql.store
from kg.cli.app import app
from kg.extract.read import read_documents
from kg.sparql.store import StoreError, add_documents, open_store, repair_store
from kg.sparql.store_disk import CRASH_ENV, INDEX, LOCK, MANIFEST

ALPHA = "Pay talks resume\nThe BMA wrote to the Government about the contract.\n"
BETA = "Union rejects offer\nThe BMA rejected the offer from the Department of Health.\n"
STEPS = [
    "locked",
    "documents-written",
    "graphs-half-written",
    "data-written",
    "index-written",
    "switched",
]

runner = CliRunner()


@pytest.fixture
def articles(make_file: Callable[..., Path]) -> dict[str, Path]:
    return {"alpha": make_file("in/alpha.txt", ALPHA), "beta": make_file("in/beta.txt", BETA)}


def union_of(store: Path) -> Graph:
    with open_store(store) as opened:
        return opened.to_rdflib()


def build_killed_at(step: str, store: Path, paths: list[Path]) -> int:
    """Run ``kg build PATHS --store STORE`` in a process that exits at ``step``; its status.

    A separate process (not a fork of this one, whose RocksDB threads a fork
    would leave locked) that loads the spaCy pipeline itself.
    """
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", *map(str, paths), "--store", str(store), "-q"],
        env={**os.environ, CRASH_ENV: step, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode


def count_by_cli(store: Path) -> tuple[int, str]:
    result = runner.invoke(
        app, ["query", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv"]
    )
    return result.exit_code, result.stdout + result.stderr


def leftovers(store: Path) -> list[str]:
    names = sorted(p.name for p in store.iterdir())
    return [n for n in names if n.endswith(".tmp") or n.startswith("data-")]


@pytest.mark.parametrize("route", ["index", "full"])
@pytest.mark.parametrize("step", STEPS)
def test_store_build_killed_at_a_step_leaves_the_store_before_or_after(
    step: str, route: str, nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store, reference = tmp_path / "store", tmp_path / "reference"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    if route == "full":  # no name index: the build merges every stored document
        (store / INDEX).unlink()
    before = union_of(store)
    add_documents(reference, read_documents([articles["alpha"]]), nlp=nlp)
    add_documents(reference, read_documents([articles["beta"]]), nlp=nlp)
    after = union_of(reference)

    assert build_killed_at(step, store, [articles["beta"]]) == 137
    found = union_of(store)
    expected = after if step == "switched" else before
    assert isomorphic(found, expected), f"killed at {step}: the store holds part of a build"
    code, output = count_by_cli(store)
    assert code == 0, output
    assert output.split() == ["n", str(len(expected))]

    update = add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    assert isomorphic(union_of(store), after)
    assert update.documents == ["alpha", "beta"]
    assert len(leftovers(store)) == 1  # the current generation only


@pytest.mark.parametrize("step", ["documents-written", "data-written"])
def test_store_first_build_killed_is_no_store_and_the_next_build_makes_it(
    step: str, nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "new"
    assert build_killed_at(step, store, [articles["alpha"]]) == 137
    code, output = count_by_cli(store)
    assert code == 2 and "not a kg store" in output
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    assert len(union_of(store)) > 0
    assert len(leftovers(store)) == 1


@pytest.mark.parametrize("route", ["index", "full"])
def test_store_full_disk_while_writing_the_database_leaves_it_unchanged(
    route: str, nlp: Any, tmp_path: Path, articles: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    if route == "full":
        (store / INDEX).unlink()
    before = union_of(store)
    manifest = (store / MANIFEST).read_text(encoding="utf-8")

    def full(step: str) -> None:
        if step == "graphs-half-written":
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(kg.sparql.store, "crash_point", full)
    with pytest.raises(StoreError, match="no space left on the device.*store is unchanged"):
        add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    assert (store / MANIFEST).read_text(encoding="utf-8") == manifest
    assert isomorphic(union_of(store), before)
    assert len(leftovers(store)) == 1  # the half-written generation is gone


@pytest.mark.parametrize("route", ["index", "full"])
def test_store_full_disk_while_writing_documents_leaves_it_unchanged(
    route: str, nlp: Any, tmp_path: Path, articles: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.files
    from kg.errors import OutputError

    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    if route == "full":
        (store / INDEX).unlink()
    before = union_of(store)

    def full(path: Any, data: bytes) -> Path:
        raise OutputError(f"{path}: cannot write the file (no space left on the device)")

    monkeypatch.setattr(kg.files, "atomic_write_bytes", full)
    with pytest.raises(StoreError, match="store is unchanged"):
        add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    monkeypatch.undo()
    assert isomorphic(union_of(store), before)


def test_store_stale_tmp_files_are_removed_by_the_next_build(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    (store / "documents" / ".alpha.json.x1y2.tmp").write_text("half", encoding="utf-8")
    (store / ".kg-store.json.a1b2.tmp").write_text("half", encoding="utf-8")
    (store / "data-99").mkdir()
    add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
    assert not list(store.rglob("*.tmp"))
    assert not (store / "data-99").exists()


# ------------------------------------------------------------------ the lock


def hold_lock(folder: Path) -> subprocess.Popen[str]:
    """Another process holding the store's exclusive lock, as a build does."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from kg.sparql.store import lock_store\n"
            "with lock_store(sys.argv[1], exclusive=True):\n"
            "    print('locked', flush=True); time.sleep(60)",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_store_second_build_of_a_new_store_fails_and_touches_nothing(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "new"
    store.mkdir()
    holder = hold_lock(store)  # the first build, creating the store
    try:
        for _attempt in range(2):  # the second and a third build
            with pytest.raises(StoreError, match="locked"):
                add_documents(store, read_documents([articles["beta"]]), nlp=nlp)
            assert sorted(p.name for p in store.iterdir()) == [LOCK]
    finally:
        holder.kill()
        holder.wait(timeout=10)
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    assert [d["id"] for d in json.loads((store / MANIFEST).read_text())["documents"]] == ["alpha"]


def test_store_folder_with_other_files_gets_no_lock_file(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="holds other files"):
        add_documents(tmp_path / "busy", read_documents([articles["alpha"]]), nlp=nlp)
    assert sorted(p.name for p in (tmp_path / "busy").iterdir()) == ["notes.txt"]


# ------------------------------------------------------------------ half-written stores of earlier kgs


def make_legacy_dirty(store: Path) -> None:
    """Mark the store as an earlier kg left it when a build stopped while writing."""
    manifest = json.loads((store / MANIFEST).read_text(encoding="utf-8"))
    manifest["dirty"] = True
    (store / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_store_left_dirty_is_refused_by_readers_with_how_to_repair(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    before = union_of(store)
    make_legacy_dirty(store)
    code, output = count_by_cli(store)
    assert code == 2
    assert output.count("\n") == 1 and "kg store repair" in output
    with pytest.raises(StoreError, match="did not finish"):
        open_store(store)
    result = runner.invoke(app, ["store", "repair", str(store)])
    assert result.exit_code == 0, result.output
    assert isomorphic(union_of(store), before)
    assert "dirty" not in json.loads((store / MANIFEST).read_text(encoding="utf-8"))


def test_repair_store_rewrites_a_damaged_database(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    store = tmp_path / "store"
    add_documents(store, read_documents([articles["alpha"]]), nlp=nlp)
    before = union_of(store)
    data = store / json.loads((store / MANIFEST).read_text(encoding="utf-8"))["data"]
    for child in data.iterdir():
        child.unlink()
    with pytest.raises(StoreError, match="kg store repair"):
        open_store(store)
    repair_store(store, nlp=nlp)
    assert isomorphic(union_of(store), before)


def test_store_folder_that_only_looks_like_a_half_made_store_is_left_alone(
    nlp: Any, tmp_path: Path, articles: dict[str, Path]
) -> None:
    folder = tmp_path / "mine"
    (folder / "documents").mkdir(parents=True)
    (folder / "documents" / "letter.json").write_text("{}", encoding="utf-8")
    with pytest.raises(StoreError, match="holds other files"):
        add_documents(folder, read_documents([articles["alpha"]]), nlp=nlp)
    assert (folder / "documents" / "letter.json").read_text(encoding="utf-8") == "{}"
    assert not (folder / LOCK).exists()
