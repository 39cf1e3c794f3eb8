"""The offline HTML view of a graph: RDF → networkx projection, layout, one self-contained page."""

from __future__ import annotations

from kg.view.page import LAYOUT_SEED, render_html, to_networkx, write_html

__all__ = ["write_html", "render_html", "to_networkx", "LAYOUT_SEED"]
