"""The offline HTML view of a graph: RDF → networkx projection, layout, one self-contained page.

* :mod:`kg.view.projection`: :func:`to_networkx`, the graph's entities and grouped
  statements as networkx (also measured by :mod:`kg.stats`);
* :mod:`kg.view.layout`: seeded positions, computed ahead;
* :mod:`kg.view.styles`: node and edge styles, as data;
* :mod:`kg.view.page`: the page's data and HTML, :func:`render_html` and :func:`write_html`;
* :mod:`kg.view.inline`: the inlined scripts and styles (``assets/`` and vis-network).
"""

from __future__ import annotations

from kg.view.layout import LAYOUT_SEED
from kg.view.page import OVERVIEW_LIMIT, render_html, write_html
from kg.view.projection import Source, to_networkx
from kg.view.styles import NODE_STYLES, NodeStyle

__all__ = [
    "write_html",
    "render_html",
    "to_networkx",
    "Source",
    "NodeStyle",
    "NODE_STYLES",
    "LAYOUT_SEED",
    "OVERVIEW_LIMIT",
]
