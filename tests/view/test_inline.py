"""Tests of kg.view.inline: the page's own assets and vis-network's, inlined safely."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from kg.errors import OutputError
from kg.view import inline
from kg.view.inline import (
    csp_hash,
    json_for_script,
    page_script,
    page_style,
    page_template,
    safe_in_tag,
    vis_assets,
)
from kg.view.styles import FONT


def test_page_script_never_parses_data_as_html() -> None:
    script = page_script()
    assert "innerHTML" not in script and "outerHTML" not in script
    assert "insertAdjacentHTML" not in script and "document.write" not in script
    assert "eval(" not in script and "new Function" not in script


@pytest.mark.parametrize("name", ["view.js", "view.css", "page.html"])
def test_assets_ship_inside_the_package(name: str) -> None:
    asset = resources.files("kg.view") / "assets" / name
    assert asset.is_file() and asset.read_text(encoding="utf-8").strip()


def test_page_style_gets_the_font_of_the_canvas() -> None:
    style = page_style()
    assert f"font-family: {FONT};" in style and "$" not in style


def test_page_template_names_every_part() -> None:
    names = {m.group(1) for m in re.finditer(r"\$(\w+)", page_template().template)}
    assert names == {
        "policy",
        "title",
        "vis_style",
        "page_style",
        "vis_script",
        "counts",
        "toolbar",
        "legend",
        "data",
        "page_script",
    }


def test_safe_in_tag_stops_early_ends_of_elements() -> None:
    assert safe_in_tag("a</SCRIPT>b", "script") == "a<\\/SCRIPT>b"
    assert safe_in_tag("</style><!--", "style") == "<\\/style><\\!--"
    assert safe_in_tag("</style>", "script") == "</style>"


def test_json_for_script_has_no_markup_characters() -> None:
    text = json_for_script({"b": "</script>&", "a": 1})
    assert text == '{"a":1,"b":"\\u003c/script\\u003e\\u0026"}'


def test_vis_assets_are_bundled_by_pyvis_and_hashed() -> None:
    script, style, digest = vis_assets()
    assert "vis-network" in script and ".vis-tooltip" in style
    assert digest == csp_hash(script) and digest.startswith("'sha256-")
    assert not re.search(r"url\((?![\"']?data:)", style)


def test_missing_asset_says_to_reinstall() -> None:
    with pytest.raises(OutputError, match="reinstall kg"):
        inline._asset("missing.js")
