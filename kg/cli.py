"""The ``kg`` command: build, query, eval, view.

Each command checks its inputs, then calls the library. An expected error
(:class:`~kg.errors.KGError`) is printed as one line, ``kg: error: ...``, on
stderr, and the command exits with the error's ``exit_code``; Ctrl-C exits
with 130.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
import time
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import __version__
from .errors import InputError, KGError, OutputError

__all__ = ["app", "main"]

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="kg",
    help="Knowledge graphs of who does what to whom in policy news.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"kg: error: {' '.join(message.split())}", err=True)
    return typer.Exit(code)


def _handle_errors(command: F) -> F:
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


# --------------------------------------------------------------------------- build


def _check_gazetteers(files: list[Path]) -> None:
    for path in files:
        if not path.exists():
            raise InputError(f"{path}: no such gazetteer file; give a Turtle file of kg entities")
        if not path.is_file():
            raise InputError(f"{path}: is not a file; give a Turtle file of kg entities")
    if files:
        from .ontology import load_gazetteer

        load_gazetteer(files)  # GraphError now, not after loading the model


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


@app.command()
@_handle_errors
def build(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            metavar="INPUT...",
            help="Article text files, or folders of .txt/.md files.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Output folder for graph.ttl and graph.html."),
    ] = None,
    include_comments: Annotated[
        bool, typer.Option("--include-comments", help="Keep facts read from readers' comments.")
    ] = False,
    gazetteer: Annotated[
        list[Path] | None,
        typer.Option(
            "--gazetteer", help="Extra gazetteer Turtle file (repeatable).", show_default=False
        ),
    ] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Do not write graph.html.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    processes: Annotated[
        int, typer.Option("--processes", "-j", min=1, help="Processes for spaCy's parse.")
    ] = 1,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            help="Add the articles to this store folder (made if needed), one named graph per "
            "document; with -o also write the whole store as graph.ttl and graph.html.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Build a knowledge graph (graph.ttl, graph.html) from articles, or add them to a store."""
    from .outputs import check_output_file, ensure_output_dir, summarise, write_turtle
    from .read import read_documents

    started = time.perf_counter()
    gazetteer_files = list(gazetteer or [])
    documents = read_documents(inputs)
    _check_gazetteers(gazetteer_files)
    if store is not None:
        from .sparql_cli import build_store

        build_store(
            store,
            documents,
            gazetteer_files,
            output=output,
            no_html=no_html,
            include_comments=include_comments,
            quiet=quiet,
            processes=processes,
        )
        return
    if output is None:
        raise InputError("give an output folder with -o OUTDIR, or a store folder with --store DIR")
    created = not output.exists()
    ensure_output_dir(output)
    turtle_path = check_output_file(output / "graph.ttl")
    html_path = None if no_html else check_output_file(output / "graph.html")
    try:
        graph = _extract(
            documents,
            gazetteer_files,
            include_comments=include_comments,
            quiet=quiet,
            processes=processes,
        )
        write_turtle(graph, turtle_path)
        if html_path is not None:
            from .view import write_html

            write_html(graph, html_path, title=_title(documents), include_comments=include_comments)
    except BaseException:
        if created:
            _remove_if_empty(output)
        raise
    if not quiet:
        written = [turtle_path] if html_path is None else [turtle_path, html_path]
        _print_summary(summarise(graph), written, time.perf_counter() - started)


def _title(documents: list[Any]) -> str:
    if len(documents) == 1 and documents[0].title:
        return f"kg: {documents[0].title}"
    return f"kg: {len(documents)} articles"


def _extract(
    documents: list[Any],
    gazetteer_files: list[Path],
    *,
    include_comments: bool,
    quiet: bool,
    processes: int = 1,
) -> Any:
    from .parse import load_pipeline
    from .pipeline import extract_documents

    nlp = load_pipeline(gazetteer_files=gazetteer_files)
    with _progress(len(documents), quiet=quiet) as on_document:
        corpus = extract_documents(
            documents,
            nlp=nlp,
            include_comments=include_comments,
            on_document=on_document,
            n_process=processes,
        )
        return corpus.to_rdf()


@contextlib.contextmanager
def _progress(total: int, *, quiet: bool) -> Iterator[Callable[[Any], None] | None]:
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


def _count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"[bold]{number}[/] {noun if number == 1 else plural}"


def _print_summary(summary: dict[str, Any], written: list[Path], seconds: float) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.print(
        f"{_count(summary['documents'], 'document')}, {_count(summary['entities'], 'entity')}, "
        f"{_count(summary['relations'], 'relation')} "
        f"({summary['statements']} statements, {summary['triples']} triples)"
    )
    for heading, counts in (
        ("entity type", summary["entities_by_type"]),
        ("relation", summary["relations_by_property"]),
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


# --------------------------------------------------------------------------- query


@app.command()
@_handle_errors
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
    from .sparql_cli import run_query

    run_query(graph, sparql, fmt=fmt, list_queries=list_queries, engine=engine, params=params or [])


# --------------------------------------------------------------------------- eval


@app.command("eval")
@_handle_errors
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold annotations.")],
    texts: Annotated[
        Path | None,
        typer.Option("--texts", help="Folder of the articles, if not beside the gold files."),
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the scores as JSON to this file.")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show every miss and false hit.")
    ] = False,
) -> None:
    """Score the extractor against gold annotations: precision, recall, F1."""
    from .outputs import atomic_write_text, check_output_file

    if not gold_dir.exists():
        raise InputError(f"{gold_dir}: no such folder; give the folder of *.gold.json files")
    if texts is not None and not texts.is_dir():
        raise InputError(f"{texts}: no such folder; give the folder of the articles")
    if json_path is not None:
        check_output_file(json_path)

    from rich.console import Console

    from .evaluate import format_report, report_to_json, run_eval

    scored: list[str] = []
    with Console(stderr=True).status("Scoring articles") as status:

        def on_article(result: Any) -> None:
            scored.append(str(getattr(result, "file", "")))
            status.update(f"Scored {len(scored)} article(s)")

        report = run_eval(gold_dir, texts_dir=texts, on_article=on_article)
    typer.echo(format_report(report, verbose=verbose))
    if json_path is not None:
        text = json.dumps(report_to_json(report), indent=2, ensure_ascii=False) + "\n"
        atomic_write_text(json_path, text)


# --------------------------------------------------------------------------- view


@app.command()
@_handle_errors
def view(
    graph: Annotated[
        Path, typer.Argument(help="A graph file (graph.ttl, .nt, .jsonld, .rdf) or a store folder.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in a web browser.")
    ] = False,
) -> None:
    """Draw a graph as one offline HTML page."""
    from .outputs import check_output_file, load_graph

    if output.suffix.lower() not in (".html", ".htm"):
        raise OutputError(f"{output}: give an .html file name, e.g. {output.with_suffix('.html')}")
    check_output_file(output)
    loaded = load_graph(graph)
    from .view import write_html

    written = write_html(loaded, output, title=f"kg: {graph.name}")
    typer.echo(str(written))
    if open_browser:
        webbrowser.open(Path(written).resolve().as_uri())


# --------------------------------------------------------------------------- stats


@app.command()
@_handle_errors
def stats(
    graph: Annotated[Path, typer.Argument(help="A graph file (graph.ttl, .nt, .jsonld, .rdf).")],
    path: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--path",
            metavar="FROM TO",
            help='Shortest path between two entities named by name or alias: --path "NIHR" "GPCE".',
            show_default=False,
        ),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many central actors.")] = 15,
    all_types: Annotated[
        bool,
        typer.Option("--all-types", help="Rank every entity, not only people and organisations."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Actors by centrality, communities, and the shortest path between two entities."""
    from dataclasses import asdict

    from .outputs import load_graph
    from .stats import ACTOR_TYPES, format_path, format_stats, graph_stats, shortest_path
    from .view import to_networkx

    loaded = to_networkx(load_graph(graph))
    if path is not None:
        hops = shortest_path(loaded, *path)
        if as_json:
            typer.echo(json.dumps(None if hops is None else [asdict(h) for h in hops], indent=2))
        else:
            typer.echo(format_path(hops, *path), nl=False)
        if hops is None:
            raise typer.Exit(1)
        return
    report = graph_stats(loaded, top=top, types=None if all_types else ACTOR_TYPES)
    if as_json:
        typer.echo(json.dumps(asdict(report), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_stats(report, actors_only=not all_types), nl=False)


# --------------------------------------------------------------------------- SPARQL services


@app.command()
@_handle_errors
def serve(
    graph: Annotated[Path, typer.Argument(help="A graph file or a store folder.")],
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
) -> None:
    """Serve a graph or store as a read-only SPARQL endpoint, with a query page at /."""
    from .sparql_cli import serve as run

    run(
        graph,
        host=host,
        port=port,
        timeout=timeout,
        max_results=max_results,
        workers=workers,
        quiet=quiet,
    )


@app.command()
@_handle_errors
def push(
    graph: Annotated[Path, typer.Argument(help="A graph file or a store folder.")],
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
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait per graph.")] = 120.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Upload a graph or store to a remote triple store, one named graph per document."""
    from .sparql_cli import push as run

    run(graph, endpoint=endpoint, headers=list(header or []), timeout=timeout, quiet=quiet)


@app.command()
@_handle_errors
def export(
    graph: Annotated[Path, typer.Argument(help="A graph file or a store folder.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="turtle, nt, nq, jsonld or graphml (Gephi).")
    ] = "turtle",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
) -> None:
    """Write a graph or store as Turtle, N-Triples, N-Quads, JSON-LD or GraphML."""
    from .sparql_cli import export as run

    run(graph, fmt=fmt, output=output)


@app.command()
@_handle_errors
def validate(
    graph: Annotated[Path, typer.Argument(help="A graph file or a store folder.")],
    shapes: Annotated[
        list[Path] | None,
        typer.Option("--shapes", help="Extra SHACL shapes file (repeatable).", show_default=False),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", help="Show at most this many violations (0: all).")
    ] = 50,
) -> None:
    """Check a graph or store against kg's SHACL shapes (ontology/shapes.ttl)."""
    from .sparql_cli import validate as run

    run(graph, shapes=list(shapes or []), limit=limit)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app(prog_name="kg")
    except KeyboardInterrupt:  # pragma: no cover - outside a command
        sys.stderr.write("kg: error: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":  # python -m kg.cli
    main()
