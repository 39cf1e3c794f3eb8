"""What the commands print besides their answers: progress bars and build summaries."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["progress", "step_progress", "print_summary"]


@contextlib.contextmanager
def progress(total: int, *, quiet: bool) -> Iterator[Callable[[Any], None] | None]:
    """A progress bar on stderr over ``total`` articles; gives the callback to call per article.

    Gives ``None`` (no bar) when quiet or for a single article. When the last
    article is read the bar says the graph is being written.
    """
    if quiet or total < 2:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("Reading articles", total=total)

        def advance(_document: Any) -> None:
            progress.advance(task)
            if progress.tasks[0].finished:
                progress.update(task, description="Writing graph")

        yield advance


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
