"""The ``kg`` command's Typer app, its error handling and entry point.

Each command checks its inputs, then calls the library. An expected error
(:class:`~kg.errors.KGError`) is printed as one line, ``kg: error: ...``, on
stderr, and the command exits with the error's ``exit_code``; Ctrl-C exits
with 130.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from kg import __version__
from kg.errors import KGError
from kg.files import one_line

__all__ = ["app", "main", "handle_errors", "GraphOrStore", "Quiet"]

F = TypeVar("F", bound=Callable[..., Any])

#: The argument of the commands that read "a graph file or a store folder".
GraphOrStore = Annotated[Path, typer.Argument(help="A graph file or a store folder.")]
#: ``--quiet`` of the commands that print what they did.
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]


def _flags_without_type(option_class: Any) -> None:
    """Help shows no type for a flag: Typer writes ``--open <bool>``, as if it took a value."""
    shown = getattr(option_class, "display_type_rich", None)
    if shown is None or getattr(shown, "_kg_flags", False):
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        return None if getattr(self, "is_flag", False) else shown(self, ctx)

    display_type_rich._kg_flags = True  # type: ignore[attr-defined]
    option_class.display_type_rich = display_type_rich


def _typer_option_class() -> Any:
    import typer.core

    return getattr(typer.core, "TyperOption", None)


_flags_without_type(_typer_option_class())

app = typer.Typer(
    name="kg",
    help="Knowledge graphs of who does what to whom in policy news.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"kg: error: {one_line(message, limit=None)}", err=True)
    return typer.Exit(code)


def handle_errors(command: F) -> F:
    """Turn :class:`KGError` into one line on stderr and its exit code; Ctrl-C into 130."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KGError as error:
            raise _fail(str(error), error.exit_code) from None
        except KeyboardInterrupt:
            raise _fail("interrupted", 130) from None

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Knowledge graphs of who does what to whom in policy news."""


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app(prog_name="kg")
    except KeyboardInterrupt:  # pragma: no cover - outside a command
        sys.stderr.write("kg: error: interrupted\n")
        sys.exit(130)
