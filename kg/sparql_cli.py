"""The bodies of kg's SPARQL commands: ``query``, ``build --store``, ``serve``, ``push``,
``export``, ``validate``.

``kg/cli.py`` declares each command and its options and calls the function of
the same name here, which checks its inputs, calls the library and prints.
Every expected error is a :class:`~kg.errors.KGError`, which the CLI prints
as one line.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import typer

from .errors import QueryError

__all__ = ["run_query", "build_store", "serve", "push", "export", "validate"]


# --------------------------------------------------------------------------- query


def format_library() -> str:
    """The query library as an aligned two-column listing: name, what it answers."""
    from .query import library

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
    from .engine import open_graph
    from .query import ENGINES, FORMATS, check_query, format_result, query, resolve_query

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


# --------------------------------------------------------------------------- build --store


def build_store(
    store: Path,
    documents: list[Any],
    gazetteer_files: list[Path],
    *,
    output: Path | None,
    include_comments: bool,
    no_html: bool,
    quiet: bool,
    processes: int,
) -> None:
    """``kg build --store DIR``: add articles to a store; with ``-o``, write the store's graph too."""
    from rich.console import Console

    from .cli import _print_summary, _progress
    from .outputs import check_output_file, ensure_output_dir, summarise, write_turtle
    from .store import add_documents

    started = time.perf_counter()
    written: list[Path] = []
    if output is not None:
        ensure_output_dir(output)
        written.append(check_output_file(output / "graph.ttl"))
        if not no_html:
            written.append(check_output_file(output / "graph.html"))
    with _progress(len(documents), quiet=quiet) as on_document:
        update = add_documents(
            store,
            documents,
            include_comments=include_comments,
            gazetteer_files=gazetteer_files,
            on_document=on_document,
            n_process=processes,
        )
    if output is not None:
        write_turtle(update.graph, output / "graph.ttl")
        if not no_html:
            from .view import write_html

            write_html(
                update.graph,
                output / "graph.html",
                title=f"kg: {store.name}",
                include_comments=include_comments,
            )
    if quiet:
        return
    parts = [
        f"{len(ids)} {what}"
        for ids, what in (
            (update.added, "added"),
            (update.replaced, "replaced"),
            (update.unchanged, "unchanged"),
            (update.reread, "read again"),
        )
        if ids
    ]
    Console(highlight=False).print(
        f"store {store}: {len(update.documents)} document(s) ({', '.join(parts)}); "
        f"{update.graphs_written} named graph(s) written",
        markup=False,
    )
    _print_summary(summarise(update.graph), written, time.perf_counter() - started)


def _echo_err(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- serve


def serve(
    source: Path,
    *,
    host: str,
    port: int,
    timeout: float,
    max_results: int,
    workers: int,
    quiet: bool,
) -> None:
    """``kg serve``: a read-only SPARQL endpoint until Ctrl-C (or SIGTERM)."""
    from .serve import _is_loopback, make_server
    from .serve import serve as run_server

    if not _is_loopback(host):
        _echo_err(
            f"kg: warning: listening on {host}: anyone who can reach this machine can query "
            "the graph (the endpoint is read-only)"
        )
    server = make_server(
        source,
        host=host,
        port=port,
        timeout=timeout,
        max_results=max_results,
        workers=workers,
        log_requests=not quiet,
    )
    try:
        _echo_err(
            f"kg: serving {source} at {server.url} (SPARQL endpoint {server.url}sparql); "
            "Ctrl-C stops"
        )
        run_server(server)
    except KeyboardInterrupt:
        _echo_err("kg: stopped")
    finally:
        server.close()  # already closed unless interrupted before serving


# --------------------------------------------------------------------------- push


def _headers(values: list[str]) -> dict[str, str]:
    from .push import PushError

    headers: dict[str, str] = {}
    for value in values:
        name, sep, content = value.partition(":")
        if not sep or not name.strip():
            raise PushError(f"{value!r} is not a header; write it as 'Name: value'")
        headers[name.strip()] = content.strip()
    return headers


def push(source: Path, *, endpoint: str, headers: list[str], timeout: float, quiet: bool) -> None:
    """``kg push``: upload every named graph to a Graph Store Protocol endpoint."""
    from .push import push as run_push

    started = time.perf_counter()
    sent = run_push(source, endpoint, headers=_headers(headers), timeout=timeout)
    if not quiet:
        triples = sum(graph.triples for graph in sent)
        typer.echo(
            f"pushed {len(sent)} named graph(s), {triples} triples, to {endpoint} "
            f"in {time.perf_counter() - started:.1f} s"
        )


# --------------------------------------------------------------------------- export


def export(source: Path, *, fmt: str, output: Path | None) -> None:
    """``kg export``: write a graph or store as Turtle, N-Triples, N-Quads, JSON-LD or GraphML."""
    from .errors import OutputError
    from .export import EXPORT_FORMATS, export_source
    from .outputs import atomic_write_bytes, check_output_file

    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if output is not None:
        check_output_file(output)
    data = export_source(source, fmt)
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write_bytes(output, data)


# --------------------------------------------------------------------------- validate


def validate(source: Path, *, shapes: list[Path], limit: int) -> None:
    """``kg validate``: check a graph or store against kg's SHACL shapes."""
    from .outputs import load_graph
    from .validate import ValidationFailed, format_report
    from .validate import validate as run_validate

    graph = load_graph(source)
    report = run_validate(graph, shapes=shapes)
    typer.echo(format_report(report, limit=limit if limit > 0 else None), nl=False)
    if not report.conforms:
        raise ValidationFailed(
            f"{source}: does not conform to kg's shapes ({len(report.violations)} violation(s))"
        )
