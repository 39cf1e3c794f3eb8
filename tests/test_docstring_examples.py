"""The examples in the docstrings run, as ``pytest --doctest-modules`` would run them.

Listed module by module: add a module here once its examples run.
"""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "kg.files",
    "kg.rdf.turtle",
    "kg.sparql.engine",
    "kg.sparql.export",
    "kg.sparql.library",
    "kg.sparql.named_graphs",
    "kg.sparql.query",
    "kg.sparql.source",
    "kg.sparql.store",
    "kg.sparql.validate",
    "kg.sparql.serve",
    "kg.sparql.serve.page",
    "kg.sparql.serve.protocol",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
