"""``kg changes``: how actors' stances on proposals changed over time."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, handle_errors
from kg.errors import InputError

__all__ = ["changes"]


@app.command()
@handle_errors
def changes(
    graph: Annotated[Path, typer.Argument(help="A graph file (graph.ttl ...) or a store folder.")],
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", help="Only this person or organisation (name or alias).", show_default=False
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="YYYY-MM-DD",
            help="Only stances dated on or after this day.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or md.")] = "table",
) -> None:
    """Each actor's dated stances on each proposal: reversals, first appearances, contradictions.

    Every stance comes with the sentence it was read from, its document and date.
    """
    from kg.changes import FORMATS, format_changes, stance_changes
    from kg.extract.read import parse_date

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    day = None
    if since is not None:
        try:
            day = parse_date(since)
        except ValueError as error:
            raise InputError(f"--since {since!r}: not a date; write it as YYYY-MM-DD") from error
    histories = stance_changes(graph, actor=actor, since=day)
    typer.echo(format_changes(histories, fmt), nl=False)
