"""The HTML view in a real browser: Debian's Chromium, headless, driven by Playwright.

The page is opened from ``file://`` as a person would open it. Tests drive it
through ``window.kgView`` (search, select, filter, state) and, where it
matters, with real typing and clicks at the positions the page reports. They
skip themselves when Playwright or ``/usr/bin/chromium`` is missing (CI
installs both).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import headless_chromium
from rdflib import PROV, RDF, RDFS, Graph, Literal, URIRef

from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.rdf.graph import to_rdf
from kg.rdf.namespaces import KG, entity_iri
from kg.view.page import render_html, write_html
from kg.view.projection import to_networkx

XSS_NAME = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
LETTER = "written to the BMA"  # words of the example's sentence about Streeting's letter


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module; Playwright gives it a fresh, temporary profile."""
    yield from headless_chromium()


@dataclass
class Opened:
    """A page opened from a file, with everything it asked for and everything it said."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def state(self) -> dict[str, Any]:
        return self.page.evaluate("window.kgView.state()")

    def panel(self) -> str:
        """The side panel's text as shown (headings are in capitals)."""
        return self.page.inner_text("#kg-panel")


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., Opened]]:
    contexts: list[Any] = []

    def open_(path: Path, *, bypass_csp: bool = False) -> Opened:
        context = browser.new_context(
            viewport={"width": 1400, "height": 900},
            reduced_motion="reduce",  # the page then moves the view without animation
            bypass_csp=bypass_csp,
        )
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, path.resolve().as_uri())
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("pageerror", lambda error: opened.errors.append(str(error)))
        page.on(
            "console",
            lambda message: (
                opened.console.append(message.text) if message.type == "error" else None
            ),
        )

        def on_dialog(dialog: Any) -> None:
            opened.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.goto(opened.url)
        # a selector, not wait_for_function: the page's CSP forbids Playwright's eval
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=30_000)
        return opened

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def example_page(tmp_path_factory: pytest.TempPathFactory, example_graph: Graph) -> Path:
    return write_html(
        example_graph, tmp_path_factory.mktemp("view") / "graph.html", title="kg: example"
    )


def _expected_counts(graph: Graph) -> tuple[int, int]:
    """Entities, and distinct (subject, predicate, object) statements between entities."""
    entities = {
        row.e
        for row in graph.query(
            "SELECT DISTINCT ?e WHERE { ?e a ?c . ?c rdfs:subClassOf* kg:Entity }",
            initNs={"kg": KG._NS, "rdfs": RDFS},
        )
    }
    relations = {
        (row.s, row.p, row.o)
        for row in graph.query(
            "SELECT DISTINCT ?s ?p ?o WHERE { ?st a kg:Statement ; rdf:subject ?s ; "
            "rdf:predicate ?p ; rdf:object ?o }",
            initNs={"kg": KG._NS, "rdf": RDF},
        )
        if row.s in entities and row.o in entities
    }
    return len(entities), len(relations)


# ------------------------------------------------------------------ the example article


def test_page_loads_from_file_and_makes_no_other_request(
    open_page: Callable[..., Opened], example_page: Path
) -> None:
    opened = open_page(example_page)
    opened.page.wait_for_timeout(300)  # anything late would be caught too
    assert opened.requests == [opened.url]
    assert opened.errors == [] and opened.console == []  # a CSP violation logs an error
    assert (
        opened.page.evaluate("document.querySelectorAll('script[src], link, iframe').length") == 0
    )
    assert opened.page.title() == "kg: example"


def test_counts_match_the_graph(
    open_page: Callable[..., Opened], example_page: Path, example_graph: Graph
) -> None:
    from kg.rdf.summary import summarise

    entities, lines = _expected_counts(example_graph)
    view = to_networkx(example_graph)
    assert (view.number_of_nodes(), view.number_of_edges()) == (entities, lines)
    isolated = sum(1 for node in view if view.degree(node) == 0)
    relations = summarise(example_graph)["relations"]  # as kg build and kg stats count them
    opened = open_page(example_page)
    state = opened.state()
    assert (state["nodes"], state["edges"]) == (entities, lines)
    assert state["isolated"] == {"count": isolated, "shown": False}
    assert (state["visibleNodes"], state["visibleEdges"]) == (entities - isolated, lines)
    assert state["visibleRelations"] == relations
    # what vis-network actually draws
    drawn = opened.page.evaluate(
        "[kgView.network.body.nodeIndices.length, kgView.network.body.edgeIndices.length]"
    )
    assert drawn == [entities - isolated, lines]
    header = opened.page.inner_text(".kg-counts")
    assert f"{entities} entities" in header and f"{relations} relations" in header


def test_search_streeting_focuses_his_node(
    open_page: Callable[..., Opened], example_page: Path
) -> None:
    opened = open_page(example_page)
    page = opened.page
    page.click("#kg-search")
    page.keyboard.type("Streeting")
    suggestion = page.inner_text("#kg-suggest li[aria-selected=true]")
    assert suggestion.startswith("Wes Streeting")
    page.keyboard.press("Enter")
    state = opened.state()
    assert state["selected"] == {"kind": "node", "label": "Wes Streeting", "type": "Person"}
    # focused: his node is at the centre of the view
    centre = page.evaluate("kgView.network.getViewPosition()")
    position = page.evaluate("kgView.network.getPosition(kgView.network.getSelectedNodes()[0])")
    assert abs(centre["x"] - position["x"]) < 1 and abs(centre["y"] - position["y"]) < 1
    assert state["view"]["scale"] >= 0.9
    panel = opened.panel()
    assert "Wes Streeting" in panel and "Also called" in panel and "Mr Streeting" in panel
    assert "RELATIONS (" in panel and "GP Committee England" in panel
    # the hook gives the same answer
    assert page.evaluate("kgView.search('streeting')") == "Wes Streeting"


def test_clicking_streeting_to_gpce_shows_the_letter_sentence(
    open_page: Callable[..., Opened], example_page: Path, tmp_path: Path
) -> None:
    opened = open_page(example_page)
    page = opened.page
    assert page.evaluate("kgView.selectEdge('Wes Streeting', 'GP Committee England', 'wroteTo')")
    state = opened.state()
    assert state["selected"]["kind"] == "edge"
    assert (state["selected"]["from"], state["selected"]["to"]) == (
        "Wes Streeting",
        "GP Committee England",
    )
    panel = opened.panel()
    assert "wrote to" in panel and LETTER in panel
    assert "streeting-letter-to-gpce" in panel and "confidence" in panel
    assert "asserted" in panel
    # the words that state the relation are highlighted
    assert "written to" in page.inner_text("#kg-panel mark")
    page.screenshot(path=str(tmp_path / "edge.png"))
    assert (tmp_path / "edge.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # a real click on the edge, where the page says it is drawn
    page.evaluate("kgView.clearSelection()")
    point = page.evaluate("kgView.edgePoint('Wes Streeting', 'GP Committee England', 'wroteTo')")
    page.mouse.click(point["x"], point["y"])
    selected = opened.state()["selected"]
    assert selected and selected["kind"] == "edge", selected
    assert (selected["from"], selected["to"], selected["property"]) == (
        "Wes Streeting",
        "GP Committee England",
        "wroteTo",
    )
    assert LETTER in opened.panel()
    assert "SOURCE SENTENCE" in opened.panel()


def test_a_real_click_on_a_node_opens_its_panel(
    open_page: Callable[..., Opened], example_page: Path
) -> None:
    opened = open_page(example_page)
    point = opened.page.evaluate("kgView.nodePoint('GP Committee England')")
    opened.page.mouse.click(point["x"], point["y"])
    assert opened.state()["selected"]["label"] == "GP Committee England"
    panel = opened.panel()
    assert "Committee" in panel and "GPCE" in panel and "RELATIONS (" in panel
    # a relation in the panel is a link to its sentences
    opened.page.click("#kg-panel .kg-link >> text=wrote to")
    assert opened.state()["selected"]["kind"] == "edge"
    assert "SOURCE SENTENCE" in opened.panel()


def test_type_filter_hides_proposals(
    open_page: Callable[..., Opened], example_page: Path, example_graph: Graph
) -> None:
    view = to_networkx(example_graph)
    linked = [node for node in view if view.degree(node) > 0]  # the others start hidden
    proposals = sum(1 for node in linked if view.nodes[node]["type"] == "Proposal")
    assert proposals > 0
    opened = open_page(example_page)
    page = opened.page
    page.click("input[data-kg-type=Proposal]")  # the legend's checkbox, clicked
    state = opened.state()
    assert state["hiddenTypes"] == ["Proposal"]
    assert state["visibleNodes"] == len(linked) - proposals
    shown = page.evaluate("kgView.visibleNodes()")
    assert shown and all(node["type"] != "Proposal" for node in shown)
    assert page.evaluate("kgView.network.body.nodeIndices.length") == state["visibleNodes"]
    assert "showing" in page.inner_text(".kg-counts")
    page.click("input[data-kg-type=Proposal]")
    assert opened.state()["visibleNodes"] == len(linked)


def test_relation_and_document_filters_and_neighbourhood(
    open_page: Callable[..., Opened], example_page: Path, example_graph: Graph
) -> None:
    view = to_networkx(example_graph)
    opened = open_page(example_page)
    page = opened.page
    page.evaluate("kgView.setPropertyVisible('communicatesWith', false)")
    state = opened.state()
    communicating = sum(1 for _, _, c in view.edges(data="core") if c == "communicatesWith")
    assert state["visibleEdges"] == view.number_of_edges() - communicating
    page.evaluate("kgView.setPropertyVisible('communicatesWith', true)")

    page.select_option("#kg-document", index=1)
    assert opened.state()["document"] == "streeting-letter-to-gpce"
    page.select_option("#kg-document", value="")
    assert opened.state()["document"] is None

    streeting = str(entity_iri("Wes Streeting"))
    neighbours = set(view.successors(streeting)) | set(view.predecessors(streeting))
    assert page.evaluate("kgView.neighbourhood('Wes Streeting')")
    state = opened.state()
    assert state["neighbourhood"] == {"label": "Wes Streeting", "depth": 1}
    labels = {node["label"] for node in page.evaluate("kgView.visibleNodes()")}
    assert labels == {view.nodes[n]["label"] for n in neighbours | {streeting}}
    assert "Neighbourhood of Wes Streeting" in page.inner_text("#kg-mode")
    page.keyboard.press("Escape")
    assert opened.state()["neighbourhood"] is None
    assert opened.state()["visibleNodes"] == sum(1 for node in view if view.degree(node) > 0)


def test_screenshot_of_the_example(
    open_page: Callable[..., Opened], example_page: Path, tmp_path: Path
) -> None:
    opened = open_page(example_page)
    target = tmp_path / "example-graph.png"
    opened.page.screenshot(path=str(target))
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    # the canvas has been drawn on: not a blank page
    painted = opened.page.evaluate(
        """(() => { const c = document.querySelector('#kg-graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] && d[i] < 200) n++;
        return n; })()"""
    )
    assert painted > 1000


# ------------------------------------------------------------------ reader comments, XSS


def _small_graph(*, hostile: bool = False) -> Graph:
    """Four entities in kg's shape; one relation read only from a reader comment."""
    doc = "letter"
    texts = [
        "Wes Streeting wrote to GP Committee England about the contract.",
        "The Government plans to impose the contract.",
        "Reader: the BMA will surely reject the contract.",
    ]
    if hostile:
        texts[0] = f"Wes Streeting wrote “{XSS_IMG} {XSS_NAME}” to the committee."
    full = " ".join(texts)
    sentences, offset = [], 0
    for index, text in enumerate(texts):
        start = full.index(text, offset)
        sentences.append(Sentence(doc, index, start, start + len(text), text, index == 2))
        offset = start + len(text)
    document = Document(
        doc, "letter.txt", full, XSS_NAME if hostile else "A letter", sentences[2].start
    )

    def entity(key: str, label: str, type_: URIRef, sentence: int, *aliases: str) -> Entity:
        s = sentences[sentence]
        mention = Mention(doc, s.start, s.start + 3, label[:3], type_, sentence, "ner", 0.9)
        return Entity(key, label, type_, aliases=(label, *aliases), mentions=(mention,))

    entities = [
        entity("ws", "Wes Streeting", KG.Person, 0, XSS_IMG if hostile else "Mr Streeting"),
        entity("gpce", XSS_NAME if hostile else "GP Committee England", KG.Committee, 0),
        entity("contract", "GP contract", KG.Contract, 1),
        entity("gov", "Government", KG.GovernmentBody, 1),
        entity("bma", XSS_IMG if hostile else "BMA", KG.TradeUnion, 2),
    ]

    def relation(s: str, p: URIRef, o: str, i: int, modality: URIRef = KG.Asserted) -> Relation:
        sentence = sentences[i]
        evidence = Evidence(sentence, sentence.start, sentence.end, "dep:test", 0.8)
        return Relation(s, p, o, evidence, modality)

    relations = [
        relation("ws", KG.wroteTo, "gpce", 0),
        relation("gov", KG.imposes, "contract", 1, KG.Planned),
        relation("bma", KG.rejects, "contract", 2),
    ]
    graph = to_rdf([Extraction(document, sentences, entities, relations)], entities, relations)
    quote = URIRef("urn:x:quote")
    graph.add((quote, RDF.type, KG.Quotation))
    graph.add((quote, KG.quotedText, Literal(f"{XSS_NAME} {XSS_IMG}" if hostile else "We act.")))
    graph.add((quote, PROV.wasAttributedTo, entity_iri("Wes Streeting")))
    return graph


def test_reader_comment_facts_are_marked_and_can_be_hidden(
    open_page: Callable[..., Opened], tmp_path: Path
) -> None:
    path = write_html(_small_graph(), tmp_path / "comments.html")
    opened = open_page(path)
    page = opened.page
    assert page.evaluate("kgView.selectEdge('BMA', 'GP contract')")
    panel = opened.panel()
    assert "only in reader comments" in panel and "reader comment" in panel
    assert page.evaluate("document.querySelectorAll('#kg-panel li.kg-from-comments').length") == 1
    before = opened.state()
    assert before["comments"] is True
    page.click("#kg-comments")  # the toolbar's checkbox, clicked
    after = opened.state()
    assert after["comments"] is False
    assert after["visibleEdges"] == before["visibleEdges"] - 1
    # the BMA is known only from the comment: hidden with it
    assert "BMA" not in {node["label"] for node in page.evaluate("kgView.visibleNodes()")}
    page.click("#kg-comments")
    assert opened.state()["visibleEdges"] == before["visibleEdges"]


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_hostile_names_and_quotes_run_nothing(
    open_page: Callable[..., Opened], tmp_path: Path, bypass_csp: bool
) -> None:
    path = write_html(_small_graph(hostile=True), tmp_path / "xss.html", title=XSS_NAME)
    opened = open_page(path, bypass_csp=bypass_csp)
    page = opened.page
    # put every hostile string into the document: panels, suggestions, tooltips
    assert page.evaluate("kgView.selectNode('Wes Streeting')")
    assert XSS_IMG in opened.panel() and XSS_NAME in opened.panel()  # the quote, as text
    assert page.evaluate("name => kgView.selectEdge('Wes Streeting', name)", XSS_NAME)
    assert XSS_NAME in opened.panel() and XSS_IMG in opened.panel()
    page.click("#kg-search")
    page.keyboard.type("<")
    assert XSS_NAME in page.inner_text("#kg-suggest")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    point = page.evaluate("kgView.nodePoint('Wes Streeting')")
    page.mouse.move(point["x"], point["y"])
    page.wait_for_timeout(400)
    assert opened.dialogs == []
    assert opened.errors == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    # vis-network, the data and the page's script: none added
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.title() == XSS_NAME


def test_article_with_script_in_a_quote_runs_nothing(
    open_page: Callable[..., Opened], tmp_path: Path, nlp: Any
) -> None:
    from kg.pipeline import build

    article = tmp_path / "hostile.txt"
    article.write_text(
        f"Health chiefs {XSS_NAME} warn GPs\n\n"
        f"Health secretary Wes Streeting has written to the BMA’s GP Committee England "
        f"<img src=x onerror=alert(1)>. “We will not accept {XSS_NAME},” said Dr Katie "
        f"Bramall, the chair of GP Committee England.\n",
        encoding="utf-8",
    )
    graph = build([article], nlp=nlp)
    path = write_html(graph, tmp_path / "hostile.html", title="hostile")
    opened = open_page(path)
    for label in (node["label"] for node in opened.page.evaluate("kgView.visibleNodes()")):
        opened.page.evaluate("label => kgView.selectNode(label)", label)
    for edge in opened.page.evaluate("kgView.visibleEdges()"):
        assert opened.page.evaluate("e => kgView.selectEdge(e.from, e.to, e.property)", edge), edge
    opened.page.wait_for_timeout(200)
    assert opened.dialogs == [] and opened.errors == []
    assert opened.page.evaluate("document.querySelectorAll('img').length") == 0


# ------------------------------------------------------------------ large graphs


def _chain_graph(count: int) -> Graph:
    """``count`` organisations: a hub linked to every other, and a tail of weak links."""
    g = Graph()
    names = [f"Body {i:03d}" for i in range(count)]
    for name in names:
        g.add((entity_iri(name), RDF.type, KG.Organisation))
        g.add((entity_iri(name), RDFS.label, Literal(name)))
    for i in range(1, count):
        statement = URIRef(f"urn:x:st{i}")
        g.add((statement, RDF.type, KG.Statement))
        g.add((statement, RDF.subject, entity_iri(names[i])))
        g.add((statement, RDF.predicate, KG.memberOf))
        g.add((statement, RDF.object, entity_iri(names[0] if i < count // 2 else names[i - 1])))
    return g


def test_large_graph_opens_on_the_most_connected_with_the_rest_one_click_away(
    open_page: Callable[..., Opened], tmp_path: Path
) -> None:
    graph = _chain_graph(60)
    path = tmp_path / "large.html"
    path.write_text(render_html(graph, overview_limit=20), encoding="utf-8")
    opened = open_page(path)
    page = opened.page
    state = opened.state()
    assert (state["nodes"], state["visibleNodes"], state["overview"]) == (60, 20, True)
    assert "Showing the 20 most connected of 60 entities" in page.inner_text("#kg-banner")
    assert "Body 000" in {node["label"] for node in page.evaluate("kgView.visibleNodes()")}
    # a hidden entity is found by search and shown
    assert page.evaluate("kgView.search('Body 059')") == "Body 059"
    assert opened.state()["visibleNodes"] == 21
    page.click("#kg-banner button")  # "Show all 60"
    state = opened.state()
    assert (state["visibleNodes"], state["visibleEdges"], state["overview"]) == (60, 59, False)
    assert page.evaluate("kgView.network.body.nodeIndices.length") == 60


def test_empty_graph_page(open_page: Callable[..., Opened], tmp_path: Path) -> None:
    path = write_html(Graph(), tmp_path / "empty.html")
    opened = open_page(path)
    assert opened.state()["nodes"] == 0
    assert "No entities in this graph." in opened.page.inner_text("#kg-graph")
    assert opened.errors == []


# ------------------------------------------------------------------ a busy graph: labels, isolated entities


def _busy_graph() -> Graph:
    """A hub with twenty neighbours, a second hub, three entities in no relation and three
    relations between the same two people (wrote to, urges, meets)."""
    doc = "busy"
    text = "A sentence that states every relation of this made-up article."
    sentence = Sentence(doc, 0, 0, len(text), text)
    document = Document(doc, "busy.txt", text, "Busy", len(text))
    mention = Mention(doc, 0, 1, "A", KG.Person, 0, "ner", 0.9)

    def entity(key: str, label: str, type_: URIRef) -> Entity:
        return Entity(key, label, type_, aliases=(label,), mentions=(mention,))

    entities = [entity("hub", "Central Council", KG.GovernmentBody)]
    entities += [entity("ann", "Ann Hale", KG.Person), entity("bo", "Bo Rist", KG.Person)]
    entities += [entity(f"p{i}", f"Proposal number {i}", KG.Plan) for i in range(20)]
    entities += [entity(f"lone{i}", f"Lonely body {i}", KG.Organisation) for i in range(3)]
    evidence = Evidence(sentence, 0, len(text), "dep:test", 0.8)
    relations = [Relation("hub", KG.proposes, f"p{i}", evidence, KG.Asserted) for i in range(20)]
    relations += [Relation("ann", KG.supports, f"p{i}", evidence, KG.Asserted) for i in range(6)]
    relations += [
        Relation("ann", prop, "bo", evidence, KG.Asserted)
        for prop in (KG.wroteTo, KG.urges, KG.meets)
    ]
    relations.append(Relation("ann", KG.memberOf, "hub", evidence, KG.Asserted))
    return to_rdf([Extraction(document, [sentence], entities, relations)], entities, relations)


@pytest.fixture(scope="module")
def busy_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(_busy_graph(), tmp_path_factory.mktemp("busy") / "busy.html")


def test_entities_without_relations_are_hidden_behind_a_toggle(
    open_page: Callable[..., Opened], busy_page: Path
) -> None:
    opened = open_page(busy_page)
    page = opened.page
    state = opened.state()
    assert state["isolated"] == {"count": 3, "shown": False}
    assert state["visibleNodes"] == state["nodes"] - 3
    assert "Lonely body 0" not in {n["label"] for n in page.evaluate("kgView.visibleNodes()")}
    assert "without relations" in page.inner_text(".kg-toolbar")
    page.click("#kg-isolated")
    assert opened.state()["visibleNodes"] == opened.state()["nodes"]
    page.click("#kg-isolated")
    assert opened.state()["visibleNodes"] == opened.state()["nodes"] - 3
    page.evaluate("kgView.search('Lonely body 1')")  # found by search: shown all the same
    assert "Lonely body 1" in {n["label"] for n in page.evaluate("kgView.visibleNodes()")}
    assert opened.errors == []


def test_the_most_central_entities_are_labelled_at_every_zoom(
    open_page: Callable[..., Opened], busy_page: Path
) -> None:
    opened = open_page(busy_page)
    page = opened.page
    central = ["Central Council", "Ann Hale"]
    for scale in (0.08, 0.3, 0.6, 1.5):
        page.evaluate(
            f"kgView.network.moveTo({{position: {{x: 0, y: 0}}, scale: {scale}}}); "
            "kgView.network.redraw()"
        )
        page.wait_for_timeout(50)
        labelled = page.evaluate("kgView.labelled()")
        assert set(central) <= set(labelled), (scale, labelled)
    page.evaluate("kgView.fit(); kgView.network.redraw()")
    page.wait_for_timeout(50)
    assert len(page.evaluate("kgView.labelled()")) >= 15  # most entities, not a few


def test_parallel_edge_labels_are_stacked_apart(
    open_page: Callable[..., Opened], busy_page: Path
) -> None:
    page = open_page(busy_page).page
    shifts = [
        page.evaluate(f"kgView.edgeLabelShift('Ann Hale', 'Bo Rist', '{prop}')")
        for prop in ("wroteTo", "urges", "meets")
    ]
    assert len(set(shifts)) == 3 and min(shifts) < 0 < max(shifts), shifts
    assert max(shifts) - min(shifts) >= 2 * 14  # a line of text apart each
    assert page.evaluate(
        "kgView.edgeLabelShift('Central Council', 'Proposal number 1', 'proposes')"
    ) in (0, None)
