"""Tests of kg.view: the networkx view of the RDF graph and the offline HTML page."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import PROV, RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from kg.errors import OutputError
from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.rdf.graph import to_rdf
from kg.rdf.namespaces import KG, entity_iri
from kg.view import page as view_module
from kg.view.page import NODE_STYLES, NodeStyle, Source, render_html, to_networkx, write_html

DOC_ID = "streeting-letter"
XSS_NAME = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def _mention(entity_text: str, type_: URIRef, sentence: int = 0, start: int = 0) -> Mention:
    return Mention(
        DOC_ID, start, start + len(entity_text), entity_text, type_, sentence, "ner", 0.9
    )


def _entity(key: str, label: str, type_: URIRef, *aliases: str, sentence: int = 0) -> Entity:
    return Entity(
        key, label, type_, aliases=(label, *aliases), mentions=(_mention(label, type_, sentence),)
    )


def _relation(
    subject: str,
    predicate: URIRef,
    obj: str,
    sentence: Sentence,
    *,
    modality: URIRef = KG.Asserted,
    confidence: float = 0.8,
) -> Relation:
    evidence = Evidence(
        sentence, sentence.start, sentence.end, "dep:test", confidence, trigger="write"
    )
    return Relation(subject, predicate, obj, evidence, modality)


def build_graph(*, hostile: bool = False, include_ontology: bool = True) -> Graph:
    """A small graph in kg's shape, made with kg.rdf.graph.to_rdf from hand-made model values.

    Four entities; five relations, two of which share subject, predicate and
    object (one edge); one relation read only from reader comments; one
    planned. With ``hostile`` an entity and a sentence carry script injections.
    """
    texts = [
        "Wes Streeting wrote to GP Committee England about the 2025/26 contract.",
        "In a second letter Wes Streeting wrote to GP Committee England again.",
        "The Government plans to impose the contract.",
        "Reader: the BMA will surely reject the contract.",
    ]
    if hostile:
        texts[1] = f"He wrote {XSS_IMG} to {XSS_NAME} and </script><script>alert(2)</script>."
    body = " ".join(texts[:3])
    full = body + " " + texts[3]
    sentences: list[Sentence] = []
    offset = 0
    for index, text in enumerate(texts):
        start = full.index(text, offset)
        sentences.append(
            Sentence(DOC_ID, index, start, start + len(text), text, in_comments=index == 3)
        )
        offset = start + len(text) + 1
    document = Document(DOC_ID, "examples/letter.txt", full, "Streeting's letter", len(body))
    gpce_label = XSS_NAME if hostile else "GP Committee England"
    entities = [
        _entity("streeting", "Wes Streeting", KG.Person, "Mr Streeting", "health secretary"),
        _entity("gpce", gpce_label, KG.Committee, "GPCE"),
        _entity("contract", "2025/26 GP contract", KG.Contract),
        _entity("government", "Government", KG.GovernmentBody, sentence=2),
        _entity("bma", XSS_IMG if hostile else "BMA", KG.TradeUnion, sentence=3),
    ]
    relations = [
        _relation("streeting", KG.wroteTo, "gpce", sentences[0]),
        _relation("streeting", KG.wroteTo, "gpce", sentences[1], confidence=0.7),
        _relation("government", KG.imposes, "contract", sentences[2], modality=KG.Planned),
        _relation("bma", KG.rejects, "contract", sentences[3], modality=KG.Planned),
        _relation("gpce", KG.committeeOf, "bma", sentences[0], confidence=0.6),
    ]
    extraction = Extraction(document, sentences, entities, relations)
    return to_rdf([extraction], entities, relations, include_ontology=include_ontology)


def _vis_data(page: str) -> dict:
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "the page has no vis data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph()


@pytest.fixture(scope="module")
def page(graph: Graph) -> str:
    return render_html(graph, title="Test graph")


# --------------------------------------------------------------------------
# to_networkx
# --------------------------------------------------------------------------


def test_to_networkx_counts_entities_and_groups_statements(graph: Graph) -> None:
    view = to_networkx(graph)
    assert isinstance(view, nx.MultiDiGraph)
    assert view.number_of_nodes() == 5
    # five statements, two of them for the same (subject, wroteTo, object)
    assert view.number_of_edges() == 4
    streeting, gpce = str(entity_iri("Wes Streeting")), str(entity_iri("GP Committee England"))
    edge = view.edges[streeting, gpce, "wroteTo"]
    assert edge["property"] == "wroteTo"
    assert edge["core"] == "communicatesWith"
    assert edge["label"] == "wrote to"
    assert edge["modality"] == "Asserted"
    assert len(edge["sentences"]) == 2
    assert all(isinstance(source, Source) for source in edge["sentences"])
    text, document, confidence, from_comments, span, method = edge["sentences"][0]
    assert document == DOC_ID and from_comments is False
    assert span == (0, len(text)) and method == "dep:test"
    assert {s.confidence for s in edge["sentences"]} == {0.8, 0.7}
    assert "Wes Streeting wrote to GP Committee England" in " ".join(
        s.text for s in edge["sentences"]
    )


def test_to_networkx_node_attributes(graph: Graph) -> None:
    view = to_networkx(graph)
    streeting = view.nodes[str(entity_iri("Wes Streeting"))]
    assert streeting["label"] == "Wes Streeting"
    assert streeting["type"] == "Person" and streeting["subtype"] == "Person"
    assert streeting["aliases"] == ["Mr Streeting", "health secretary"]
    assert streeting["documents"] == [DOC_ID]
    gpce = view.nodes[str(entity_iri("GP Committee England"))]
    assert (gpce["type"], gpce["subtype"]) == ("Organisation", "Committee")


def test_to_networkx_keeps_unasserted_and_comment_relations(graph: Graph) -> None:
    view = to_networkx(graph)
    bma, contract = str(entity_iri("BMA")), str(entity_iri("2025/26 GP contract"))
    rejects = view.edges[bma, contract, "rejects"]
    assert rejects["from_comments"] is True
    assert rejects["modality"] == "Planned"
    assert rejects["core"] == "opposes"
    without = to_networkx(graph, include_comments=False)
    assert without.number_of_edges() == 3
    assert not without.has_edge(bma, contract)


def test_to_networkx_without_ontology_falls_back_to_core_classes() -> None:
    bare = build_graph(include_ontology=False)
    assert (None, RDFS.subClassOf, KG.Entity) not in bare
    view = to_networkx(bare)
    assert view.number_of_nodes() == 5
    assert view.number_of_edges() == 4
    gpce = view.nodes[str(entity_iri("GP Committee England"))]
    assert (gpce["type"], gpce["subtype"]) == ("Organisation", "Committee")


def test_view_ignores_non_entities_and_does_not_mutate(graph: Graph) -> None:
    before = to_isomorphic(graph)
    view = to_networkx(graph)
    render_html(graph)
    assert isomorphic(before, graph)
    labels = {attrs["label"] for _, attrs in view.nodes(data=True)}
    assert "Streeting's letter" not in labels  # documents are not entities
    assert all(attrs["type"] in NODE_STYLES for _, attrs in view.nodes(data=True))


def test_to_networkx_hand_written_triples() -> None:
    g = Graph()
    person, org = URIRef("urn:x:p"), URIRef("urn:x:o")
    g.add((person, RDF.type, KG.Person))
    g.add((org, RDF.type, KG.Organisation))
    g.add((URIRef("urn:x:thing"), RDF.type, URIRef("urn:x:NotAnEntity")))
    statement = URIRef("urn:x:st")
    g.add((statement, RDF.type, KG.Statement))
    g.add((statement, RDF.subject, person))
    g.add((statement, RDF.predicate, KG.leads))
    g.add((statement, RDF.object, org))
    view = to_networkx(g)
    assert sorted(view.nodes) == ["urn:x:o", "urn:x:p"]
    assert view.nodes["urn:x:p"]["label"] == "p"  # no rdfs:label: the local name
    edge = view.edges["urn:x:p", "urn:x:o", "leads"]
    assert edge["modality"] == "Asserted" and edge["sentences"][0].text == ""


def test_to_networkx_edge_shows_most_assertive_modality() -> None:
    g = Graph()
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    g.add((a, RDF.type, KG.Organisation))
    g.add((b, RDF.type, KG.Proposal))
    for name, modality in (("one", KG.Planned), ("two", KG.Reported)):
        statement, sentence = URIRef(f"urn:x:st-{name}"), URIRef(f"urn:x:s-{name}")
        g.add((statement, RDF.type, KG.Statement))
        g.add((statement, RDF.subject, a))
        g.add((statement, RDF.predicate, KG.rejects))
        g.add((statement, RDF.object, b))
        g.add((statement, KG.modality, modality))
        g.add((statement, PROV.wasDerivedFrom, sentence))
        g.add((sentence, KG.text, Literal(f"sentence {name}")))
    edge = to_networkx(g).edges["urn:x:a", "urn:x:b", "rejects"]
    assert edge["modality"] == "Reported"
    assert sorted(zip(edge["modalities"], (s.text for s in edge["sentences"]), strict=True)) == [
        ("Planned", "sentence one"),
        ("Reported", "sentence two"),
    ]


def test_node_styles_are_frozen_data() -> None:
    assert set(NODE_STYLES) == {"Person", "Organisation", "Proposal", "Event", "Place"}
    style = NODE_STYLES["Person"]
    assert isinstance(style, NodeStyle)
    with pytest.raises(AttributeError):
        style.colour = "#000000"  # type: ignore[misc]
    assert len({s.colour for s in NODE_STYLES.values()}) == len(NODE_STYLES)


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
    data = _vis_data(page)
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
    assert data["documents"] == [[DOC_ID, "Streeting's letter"]]
    assert by_label["GP Committee England"]["kind"] == "Committee"
    # the best-connected node is drawn largest and ranked first
    assert by_label["GP Committee England"]["size"] > by_label["Government"]["size"]
    assert by_label["GP Committee England"]["rank"] == 0
    assert sorted(node["rank"] for node in data["nodes"]) == list(range(5))


def test_page_data_edges_carry_every_source_sentence(page: str) -> None:
    data = _vis_data(page)
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


def test_page_script_never_parses_data_as_html() -> None:
    script = view_module._PAGE_SCRIPT
    assert "innerHTML" not in script and "outerHTML" not in script
    assert "insertAdjacentHTML" not in script and "document.write" not in script
    assert "eval(" not in script and "new Function" not in script


def test_large_graph_opens_on_the_most_connected(graph: Graph) -> None:
    data = _vis_data(render_html(graph, overview_limit=3))
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
    data = _vis_data(render_html(g))
    by_label = {node["label"]: node for node in data["nodes"]}
    assert by_label["Wes Streeting"]["quotes"] == [["We want to work with GPs.", -1]]
    assert by_label["Government"]["details"] == [["date", "1 April"]]


def test_include_comments_false_drops_comment_only_edges(graph: Graph) -> None:
    page = render_html(graph, include_comments=False)
    data = _vis_data(page)
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
    vis_code = view_module._vis_assets()[0]
    assert vis_code in page
    assert len(re.findall(r"<script\b", page.replace(vis_code, ""))) == 3


def test_layout_keeps_isolated_entities_near_and_nodes_apart() -> None:
    g = build_graph()
    for i in range(12):
        g.add((URIRef(f"urn:x:lonely-{i}"), RDF.type, KG.Event))
    data = _vis_data(render_html(g))
    points = [(node["x"], node["y"]) for node in data["nodes"]]
    assert len(points) == 17
    xs, ys = [x for x, _ in points], [y for _, y in points]
    assert max(xs) - min(xs) < 2500 and max(ys) - min(ys) < 2500
    closest = min(
        ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5
        for i, (ax, ay) in enumerate(points)
        for bx, by in points[i + 1 :]
    )
    assert closest > 90


def test_layout_of_a_large_component_is_spread_and_finite() -> None:
    g = Graph()
    hub = URIRef("urn:x:hub")
    g.add((hub, RDF.type, KG.Organisation))
    for i in range(view_module._SPRING_LIMIT + 100):
        node = URIRef(f"urn:x:n{i}")
        g.add((node, RDF.type, KG.Person))
        statement = URIRef(f"urn:x:st{i}")
        g.add((statement, RDF.type, KG.Statement))
        g.add((statement, RDF.subject, node))
        g.add((statement, RDF.predicate, KG.memberOf))
        g.add((statement, RDF.object, hub if i % 3 else URIRef(f"urn:x:n{i // 3}")))
    data = _vis_data(render_html(g))
    points = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(points) == len(data["nodes"]) == view_module._SPRING_LIMIT + 101
    xs, ys = [x for x, _ in points], [y for _, y in points]
    assert max(xs) - min(xs) < 50_000 and max(ys) - min(ys) < 50_000


def test_layout_without_scipy_still_renders(graph: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_scipy(*_: object, **__: object) -> None:
        raise ImportError("No module named 'scipy'")

    monkeypatch.setattr(view_module.nx, "spring_layout", no_scipy)
    data = _vis_data(render_html(graph))
    positions = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(positions) == len(data["nodes"]) == 5


def test_empty_graph_renders() -> None:
    page = render_html(Graph())
    data = _vis_data(page)
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

    monkeypatch.setattr(view_module.os, "replace", fail)
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
