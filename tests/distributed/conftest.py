"""Fixtures of the distributed build: a small corpus written for the tests, a local cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

#: Short articles that share actors (merged across documents), share only a surname (kept
#: apart) and share a file name (two ids), plus the example article.
TEXTS = {
    "pay/a.txt": "Pay talks\nHealth secretary Wes Streeting met the British Medical Association "
    "on Monday. Mr Streeting said the BMA must accept the offer.\n",
    "pay/b.txt": "Offer rejected\nThe British Medical Association (BMA) rejected a pay offer from "
    "Wes Streeting. Dr Anna Smith, a GP in Leeds, said the BMA would ballot its members.\n",
    "college/a.txt": "College warns\nDr Smith of the Royal College of GPs criticised the plan. "
    "Smith said the Royal College of GPs would write to Wes Streeting.\n",
    "college/c.md": "Smith\nJohn Smith, the chair of the Royal College of GPs, wrote to the "
    "health secretary. The Royal College of GPs opposed the new contract.\n",
}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory, example_article: Path) -> list[Path]:
    """Inputs as given to ``kg build``: two folders and the example article."""
    root = tmp_path_factory.mktemp("corpus")
    for name, text in TEXTS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [root / "pay", root / "college", example_article]


@pytest.fixture(scope="session")
def single_turtle(corpus: list[Path], nlp: Any) -> bytes:
    """The corpus built in one process, as Turtle."""
    from kg.pipeline import build
    from kg.rdf.turtle import turtle_bytes

    return turtle_bytes(build(corpus, nlp=nlp))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A client of a local cluster of 2 worker processes on 127.0.0.1, stopped after the module."""
    from kg.distributed.build import connect

    with connect(workers=2) as client:
        yield client
