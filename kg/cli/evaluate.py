"""``kg eval``: score the extractor against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli.app import app, handle_errors
from kg.errors import InputError

__all__ = ["evaluate"]


@app.command("eval")
@handle_errors
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
    by_rule: Annotated[
        bool,
        typer.Option(
            "--by-rule", help="Also score each extraction rule: what it read, how much was right."
        ),
    ] = False,
) -> None:
    """Score the extractor against gold annotations: precision, recall, F1."""
    from kg.files import atomic_write_text, check_output_file

    if not gold_dir.exists():
        raise InputError(f"{gold_dir}: no such folder; give the folder of *.gold.json files")
    if texts is not None and not texts.is_dir():
        raise InputError(f"{texts}: no such folder; give the folder of the articles")
    if json_path is not None:
        check_output_file(json_path)

    from kg.cli.console import step_progress
    from kg.evaluate import format_report, report_to_json, run_eval

    total = len(list(gold_dir.glob("*.gold.json"))) if gold_dir.is_dir() else 1
    scored: list[str] = []
    with step_progress("Scoring articles") as advance:
        advance(0, total)

        def on_article(result: Any) -> None:
            scored.append(str(getattr(result, "file", "")))
            advance(len(scored), max(total, len(scored)))

        report = run_eval(gold_dir, texts_dir=texts, on_article=on_article)
    typer.echo(format_report(report, verbose=verbose, by_rule=by_rule))
    if json_path is not None:
        text = json.dumps(report_to_json(report), indent=2, ensure_ascii=False) + "\n"
        atomic_write_text(json_path, text)
