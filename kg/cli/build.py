"""``kg build``: articles in, graph.ttl and graph.html (or a store) out."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kg.cli.app import Quiet, app, handle_errors
from kg.cli.console import print_summary, progress
from kg.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from rdflib import Graph

    from kg.model import Document
    from kg.sparql.store import StoreUpdate

__all__ = ["build", "BuildOptions", "build_files", "build_store", "write_pair"]


@dataclass(frozen=True)
class BuildOptions:
    """How ``kg build`` reads the articles and what it writes besides the graph."""

    gazetteer_files: list[Path]
    include_comments: bool = False
    no_html: bool = False
    quiet: bool = False
    processes: int = 1


#: The articles: files, folders, pages and addresses.
Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT...",
        help="Articles: .txt/.md files, saved .html/.htm pages, folders of them, "
        "http(s):// addresses.",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Output folder for graph.ttl and graph.html."),
]
IncludeComments = Annotated[
    bool, typer.Option("--include-comments", help="Keep facts read from readers' comments.")
]
Gazetteers = Annotated[
    list[Path] | None,
    typer.Option(
        "--gazetteer", help="Extra gazetteer Turtle file (repeatable).", show_default=False
    ),
]
NoHtml = Annotated[bool, typer.Option("--no-html", help="Do not write graph.html.")]
Processes = Annotated[
    int, typer.Option("--processes", "-j", min=1, help="Processes for spaCy's parse.")
]
UrlFiles = Annotated[
    list[Path] | None,
    typer.Option(
        "--urls",
        help="A text file listing web addresses to read, one a line (repeatable).",
        show_default=False,
    ),
]
NoFetch = Annotated[
    bool, typer.Option("--no-fetch", help="Refuse web addresses: read local files only.")
]
Date = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="YYYY-MM-DD",
        help="Publication date of the articles that give none of their own.",
        show_default=False,
    ),
]
Store = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Add the articles to this store folder (made if needed), one named graph per "
        "document; with -o also write the whole store as graph.ttl and graph.html.",
        show_default=False,
    ),
]
Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Build on a local Dask cluster of N worker processes.",
        show_default=False,
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Build on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786).",
        show_default=False,
    ),
]
Push = Annotated[
    str | None,
    typer.Option(
        "--push",
        metavar="URL",
        help="Send each document's named graph to this Graph Store endpoint as it is built.",
        show_default=False,
    ),
]
PushHeaders = Annotated[
    list[str] | None,
    typer.Option(
        "--push-header",
        metavar="'NAME: VALUE'",
        help="HTTP header for --push, e.g. 'Authorization: Basic ...' (repeatable).",
        show_default=False,
    ),
]


@app.command()
@handle_errors
def build(
    inputs: Inputs = None,
    output: Output = None,
    include_comments: IncludeComments = False,
    gazetteer: Gazetteers = None,
    no_html: NoHtml = False,
    quiet: Quiet = False,
    processes: Processes = 1,
    urls: UrlFiles = None,
    no_fetch: NoFetch = False,
    date: Date = None,
    store: Store = None,
    workers: Workers = None,
    scheduler: Scheduler = None,
    push: Push = None,
    push_header: PushHeaders = None,
) -> None:
    """Build a knowledge graph (graph.ttl, graph.html) from articles, or add them to a store."""
    from kg.extract.read import read_documents

    started = time.perf_counter()
    options = BuildOptions(list(gazetteer or []), include_comments, no_html, quiet, processes)
    if workers is not None or scheduler is not None or push is not None:
        from kg.cli.build_cluster import ClusterOptions, parse_headers

        _check_gazetteers(options.gazetteer_files)
        cluster = ClusterOptions(
            workers, scheduler, push, parse_headers(push_header or []), not no_fetch, _date(date)
        )
        sources = _inputs(inputs, urls, no_fetch=no_fetch)
        _build_on_cluster(sources, options, cluster, output=output, store=store, started=started)
        return
    documents = read_documents(
        _inputs(inputs, urls, no_fetch=no_fetch),
        fetch_urls=not no_fetch,
        date=_date(date),
        on_skip=_report_skipped,
    )
    _check_gazetteers(options.gazetteer_files)
    if store is not None:
        build_store(store, documents, options, output=output)
    elif output is None:
        raise InputError("give an output folder with -o OUTDIR, or a store folder with --store DIR")
    else:
        build_files(output, documents, options, started=started)


def _build_on_cluster(
    sources: list[str],
    options: BuildOptions,
    cluster: Any,
    *,
    output: Path | None,
    store: Path | None,
    started: float,
) -> None:
    """``--workers``, ``--scheduler`` or ``--push``: :mod:`kg.cli.build_cluster`; a store
    whose articles are extracted on the cluster: :mod:`kg.cli.build_cluster_store`."""
    from kg.cli.build_cluster import build_on_cluster, check_destination

    check_destination(cluster, output=output, store=store)
    if store is None:
        build_on_cluster(sources, options, cluster, output=output, started=started)
        return
    from kg.cli.build_cluster_store import store_extraction
    from kg.extract.read import read_documents

    documents = read_documents(
        sources, fetch_urls=cluster.fetch_urls, date=cluster.date, on_skip=_report_skipped
    )
    with store_extraction(options, cluster) as extract:
        build_store(store, documents, options, output=output, extract=extract)


def _check_gazetteers(files: list[Path]) -> None:
    for path in files:
        if not path.exists():
            raise InputError(f"{path}: no such gazetteer file; give a Turtle file of kg entities")
        if not path.is_file():
            raise InputError(f"{path}: is not a file; give a Turtle file of kg entities")
    if files:
        from kg.extract.gazetteer import load_gazetteer

        load_gazetteer(files)  # GraphError now, not after loading the model


def build_files(
    output: Path, documents: list[Document], options: BuildOptions, *, started: float
) -> None:
    """``kg build -o OUTDIR``: the graph of ``documents`` as graph.ttl and graph.html.

    The output files are checked before the articles are read; a folder this
    build created is removed again when it fails.
    """
    from kg.files import check_output_file, ensure_output_dir
    from kg.rdf.summary import summarise

    created = not output.exists()
    ensure_output_dir(output)
    turtle_path = check_output_file(output / "graph.ttl")
    html_path = None if options.no_html else check_output_file(output / "graph.html")
    try:
        graph = _extract(documents, options)
        write_pair(graph, output, _title(documents), options)
    except BaseException:
        if created:
            _remove_if_empty(output)
        raise
    if not options.quiet:
        written = [turtle_path] if html_path is None else [turtle_path, html_path]
        print_summary(summarise(graph), written, time.perf_counter() - started)


def write_pair(graph: Graph, output: Path, title: str, options: BuildOptions) -> None:
    """Write ``graph.ttl`` and its view ``graph.html`` into ``output`` as a pair.

    Both are written in full into a temporary folder inside ``output`` first
    (where a kill or a full disk can only leave that folder, removed by the
    next build); then the old ``graph.html`` is removed and the new files are
    renamed into place, Turtle first. At no moment does a ``graph.html`` sit
    beside a ``graph.ttl`` it was not drawn from; with ``--no-html`` an old
    one is removed.
    """
    import os
    import shutil
    import tempfile

    from kg.errors import OutputError
    from kg.files import os_reason
    from kg.rdf.turtle import write_turtle

    for stale in output.glob(".kg-build-*"):  # left by a build that was killed
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=output))
    try:
        write_turtle(graph, staging / "graph.ttl")
        if not options.no_html:
            _write_view(graph, staging / "graph.html", title, options)
        try:
            (output / "graph.html").unlink(missing_ok=True)
            os.replace(staging / "graph.ttl", output / "graph.ttl")
            if not options.no_html:
                os.replace(staging / "graph.html", output / "graph.html")
        except OSError as error:
            raise OutputError(
                f"{output}: cannot put graph.ttl and graph.html in place ({os_reason(error)}); "
                "check the folder and build again"
            ) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


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


def _extract(documents: list[Document], options: BuildOptions) -> Graph:
    from kg.extract.parse import load_pipeline
    from kg.extract.pipeline import extract_documents
    from kg.rdf.graph import corpus_graph

    nlp = load_pipeline(gazetteer_files=options.gazetteer_files)
    with progress(len(documents), quiet=options.quiet) as on_document:
        corpus = extract_documents(
            documents,
            nlp=nlp,
            include_comments=options.include_comments,
            gazetteer_files=options.gazetteer_files,
            on_document=on_document,
            n_process=options.processes,
        )
        return corpus_graph(corpus)


def _write_view(graph: Graph, path: Path, title: str, options: BuildOptions) -> None:
    from kg.view.page import write_html

    write_html(graph, path, title=title, include_comments=options.include_comments)


def build_store(
    store: Path,
    documents: list[Document],
    options: BuildOptions,
    *,
    output: Path | None,
    extract: Any = None,
) -> None:
    """``kg build --store DIR``: add articles to a store; with ``-o``, write the store's graph too.

    ``extract`` reads the articles instead of this process (``--workers``: on a cluster).
    """
    from kg.files import check_output_file, ensure_output_dir
    from kg.rdf.summary import summarise
    from kg.sparql.store import add_documents

    started = time.perf_counter()
    written: list[Path] = []
    if output is not None:
        ensure_output_dir(output)
        written.append(check_output_file(output / "graph.ttl"))
        if not options.no_html:
            written.append(check_output_file(output / "graph.html"))
    with progress(len(documents), quiet=options.quiet or extract is not None) as on_document:
        update = add_documents(
            store,
            documents,
            include_comments=options.include_comments,
            gazetteer_files=options.gazetteer_files,
            on_document=on_document,
            n_process=options.processes,
            extract=extract,
        )
    graph = update.graph
    if graph is None and output is not None:  # added through the index: read the store
        from kg.sparql.store import open_store

        with open_store(store) as opened:
            graph = opened.to_rdflib()
    if output is not None and graph is not None:
        write_pair(graph, output, f"kg: {store.name}", options)
    if not options.quiet:
        _print_store_update(store, update)
        if graph is not None:
            print_summary(summarise(graph), written, time.perf_counter() - started)


def _print_store_update(store: Path, update: StoreUpdate) -> None:
    from rich.console import Console

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
