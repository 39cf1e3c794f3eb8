"""``kg build --workers N | --scheduler ADDRESS | --push URL``: a build on a Dask cluster,
or one whose graph goes to a SPARQL server as it is built (:mod:`kg.distributed`).

The destinations are those of ``kg build``: ``-o DIR`` (graph.ttl and
graph.html), ``--store DIR``, or ``--push URL`` (each document's named graph
``PUT`` to a Graph Store endpoint as its batch is done). Documents that cannot
be read or extracted are listed on stderr and left out; the build then exits
with status 7 (:data:`~kg.distributed.build.PARTIAL_EXIT`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from kg.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from kg.distributed.build import BuildReport, Progress
    from kg.distributed.sinks import Sink
    from kg.distributed.tasks import Item

__all__ = ["ClusterOptions", "build_on_cluster", "check_destination", "parse_headers"]


@dataclass(frozen=True)
class ClusterOptions:
    """Where ``kg build`` runs and where the graph goes, besides the options of every build."""

    workers: int | None = None
    scheduler: str | None = None
    push: str | None = None
    push_headers: tuple[tuple[str, str], ...] = ()
    fetch_urls: bool = True
    date: Any = None
    batch_size: int | None = None


def parse_headers(values: list[str]) -> tuple[tuple[str, str], ...]:
    """``Name: value`` options as pairs; :class:`InputError` for one without a colon."""
    pairs = []
    for value in values:
        name, colon, text = value.partition(":")
        if not colon or not name.strip():
            raise InputError(f"--push-header {value!r}: give it as 'Name: value'")
        pairs.append((name.strip(), text.strip()))
    return tuple(pairs)


def check_destination(cluster: ClusterOptions, *, output: Path | None, store: Path | None) -> None:
    """One place for the graph to go, and one cluster; :class:`InputError` otherwise."""
    if cluster.workers is not None and cluster.scheduler is not None:
        raise InputError("give --workers N or --scheduler ADDRESS, not both")
    destinations = [d for d in (output, store, cluster.push) if d is not None]
    if cluster.push is not None and len(destinations) > 1:
        raise InputError("--push sends the graph to a server: give it without -o or --store")
    if not destinations:
        raise InputError(
            "give an output folder with -o OUTDIR, a store folder with --store DIR "
            "or a Graph Store endpoint with --push URL"
        )


def build_on_cluster(
    inputs: list[str],
    options: Any,
    cluster: ClusterOptions,
    *,
    output: Path | None,
    started: float,
) -> None:
    """Build on the cluster (or in this process for ``--push`` alone) into ``-o`` or
    ``--push`` and report; ``options`` are the :class:`~kg.cli.build.BuildOptions`."""
    from kg.distributed.build import items_of

    items = items_of(inputs, fetch_urls=cluster.fetch_urls)
    if cluster.push is not None:
        _push(items, options, cluster, started)
    else:
        assert output is not None
        _files(items, options, cluster, output, started)


def _files(
    items: list[Item], options: Any, cluster: ClusterOptions, output: Path, started: float
) -> None:
    """``-o DIR``: graph.ttl and graph.html of the build."""
    from kg.cli.console import print_summary
    from kg.distributed.sinks import GraphSink, TurtleSink
    from kg.files import atomic_write_bytes, check_output_file, ensure_output_dir
    from kg.rdf.summary import summarise
    from kg.rdf.turtle import write_turtle

    created = not output.exists()
    ensure_output_dir(output)
    turtle_path = check_output_file(output / "graph.ttl")
    html_path = None if options.no_html else check_output_file(output / "graph.html")
    # without the view the client needs no graph: the workers render Turtle blocks
    sink: GraphSink | TurtleSink = GraphSink() if html_path is not None else TurtleSink()
    try:
        report = _run(items, sink, options, cluster)
        if isinstance(sink, TurtleSink):
            atomic_write_bytes(turtle_path, sink.turtle())
        else:
            write_turtle(sink.graph, turtle_path)
        if isinstance(sink, GraphSink) and html_path is not None:
            from kg.view.page import write_html

            title = f"kg: {len(report.documents)} articles"
            write_html(
                sink.graph, html_path, title=title, include_comments=options.include_comments
            )
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                output.rmdir()  # the folder this build made, if it holds nothing
        raise
    if not options.quiet:
        written = [turtle_path] if html_path is None else [turtle_path, html_path]
        seconds = time.perf_counter() - started
        if isinstance(sink, GraphSink):
            print_summary(summarise(sink.graph), written, seconds)
        else:
            _print_written(report, written, seconds)
    _finish(report)


def _print_written(report: BuildReport, written: list[Path], seconds: float) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    console.print(f"{len(report.documents)} document(s), {report.words:,} words", markup=False)
    for path in written:
        console.print(f"wrote {path}", markup=False)
    console.print(f"in {seconds:.1f} s", markup=False)


def _push(items: list[Item], options: Any, cluster: ClusterOptions, started: float) -> None:
    """``--push URL``: each document's named graph to the server as it is built."""
    from rich.console import Console

    from kg.distributed.sinks import PushSink

    assert cluster.push is not None
    sink = PushSink(cluster.push, headers=dict(cluster.push_headers))
    report = _run(items, sink, options, cluster)
    if not options.quiet:
        Console(highlight=False).print(
            f"pushed {len(sink.sent)} named graph(s) ({len(report.documents)} document(s), "
            f"entities, ontology) to {cluster.push} in {time.perf_counter() - started:.1f} s",
            markup=False,
            soft_wrap=True,
        )
    _finish(report)


def _run(items: list[Item], sink: Sink, options: Any, cluster: ClusterOptions) -> BuildReport:
    """The build of ``items`` into ``sink``, on the cluster asked for, with a progress bar."""
    from kg.distributed.build import connect, run_build, run_local

    with _progress(len(items), quiet=options.quiet) as on_progress:
        if cluster.workers is None and cluster.scheduler is None:
            return run_local(
                items,
                sink,
                gazetteer_files=options.gazetteer_files,
                include_comments=options.include_comments,
                date=cluster.date,
                on_progress=on_progress,
            )
        with connect(workers=cluster.workers, scheduler=cluster.scheduler) as client:
            return run_build(
                client,
                items,
                sink,
                gazetteer_files=options.gazetteer_files,
                include_comments=options.include_comments,
                date=cluster.date,
                batch_size=cluster.batch_size,
                on_progress=on_progress,
            )


@contextlib.contextmanager
def _progress(total: int, *, quiet: bool) -> Iterator[Any]:
    from kg.cli.console import build_progress

    stages = {"reading": "Reading articles", "writing": "Writing graphs"}
    with build_progress(total, quiet=quiet) as report:
        if report is None:
            yield None
            return

        def on_progress(progress: Progress) -> None:
            report(stages.get(progress.stage, progress.stage), progress.done, progress.words)

        yield on_progress


def _finish(report: BuildReport) -> None:
    """List the documents left out on stderr; exit with the partial status if any."""
    if not report.failures:
        return
    from kg.distributed.build import PARTIAL_EXIT

    for failure in report.failures:
        typer.echo(f"kg: warning: left out {failure.path}: {failure.error}", err=True)
    total = len(report.documents) + len(report.failures)
    typer.echo(
        f"kg: error: partial build: {len(report.failures)} of {total} document(s) left out",
        err=True,
    )
    raise typer.Exit(PARTIAL_EXIT)
