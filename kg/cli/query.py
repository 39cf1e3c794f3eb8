"""``kg query``: SPARQL on a graph file or store, from text, a .rq file or the library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, handle_errors
from kg.errors import QueryError

__all__ = ["query", "run_query", "format_library", "parse_params"]


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
) -> None:
    """``kg query``: run a query (text, .rq file or library name) on a graph file or store.

    ``width`` cuts a table to that many characters a line.
    """
    from kg.cli.query_names import (
        check_argument_order,
        library_item,
        note,
        notes_on_defaults,
        resolve_entity_names,
    )
    from kg.sparql.query import ENGINES, FORMATS, check_query, format_result, query, resolve_query
    from kg.sparql.source import open_graph

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
    check_query(text, engine=engine)
    with open_graph(graph) as loaded:
        if item is not None:
            resolved = resolve_entity_names(loaded, item, values)
            if resolved != values:
                text = resolve_query(sparql, resolved)
        result = query(loaded, text, engine=engine)
        typer.echo(format_result(result, fmt, width=width), nl=False)
