"""Tests of kg.view.page: the page's data and the one self-contained HTML page."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from rdflib import PROV, RDF, Graph, Literal, URIRef
from view_helpers import DOC_ID, XSS_IMG, XSS_NAME, build_graph, dated_graph, vis_data

from kg.errors import OutputError
from kg.rdf.namespaces import KG, entity_iri
from kg.view.inline import vis_assets
from kg.view.page import render_html, write_html
from kg.view.projection import to_networkx
from kg.view.styles import NODE_STYLES

# --------------------------------------------------------------------------
# render_html
# --------------------------------------------------------------------------


def test_page_is_self_contained(page: str) -> None:
    external = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert external == []
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert "@import" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_page_inlines_vis_network(page: str) -> None:
    assert "vis-network" in page and "@version 9." in page
    assert "new vis.Network(" in page
    assert ".vis-tooltip" in page  # vis-network's own stylesheet


def test_page_header_counts_and_legend(page: str) -> None:
    assert "<title>Test graph</title>" in page and "<h1>Test graph</h1>" in page
    assert "<strong>5</strong> entities" in page
    assert "<strong>4</strong> relations" in page
    for style in NODE_STYLES.values():
        assert style.label in page
    assert "communicates with" in page and "opposes" in page


def test_page_data_nodes_layout_and_styles(page: str) -> None:
    data = vis_data(page)
    labels = {node["label"] for node in data["nodes"]}
    assert labels == {
        "Wes Streeting",
        "GP Committee England",
        "2025/26 GP contract",
        "Government",
        "BMA",
    }
    assert data["options"]["physics"]["enabled"] is False
    assert data["initial"] is None  # small: every entity shown from the start
    assert all(isinstance(node["x"], int) and isinstance(node["y"], int) for node in data["nodes"])
    types = [t["key"] for t in data["types"]]
    assert types[: len(NODE_STYLES)] == list(NODE_STYLES)
    by_label = {node["label"]: node for node in data["nodes"]}
    streeting = by_label["Wes Streeting"]
    assert data["types"][streeting["type"]]["shape"] == NODE_STYLES["Person"].shape
    assert data["types"][streeting["type"]]["colour"] == NODE_STYLES["Person"].colour
    assert streeting["aliases"] == ["Mr Streeting", "health secretary"]
    assert [data["documents"][i][0] for i in streeting["docs"]] == [DOC_ID]
    assert data["documents"] == [[DOC_ID, "Streeting's letter", None]]  # no date
    assert by_label["GP Committee England"]["kind"] == "Committee"
    # the best-connected node is drawn largest and ranked first
    assert by_label["GP Committee England"]["size"] > by_label["Government"]["size"]
    assert by_label["GP Committee England"]["rank"] == 0
    assert sorted(node["rank"] for node in data["nodes"]) == list(range(5))


def test_page_data_edges_carry_every_source_sentence(page: str) -> None:
    data = vis_data(page)
    names = [node["label"] for node in data["nodes"]]
    properties = [p["key"] for p in data["properties"]]
    wrote = next(edge for edge in data["edges"] if edge["property"] == "wroteTo")
    assert (names[wrote["from"]], names[wrote["to"]]) == ("Wes Streeting", "GP Committee England")
    assert properties[wrote["core"]] == "communicatesWith"
    assert wrote["label"] == "wrote to" and wrote["modality"] == "Asserted"
    assert wrote["confidence"] == 0.8
    texts = {data["sentences"][source[0]][0]: source for source in wrote["sources"]}
    assert set(texts) == {
        "Wes Streeting wrote to GP Committee England about the 2025/26 contract.",
        "In a second letter Wes Streeting wrote to GP Committee England again.",
    }
    first = texts["Wes Streeting wrote to GP Committee England about the 2025/26 contract."]
    sentence_index, modality, confidence, comments, start, end, method = first
    assert (modality, confidence, comments, method) == ("Asserted", 0.8, 0, "dep:test")
    assert data["sentences"][sentence_index][1] == 0  # the document's index
    assert (start, end) == (
        0,
        len("Wes Streeting wrote to GP Committee England about the 2025/26 contract."),
    )

    imposes = next(edge for edge in data["edges"] if edge["property"] == "imposes")
    assert imposes["modality"] == "Planned"
    assert data["modalities"]["Planned"], "a planned relation is dashed"
    assert data["modalities"]["Asserted"] is False
    rejects = next(edge for edge in data["edges"] if edge["property"] == "rejects")
    assert rejects["comments"] is True
    assert rejects["sources"][0][3] == 1
    assert "comments" not in wrote
    colours = {p["key"]: p["colour"] for p in data["properties"]}
    assert colours["communicatesWith"] != colours["opposes"]


def test_page_has_search_filters_panel_and_api(page: str) -> None:
    assert 'id="kg-search"' in page and 'id="kg-document"' in page
    assert 'id="kg-comments"' in page and 'id="kg-panel"' in page
    for name in NODE_STYLES:
        assert f'data-kg-type="{name}"' in page
    assert 'data-kg-property="communicatesWith"' in page
    assert f">Streeting&#x27;s letter ({DOC_ID})</option>" in page
    for hook in ("search", "selectNode", "selectEdge", "setTypeVisible", "neighbourhood", "state"):
        assert f"api.{hook} = " in page


# --------------------------------------------------------------------------
# Dates: the documents' dates, sentences in date order, the date strip
# --------------------------------------------------------------------------


def test_page_data_documents_carry_their_dates() -> None:
    data = vis_data(render_html(dated_graph()))
    assert data["documents"] == [
        ["a-pilots-letter", "A harbour pilot's letter", None],
        ["brice-writes-again", "Minister writes to the pilots again", "2024-05-28"],
        ["guild-turns-against-plan", "Pilots' guild turns against harbour plan", "2024-05-21"],
        ["minister-announces-plan", "Minister announces Harbour Reform Plan", "2024-01-10"],
        ["port-authority-backs-reform", "Port Authority backs harbour reform", "2024-03-02"],
        ["port-authority-changes-course", "Port Authority changes course on reform", "2024-08-14"],
    ]
    assert data["dated"] == 5


def _source_dates(data: dict[str, Any], edge: dict[str, Any]) -> list[str | None]:
    """The dates of the documents of an edge's sentences, in the edge's order."""
    return [data["documents"][data["sentences"][s[0]][1]][2] for s in edge["sources"]]


def test_page_data_sources_in_date_order_undated_last() -> None:
    data = vis_data(render_html(dated_graph()))
    names = [node["label"] for node in data["nodes"]]
    by_ends = {(names[e["from"]], e["property"], names[e["to"]]): e for e in data["edges"]}
    for edge in data["edges"]:
        dates = _source_dates(data, edge)
        assert dates == sorted(dates, key=lambda d: (d is None, d or "")), edge
    wrote = by_ends["Alan Brice", "wroteTo", "Ferry Pilots Guild"]
    assert _source_dates(data, wrote) == ["2024-05-21", "2024-05-28"]
    assert [data["sentences"][s[0]][0] for s in wrote["sources"]] == [
        "Alan Brice wrote to the Ferry Pilots Guild.",
        "Alan Brice wrote to the Ferry Pilots Guild again, asking for talks.",
    ]
    opposes = by_ends["Ferry Pilots Guild", "opposes", "Harbour Reform Plan"]
    assert _source_dates(data, opposes) == ["2024-08-14", None]
    forum = by_ends["Coastal Councils Forum", "opposes", "Harbour Reform Plan"]
    modalities = [source[1] for source in forum["sources"]]
    assert list(zip(_source_dates(data, forum), modalities, strict=True)) == [
        ("2024-03-02", "Conditional"),
        ("2024-05-28", "Asserted"),
    ]


def test_page_date_strip_and_range_inputs_when_documents_have_dates() -> None:
    page = render_html(dated_graph())
    assert 'id="kg-strip"' in page
    assert re.search(
        r'id="kg-date-from" [^>]*placeholder="YYYY-MM-DD"[^>]* value="2024-01-10"', page
    )
    assert re.search(r'id="kg-date-to" [^>]*value="2024-08-14"', page)
    assert 'id="kg-date-all"' in page and "+ 1 undated" in page
    # the document menu gives the date first
    assert ">2024-01-10 · Minister announces Harbour Reform Plan (minister-announces-plan)<" in page
    assert "api.setDates = " in page


def test_page_has_no_date_strip_when_no_document_has_a_date(page: str) -> None:
    for html in (page, render_html(dated_graph(dates=False))):
        assert 'id="kg-strip"' not in html and 'id="kg-date-from"' not in html
        assert vis_data(html)["dated"] == 0


def test_large_graph_opens_on_the_most_connected(graph: Graph) -> None:
    data = vis_data(render_html(graph, overview_limit=3))
    names = [node["label"] for node in data["nodes"]]
    assert sorted(names[i] for i in data["initial"]) == [
        "2025/26 GP contract",
        "BMA",
        "GP Committee England",
    ]
    assert len(data["nodes"]) == 5  # the rest is one click away


def test_quotes_and_details_reach_the_node(graph: Graph) -> None:
    g = Graph()
    g += graph
    streeting = entity_iri("Wes Streeting")
    quote = URIRef("urn:x:quote")
    g.add((quote, RDF.type, KG.Quotation))
    g.add((quote, KG.quotedText, Literal("We want to work with GPs.")))
    g.add((quote, PROV.wasAttributedTo, streeting))
    g.add((entity_iri("Government"), KG.date, Literal("1 April")))
    view = to_networkx(g)
    assert view.nodes[str(streeting)]["quotes"] == [("We want to work with GPs.", "")]
    assert view.nodes[str(entity_iri("Government"))]["details"] == [("date", "1 April")]
    data = vis_data(render_html(g))
    by_label = {node["label"]: node for node in data["nodes"]}
    assert by_label["Wes Streeting"]["quotes"] == [["We want to work with GPs.", -1]]
    assert by_label["Government"]["details"] == [["date", "1 April"]]


def test_include_comments_false_drops_comment_only_edges(graph: Graph) -> None:
    page = render_html(graph, include_comments=False)
    data = vis_data(page)
    assert len(data["edges"]) == 3
    assert not any(edge["property"] == "rejects" for edge in data["edges"])
    assert "Reader comments left out" in page


def test_render_is_deterministic(graph: Graph) -> None:
    assert render_html(graph) == render_html(graph)
    assert render_html(build_graph()) == render_html(graph)


def test_hostile_strings_are_escaped() -> None:
    page = render_html(build_graph(hostile=True), title="<b>x</b> & " + XSS_NAME)
    # nothing article-derived appears as markup anywhere in the page
    assert "alert(1)</script>" not in page
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "<title>&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;" in page
    # the data block cannot close its script element: no "<" at all inside it
    block = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert block and "<" not in block.group(1) and ">" not in block.group(1)
    data = json.loads(block.group(1))
    # names and sentences stay verbatim in the data: the page puts them in as text
    assert XSS_NAME in {node["label"] for node in data["nodes"]}
    assert XSS_IMG in {node["label"] for node in data["nodes"]}
    assert any(XSS_IMG in text for text, _ in data["sentences"])
    # outside vis-network's own code, exactly the page's three scripts
    vis_code = vis_assets()[0]
    assert vis_code in page
    assert len(re.findall(r"<script\b", page.replace(vis_code, ""))) == 3


def test_empty_graph_renders() -> None:
    page = render_html(Graph())
    data = vis_data(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert "<strong>0</strong> entities" in page


# --------------------------------------------------------------------------
# write_html
# --------------------------------------------------------------------------


def test_write_html_writes_the_rendered_page(graph: Graph, tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.html"
    result = write_html(graph, target, title="Test graph")
    assert result == target
    assert target.read_text(encoding="utf-8") == render_html(graph, title="Test graph")
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]


def test_write_html_into_a_file_raises_output_error(graph: Graph, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_html(graph, blocker / "graph.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_write_html_onto_a_folder_leaves_no_temporary_file(graph: Graph, tmp_path: Path) -> None:
    folder = tmp_path / "graph.html"
    folder.mkdir()
    with pytest.raises(OutputError) as caught:
        write_html(graph, folder)
    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
    assert list(folder.iterdir()) == []


def test_write_html_failure_keeps_the_old_file(
    graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError, match="No space left on device"):
        write_html(graph, target)
    assert target.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_write_html_unwritable_folder(graph: Graph, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            write_html(graph, folder / "graph.html")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
