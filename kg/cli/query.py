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
) -> None:
    """Run a SPARQL query on a graph or store; kg:, id:, doc:, rdfs:, skos:, prov: ... are pre-bound."""
    run_query(graph, sparql, fmt=fmt, list_queries=list_queries, engine=engine, params=params or [])


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
) -> None:
    """``kg query``: run a query (text, .rq file or library name) on a graph file or store."""
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
    text = resolve_query(sparql, parse_params(params))
    check_query(text, engine=engine)
    with open_graph(graph) as loaded:
        typer.echo(format_result(query(loaded, text, engine=engine), fmt), nl=False)
