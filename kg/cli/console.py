"""What the commands print besides their answers: progress bars and build summaries."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["progress", "build_progress", "step_progress", "print_summary"]


@contextlib.contextmanager
def progress(total: int, *, quiet: bool) -> Iterator[Callable[[Any], None] | None]:
    """A progress bar on stderr over ``total`` articles; gives the callback to call per article.

    Gives ``None`` (no bar) when quiet or for a single article. The bar shows
    articles done of ``total``, words per second and the time left; when the
    last article is read it says the graph is being written.
    """
    with build_progress(total, quiet=quiet) as report:
        if report is None:
            yield None
            return
        done = words = 0

        def advance(document: Any) -> None:
            nonlocal done, words
            done += 1
            words += len(getattr(document, "text", "").split())
            report("Reading articles" if done < total else "Writing graph", done, words)

        yield advance


@contextlib.contextmanager
def build_progress(total: int, *, quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on stderr for a build of ``total`` articles.

    Gives a callback ``report(stage, done, words)``: the stage's name, the
    articles done in it and the words read so far; the bar shows done/total,
    words per second and the time left. ``None`` when quiet or for one article.
    """
    if quiet or total < 2:
        yield None
        return
    import time

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("Reading articles", total=total, rate="")
        started = time.perf_counter()
        stages = ["Reading articles"]

        def report(stage: str, done: int, words: int) -> None:
            seconds = max(time.perf_counter() - started, 1e-6)
            if stage != stages[-1] and done < total:  # a new stage: its own count and time left
                stages.append(stage)
                bar.reset(task, total=total)
            bar.update(
                task, description=stage, completed=done, rate=f"{words / seconds:,.0f} words/s"
            )

        yield report


@contextlib.contextmanager
def step_progress(description: str, *, quiet: bool = False) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr for work done in counted steps ("Checking shapes 12/64").

    Gives the callback to call with ``(done, total)``; the bar is drawn only on a terminal
    and goes away when the work is done.
    """
    from rich.console import Console

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield lambda _done, _total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def _count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"[bold]{number}[/] {noun if number == 1 else plural}"


def print_summary(summary: dict[str, Any], written: list[Path], seconds: float) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.print(
        f"{_count(summary['documents'], 'document')}, {_count(summary['entities'], 'entity')}, "
        f"{_count(summary['relations'], 'relation')} "
        f"({summary['statements']} statements, {summary['triples']} triples)"
    )
    labels = summary.get("relation_labels", {})
    by_relation = {labels.get(k, k): n for k, n in summary["relations_by_property"].items()}
    for heading, counts in (
        ("entity type", summary["entities_by_type"]),
        ("relation", by_relation),
    ):
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column(heading)
        table.add_column("count", justify="right")
        for name, count in counts.items():
            table.add_row(name, str(count))
        console.print(table)
    for path in written:
        console.print(f"wrote {path}", markup=False)
    console.print(f"in {seconds:.1f} s")
