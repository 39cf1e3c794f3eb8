"""How the view draws things, as data: node styles by core type, edge colours, dash patterns.

Example:
    >>> NODE_STYLES["Person"]
    NodeStyle(shape='dot', colour='#4e79a7', label='Person')
    >>> node_style("Document").label
    'Other entity'
    >>> shade("#808080", 0.5), shade("#808080", 2.0)
    ('#404040', '#ffffff')
"""

from __future__ import annotations

import html
from dataclasses import dataclass

__all__ = [
    "NodeStyle",
    "NODE_STYLES",
    "FALLBACK_STYLE",
    "EDGE_COLOURS",
    "FALLBACK_EDGE_COLOUR",
    "MODALITY_DASHES",
    "LABELLED_MODALITIES",
    "FONT",
    "node_style",
    "edge_colour",
    "shade",
    "swatch",
    "line",
]


@dataclass(frozen=True)
class NodeStyle:
    """How nodes of one core type are drawn: vis-network shape, fill colour, legend label."""

    shape: str
    colour: str
    label: str


NODE_STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle("dot", "#4e79a7", "Person"),
    "Organisation": NodeStyle("square", "#f28e2b", "Organisation"),
    "Proposal": NodeStyle("diamond", "#59a14f", "Proposal"),
    "Event": NodeStyle("star", "#e15759", "Event"),
    "Place": NodeStyle("triangle", "#b07aa1", "Place"),
}
"""Styles by core type, in legend order."""

FALLBACK_STYLE = NodeStyle("dot", "#9aa0a6", "Other entity")

EDGE_COLOURS: dict[str, str] = {
    "memberOf": "#7f7f7f",
    "leads": "#1f4e79",
    "communicatesWith": "#e07b12",
    "proposes": "#3f8f3a",
    "supports": "#17a2b8",
    "opposes": "#d62728",
    "advisesOn": "#9467bd",
    "partOf": "#8c564b",
    "participatesIn": "#e377c2",
}
"""Line colours by core relation, in legend order."""

FALLBACK_EDGE_COLOUR = "#999999"

MODALITY_DASHES: dict[str, list[int] | bool] = {
    "Asserted": False,
    "Reported": [2, 5],
    "Planned": [9, 5],
    "Conditional": [5, 4],
    "Negated": [12, 4, 2, 4],
}
"""vis-network dash pattern of an edge by the modality it is drawn with."""

LABELLED_MODALITIES = frozenset({"Planned", "Conditional", "Negated"})
"""Modalities named in the edge's label ("imposes [planned]")."""

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

_STAR = "8,1 9.9,6 15,6 11,9.3 12.4,14.5 8,11.5 3.6,14.5 5,9.3 1,6 6.1,6"
_SWATCH_SHAPES = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2.5" y="2.5" width="11" height="11"/>',
    "diamond": '<polygon points="8,1.5 14.5,8 8,14.5 1.5,8"/>',
    "star": f'<polygon points="{_STAR}"/>',
    "triangle": '<polygon points="8,1.5 14.8,14 1.2,14"/>',
}


def node_style(core: str) -> NodeStyle:
    """The style of entities of core type ``core`` (local name), or the fallback."""
    return NODE_STYLES.get(core, FALLBACK_STYLE)


def edge_colour(core: str) -> str:
    """The colour of relations of core relation ``core`` (local name), or the fallback."""
    return EDGE_COLOURS.get(core, FALLBACK_EDGE_COLOUR)


def shade(colour: str, factor: float) -> str:
    """``colour`` darkened (factor < 1) or lightened towards white (factor > 1)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    if factor <= 1:
        channels = (round(c * factor) for c in (red, green, blue))
    else:
        channels = (round(c + (255 - c) * (factor - 1)) for c in (red, green, blue))
    return "#" + "".join(f"{min(255, max(0, c)):02x}" for c in channels)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def swatch(shape: str, colour: str) -> str:
    """A 16-pixel SVG of a node of ``shape`` filled with ``colour``, for the legend."""
    body = _SWATCH_SHAPES.get(shape, _SWATCH_SHAPES["dot"])
    return (
        f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
        f'<g fill="{_esc(colour)}" stroke="{_esc(shade(colour, 0.7))}" stroke-width="1.2">'
        f"{body}</g></svg>"
    )


def line(colour: str, *, dashes: list[int] | bool = False, dot: bool = False) -> str:
    """A short SVG line in ``colour`` (dashed, with a dot in the middle), for the legend."""
    dash = (
        f' stroke-dasharray="{" ".join(str(d) for d in dashes)}"'
        if isinstance(dashes, list) and dashes
        else ""
    )
    marker = f'<circle cx="14" cy="6" r="3.2" fill="{_esc(colour)}"/>' if dot else ""
    return (
        f'<svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">'
        f'<line x1="1" y1="6" x2="27" y2="6" stroke="{_esc(colour)}" stroke-width="2.2"{dash}/>'
        f"{marker}</svg>"
    )
