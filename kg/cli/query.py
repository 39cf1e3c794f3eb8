"""``kg query``: SPARQL on a graph file or store, from text, a .rq file or the library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, handle_errors
from kg.errors import QueryError

__all__ = [
    "query",
    "run_query",
    "format_library",
    "parse_params",
    "QueryLimits",
    "Memory",
    "AllowService",
]

#: ``kg query``'s limits: seconds, and MiB beyond the graph.
DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY = 2048

#: ``--memory`` of the commands that run queries (``kg query``, ``kg serve``).
Memory = Annotated[
    int,
    typer.Option(
        "--memory",
        min=0,
        metavar="MIB",
        help="MiB of memory a query may use beyond the loaded graph (0: no limit; Linux).",
    ),
]
#: ``--allow-service`` of the commands that run queries.
AllowService = Annotated[
    bool,
    typer.Option(
        "--allow-service",
        help="Allow SERVICE (federated queries: HTTP requests from this machine).",
    ),
]


@dataclass(frozen=True)
class QueryLimits:
    """What a query run by ``kg query`` may use: seconds, MiB beyond the graph, the network."""

    timeout: float = DEFAULT_TIMEOUT
    memory_mib: int = DEFAULT_MEMORY
    allow_service: bool = False


@app.command()
@handle_errors
def query(
    graph: Annotated[
        Path | None,
        typer.Argument(
            help="A graph file (graph.ttl, .nt, .jsonld, .rdf) or a store folder.",
            show_default=False,
        ),
    ] = None,
    sparql: Annotated[
        str | None,
        typer.Argument(
            metavar="QUERY",
            help="A SPARQL query, a .rq file, or the name of a library query (see --list).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table, csv, tsv or json (SELECT results).")
    ] = "table",
    list_queries: Annotated[
        bool, typer.Option("--list", help="List the library's queries and what each answers.")
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", help="SPARQL engine: oxigraph (fast) or rdflib.")
    ] = "oxigraph",
    params: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            metavar="NAME=VALUE",
            help="Set a parameter the query declares (see --list), e.g. -p name=BMA; repeatable.",
            show_default=False,
        ),
    ] = None,
    wide: Annotated[
        bool,
        typer.Option(
            "--wide",
            help="Print table cells whole (by default a table is cut to the terminal's width "
            "with …; piped output is never cut).",
        ),
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Seconds the query may run (0: no limit).")
    ] = DEFAULT_TIMEOUT,
    memory: Memory = DEFAULT_MEMORY,
    allow_service: AllowService = False,
) -> None:
    """Run a SPARQL query on a graph or store; kg:, id:, doc:, rdfs:, skos:, prov: ... are pre-bound."""
    run_query(
        graph,
        sparql,
        fmt=fmt,
        list_queries=list_queries,
        engine=engine,
        params=params or [],
        width=None if wide else terminal_width(),
        limits=QueryLimits(timeout, memory, allow_service),
    )


def terminal_width() -> int | None:
    """The width of the terminal that standard output is, or None when it is piped."""
    import shutil
    import sys

    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


def format_library() -> str:
    """The query library as an aligned two-column listing: name, what it answers."""
    from kg.sparql.library import library

    items = library()
    width = max(len(item.name) for item in items)
    lines = []
    for item in items:
        lines.append(f"{item.name.ljust(width)}  {item.summary}".rstrip())
        for parameter in item.parameters:
            lines.append(
                f"{'':{width}}    -p {parameter.name}={parameter.literal}  {parameter.description}"
            )
    return "\n".join(lines) + "\n"


def parse_params(params: list[str]) -> dict[str, str]:
    """``["name=BMA", ...]`` from the command line as ``{"name": "BMA", ...}``."""
    values: dict[str, str] = {}
    for param in params:
        name, equals, value = param.partition("=")
        if not equals or not name.strip():
            raise QueryError(f"--param {param!r}: write it as NAME=VALUE, e.g. -p name=BMA")
        values[name.strip()] = value
    return values


def run_query(
    graph: Path | None,
    sparql: str | None,
    *,
    fmt: str,
    list_queries: bool,
    engine: str,
    params: list[str] = [],  # noqa: B006 - read only
    width: int | None = None,
    limits: QueryLimits = QueryLimits(),  # noqa: B008 - frozen
) -> None:
    """``kg query``: run a query (text, .rq file or library name) on a graph file or store.

    ``width`` cuts a table to that many characters a line. The query runs in a
    child process with a deadline, a memory cap and no network
    (:func:`kg.sparql.query.answer_limited`).
    """
    from functools import partial

    from kg.cli.query_names import (
        check_argument_order,
        library_item,
        looked_up_query,
        note,
        notes_on_defaults,
    )
    from kg.sparql.query import ENGINES, FORMATS, answer_limited, resolve_query

    if list_queries:
        typer.echo(format_library(), nl=False)
        return
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if engine not in ENGINES:
        raise QueryError(f"unknown SPARQL engine {engine!r}; use one of {', '.join(ENGINES)}")
    if graph is None or sparql is None:
        raise QueryError(
            "give a graph (a file or a store folder) and a query; kg query --list shows the library"
        )
    check_argument_order(graph, sparql)
    values = parse_params(params)
    text = resolve_query(sparql, values)
    item = library_item(sparql)
    for message in notes_on_defaults(item, values):
        note(message)
    answer, notes = answer_limited(
        graph,
        text,
        fmt=fmt,
        engine=engine,
        timeout=limits.timeout,
        memory_mib=limits.memory_mib,
        allow_service=limits.allow_service,
        width=width,
        rewrite=None if item is None else partial(looked_up_query, sparql, item, values),
    )
    for message in notes:
        note(message)
    typer.echo(answer, nl=False)
