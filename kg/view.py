"""An offline HTML view of the graph: vis-network, laid out ahead by networkx.

The view is derived from the RDF graph and never changes it. ``to_networkx``
reads entities (subjects typed with a subclass of ``kg:Entity``) and the
reified ``kg:Statement`` nodes, grouping statements that share subject,
predicate and object into one edge that carries every source sentence.
``render_html`` lays that graph out with a seeded spring layout, sizes nodes
by degree and writes one self-contained page: the vis-network script and
style bundled with pyvis are inlined, and a Content-Security-Policy forbids
any request, so the page opens in a browser with no network.

Every string read from an article (names, sentences) is HTML-escaped before
it enters a tooltip, and the JSON embedded in the page escapes ``<``, ``>``
and ``&``, so an entity named ``<script>...`` is shown, never run.

Example:
    >>> from kg.graph import new_graph
    >>> view = to_networkx(new_graph())
    >>> view.number_of_nodes(), view.number_of_edges()
    (0, 0)
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import html
import json
import logging
import math
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
import numpy as np
from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import GraphError, OutputError
from .namespaces import KG
from .ontology import CORE_CLASSES, CORE_PROPERTIES, load_ontology

__all__ = [
    "write_html",
    "render_html",
    "to_networkx",
    "NodeStyle",
    "NODE_STYLES",
    "EDGE_COLOURS",
    "Source",
    "LAYOUT_SEED",
]

logger = logging.getLogger(__name__)

LAYOUT_SEED = 42
"""Seed of the spring layout: the same graph always gives the same page."""


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
_FALLBACK_STYLE = NodeStyle("dot", "#9aa0a6", "Other entity")

EDGE_COLOURS: dict[str, str] = {
    "memberOf": "#7f7f7f",
    "leads": "#1f4e79",
    "communicatesWith": "#f28e2b",
    "proposes": "#59a14f",
    "supports": "#17a2b8",
    "opposes": "#d62728",
    "advisesOn": "#9467bd",
    "partOf": "#8c564b",
    "participatesIn": "#e377c2",
}
_FALLBACK_EDGE_COLOUR = "#999999"

# Most assertive first: an edge backed by several statements shows the strongest.
_MODALITY_ORDER = ("Asserted", "Reported", "Planned", "Conditional", "Negated")
_LABELLED_MODALITIES = frozenset({"Planned", "Conditional", "Negated"})
_MAX_SOURCES_SHOWN = 8
_MAX_SENTENCE_CHARS = 400
_EDGE_LENGTH = 200.0  # pixels
_MIN_GAP = 165.0  # pixels between node centres
_MAX_SPREAD_NODES = 1500
_STAR = "8,1 9.9,6 15,6 11,9.3 12.4,14.5 8,11.5 3.6,14.5 5,9.3 1,6 6.1,6"
_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


class Source(NamedTuple):
    """One sentence an edge was read from."""

    text: str
    document: str
    confidence: float | None
    from_comments: bool


# --------------------------------------------------------------------------
# RDF -> networkx
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Schema:
    """What the T-box says: entity classes and their core class, properties and their core."""

    class_core: dict[Node, URIRef]
    class_depth: dict[Node, int]
    property_core: dict[Node, Node]
    labels: dict[Node, str]


def _local_name(iri: Node) -> str:
    text = str(iri)
    return re.split(r"[#/:]", text.rstrip("/#:"))[-1] or text


def _words(name: str) -> str:
    """``"wroteTo" -> "wrote to"``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _first(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    """The smallest object of ``subject predicate ?o``: deterministic when there are several."""
    return min(graph.objects(subject, predicate), key=str, default=None)


def _schema_from(tbox: Graph) -> _Schema:
    class_core: dict[Node, URIRef] = {KG.Entity: KG.Entity}
    class_depth: dict[Node, int] = {KG.Entity: 0}
    queue: list[Node] = [KG.Entity]
    while queue:  # breadth first, so each class keeps its shortest path to kg:Entity
        parent = queue.pop(0)
        for child in sorted(tbox.subjects(RDFS.subClassOf, parent), key=str):
            if child in class_core:
                continue
            core = child if child in CORE_CLASSES else class_core[parent]
            class_core[child] = core  # type: ignore[assignment]
            class_depth[child] = class_depth[parent] + 1
            queue.append(child)
    for cls in CORE_CLASSES:
        class_core.setdefault(cls, cls)
        class_depth.setdefault(cls, 1)

    property_core: dict[Node, Node] = {prop: prop for prop in CORE_PROPERTIES}
    queue = list(CORE_PROPERTIES)
    while queue:
        parent = queue.pop(0)
        for child in sorted(tbox.subjects(RDFS.subPropertyOf, parent), key=str):
            if child not in property_core:
                property_core[child] = property_core[parent]
                queue.append(child)

    labels: dict[Node, str] = {}
    for term in (*class_core, *property_core):
        label = _first(tbox, term, RDFS.label)
        if label is not None:
            labels[term] = str(label)
    for modality in tbox.subjects(RDF.type, KG.Modality):
        label = _first(tbox, modality, SKOS.prefLabel)
        if label is not None:
            labels[modality] = str(label)
    return _Schema(class_core, class_depth, property_core, labels)


def _schema(graph: Graph) -> _Schema:
    """The T-box in ``graph``; the shipped ontology when the graph lacks it."""
    if (None, RDFS.subClassOf, KG.Entity) in graph:
        return _schema_from(graph)
    try:
        return _schema_from(load_ontology())
    except GraphError as error:
        logger.warning("no ontology in the graph and none shipped (%s): using core classes", error)
        return _schema_from(Graph())


def _label(schema: _Schema, term: Node) -> str:
    return schema.labels.get(term) or _words(_local_name(term))


def _as_bool(value: Node | None) -> bool | None:
    if isinstance(value, Literal):
        return bool(value.toPython())
    return None


def _as_float(value: Node | None) -> float | None:
    if isinstance(value, Literal):
        try:
            return float(value.toPython())
        except (TypeError, ValueError):
            return None
    return None


def _modality_rank(name: str) -> int:
    return _MODALITY_ORDER.index(name) if name in _MODALITY_ORDER else len(_MODALITY_ORDER)


def to_networkx(graph: Graph, *, include_comments: bool = True) -> nx.MultiDiGraph:
    """Entities and the relations between them as a ``networkx.MultiDiGraph``.

    Nodes are keyed by entity IRI and carry ``label``, ``type`` (core class
    local name), ``subtype`` (most specific kg class), ``subtype_label``,
    ``aliases`` and ``documents``. Edges are keyed by the property's local
    name and carry ``property``, ``core``, ``label``, ``modality`` (the most
    assertive of their statements), ``modalities`` and ``sentences`` (two
    aligned lists, one item per source :class:`Source`), ``confidence`` (the
    highest) and ``from_comments`` (every source is a reader comment).
    With ``include_comments=False`` statements read from reader comments are
    left out, so comment-only edges disappear.
    """
    schema = _schema(graph)
    view = nx.MultiDiGraph()
    documents: dict[Node, str] = {}

    def document_id(node: Node | None) -> str:
        if node is None:
            return ""
        if node not in documents:
            identifier = _first(graph, node, DCTERMS.identifier)
            documents[node] = str(identifier) if identifier is not None else _local_name(node)
        return documents[node]

    types: dict[Node, set[Node]] = defaultdict(set)
    for thing, cls in graph.subject_objects(RDF.type):
        if cls in schema.class_core and not isinstance(thing, Literal):
            types[thing].add(cls)

    for node in sorted(types, key=str):
        subtype = min(types[node], key=lambda c: (-schema.class_depth.get(c, 0), str(c)))
        core = schema.class_core[subtype]
        label = _first(graph, node, RDFS.label) or _first(graph, node, SKOS.prefLabel)
        name = str(label) if label is not None else _local_name(node)
        aliases = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {name})
        docs = sorted({document_id(d) for d in graph.objects(node, KG.mentionedIn)})
        view.add_node(
            str(node),
            iri=str(node),
            label=name,
            type=_local_name(core),
            subtype=_local_name(subtype),
            subtype_label=_label(schema, subtype),
            aliases=aliases,
            documents=docs,
        )

    grouped: dict[tuple[str, Node, str], dict[tuple[str, str, str], tuple[Source, str]]] = (
        defaultdict(dict)
    )
    for statement in sorted(graph.subjects(RDF.type, KG.Statement), key=str):
        subject = _first(graph, statement, RDF.subject)
        predicate = _first(graph, statement, RDF.predicate)
        obj = _first(graph, statement, RDF.object)
        if predicate is None or str(subject) not in view or str(obj) not in view:
            logger.debug("statement %s does not link two entities: left out of the view", statement)
            continue
        sentence = _first(graph, statement, PROV.wasDerivedFrom)
        text = doc = ""
        comments = _as_bool(_first(graph, statement, KG.fromReaderComments))
        if sentence is not None:
            text_node = _first(graph, sentence, KG.text)
            text = str(text_node) if text_node is not None else ""
            doc = document_id(_first(graph, sentence, DCTERMS.isPartOf))
            if comments is None:
                comments = _as_bool(_first(graph, sentence, KG.fromReaderComments))
        comments = bool(comments)
        if comments and not include_comments:
            continue
        modality_node = _first(graph, statement, KG.modality)
        modality = _local_name(modality_node) if modality_node is not None else "Asserted"
        source = Source(text, doc, _as_float(_first(graph, statement, KG.confidence)), comments)
        sources = grouped[(str(subject), predicate, str(obj))]
        key = (doc, text, modality)
        previous = sources.get(key)
        if previous is None or (source.confidence or 0.0) > (previous[0].confidence or 0.0):
            sources[key] = (source, modality)

    for (head, prop, tail), by_key in sorted(grouped.items(), key=lambda i: str(i[0])):
        pairs = [by_key[k] for k in sorted(by_key)]
        core_prop = schema.property_core.get(prop, prop)
        modalities = [m for _, m in pairs]
        confidences = [s.confidence for s, _ in pairs if s.confidence is not None]
        view.add_edge(
            head,
            tail,
            key=_local_name(prop),
            iri=str(prop),
            property=_local_name(prop),
            core=_local_name(core_prop),
            label=_label(schema, prop),
            core_label=_label(schema, core_prop),
            modality=min(modalities, key=_modality_rank),
            modalities=modalities,
            sentences=[s for s, _ in pairs],
            confidence=max(confidences) if confidences else None,
            from_comments=all(s.from_comments for s, _ in pairs),
        )
    return view


# --------------------------------------------------------------------------
# networkx -> vis-network data
# --------------------------------------------------------------------------


def _layout(view: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Pixel positions of the nodes of ``view``, the same for the same graph.

    Each connected component is laid out on its own (:func:`_component_layout`);
    nodes without relations go in a grid; the blocks are then packed in rows,
    largest first, so that no component drifts far from the others.
    """
    skeleton = nx.Graph()
    skeleton.add_nodes_from(sorted(view.nodes))
    skeleton.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in view.edges() if u != v}))
    components = sorted(
        (sorted(component) for component in nx.connected_components(skeleton)),
        key=lambda component: (-len(component), component[0]),
    )
    blocks: list[tuple[list[str], np.ndarray]] = []
    for component in components:
        if len(component) > 1:
            sub = nx.Graph()
            sub.add_nodes_from(component)
            sub.add_edges_from(sorted(skeleton.subgraph(component).edges()))
            blocks.append((component, _component_layout(sub)))
    singles = [component[0] for component in components if len(component) == 1]
    if singles:
        # as tall as the largest component, so the grid can sit beside it
        tallest = max((float(np.ptp(c[:, 1])) for _, c in blocks), default=0.0)
        rows = max(1, min(len(singles), int(tallest // _MIN_GAP) + 1))
        if not blocks:
            rows = max(1, math.floor(math.sqrt(len(singles) / 2.0)))
        columns = math.ceil(len(singles) / rows)
        grid = [(i % columns, i // columns) for i in range(len(singles))]
        blocks.append((singles, np.array(grid, dtype=float) * _MIN_GAP))
    return _pack(blocks)


def _spring(graph: nx.Graph) -> dict[Any, np.ndarray]:
    count = graph.number_of_nodes()
    iterations = 200 if count < 300 else 100 if count < 500 else 30
    try:
        return nx.spring_layout(graph, seed=LAYOUT_SEED, iterations=iterations)
    except ImportError:  # networkx wants scipy for large graphs
        try:
            return nx.spring_layout(graph, seed=LAYOUT_SEED, iterations=iterations, method="force")
        except (ImportError, TypeError):
            logger.warning("no scipy for a spring layout of %d nodes: using a circle", count)
            return nx.circular_layout(graph)


def _component_layout(graph: nx.Graph) -> np.ndarray:
    """Positions of a connected graph's nodes, in its node order: a seeded spring layout
    scaled so that a typical edge is ``_EDGE_LENGTH`` long, evened out by :func:`_relax`."""
    nodes = list(graph.nodes)
    count = len(nodes)
    if count == 2:
        return np.array([[0.0, 0.0], [_EDGE_LENGTH, 0.0]])
    positions = _spring(graph)
    index = {node: i for i, node in enumerate(nodes)}
    coords = np.array([positions[node] for node in nodes], dtype=float)
    pairs = np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=int).reshape(-1, 2)
    lengths = np.hypot(*(coords[pairs[:, 0]] - coords[pairs[:, 1]]).T)
    coords *= _EDGE_LENGTH / max(float(np.median(lengths)), 1e-9)
    if count <= _MAX_SPREAD_NODES:
        rounds = 120 if count <= 400 else 30
        coords = _relax(coords, pairs, _EDGE_LENGTH, _MIN_GAP, rounds=rounds)
    return coords


def _pack(blocks: list[tuple[list[str], np.ndarray]]) -> dict[str, tuple[int, int]]:
    """Blocks of positions placed left to right in rows, about twice as wide as tall."""
    if not blocks:
        return {}
    shifted = [(nodes, coords - coords.min(axis=0)) for nodes, coords in blocks]
    sizes = [coords.max(axis=0) + _MIN_GAP for _, coords in shifted]
    area = sum(float(w * h) for w, h in sizes)
    row_width = max(max(float(w) for w, _ in sizes), math.sqrt(2.0 * area))
    result: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (nodes, coords), (width, height) in zip(shifted, sizes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, coords, strict=True):
            result[node] = (x + float(px), y + float(py))
        x += float(width)
        row_height = max(row_height, float(height))
    centre_x = (min(p[0] for p in result.values()) + max(p[0] for p in result.values())) / 2
    centre_y = (min(p[1] for p in result.values()) + max(p[1] for p in result.values())) / 2
    return {node: (round(px - centre_x), round(py - centre_y)) for node, (px, py) in result.items()}


def _relax(
    coords: np.ndarray, edges: np.ndarray, length: float, gap: float, *, rounds: int = 120
) -> np.ndarray:
    """``coords`` evened out: edges longer than ``length`` pulled in, nodes closer than
    ``gap`` pushed apart, a little at a time (deterministic)."""
    coords = coords.copy()
    for step in range(rounds):
        if len(edges) and step < rounds // 2:
            delta = coords[edges[:, 1]] - coords[edges[:, 0]]
            dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-6)
            excess = np.clip(dist - length, 0.0, None) / dist
            move = 0.25 * delta * excess[:, None]
            np.add.at(coords, edges[:, 0], move)
            np.add.at(coords, edges[:, 1], -move)
        diff = coords[:, None, :] - coords[None, :, :]
        dist = np.hypot(diff[..., 0], diff[..., 1])
        np.fill_diagonal(dist, gap)  # a node never pushes itself
        close = dist < gap
        if not close.any() and step >= rounds // 2:
            break
        push = np.where(close, (gap - dist) / (2.0 * np.maximum(dist, 1e-6)), 0.0)
        coords += 0.5 * (diff * push[..., None]).sum(axis=1)
    return coords


def _sizes(view: nx.MultiDiGraph) -> dict[str, float]:
    """Node sizes from degree centrality (parallel edges counted once)."""
    skeleton = nx.Graph(view.to_undirected())
    centrality = nx.degree_centrality(skeleton) if skeleton.number_of_nodes() > 1 else {}
    top = max(centrality.values(), default=0.0) or 1.0
    return {
        node: round(10.0 + 14.0 * math.sqrt(centrality.get(node, 0.0) / top), 1)
        for node in view.nodes
    }


def _shade(colour: str, factor: float) -> str:
    """``colour`` darkened (factor < 1) or lightened towards white (factor > 1)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    if factor <= 1:
        channels = (round(c * factor) for c in (red, green, blue))
    else:
        channels = (round(c + (255 - c) * (factor - 1)) for c in (red, green, blue))
    return "#" + "".join(f"{min(255, max(0, c)):02x}" for c in channels)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _node_title(attrs: Mapping[str, Any], degree: int) -> str:
    core = attrs["type"]
    kind = attrs["subtype_label"]
    kind = kind[:1].upper() + kind[1:]
    if attrs["subtype"] != core:
        kind = f"{kind} · {NODE_STYLES.get(core, _FALLBACK_STYLE).label}"
    parts = [
        f'<div class="kg-tip-head">{_esc(attrs["label"])}</div>',
        f'<div class="kg-tip-kind">{_esc(kind)}</div>',
    ]
    if attrs["aliases"]:
        parts.append(
            f'<div><span class="kg-k">Also called</span> {_esc(", ".join(attrs["aliases"]))}</div>'
        )
    if attrs["documents"]:
        parts.append(
            f'<div><span class="kg-k">Documents</span> {_esc(", ".join(attrs["documents"]))}</div>'
        )
    parts.append(f'<div><span class="kg-k">Relations</span> {degree}</div>')
    return "".join(parts)


def _edge_title(view: nx.MultiDiGraph, subject: str, obj: str, attrs: Mapping[str, Any]) -> str:
    relation = attrs["label"]
    if attrs["core"] != attrs["property"]:
        relation = f"{relation} ({attrs['core_label']})"
    parts = [
        f'<div class="kg-tip-head">{_esc(relation)}</div>',
        f'<div class="kg-tip-kind">{_esc(view.nodes[subject]["label"])} → '
        f"{_esc(view.nodes[obj]['label'])}</div>",
        '<ol class="kg-sources">',
    ]
    sources = list(zip(attrs["sentences"], attrs["modalities"], strict=True))
    for source, modality in sources[:_MAX_SOURCES_SHOWN]:
        text = source.text
        if len(text) > _MAX_SENTENCE_CHARS:
            text = text[: _MAX_SENTENCE_CHARS - 1].rstrip() + "…"
        meta = [source.document or "unknown document"]
        if source.confidence is not None:
            meta.append(f"confidence {source.confidence:.2f}")
        meta.append(_words(modality))
        if source.from_comments:
            meta.append("reader comment")
        parts.append(
            f'<li><div class="kg-sentence">“{_esc(text)}”</div>'
            f'<div class="kg-meta">{_esc(" · ".join(meta))}</div></li>'
        )
    parts.append("</ol>")
    if len(sources) > _MAX_SOURCES_SHOWN:
        parts.append(f'<div class="kg-meta">and {len(sources) - _MAX_SOURCES_SHOWN} more</div>')
    return "".join(parts)


def _vis_data(view: nx.MultiDiGraph) -> dict[str, Any]:
    positions = _layout(view)
    sizes = _sizes(view)
    nodes: list[dict[str, Any]] = []
    for key in sorted(view.nodes):
        attrs = view.nodes[key]
        style = NODE_STYLES.get(attrs["type"], _FALLBACK_STYLE)
        x, y = positions[key]
        border = _shade(style.colour, 0.7)
        nodes.append(
            {
                "id": key,
                "label": attrs["label"],
                "title": _node_title(attrs, view.degree(key)),
                "shape": style.shape,
                "size": sizes[key],
                "x": x,
                "y": y,
                "color": {
                    "background": style.colour,
                    "border": border,
                    "highlight": {"background": _shade(style.colour, 1.3), "border": border},
                    "hover": {"background": _shade(style.colour, 1.3), "border": border},
                },
            }
        )

    per_pair: dict[frozenset[str], int] = defaultdict(int)
    for u, v in view.edges():
        per_pair[frozenset((u, v))] += 1
    seen: dict[tuple[str, str], int] = defaultdict(int)
    edges: list[dict[str, Any]] = []
    for index, (u, v, _key, attrs) in enumerate(
        sorted(view.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    ):
        colour = EDGE_COLOURS.get(attrs["core"], _FALLBACK_EDGE_COLOUR)
        label = attrs["label"]
        if attrs["modality"] in _LABELLED_MODALITIES:
            label = f"{label} [{_words(attrs['modality'])}]"
        arrows: dict[str, Any] = {"to": {"enabled": True, "scaleFactor": 0.6}}
        if attrs["from_comments"]:
            arrows["middle"] = {"enabled": True, "type": "circle", "scaleFactor": 0.5}
        if per_pair[frozenset((u, v))] > 1 and u != v:
            rank = seen[(u, v)]
            seen[(u, v)] += 1
            smooth: dict[str, Any] = {
                "enabled": True,
                "type": "curvedCW",
                "roundness": round(0.15 + 0.2 * rank, 2),
            }
        else:
            smooth = {"enabled": u == v}
        confidence = attrs["confidence"]
        edges.append(
            {
                "id": f"e{index}",
                "from": u,
                "to": v,
                "label": label,
                "title": _edge_title(view, u, v, attrs),
                "color": {
                    "color": colour,
                    "highlight": colour,
                    "hover": colour,
                    "opacity": 0.55 if attrs["from_comments"] else 1.0,
                },
                "dashes": [7, 5] if attrs["modality"] != "Asserted" else False,
                "arrows": arrows,
                "smooth": smooth,
                "width": round(1.0 + 2.0 * (confidence if confidence is not None else 0.5), 2),
            }
        )
    return {"nodes": nodes, "edges": edges, "options": _OPTIONS}


_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {
        "hover": True,
        "tooltipDelay": 120,
        "navigationButtons": False,
        "keyboard": False,
    },
    "nodes": {
        "borderWidth": 1.5,
        "font": {
            "face": _FONT,
            "size": 15,
            "color": "#1f2328",
            "strokeWidth": 3,
            "strokeColor": "#ffffff",
        },
        "widthConstraint": {"maximum": 170},
    },
    "edges": {
        "font": {
            "face": _FONT,
            "size": 12,
            "color": "#4a4f55",
            "strokeWidth": 3,
            "strokeColor": "#ffffff",
            "align": "horizontal",
        },
        "selectionWidth": 1.5,
        "hoverWidth": 1.0,
    },
}


# --------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------


def _vis_dir() -> Path:
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise OutputError("pyvis is not installed: install it (pip install 'pyvis>=0.3.2')")
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib"

    def version(folder: Path) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", folder.name))

    candidates = sorted(
        (d for d in lib.glob("vis-*") if (d / "vis-network.min.js").is_file()), key=version
    )
    if not candidates:
        raise OutputError(
            f"pyvis's bundled vis-network is missing under {lib}: "
            "reinstall pyvis (pip install 'pyvis>=0.3.2')"
        )
    return candidates[-1]


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def _safe_in_tag(text: str, tag: str) -> str:
    """``text`` made unable to end its ``<script>``/``<style>`` element early."""
    text = re.sub(rf"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE)
    return text.replace("<!--", "<\\!--")


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str, str]:
    """vis-network's script, its style and the script's CSP hash."""
    folder = _vis_dir()
    try:
        script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        style = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as error:
        raise OutputError(
            f"cannot read pyvis's bundled vis-network ({error}): reinstall pyvis"
        ) from error
    script = _safe_in_tag(script, "script")
    # Anything the bundle might fetch by itself: keep data: URLs only.
    style = _safe_in_tag(re.sub(r"url\((?![\"']?data:)[^)]*\)", "none", style), "style")
    return script, style, _sha256(script)


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_PAGE_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  // Titles are HTML built with every article-derived string escaped.
  function tip(markup) {
    var element = document.createElement("div");
    element.className = "kg-tip";
    element.innerHTML = markup;
    return element;
  }
  data.nodes.forEach(function (node) { node.title = tip(node.title); });
  data.edges.forEach(function (edge) { edge.title = tip(edge.title); });
  var container = document.getElementById("kg-graph");
  if (!data.nodes.length) {
    container.className += " kg-empty";
    container.textContent = "No entities in this graph.";
    return;
  }
  if (typeof vis === "undefined") {
    container.textContent = "The graph viewer failed to load.";
    return;
  }
  var network = new vis.Network(
    container,
    {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)},
    data.options
  );
  network.fit({animation: false});
  window.kgNetwork = network;
})();
"""

_PAGE_STYLE = """
html, body { margin: 0; height: 100%; background: #ffffff; color: #1f2328;
  font-family: FONT; font-size: 14px; }
body { display: flex; flex-direction: column; }
.kg-header { padding: 14px 22px 12px; border-bottom: 1px solid #e3e6ea; }
.kg-header h1 { margin: 0 0 2px; font-size: 20px; font-weight: 600; }
.kg-counts { margin: 0 0 10px; color: #57606a; }
.kg-counts strong { color: #1f2328; }
.kg-legend { display: flex; flex-wrap: wrap; gap: 6px 28px; }
.kg-legend-group { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; }
.kg-legend-title { font-size: 11px; font-weight: 600; letter-spacing: .06em;
  text-transform: uppercase; color: #6e7781; }
.kg-legend-item { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
.kg-legend-item svg { flex: none; }
.kg-legend-count { color: #6e7781; }
.kg-legend-empty { opacity: .45; }
.kg-hint { margin: 8px 0 0; font-size: 12px; color: #6e7781; }
#kg-graph { flex: 1 1 auto; min-height: 360px; position: relative; }
#kg-graph.kg-empty { display: flex; align-items: center; justify-content: center; color: #6e7781; }
div.vis-tooltip { white-space: normal; max-width: 440px; padding: 8px 10px;
  font-family: FONT; font-size: 13px; line-height: 1.4; color: #1f2328;
  background: #ffffff; border: 1px solid #d0d7de; border-radius: 6px;
  box-shadow: 0 4px 14px rgba(31, 35, 40, .15); }
.kg-tip-head { font-weight: 600; font-size: 14px; }
.kg-tip-kind { color: #57606a; margin-bottom: 4px; }
.kg-k { color: #6e7781; margin-right: 4px; }
.kg-sources { margin: 4px 0 0; padding-left: 18px; }
.kg-sources li { margin: 0 0 6px; }
.kg-meta { font-size: 12px; color: #6e7781; }
""".replace("FONT", _FONT)


def _swatch(shape: str, colour: str) -> str:
    border = _shade(colour, 0.7)
    shapes = {
        "dot": '<circle cx="8" cy="8" r="6"/>',
        "square": '<rect x="2.5" y="2.5" width="11" height="11"/>',
        "diamond": '<polygon points="8,1.5 14.5,8 8,14.5 1.5,8"/>',
        "star": f'<polygon points="{_STAR}"/>',
        "triangle": '<polygon points="8,1.5 14.8,14 1.2,14"/>',
    }
    body = shapes.get(shape, shapes["dot"])
    return (
        f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
        f'<g fill="{_esc(colour)}" stroke="{_esc(border)}" stroke-width="1.2">{body}</g></svg>'
    )


def _line(colour: str, *, dashed: bool = False, dot: bool = False) -> str:
    dash = ' stroke-dasharray="5 4"' if dashed else ""
    marker = f'<circle cx="14" cy="6" r="3" fill="{_esc(colour)}"/>' if dot else ""
    return (
        f'<svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">'
        f'<line x1="1" y1="6" x2="27" y2="6" stroke="{_esc(colour)}" stroke-width="2.2"{dash}/>'
        f"{marker}</svg>"
    )


def _legend_item(mark: str, label: str, count: int | None = None) -> str:
    suffix = f' <span class="kg-legend-count">{count}</span>' if count is not None else ""
    empty = " kg-legend-empty" if count == 0 else ""
    return f'<span class="kg-legend-item{empty}">{mark}{_esc(label)}{suffix}</span>'


def _legend(view: nx.MultiDiGraph) -> str:
    type_counts: dict[str, int] = defaultdict(int)
    for _, core in view.nodes(data="type"):
        type_counts[core] += 1
    node_items = [
        _legend_item(_swatch(style.shape, style.colour), style.label, type_counts.get(name, 0))
        for name, style in NODE_STYLES.items()
    ]
    others = sum(count for name, count in type_counts.items() if name not in NODE_STYLES)
    if others:
        node_items.append(
            _legend_item(
                _swatch(_FALLBACK_STYLE.shape, _FALLBACK_STYLE.colour),
                _FALLBACK_STYLE.label,
                others,
            )
        )

    core_labels: dict[str, str] = {}
    core_counts: dict[str, int] = defaultdict(int)
    for _, _, attrs in view.edges(data=True):
        core_labels[attrs["core"]] = attrs["core_label"]
        core_counts[attrs["core"]] += 1
    order = [name for name in EDGE_COLOURS if name in core_labels]
    order += sorted(name for name in core_labels if name not in EDGE_COLOURS)
    edge_items = [
        _legend_item(
            _line(EDGE_COLOURS.get(name, _FALLBACK_EDGE_COLOUR)),
            core_labels[name],
            core_counts[name],
        )
        for name in order
    ] or ['<span class="kg-legend-count">none</span>']

    grey = "#6e7781"
    line_items = [
        _legend_item(_line(grey), "asserted"),
        _legend_item(_line(grey, dashed=True), "reported, planned, conditional or negated"),
        _legend_item(_line(grey, dot=True), "only in reader comments"),
    ]
    groups = (("Entities", node_items), ("Relations", edge_items), ("Lines", line_items))
    return "".join(
        f'<div class="kg-legend-group"><span class="kg-legend-title">{title}</span>'
        f"{''.join(items)}</div>"
        for title, items in groups
    )


def _plural(count: int, word: str) -> str:
    return f"<strong>{count}</strong> {word}{'' if count == 1 else 's'}"


def render_html(graph: Graph, *, title: str = "kg graph", include_comments: bool = True) -> str:
    """The HTML text of the view of ``graph``: one page, no external resources.

    The same graph always gives the same text.
    """
    view = to_networkx(graph, include_comments=include_comments)
    data = _vis_data(view)
    script, vis_style, script_hash = _vis_assets()
    page_script = _safe_in_tag(_PAGE_SCRIPT, "script")
    policy = (
        "default-src 'none'; "
        f"script-src {script_hash} {_sha256(page_script)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:"
    )
    documents = {doc for _, docs in view.nodes(data="documents") for doc in docs}
    counts = " · ".join(
        (
            _plural(view.number_of_nodes(), "entity").replace("entitys", "entities"),
            _plural(view.number_of_edges(), "relation"),
            _plural(len(documents), "document"),
        )
    )
    hint = "Hover a node or an edge for details and source sentences; scroll to zoom, drag to pan."
    if not include_comments:
        hint += " Relations read only from reader comments are hidden."
    logger.debug(
        "rendering %d entities and %d relations", view.number_of_nodes(), view.number_of_edges()
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="kg">\n'
        f"<title>{_esc(title)}</title>\n"
        f"<style>\n{vis_style}\n</style>\n"
        f"<style>{_safe_in_tag(_PAGE_STYLE, 'style')}</style>\n"
        f"<script>{script}</script>\n"
        "</head>\n<body>\n"
        '<header class="kg-header">\n'
        f"<h1>{_esc(title)}</h1>\n"
        f'<p class="kg-counts">{counts}</p>\n'
        f'<div class="kg-legend">{_legend(view)}</div>\n'
        f'<p class="kg-hint">{_esc(hint)}</p>\n'
        "</header>\n"
        '<div id="kg-graph"></div>\n'
        f'<script id="kg-data" type="application/json">{_json_for_script(data)}</script>\n'
        f"<script>{page_script}</script>\n"
        "</body>\n</html>\n"
    )


def write_html(
    graph: Graph,
    path: str | Path,
    *,
    title: str = "kg graph",
    include_comments: bool = True,
) -> Path:
    """Write the view of ``graph`` to ``path`` atomically and return the path.

    Missing parent folders are created. On failure :class:`OutputError` is
    raised and ``path`` is left as it was.
    """
    target = Path(path)
    text = render_html(graph, title=title, include_comments=include_comments)
    _write_atomic(target, text)
    logger.info("wrote %s", target)
    return target


def _write_atomic(target: Path, text: str) -> None:
    temporary: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        reason = error.strerror or str(error) or type(error).__name__
        raise OutputError(
            f"cannot write {target}: {reason}; choose a writable file path"
        ) from error
