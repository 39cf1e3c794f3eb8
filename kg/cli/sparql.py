"""``kg serve``, ``kg push``, ``kg export`` and ``kg validate``: a graph or store to the world.

Each command declares its options and calls the ``run_`` function of the same
name, which checks its inputs, calls the library and prints. Every expected
error is a :class:`~kg.errors.KGError`, which the CLI prints as one line.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import GraphOrStore, Quiet, app, handle_errors
from kg.cli.query import AllowService, Memory

__all__ = ["serve", "push", "export", "validate", "store_repair"]

store_app = typer.Typer(
    help="Look after a store folder made by kg build --store.", no_args_is_help=True
)
app.add_typer(store_app, name="store")


@store_app.command("repair")
@handle_errors
def store_repair(
    store: Annotated[Path, typer.Argument(help="A store folder made by kg build --store.")],
    quiet: Quiet = False,
) -> None:
    """Write a store's database again from its stored documents (after a build that did not finish)."""
    from kg.sparql.store import repair_store

    update = repair_store(store)
    if not quiet:
        typer.echo(
            f"store {store}: {len(update.documents)} document(s), "
            f"{update.graphs_written} named graph(s) written"
        )


@app.command()
@handle_errors
def serve(
    graph: GraphOrStore,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 7878,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds a query may run before it is stopped.")
    ] = 30.0,
    max_results: Annotated[
        int, typer.Option("--max-results", help="Most results (or triples) sent per query.")
    ] = 10_000,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Queries answered at the same time.")
    ] = 2,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not log requests.")] = False,
    memory: Memory = 2048,
    allow_service: AllowService = False,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="NAME",
            help="Also answer requests for this host name (besides localhost and IP "
            "addresses of the server); repeatable.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve a graph or store as a read-only SPARQL endpoint, with a query page at /."""
    run_serve(
        graph,
        host=host,
        port=port,
        timeout=timeout,
        max_results=max_results,
        workers=workers,
        quiet=quiet,
        memory=memory,
        allow_service=allow_service,
        allowed_hosts=tuple(allow_host or ()),
    )


@app.command()
@handle_errors
def push(
    graph: GraphOrStore,
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint",
            help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph) or "
            "http://HOST:3030/DATASET/data (Fuseki).",
        ),
    ],
    header: Annotated[
        list[str] | None,
        typer.Option(
            "--header", help="Extra HTTP header 'Name: value' (repeatable).", show_default=False
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", help="Seconds each graph's upload may take in all (connect, send, answer)."
        ),
    ] = 120.0,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Name of this source's entities graph on the server (default: the store "
            "folder's or graph file's name).",
            show_default=False,
        ),
    ] = None,
    default_graph: Annotated[
        bool,
        typer.Option(
            "--default-graph",
            help="Also add every triple to the server's default graph (for servers whose "
            "default graph is not the union of their named graphs).",
        ),
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Upload a graph or store to a remote triple store, one named graph per document."""
    run_push(
        graph,
        endpoint=endpoint,
        headers=list(header or []),
        timeout=timeout,
        quiet=quiet,
        name=name,
        default_graph=default_graph,
    )


@app.command()
@handle_errors
def export(
    graph: GraphOrStore,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="turtle, nt, nq, jsonld or graphml (Gephi).")
    ] = "turtle",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
) -> None:
    """Write a graph or store as Turtle, N-Triples, N-Quads, JSON-LD or GraphML."""
    run_export(graph, fmt=fmt, output=output)


@app.command()
@handle_errors
def validate(
    graph: GraphOrStore,
    shapes: Annotated[
        list[Path] | None,
        typer.Option("--shapes", help="Extra SHACL shapes file (repeatable).", show_default=False),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", help="Show at most this many violations (0: all).")
    ] = 50,
) -> None:
    """Check a graph or store against kg's SHACL shapes (ontology/shapes.ttl)."""
    run_validate(graph, shapes=list(shapes or []), limit=limit)


def _echo_err(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- serve


def run_serve(
    source: Path,
    *,
    host: str,
    port: int,
    timeout: float,
    max_results: int,
    workers: int,
    quiet: bool,
    memory: int = 2048,
    allow_service: bool = False,
    allowed_hosts: tuple[str, ...] = (),
) -> None:
    """``kg serve``: a read-only SPARQL endpoint until Ctrl-C (or SIGTERM)."""
    from kg.sparql.serve import is_loopback, make_server
    from kg.sparql.serve import serve as run_server

    if not is_loopback(host):
        _echo_err(
            f"kg: warning: listening on {host}: anyone who can reach this machine can query "
            "the graph (the endpoint is read-only)"
        )
    if allow_service:
        _echo_err(
            "kg: warning: --allow-service: queries can make this machine send HTTP requests "
            "to any address it can reach (SERVICE)"
        )
    server = make_server(
        source,
        host=host,
        port=port,
        timeout=timeout,
        max_results=max_results,
        workers=workers,
        log_requests=not quiet,
        memory_mib=memory,
        allow_service=allow_service,
        allowed_hosts=allowed_hosts,
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
    from kg.sparql.push import PushError, check_headers

    headers: dict[str, str] = {}
    for value in values:
        name, sep, content = value.partition(":")
        if not sep or not name.strip():
            raise PushError(f"{value!r} is not a header; write it as 'Name: value'")
        headers[name.strip()] = content.strip()
    return check_headers(headers)


def run_push(
    source: Path,
    *,
    endpoint: str,
    headers: list[str],
    timeout: float,
    quiet: bool,
    name: str | None = None,
    default_graph: bool = False,
) -> None:
    """``kg push``: upload every named graph to a Graph Store Protocol endpoint."""
    from kg.sparql.push import _check_endpoint
    from kg.sparql.push import push as run_push

    _check_endpoint(endpoint)  # the arguments first, before the graph is read
    checked = _headers(headers)
    started = time.perf_counter()
    sent = run_push(
        source,
        endpoint,
        headers=checked,
        timeout=timeout,
        source_name=name,
        default_graph=default_graph,
    )
    if not quiet:
        triples = sum(graph.triples for graph in sent)
        typer.echo(
            f"pushed {len(sent)} named graph(s), {triples} triples, to {endpoint} "
            f"in {time.perf_counter() - started:.1f} s"
        )


# --------------------------------------------------------------------------- export


def run_export(source: Path, *, fmt: str, output: Path | None) -> None:
    """``kg export``: write a graph or store as Turtle, N-Triples, N-Quads, JSON-LD or GraphML."""
    from kg.errors import OutputError
    from kg.files import atomic_write_bytes, check_output_file
    from kg.sparql.export import EXPORT_FORMATS, export_source

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


def run_validate(source: Path, *, shapes: list[Path], limit: int) -> None:
    """``kg validate``: check a graph or store against kg's SHACL shapes."""
    from kg.cli.console import step_progress
    from kg.sparql.source import open_graph
    from kg.sparql.validate import ValidationFailed, format_report
    from kg.sparql.validate import validate as run_validate

    with open_graph(source) as graph, step_progress("Checking shapes") as advance:
        report = run_validate(graph, shapes=shapes, progress=advance)
    typer.echo(format_report(report, limit=limit if limit > 0 else None), nl=False)
    if not report.conforms:
        raise ValidationFailed(
            f"{source}: does not conform to kg's shapes ({len(report.violations)} violation(s))"
        )
