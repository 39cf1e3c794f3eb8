"""Tests of kg.view.layout: positions computed ahead, seeded, without overlaps."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import RDF, Graph, URIRef
from view_helpers import build_graph, vis_data

from kg.rdf.namespaces import KG
from kg.view import layout as layout_module
from kg.view.layout import layout, skeleton
from kg.view.page import render_html
from kg.view.projection import to_networkx


def test_layout_keeps_isolated_entities_near_and_nodes_apart() -> None:
    g = build_graph()
    for i in range(12):
        g.add((URIRef(f"urn:x:lonely-{i}"), RDF.type, KG.Event))
    data = vis_data(render_html(g))
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
    for i in range(layout_module._SPRING_LIMIT + 100):
        node = URIRef(f"urn:x:n{i}")
        g.add((node, RDF.type, KG.Person))
        statement = URIRef(f"urn:x:st{i}")
        g.add((statement, RDF.type, KG.Statement))
        g.add((statement, RDF.subject, node))
        g.add((statement, RDF.predicate, KG.memberOf))
        g.add((statement, RDF.object, hub if i % 3 else URIRef(f"urn:x:n{i // 3}")))
    data = vis_data(render_html(g))
    points = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(points) == len(data["nodes"]) == layout_module._SPRING_LIMIT + 101
    xs, ys = [x for x, _ in points], [y for _, y in points]
    assert max(xs) - min(xs) < 50_000 and max(ys) - min(ys) < 50_000


def test_layout_without_scipy_still_renders(graph: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_scipy(*_: object, **__: object) -> None:
        raise ImportError("No module named 'scipy'")

    monkeypatch.setattr(layout_module.nx, "spring_layout", no_scipy)
    data = vis_data(render_html(graph))
    positions = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(positions) == len(data["nodes"]) == 5


def test_layout_is_the_same_for_the_same_graph(graph: Graph) -> None:
    first = layout(to_networkx(graph))
    assert first == layout(to_networkx(build_graph()))
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in first.values())


def test_layout_groups_lonely_entities_by_type_order() -> None:
    view = nx.MultiDiGraph()
    for key, core in (("a", "Place"), ("b", "Person"), ("c", "Event")):
        view.add_node(key, type=core, label=key)
    by_type = layout(view, type_order=["Person", "Event", "Place"])
    assert sorted(by_type, key=lambda k: by_type[k][::-1]) == ["b", "c", "a"]
    by_label = layout(view)
    assert sorted(by_label, key=lambda k: by_label[k][::-1]) == ["a", "b", "c"]


def test_skeleton_counts_relations_between_a_pair_and_drops_self_loops() -> None:
    view = nx.MultiDiGraph()
    view.add_edge("a", "b", key="leads")
    view.add_edge("b", "a", key="memberOf")
    view.add_edge("a", "a", key="supports")
    simple = skeleton(view)
    assert sorted(simple.edges(data="relations")) == [("a", "b", 2)]
