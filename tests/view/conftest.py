"""Fixtures of the kg.view tests: the small hand-made graph and its page, made once."""

from __future__ import annotations

import pytest
from rdflib import Graph
from view_helpers import build_graph

from kg.view.page import render_html


@pytest.fixture(scope="session")
def graph() -> Graph:
    """The small graph of :func:`view_helpers.build_graph`. Do not change it: copy it first."""
    return build_graph()


@pytest.fixture(scope="session")
def page(graph: Graph) -> str:
    """The page of :func:`graph`, titled "Test graph"."""
    return render_html(graph, title="Test graph")
