"""Tests of kg.view.styles: node and edge styles as data, and their legend drawings."""

from __future__ import annotations

import pytest

from kg.rdf.schema import CORE_CLASSES, CORE_PROPERTIES, local_name
from kg.view.styles import (
    EDGE_COLOURS,
    FALLBACK_EDGE_COLOUR,
    FALLBACK_STYLE,
    MODALITY_DASHES,
    NODE_STYLES,
    NodeStyle,
    edge_colour,
    line,
    node_style,
    shade,
    swatch,
)


def test_node_styles_are_frozen_data() -> None:
    assert set(NODE_STYLES) == {"Person", "Organisation", "Proposal", "Event", "Place"}
    style = NODE_STYLES["Person"]
    assert isinstance(style, NodeStyle)
    with pytest.raises(AttributeError):
        style.colour = "#000000"  # type: ignore[misc]
    assert len({s.colour for s in NODE_STYLES.values()}) == len(NODE_STYLES)


def test_styles_cover_every_core_class_and_relation() -> None:
    assert list(NODE_STYLES) == [local_name(c) for c in CORE_CLASSES]
    assert list(EDGE_COLOURS) == [local_name(p) for p in CORE_PROPERTIES]
    assert node_style("Document") is FALLBACK_STYLE
    assert edge_colour("cites") == FALLBACK_EDGE_COLOUR
    assert MODALITY_DASHES["Asserted"] is False


@pytest.mark.parametrize(
    ("colour", "factor", "expected"),
    [("#4e79a7", 1.0, "#4e79a7"), ("#808080", 0.5, "#404040"), ("#808080", 2.0, "#ffffff")],
)
def test_shade_darkens_and_lightens(colour: str, factor: float, expected: str) -> None:
    assert shade(colour, factor) == expected


def test_legend_drawings_are_svg_in_the_style_colours() -> None:
    star = swatch(NODE_STYLES["Event"].shape, NODE_STYLES["Event"].colour)
    assert star.startswith("<svg") and "<polygon" in star and NODE_STYLES["Event"].colour in star
    assert "<circle" in swatch("unknown shape", "#000000")
    assert 'stroke-dasharray="9 5"' in line("#000000", dashes=[9, 5])
    assert "stroke-dasharray" not in line("#000000") and "<circle" in line("#000000", dot=True)
