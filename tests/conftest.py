"""Shared fixtures: the spaCy pipeline and the example graph, loaded once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.extract.pipeline import extract_documents
from kg.extract.read import read_text
from kg.model import Corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_ARTICLE = EXAMPLES / "streeting-letter-to-gpce.txt"
QUERIES = EXAMPLES / "queries"


@pytest.fixture(scope="session")
def example_article() -> Path:
    """The example article shipped in ``examples/``."""
    return EXAMPLE_ARTICLE


@pytest.fixture(scope="session")
def nlp() -> Any:
    """kg's spaCy pipeline (statistical model, paragraph splitter, gazetteer), loaded once."""
    from kg.extract.parse import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example_graph(nlp: Any) -> Graph:
    """The graph of the example article. Do not change it: copy it first."""
    from kg.pipeline import build

    return build([EXAMPLE_ARTICLE], nlp=nlp)


@pytest.fixture(scope="session")
def extract(nlp: Any) -> Callable[..., Corpus]:
    """``extract(text, include_comments=False)``: the corpus of one short article, cached."""
    cache: dict[tuple[str, bool], Corpus] = {}

    def run(text: str, *, include_comments: bool = False) -> Corpus:
        key = (text, include_comments)
        if key not in cache:
            document = read_text(text, doc_id="t")
            cache[key] = extract_documents([document], nlp=nlp, include_comments=include_comments)
        return cache[key]

    return run


@pytest.fixture
def make_file(tmp_path: Path) -> Callable[..., Path]:
    """Write ``content`` (str as UTF-8, or bytes) to ``tmp_path / name`` and return the path."""

    def make(name: str, content: str | bytes = "") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make


@pytest.fixture
def shared_pipeline(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> Any:
    """Make ``kg.extract.parse.load_pipeline`` return the session pipeline, so CLI tests load it once."""
    import kg.extract.parse

    def load(*, model: str | None = None, gazetteer_files: Any = ()) -> Any:
        if model is None and not list(gazetteer_files):
            return nlp
        return original(model=model, gazetteer_files=gazetteer_files)

    original = kg.extract.parse.load_pipeline
    monkeypatch.setattr(kg.extract.parse, "load_pipeline", load)
    return nlp
