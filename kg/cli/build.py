"""``kg build``: articles in, graph.ttl and graph.html (or a store) out."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli.app import app, handle_errors
from kg.cli.console import print_summary, progress
from kg.errors import InputError

__all__ = ["build", "build_store"]


def _check_gazetteers(files: list[Path]) -> None:
    for path in files:
        if not path.exists():
            raise InputError(f"{path}: no such gazetteer file; give a Turtle file of kg entities")
        if not path.is_file():
            raise InputError(f"{path}: is not a file; give a Turtle file of kg entities")
    if files:
        from kg.extract.gazetteer import load_gazetteer

        load_gazetteer(files)  # GraphError now, not after loading the model


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


@app.command()
@handle_errors
def build(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT...",
            help="Articles: .txt/.md files, saved .html/.htm pages, folders of them, "
            "http(s):// addresses.",
            show_default=False,
        ),
    ] = None,
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
    urls: Annotated[
        list[Path] | None,
        typer.Option(
            "--urls",
            help="A text file listing web addresses to read, one a line (repeatable).",
            show_default=False,
        ),
    ] = None,
    no_fetch: Annotated[
        bool, typer.Option("--no-fetch", help="Refuse web addresses: read local files only.")
    ] = False,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="Publication date of the articles that give none of their own.",
            show_default=False,
        ),
    ] = None,
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
    from kg.extract.read import read_documents
    from kg.files import check_output_file, ensure_output_dir
    from kg.rdf.summary import summarise
    from kg.rdf.turtle import write_turtle

    started = time.perf_counter()
    gazetteer_files = list(gazetteer or [])
    documents = read_documents(
        _inputs(inputs, urls, no_fetch=no_fetch),
        fetch_urls=not no_fetch,
        date=_date(date),
        on_skip=_report_skipped,
    )
    _check_gazetteers(gazetteer_files)
    if store is not None:
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
            from kg.view.page import write_html

            write_html(graph, html_path, title=_title(documents), include_comments=include_comments)
    except BaseException:
        if created:
            _remove_if_empty(output)
        raise
    if not quiet:
        written = [turtle_path] if html_path is None else [turtle_path, html_path]
        print_summary(summarise(graph), written, time.perf_counter() - started)


def _inputs(inputs: list[str] | None, url_lists: list[Path] | None, *, no_fetch: bool) -> list[str]:
    """The inputs named, then the addresses of each ``--urls`` file."""
    from kg.extract.read import read_url_list

    given = list(inputs or [])
    for url_list in url_lists or []:
        if no_fetch:
            raise InputError(f"{url_list}: --urls and --no-fetch exclude each other; drop one")
        given.extend(read_url_list(url_list))
    return given


def _date(text: str | None) -> Any:
    from kg.extract.read import parse_date

    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError as error:
        raise InputError(f"--date {text!r}: not a date; write it as YYYY-MM-DD") from error


def _report_skipped(source: str, reason: str) -> None:
    typer.echo(f"kg: warning: {source}: skipped: {reason}", err=True)


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
    from kg.extract.parse import load_pipeline
    from kg.extract.pipeline import extract_documents
    from kg.rdf.graph import corpus_graph

    nlp = load_pipeline(gazetteer_files=gazetteer_files)
    with progress(len(documents), quiet=quiet) as on_document:
        corpus = extract_documents(
            documents,
            nlp=nlp,
            include_comments=include_comments,
            on_document=on_document,
            n_process=processes,
        )
        return corpus_graph(corpus)


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

    from kg.files import check_output_file, ensure_output_dir
    from kg.rdf.summary import summarise
    from kg.rdf.turtle import write_turtle
    from kg.sparql.store import add_documents

    started = time.perf_counter()
    written: list[Path] = []
    if output is not None:
        ensure_output_dir(output)
        written.append(check_output_file(output / "graph.ttl"))
        if not no_html:
            written.append(check_output_file(output / "graph.html"))
    with progress(len(documents), quiet=quiet) as on_document:
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
            from kg.view.page import write_html

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
    print_summary(summarise(update.graph), written, time.perf_counter() - started)
