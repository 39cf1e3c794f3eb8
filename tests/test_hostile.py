"""The findings of the "Trust" issue, replayed: hostile queries and requests, kills, full disks.

Every server these tests start listens on 127.0.0.1; every loop is bounded;
nothing reaches the internet. Each test names the finding it replays.
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
