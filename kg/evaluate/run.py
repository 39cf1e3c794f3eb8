"""Running an evaluation: build each article that has a gold file, and score it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.errors import InputError
from kg.evaluate.gold import GOLD_SUFFIX, load_gold
from kg.evaluate.match import evaluate_graph
from kg.evaluate.scores import ArticleResult, EvalReport

__all__ = ["run_eval"]


def _default_builder() -> Callable[[Path], Graph]:
    nlp: list[Any] = []

    def build_one(path: Path) -> Graph:
        from kg.extract.parse import load_pipeline
        from kg.pipeline import build

        if not nlp:
            nlp.append(load_pipeline())
        return build([path], nlp=nlp[0])

    return build_one


def _gold_files(gold_dir: Path) -> list[Path]:
    if gold_dir.is_file():
        return [gold_dir]
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder of gold files")
    files = sorted(p for p in gold_dir.iterdir() if p.name.endswith(GOLD_SUFFIX) and p.is_file())
    if not files:
        raise InputError(f"{gold_dir}: no *{GOLD_SUFFIX} files in this folder")
    return files


def run_eval(
    gold_dir: Path | str,
    *,
    texts_dir: Path | str | None = None,
    build_corpus: Callable[[Path], Graph] | None = None,
    on_article: Callable[[ArticleResult], None] | None = None,
) -> EvalReport:
    """Build a graph for each article with a ``*.gold.json`` in ``gold_dir`` and score it.

    The text named by a gold file's ``file`` key is looked up in ``texts_dir``,
    else beside the gold file. ``build_corpus(path)`` builds one article's
    graph (default: :func:`kg.pipeline.build` with the spaCy pipeline loaded
    once); ``on_article`` is called with each article's result as it is scored.
    """
    gold_path = Path(gold_dir)
    builder = build_corpus or _default_builder()
    results: list[ArticleResult] = []
    for path in _gold_files(gold_path):
        gold = load_gold(path)
        folders = [Path(texts_dir)] if texts_dir is not None else []
        folders.append(path.parent)
        text_path = next((f / gold.file for f in folders if (f / gold.file).is_file()), None)
        if text_path is None:
            searched = ", ".join(str(f) for f in folders)
            raise InputError(f"{path}: its text file {gold.file!r} is not in {searched}")
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{text_path}: cannot read the text ({error})") from error
        result = evaluate_graph(builder(text_path), gold, text=text)
        results.append(result)
        if on_article is not None:
            on_article(result)
    return EvalReport.from_articles(results)
