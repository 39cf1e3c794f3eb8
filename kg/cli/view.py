"""``kg view`` (the HTML page) and ``kg stats`` (centrality, communities, paths)."""

from __future__ import annotations

import json
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, handle_errors
from kg.errors import OutputError

__all__ = ["view", "stats", "default_output"]


def default_output(graph: Path) -> Path:
    """Where ``kg view GRAPH`` writes without ``-o``: ``out/graph.ttl`` → ``out/graph.html``,
    a store folder ``corpus`` → ``corpus.html`` beside it."""
    if graph.is_dir():
        return graph.parent / f"{graph.resolve().name}.html"
    return graph.with_suffix(".html")


@app.command()
@handle_errors
def view(
    graph: Annotated[
        Path, typer.Argument(help="A graph file (graph.ttl, .nt, .jsonld, .rdf) or a store folder.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The HTML file to write (default: beside the graph, GRAPH.html).",
            show_default=False,
        ),
    ] = None,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in a web browser.")
    ] = False,
) -> None:
    """Draw a graph as one offline HTML page."""
    from kg.files import check_output_file
    from kg.sparql.source import load_graph

    if output is None:
        output = default_output(graph)
    if output.suffix.lower() not in (".html", ".htm"):
        raise OutputError(f"{output}: give an .html file name, e.g. {output.with_suffix('.html')}")
    check_output_file(output)
    loaded = load_graph(graph)
    from kg.view.page import write_html

    written = write_html(loaded, output, title=f"kg: {graph.name}")
    typer.echo(str(written))
    if open_browser:
        webbrowser.open(Path(written).resolve().as_uri())


@app.command()
@handle_errors
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

    from kg.sparql.source import load_graph
    from kg.stats import ACTOR_TYPES, format_path, format_stats, graph_stats, shortest_path
    from kg.view.projection import to_networkx

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
