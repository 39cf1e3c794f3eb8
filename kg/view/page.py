"""An offline, interactive HTML view of the graph: vis-network, laid out ahead by networkx.

The view is derived from the RDF graph and never changes it. :func:`to_networkx`
reads entities (subjects typed with a subclass of ``kg:Entity``) and the
reified ``kg:Statement`` nodes, grouping statements that share subject,
predicate and object into one edge that carries every source sentence.
:func:`render_html` lays that graph out ahead (seeded, so the same graph always
gives the same page), sizes nodes by degree centrality and writes one
self-contained page: vis-network's script and style (bundled with pyvis) and
the page's own script are inlined, and a Content-Security-Policy forbids any
request, so the page opens from ``file://`` with no network.

The page: nodes coloured and shaped by type (legend with counts, which are
also the type filters), edges labelled by relation, coloured by core relation
and dashed by modality; a side panel for the clicked entity (type, name,
aliases, documents, relations, quotes) or relation (every source sentence with
its document, confidence and modality, the stating words highlighted);
reader-comment facts marked and hideable; search by name or alias; filters by
type, relation and document; a neighbourhood mode. Graphs larger than
``overview_limit`` entities open on the most connected ones, the rest one
click away.

The page script exposes ``window.kgView`` so that tests and users can drive
it: ``search(text)``, ``selectNode(label)``, ``selectEdge(fromLabel, toLabel[,
property])``, ``setTypeVisible(type, on)``, ``setPropertyVisible(core, on)``,
``setDocument(id | null)``, ``setComments(on)``, ``neighbourhood(label | null[,
depth])``, ``showAll()``, ``fit()``, ``reset()``, ``state()``,
``visibleNodes()``, ``visibleEdges()``, ``nodePoint(label)`` and ``edgePoint(fromLabel, toLabel)``
(page coordinates, for real clicks), and ``ready`` / ``readyAt`` (set when the
first frame is drawn; ``<body data-kg-ready>`` too).

Security: article strings reach the page only as JSON data (with ``<``, ``>``
and ``&`` escaped, so it cannot end its ``<script>`` element) and are put
into the document with ``textContent`` or drawn on the canvas, never parsed as
HTML; the server-rendered header escapes them with :func:`html.escape`; and the
CSP allows only the page's own hashed scripts.

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
from collections import defaultdict, deque
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
import numpy as np
from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import GraphError, OutputError
from kg.rdf.namespaces import KG
from kg.rdf.schema import CORE_CLASSES, CORE_PROPERTIES, load_ontology

__all__ = [
    "write_html",
    "render_html",
    "to_networkx",
    "NodeStyle",
    "NODE_STYLES",
    "EDGE_COLOURS",
    "MODALITY_DASHES",
    "Source",
    "LAYOUT_SEED",
    "OVERVIEW_LIMIT",
]

logger = logging.getLogger(__name__)

LAYOUT_SEED = 42
"""Seed of the layout: the same graph always gives the same page."""

OVERVIEW_LIMIT = 2000
"""Graphs with more entities open on this many of the most connected ones."""


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
    "communicatesWith": "#e07b12",
    "proposes": "#3f8f3a",
    "supports": "#17a2b8",
    "opposes": "#d62728",
    "advisesOn": "#9467bd",
    "partOf": "#8c564b",
    "participatesIn": "#e377c2",
}
_FALLBACK_EDGE_COLOUR = "#999999"

MODALITY_DASHES: dict[str, list[int] | bool] = {
    "Asserted": False,
    "Reported": [2, 5],
    "Planned": [9, 5],
    "Conditional": [5, 4],
    "Negated": [12, 4, 2, 4],
}
"""vis-network dash pattern of an edge by the modality it is drawn with."""

# Most assertive first: an edge backed by several statements shows the strongest.
_MODALITY_ORDER = ("Asserted", "Reported", "Planned", "Conditional", "Negated")
_LABELLED_MODALITIES = frozenset({"Planned", "Conditional", "Negated"})
_EDGE_LENGTH = 170.0  # pixels
_MIN_GAP = 145.0  # pixels between node centres
_SPRING_LIMIT = 400  # larger components: networkx lays out their best-connected nodes only
_GRID = (175.0, 100.0)  # cell of the grid of entities without relations
_LARGE_SPREAD = 1.2  # side of a large component's hub layout, in _MIN_GAP * sqrt(nodes)
_LARGE_CELL = 140.0  # grid cell of a large component's nodes (at least 0.4 cell apart)
_STAR = "8,1 9.9,6 15,6 11,9.3 12.4,14.5 8,11.5 3.6,14.5 5,9.3 1,6 6.1,6"
_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


class Source(NamedTuple):
    """One sentence an edge was read from.

    ``span`` gives the words that state the relation as offsets into ``text``
    (when the graph has them), ``method`` the rule that read it.
    """

    text: str
    document: str
    confidence: float | None
    from_comments: bool
    span: tuple[int, int] | None = None
    method: str = ""


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


def _as_int(value: Node | None) -> int | None:
    if isinstance(value, Literal):
        try:
            return int(value.toPython())
        except (TypeError, ValueError):
            return None
    return None


class _SentenceInfo(NamedTuple):
    text: str
    document: str
    start: int | None
    comments: bool | None


def to_networkx(graph: Graph, *, include_comments: bool = True) -> nx.MultiDiGraph:
    """Entities and the relations between them as a ``networkx.MultiDiGraph``.

    Nodes are keyed by entity IRI and carry ``label``, ``type`` (core class
    local name), ``subtype`` (most specific kg class), ``subtype_label``,
    ``aliases``, ``documents`` (identifiers), ``mentions`` (how many),
    ``comments_only`` (every mention is in readers' comments), ``details``
    (``(name, value)`` pairs such as ``("date", "1 April")``) and ``quotes``
    (``(text, document)`` pairs of the quotations attributed to it).

    Edges are keyed by the property's local name and carry ``property``,
    ``core``, ``label``, ``core_label``, ``modality`` (the most assertive of
    their statements), ``modalities`` and ``sentences`` (two aligned lists, one
    item per source :class:`Source`), ``confidence`` (the highest) and
    ``from_comments`` (every source is a reader comment). With
    ``include_comments=False`` statements read from reader comments are left
    out, so comment-only edges disappear.

    ``view.graph["documents"]`` maps each document identifier to its title.
    """
    schema = _schema(graph)
    view = nx.MultiDiGraph()
    documents: dict[Node, str] = {}
    titles: dict[str, str] = {}

    def document_id(node: Node | None) -> str:
        if node is None:
            return ""
        if node not in documents:
            identifier = _first(graph, node, DCTERMS.identifier)
            documents[node] = str(identifier) if identifier is not None else _local_name(node)
            title = _first(graph, node, DCTERMS.title)
            if title is not None:
                titles[documents[node]] = str(title)
        return documents[node]

    sentence_cache: dict[Node, _SentenceInfo] = {}

    def sentence_info(node: Node | None) -> _SentenceInfo:
        if node is None:
            return _SentenceInfo("", "", None, None)
        found = sentence_cache.get(node)
        if found is None:
            text = _first(graph, node, KG.text)
            found = sentence_cache[node] = _SentenceInfo(
                str(text) if text is not None else "",
                document_id(_first(graph, node, DCTERMS.isPartOf)),
                _as_int(_first(graph, node, KG.startOffset)),
                _as_bool(_first(graph, node, KG.fromReaderComments)),
            )
        return found

    for doc in sorted(graph.subjects(RDF.type, KG.Document), key=str):
        document_id(doc)

    types: dict[Node, set[Node]] = defaultdict(set)
    for thing, cls in graph.subject_objects(RDF.type):
        if cls in schema.class_core and not isinstance(thing, Literal):
            types[thing].add(cls)

    mention_counts: dict[str, int] = defaultdict(int)
    outside_comments: set[str] = set()
    for mention, entity in graph.subject_objects(KG.mentionOf):
        if entity not in types:
            continue
        key = str(entity)
        mention_counts[key] += 1
        if key not in outside_comments:
            info = sentence_info(_first(graph, mention, PROV.wasDerivedFrom))
            if not info.comments:
                outside_comments.add(key)

    quotes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for quotation in graph.subjects(RDF.type, KG.Quotation):
        speaker = _first(graph, quotation, PROV.wasAttributedTo)
        text = _first(graph, quotation, KG.quotedText)
        if speaker is None or text is None or speaker not in types:
            continue
        info = sentence_info(_first(graph, quotation, PROV.wasDerivedFrom))
        if info.comments and not include_comments:
            continue
        quotes[str(speaker)].append((str(text), info.document))

    for node in sorted(types, key=str):
        subtype = min(types[node], key=lambda c: (-schema.class_depth.get(c, 0), str(c)))
        core = schema.class_core[subtype]
        label = _first(graph, node, RDFS.label) or _first(graph, node, SKOS.prefLabel)
        name = str(label) if label is not None else _local_name(node)
        aliases = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {name})
        docs = sorted({document_id(d) for d in graph.objects(node, KG.mentionedIn)})
        details = sorted(
            {(_local_name(p), str(v)) for p in (KG.date, KG.figure) for v in graph.objects(node, p)}
        )
        key = str(node)
        view.add_node(
            key,
            iri=key,
            label=name,
            type=_local_name(core),
            subtype=_local_name(subtype),
            subtype_label=_label(schema, subtype),
            aliases=aliases,
            documents=docs,
            mentions=mention_counts.get(key, 0),
            comments_only=mention_counts.get(key, 0) > 0 and key not in outside_comments,
            details=details,
            quotes=sorted(set(quotes.get(key, ()))),
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
        info = sentence_info(_first(graph, statement, PROV.wasDerivedFrom))
        comments = _as_bool(_first(graph, statement, KG.fromReaderComments))
        if comments is None:
            comments = info.comments
        comments = bool(comments)
        if comments and not include_comments:
            continue
        span = None
        start = _as_int(_first(graph, statement, KG.startOffset))
        end = _as_int(_first(graph, statement, KG.endOffset))
        if info.start is not None and start is not None and end is not None:
            span = (start - info.start, end - info.start)
            if not 0 <= span[0] < span[1] <= len(info.text):
                span = None
        method = _first(graph, statement, KG.method)
        modality_node = _first(graph, statement, KG.modality)
        modality = _local_name(modality_node) if modality_node is not None else "Asserted"
        source = Source(
            info.text,
            info.document,
            _as_float(_first(graph, statement, KG.confidence)),
            comments,
            span,
            str(method) if method is not None else "",
        )
        sources = grouped[(str(subject), predicate, str(obj))]
        source_key = (info.document, info.text, modality)
        previous = sources.get(source_key)
        if previous is None or (source.confidence or 0.0) > (previous[0].confidence or 0.0):
            sources[source_key] = (source, modality)

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
    view.graph["documents"] = dict(sorted(titles.items()))
    return view


# --------------------------------------------------------------------------
# Layout: networkx ahead of time, no physics in the browser
# --------------------------------------------------------------------------


def _skeleton(view: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of ``view``: one edge per related pair, no self-loops."""
    skeleton = nx.Graph()
    skeleton.add_nodes_from(sorted(view.nodes))
    relations: dict[tuple[str, str], int] = defaultdict(int)
    for u, v in view.edges():
        if u != v:
            relations[(u, v) if u < v else (v, u)] += 1
    skeleton.add_edges_from((u, v, {"relations": k}) for (u, v), k in sorted(relations.items()))
    return skeleton


def _type_order(core: str) -> int:
    names = list(NODE_STYLES)
    return names.index(core) if core in names else len(names)


def _layout(view: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Pixel positions of the nodes of ``view``, the same for the same graph.

    Each connected component is laid out on its own (:func:`_component_layout`);
    entities without relations go in a compact grid, grouped by type; the
    blocks are then packed in rows, largest first, so that no component drifts
    far from the others.
    """
    skeleton = _skeleton(view)
    components = sorted(
        (sorted(component) for component in nx.connected_components(skeleton)),
        key=lambda component: (-len(component), component[0]),
    )
    blocks: list[tuple[list[str], np.ndarray]] = []
    for component in components:
        if len(component) > 1:
            sub = nx.Graph()
            sub.add_nodes_from(component)
            sub.add_edges_from(sorted(skeleton.subgraph(component).edges(data=True)))
            blocks.append((component, _component_layout(sub)))
    singles = sorted(
        (component[0] for component in components if len(component) == 1),
        key=lambda n: (_type_order(view.nodes[n]["type"]), view.nodes[n]["label"].lower(), n),
    )
    if singles:
        # as tall as the largest component, so the grid can sit beside it
        tallest = max((float(np.ptp(c[:, 1])) for _, c in blocks), default=0.0)
        rows = max(1, min(len(singles), int(tallest // _GRID[1]) + 1))
        rows = min(rows, math.ceil(1.5 * math.sqrt(len(singles))))
        if not blocks:
            rows = max(1, math.floor(math.sqrt(len(singles) * _GRID[0] / _GRID[1] / 2.0)))
        columns = math.ceil(len(singles) / rows)
        grid = [((i % columns) * _GRID[0], (i // columns) * _GRID[1]) for i in range(len(singles))]
        blocks.append((singles, np.array(grid, dtype=float)))
    return _pack(blocks)


def _spring(graph: nx.Graph) -> dict[Any, np.ndarray]:
    count = graph.number_of_nodes()
    iterations = 200 if count < 200 else 100
    try:
        return nx.spring_layout(graph, seed=LAYOUT_SEED, iterations=iterations)
    except ImportError:  # networkx wants scipy for large graphs
        try:
            return nx.spring_layout(graph, seed=LAYOUT_SEED, iterations=iterations, method="force")
        except (ImportError, TypeError):
            logger.warning("no scipy for a spring layout of %d nodes: using a circle", count)
            return nx.circular_layout(graph)


def _edge_array(graph: nx.Graph, index: Mapping[Any, int]) -> np.ndarray:
    return np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=int).reshape(-1, 2)


def _component_layout(graph: nx.Graph) -> np.ndarray:
    """Positions of a connected graph's nodes, in its node order.

    Up to ``_SPRING_LIMIT`` nodes: networkx's seeded spring layout, scaled so
    that a typical edge is ``_EDGE_LENGTH`` long. Larger: :func:`_large_layout`.
    Then evened out by :func:`_relax` so that no two nodes overlap.
    """
    nodes = list(graph.nodes)
    count = len(nodes)
    if count == 2:
        return np.array([[0.0, 0.0], [_EDGE_LENGTH, 0.0]])
    index = {node: i for i, node in enumerate(nodes)}
    pairs = _edge_array(graph, index)
    if count <= _SPRING_LIMIT:
        positions = _spring(graph)
        coords = np.array([positions[node] for node in nodes], dtype=float)
        lengths = np.hypot(*(coords[pairs[:, 0]] - coords[pairs[:, 1]]).T)
        coords *= _EDGE_LENGTH / max(float(np.median(lengths)), 1e-9)
        rounds = 120 if count <= 200 else 60
    else:
        # too many nodes for springs to untangle in a few rounds: spread them, then give
        # each its own cell of a grid so that none overlaps another
        coords = _large_layout(graph, nodes, index)
        coords = _relax(coords, pairs[:0], _EDGE_LENGTH, _MIN_GAP, rounds=20)
        degree = np.bincount(pairs.reshape(-1), minlength=count)
        coords = _on_grid(coords, _LARGE_CELL, order=np.argsort(-degree, kind="stable"))
        # shaken within their cells, so as not to look like a lattice (seeded)
        shake = np.random.default_rng(LAYOUT_SEED).uniform(-0.3, 0.3, size=coords.shape)
        return coords + shake * _LARGE_CELL
    # a pair linked by several relations is drawn further apart, so their labels fit
    many = np.array([graph.edges[u, v].get("relations", 1) for u, v in graph.edges()], dtype=float)
    lengths = _EDGE_LENGTH * np.minimum(1.0 + 0.25 * (many - 1.0), 1.8)
    return _relax(coords, pairs, lengths, _MIN_GAP, rounds=rounds, stretch=many > 1)


def _large_layout(graph: nx.Graph, nodes: list[Any], index: Mapping[Any, int]) -> np.ndarray:
    """A component too large for networkx's spring layout in a few seconds.

    The ``_SPRING_LIMIT`` best-connected nodes (hubs) are laid out by networkx
    over a coarse graph that links two hubs when they are related directly or
    through one other entity; every other node is then placed, breadth first,
    on a sunflower around the node that reached it, fanning outwards.
    """
    count = len(nodes)
    degree = dict(graph.degree())
    hubs = sorted(nodes, key=lambda n: (-degree[n], str(n)))[:_SPRING_LIMIT]
    hub_set = set(hubs)
    coarse = nx.Graph()
    coarse.add_nodes_from(hubs)
    links: set[tuple[Any, Any]] = set()
    for node in nodes:
        near = sorted((n for n in graph[node] if n in hub_set), key=str)
        if node in hub_set:
            links.update((node, n) for n in near)
        else:
            links.update(zip(near, near[1:], strict=False))
    coarse.add_edges_from(sorted(links, key=str))
    positions = _spring(coarse)
    side = _MIN_GAP * math.sqrt(count) * _LARGE_SPREAD
    coords = np.zeros((count, 2))
    placed = np.zeros(count, dtype=bool)
    for hub in hubs:
        coords[index[hub]] = np.asarray(positions[hub], dtype=float) * side / 2.0
        placed[index[hub]] = True
    centre = coords[placed].mean(axis=0)
    golden = (math.sqrt(5.0) - 1.0) / 2.0
    queue = deque(hubs)
    while queue:
        parent = queue.popleft()
        children = sorted(
            (n for n in graph[parent] if not placed[index[n]]), key=lambda n: (-degree[n], str(n))
        )
        if not children:
            continue
        origin = coords[index[parent]]
        known = [coords[index[n]] for n in graph[parent] if placed[index[n]]]
        away = origin - (np.mean(known, axis=0) if known else centre)
        if parent in hub_set or not np.any(away):
            spread, base = 2.0 * math.pi, 0.0
        else:
            spread, base = 0.9 * math.pi, math.atan2(away[1], away[0])
        for j, child in enumerate(children):
            radius = max(_EDGE_LENGTH, _MIN_GAP * math.sqrt(2.0 * (j + 1) / spread))
            angle = base + spread * (((j * golden) % 1.0) - 0.5)
            coords[index[child]] = origin + radius * np.array([math.cos(angle), math.sin(angle)])
            placed[index[child]] = True
            queue.append(child)
    return coords


def _on_grid(coords: np.ndarray, cell: float, *, order: np.ndarray) -> np.ndarray:
    """Each point moved to the centre of the nearest free cell of a square grid, in
    ``order`` (the first keep their own cell): no two points end up closer than ``cell``."""
    taken: set[tuple[int, int]] = set()
    result = np.empty_like(coords, dtype=float)
    rings: list[list[tuple[int, int]]] = [[(0, 0)]]
    for i in order:
        x, y = coords[i] / cell
        home = (round(float(x)), round(float(y)))
        spot = None
        radius = 0
        while spot is None:
            while len(rings) <= radius:  # cells at Chebyshev distance r, nearest first
                r = len(rings)
                ring = [(dx, dy) for dx in range(-r, r + 1) for dy in range(-r, r + 1)]
                ring = [(dx, dy) for dx, dy in ring if max(abs(dx), abs(dy)) == r]
                rings.append(sorted(ring, key=lambda d: (d[0] ** 2 + d[1] ** 2, d)))
            for dx, dy in rings[radius]:
                candidate = (home[0] + dx, home[1] + dy)
                if candidate not in taken:
                    spot = candidate
                    break
            radius += 1
        taken.add(spot)
        result[i] = (spot[0] * cell, spot[1] * cell)
    return result


def _close_pairs(coords: np.ndarray, radius: float) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, of points closer than ``radius``."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - scipy is a dependency
        if len(coords) > 4000:
            return np.empty((0, 2), dtype=int)
        diff = coords[:, None, :] - coords[None, :, :]
        close = np.triu(np.hypot(diff[..., 0], diff[..., 1]) < radius, 1)
        return np.argwhere(close)
    return cKDTree(coords).query_pairs(radius, output_type="ndarray").reshape(-1, 2)


def _accumulate(count: int, indices: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    return np.stack(
        [
            np.bincount(indices, weights=vectors[:, 0], minlength=count),
            np.bincount(indices, weights=vectors[:, 1], minlength=count),
        ],
        axis=1,
    )


def _relax(
    coords: np.ndarray,
    edges: np.ndarray,
    length: float | np.ndarray,
    gap: float,
    *,
    rounds: int = 120,
    stretch: np.ndarray | None = None,
) -> np.ndarray:
    """``coords`` evened out: edges longer than ``length`` (one for all, or one per edge)
    pulled in and ``stretch`` edges (a mask) shorter than theirs pushed out (first half of
    the rounds), nodes closer than ``gap`` pushed apart, a little at a time
    (deterministic)."""
    coords = coords.astype(float, copy=True)
    count = len(coords)
    golden_angle = math.pi * (3.0 - math.sqrt(5.0))
    lengths = np.broadcast_to(np.asarray(length, dtype=float), (len(edges),))
    if stretch is None:
        stretch = np.zeros(len(edges), dtype=bool)
    degree = np.bincount(edges.reshape(-1), minlength=count).astype(float)
    for step in range(rounds):
        if len(edges) and step < rounds // 2:
            delta = coords[edges[:, 1]] - coords[edges[:, 0]]
            dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-6)
            excess = np.where(stretch, dist - lengths, np.clip(dist - lengths, 0.0, None)) / dist
            move = 0.5 * delta * excess[:, None]
            pull = _accumulate(count, edges[:, 0], move) - _accumulate(count, edges[:, 1], move)
            coords += pull / np.maximum(degree, 1.0)[:, None]  # averaged: hubs do not overshoot
        pairs = _close_pairs(coords, gap)
        if not len(pairs):
            if step >= rounds // 2:
                break
            continue
        diff = coords[pairs[:, 0]] - coords[pairs[:, 1]]
        dist = np.hypot(diff[:, 0], diff[:, 1])
        same = dist < 1e-6  # coincident points: push along a fixed, index-based direction
        if same.any():
            angle = pairs[same, 0] * golden_angle
            diff[same] = np.stack([np.cos(angle), np.sin(angle)], axis=1)
            dist[same] = 1.0
        move = 0.25 * diff * ((gap - dist) / np.maximum(dist, 1e-6))[:, None]
        push = _accumulate(count, pairs[:, 0], move) - _accumulate(count, pairs[:, 1], move)
        size = np.hypot(push[:, 0], push[:, 1])
        coords += push * np.minimum(1.0, 0.5 * gap / np.maximum(size, 1e-9))[:, None]
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


# --------------------------------------------------------------------------
# networkx -> the page's data
# --------------------------------------------------------------------------


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


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _page_data(view: nx.MultiDiGraph, *, overview_limit: int) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able data.

    Entities and relations refer to each other, to documents and to sentences
    by their index in the lists ``nodes``, ``documents`` and ``sentences``, so
    that a sentence shared by several relations is stored once. A sentence is
    ``[text, document]``; each of an edge's ``sources`` is ``[sentence, modality,
    confidence, from comments (0 or 1), start, end, method]``, ``start`` and
    ``end`` being the stating words' offsets in the sentence (-1 when unknown).
    ``initial`` lists the entities the page opens on (``None``: all of them).
    """
    positions = _layout(view)
    skeleton = _skeleton(view)
    degree = dict(skeleton.degree())
    top = max(degree.values(), default=0) or 1
    keys = sorted(view.nodes)
    index = {key: i for i, key in enumerate(keys)}
    evidence: dict[str, int] = defaultdict(int)  # source sentences: breaks ties of degree
    for u, v, attrs in view.edges(data=True):
        evidence[u] += len(attrs["sentences"])
        if v != u:
            evidence[v] += len(attrs["sentences"])
    ranked = sorted(
        keys, key=lambda k: (-degree[k], -evidence[k], view.nodes[k]["label"].lower(), k)
    )
    rank = {key: r for r, key in enumerate(ranked)}

    titles: dict[str, str] = dict(view.graph.get("documents", {}))
    doc_ids = set(titles)
    for key in keys:
        doc_ids.update(view.nodes[key]["documents"])
        doc_ids.update(doc for _, doc in view.nodes[key]["quotes"])
    for _, _, attrs in view.edges(data=True):
        doc_ids.update(source.document for source in attrs["sentences"])
    doc_ids.discard("")
    documents = sorted(doc_ids)
    doc_index = {doc: i for i, doc in enumerate(documents)}

    type_names = [name for name in NODE_STYLES]
    type_names += sorted({attrs["type"] for _, attrs in view.nodes(data=True)} - set(type_names))
    type_index = {name: i for i, name in enumerate(type_names)}
    type_counts: dict[str, int] = defaultdict(int)
    for _, core in view.nodes(data="type"):
        type_counts[core] += 1

    core_labels: dict[str, str] = {}
    core_counts: dict[str, int] = defaultdict(int)
    for _, _, attrs in view.edges(data=True):
        core_labels[attrs["core"]] = attrs["core_label"]
        core_counts[attrs["core"]] += 1
    properties = [name for name in EDGE_COLOURS if name in core_labels]
    properties += sorted(set(core_labels) - set(properties))
    property_index = {name: i for i, name in enumerate(properties)}

    sentences: list[list[Any]] = []
    sentence_index: dict[tuple[str, str], int] = {}

    def sentence(text: str, document: str) -> int:
        key = (text, document)
        if key not in sentence_index:
            sentence_index[key] = len(sentences)
            sentences.append([text, doc_index.get(document, -1)])
        return sentence_index[key]

    nodes: list[dict[str, Any]] = []
    for key in keys:
        attrs = view.nodes[key]
        x, y = positions[key]
        centrality = degree[key] / top
        node: dict[str, Any] = {
            "label": attrs["label"],
            "type": type_index[attrs["type"]],
            "kind": attrs["subtype_label"],
            "x": x,
            "y": y,
            "size": round(10.0 + 16.0 * math.sqrt(centrality), 1),
            "rank": rank[key],
            "degree": degree[key],
            "mentions": attrs.get("mentions", 0),
            "iri": attrs.get("iri", key),
        }
        if attrs["aliases"]:
            node["aliases"] = attrs["aliases"]
        if attrs["documents"]:
            node["docs"] = [doc_index[d] for d in attrs["documents"] if d in doc_index]
        if attrs.get("comments_only"):
            node["comments"] = True
        if attrs.get("details"):
            node["details"] = [list(pair) for pair in attrs["details"]]
        if attrs.get("quotes"):
            node["quotes"] = [[text, doc_index.get(doc, -1)] for text, doc in attrs["quotes"]]
        nodes.append(node)

    per_pair: dict[frozenset[str], int] = defaultdict(int)
    for u, v in view.edges():
        per_pair[frozenset((u, v))] += 1
    seen: dict[tuple[str, str], int] = defaultdict(int)
    edges: list[dict[str, Any]] = []
    for u, v, _key, attrs in sorted(view.edges(keys=True, data=True), key=lambda e: e[:3]):
        edge: dict[str, Any] = {
            "from": index[u],
            "to": index[v],
            "property": attrs["property"],
            "label": attrs["label"],
            "core": property_index[attrs["core"]],
            "modality": attrs["modality"],
            "confidence": _round(attrs["confidence"]),
            "sources": [
                [
                    sentence(source.text, source.document),
                    modality,
                    _round(source.confidence),
                    1 if source.from_comments else 0,
                    *(source.span or (-1, -1)),
                    source.method,
                ]
                for source, modality in zip(attrs["sentences"], attrs["modalities"], strict=True)
            ],
        }
        if attrs["from_comments"]:
            edge["comments"] = True
        if per_pair[frozenset((u, v))] > 1 and u != v:
            edge["smooth"] = round(0.12 + 0.18 * seen[(u, v)], 2)
            seen[(u, v)] += 1
        edges.append(edge)

    initial = None
    if len(keys) > overview_limit:
        initial = sorted(index[key] for key in ranked[:overview_limit])
    large = len(keys) > 1000 or len(edges) > 2000
    return {
        "nodes": nodes,
        "edges": edges,
        "sentences": sentences,
        "documents": [[doc, titles.get(doc, "")] for doc in documents],
        "types": [
            {
                "key": name,
                "label": NODE_STYLES.get(name, _FALLBACK_STYLE).label,
                "shape": NODE_STYLES.get(name, _FALLBACK_STYLE).shape,
                "colour": NODE_STYLES.get(name, _FALLBACK_STYLE).colour,
                "border": _shade(NODE_STYLES.get(name, _FALLBACK_STYLE).colour, 0.7),
                "light": _shade(NODE_STYLES.get(name, _FALLBACK_STYLE).colour, 1.35),
                "count": type_counts.get(name, 0),
            }
            for name in type_names
        ],
        "properties": [
            {
                "key": name,
                "label": core_labels[name],
                "colour": EDGE_COLOURS.get(name, _FALLBACK_EDGE_COLOUR),
                "count": core_counts[name],
            }
            for name in properties
        ],
        "modalities": {name: MODALITY_DASHES[name] for name in _MODALITY_ORDER},
        "labelledModalities": sorted(_LABELLED_MODALITIES),
        "initial": initial,
        "large": large,
        "options": _options(large),
    }


def _options(large: bool) -> dict[str, Any]:
    """vis-network options: no physics (the layout is computed ahead), labels drawn only
    when legible (the page draws the main entities' labels itself when zoomed out)."""
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
        "interaction": {
            "hover": True,
            "hoverConnectedEdges": not large,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "tooltipDelay": 3_600_000,  # the page shows its own tooltips
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
            "zoomSpeed": 0.6,
        },
        "nodes": {
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            "font": {
                "face": _FONT,
                "size": 17,
                "color": "#1f2328",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
            # below it (in pixels on screen), the page draws the main labels itself, without
            # overlaps; in a large graph, until the labels vis-network draws have room
            "scaling": {"label": {"drawThreshold": 13 if large else 8, "maxVisible": 22}},
            "widthConstraint": {"maximum": 170},
        },
        "edges": {
            "smooth": False,
            "font": {
                "face": _FONT,
                "size": 13,
                "color": "#3d434a",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
                "align": "horizontal",
            },
            "scaling": {"label": {"drawThreshold": 7, "maxVisible": 16}},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
    }


_PAGE_STYLE = """
html, body { margin: 0; height: 100%; background: #ffffff; color: #1f2328;
  font-family: FONT; font-size: 14px; line-height: 1.4; }
[hidden] { display: none !important; }
body { display: flex; flex-direction: column; }
button, select, input { font: inherit; color: inherit; }
.kg-header { padding: 12px 20px 10px; border-bottom: 1px solid #e3e6ea; }
.kg-top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 18px; }
.kg-top h1 { margin: 0; font-size: 19px; font-weight: 600; }
.kg-counts { margin: 0; color: #57606a; }
.kg-counts strong { color: #1f2328; }
.kg-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 10px 0 8px; }
.kg-search { position: relative; }
#kg-search { width: 320px; max-width: 70vw; padding: 6px 10px; border: 1px solid #afb8c1;
  border-radius: 6px; background: #fff; }
#kg-search:focus, select:focus-visible, button:focus-visible, .kg-toggle input:focus-visible {
  outline: 2px solid #0969da; outline-offset: 1px; }
#kg-suggest { position: absolute; z-index: 30; top: calc(100% + 3px); left: 0; min-width: 100%;
  max-width: 520px; margin: 0; padding: 4px 0; list-style: none; background: #fff;
  border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 6px 18px rgba(31, 35, 40, .16); }
#kg-suggest li { display: flex; align-items: baseline; gap: 8px; padding: 5px 10px; cursor: pointer;
  white-space: nowrap; }
#kg-suggest li[aria-selected="true"], #kg-suggest li:hover { background: #eaf2fd; }
#kg-suggest .kg-dim { color: #6e7781; font-size: 12px; overflow: hidden; text-overflow: ellipsis; }
#kg-suggest li.kg-none { color: #6e7781; cursor: default; background: none; }
select, .kg-toolbar button, .kg-panel button.kg-action, .kg-banner button, .kg-mode button {
  padding: 5px 10px; border: 1px solid #afb8c1; border-radius: 6px; background: #f6f8fa;
  cursor: pointer; }
select { max-width: 320px; }
.kg-toolbar button:hover, .kg-panel button.kg-action:hover, .kg-banner button:hover { background: #eaeef2; }
.kg-check { display: inline-flex; align-items: center; gap: 5px; white-space: nowrap; }
.kg-note { color: #6e7781; font-size: 13px; }
.kg-mode { display: inline-flex; align-items: center; gap: 8px; padding: 3px 4px 3px 10px;
  background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; }
.kg-mode button { padding: 1px 8px; }
.kg-legend { display: flex; flex-direction: column; gap: 3px; font-size: 13px; }
.kg-legend-group { display: flex; flex-wrap: wrap; align-items: center; gap: 3px 14px; }
.kg-legend-title { width: 74px; font-size: 11px; font-weight: 600; letter-spacing: .06em;
  text-transform: uppercase; color: #6e7781; }
.kg-legend-item { display: inline-flex; align-items: center; gap: 5px; white-space: nowrap; }
.kg-legend-item svg { flex: none; }
.kg-toggle { cursor: pointer; border-radius: 4px; padding: 1px 3px 1px 1px; }
.kg-toggle:hover { background: #f3f4f6; }
.kg-toggle input { margin: 0 1px 0 0; }
.kg-toggle input:not(:checked) ~ * { opacity: .4; }
.kg-toggle input:not(:checked) ~ span:not(.kg-legend-count) { text-decoration: line-through; }
.kg-legend-count { color: #6e7781; }
.kg-legend-empty { opacity: .5; }
.kg-legend-lines .kg-legend-item { color: #57606a; }
.kg-main { flex: 1 1 auto; display: flex; min-height: 0; }
.kg-stage { flex: 1 1 auto; position: relative; min-width: 0; min-height: 360px; }
#kg-graph { position: absolute; inset: 0; }
#kg-graph.kg-empty { display: flex; align-items: center; justify-content: center; color: #6e7781; }
.kg-banner button { white-space: nowrap; }
.kg-banner { position: absolute; z-index: 10; top: 10px; left: 50%; transform: translateX(-50%);
  display: flex; align-items: center; gap: 10px; padding: 6px 8px 6px 12px; max-width: 90%;
  background: #ddf4ff; border: 1px solid #54aeff; border-radius: 6px;
  box-shadow: 0 2px 8px rgba(31, 35, 40, .12); }
.kg-tooltip { position: absolute; z-index: 20; pointer-events: none; max-width: 340px;
  padding: 6px 9px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px;
  box-shadow: 0 4px 14px rgba(31, 35, 40, .15); font-size: 13px; }
.kg-tooltip .kg-dim { color: #57606a; }
.kg-panel { flex: 0 0 370px; box-sizing: border-box; overflow-y: auto; padding: 16px 20px 28px;
  border-left: 1px solid #e3e6ea; background: #fafbfc; font-size: 14px; line-height: 1.5; }
.kg-panel h2 { margin: 2px 0 6px; font-size: 20px; line-height: 1.25; font-weight: 600;
  overflow-wrap: anywhere; }
.kg-panel h3 { margin: 18px 0 6px; font-size: 12px; font-weight: 600; letter-spacing: .06em;
  text-transform: uppercase; color: #57606a; }
.kg-panel .kg-hint { margin: 0; color: #57606a; }
.kg-kind { display: flex; align-items: center; gap: 6px; color: #57606a; font-size: 13px; }
.kg-dot { display: inline-block; flex: none; width: 10px; height: 10px; border-radius: 50%; }
.kg-fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 10px 0 0; }
.kg-fields dt { color: #6e7781; }
.kg-fields dd { margin: 0; overflow-wrap: anywhere; }
.kg-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 12px 0 0; }
.kg-list { list-style: none; margin: 0; padding: 0; }
.kg-list li { margin: 0; }
.kg-link { display: flex; align-items: baseline; gap: 6px; width: 100%; padding: 4px 6px; margin: 0 -6px;
  border: 0; border-radius: 5px; background: none; text-align: left; cursor: pointer; }
.kg-link:hover, .kg-link:focus-visible { background: #eaf2fd; }
.kg-direction { margin: 10px 0 2px; font-size: 13px; font-weight: 600; color: #57606a;
  overflow-wrap: anywhere; }
.kg-link .kg-subject { flex: 0 1 auto; min-width: 0; overflow-wrap: anywhere; }
.kg-link .kg-rel { flex: none; font-weight: 600; }
.kg-link .kg-other { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
.kg-link .kg-dot { position: relative; top: -1px; }
.kg-link .kg-dim, .kg-dim { color: #6e7781; font-size: 12px; }
.kg-link.kg-hidden .kg-other { color: #6e7781; }
.kg-ends { margin: 4px 0 10px; align-items: baseline; }
.kg-ends .kg-link { margin: -2px -6px; padding: 2px 6px; font-weight: 600; color: #0550ae; }
.kg-badges { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 4px; }
.kg-badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px;
  line-height: 20px; background: #eaeef2; color: #24292f; }
.kg-badge.kg-comment { background: #fff1c2; color: #6a4b00; }
.kg-badge.kg-unasserted { background: #ffe4e8; color: #86061d; }
.kg-sources { margin: 0; padding-left: 22px; }
.kg-sources li { margin: 0 0 12px; }
.kg-sentence { margin: 0; padding: 6px 10px; background: #fff; border: 1px solid #e3e6ea;
  border-left: 3px solid #afb8c1; border-radius: 4px; overflow-wrap: anywhere; }
.kg-sentence mark { background: #fff0a8; color: inherit; padding: 0 1px; border-radius: 2px; }
.kg-sources li.kg-from-comments .kg-sentence { border-left-color: #d4a72c; background: #fffbeb; }
.kg-meta { margin: 3px 0 0; font-size: 12.5px; color: #57606a; }
.kg-quote { margin: 0 0 10px; padding: 4px 10px; border-left: 3px solid #afb8c1;
  overflow-wrap: anywhere; }
@media (max-width: 900px) {
  .kg-main { flex-direction: column; }
  .kg-panel { flex: 0 0 42%; border-left: 0; border-top: 1px solid #e3e6ea; }
}
""".replace("FONT", _FONT)

_PAGE_SCRIPT = r"""
(function () {
  "use strict";
  // Everything read from articles is put into the page with textContent or
  // drawn on the canvas: nothing from the data is ever parsed as HTML.
  var api = window.kgView = {ready: false, readyAt: null};
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = data.nodes, edges = data.edges, types = data.types, props = data.properties;
  var docs = data.documents, sentences = data.sentences;
  var n = nodes.length, m = edges.length;
  var container = document.getElementById("kg-graph");
  var panel = document.getElementById("kg-panel");
  var banner = document.getElementById("kg-banner");
  var tooltip = document.getElementById("kg-tooltip");
  var shown = document.getElementById("kg-shown");
  var modeChip = document.getElementById("kg-mode");
  var searchBox = document.getElementById("kg-search");
  var suggest = document.getElementById("kg-suggest");
  var docSelect = document.getElementById("kg-document");
  var commentsBox = document.getElementById("kg-comments");
  var reducedMotion = !!(window.matchMedia &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  var FONT = data.options.nodes.font.face;
  var NODE_FONT = data.options.nodes.font.size;
  var LABEL_MIN = data.options.nodes.scaling.label.drawThreshold - 1;
  var LABEL_BUDGET = 70;

  function markReady() {
    if (api.ready) return;
    api.ready = true;
    api.readyAt = performance.now();
    document.body.setAttribute("data-kg-ready", "");
  }
  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }
  function plural(count, word, many) {
    return count.toLocaleString("en-GB") + " " + (count === 1 ? word : (many || word + "s"));
  }
  function words(name) { return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase(); }
  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019`]/g, "'").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function docName(index) {
    if (index < 0 || !docs[index]) return "unknown document";
    var doc = docs[index];
    return doc[1] && doc[1] !== doc[0] ? doc[1] + " (" + doc[0] + ")" : doc[0];
  }

  if (!n) {
    container.classList.add("kg-empty");
    container.textContent = "No entities in this graph.";
    api.state = function () { return {ready: true, nodes: 0, edges: 0, visibleNodes: 0,
      visibleEdges: 0, selected: null}; };
    markReady();
    return;
  }
  if (typeof vis === "undefined") {
    container.textContent = "The graph viewer failed to load.";
    return;
  }

  // ------------------------------------------------------------ indexes
  var incident = [], names = [], byRank = [];
  for (var i = 0; i < n; i++) {
    incident.push([]);
    names.push([nodes[i].label].concat(nodes[i].aliases || []).map(fold));
    byRank.push(i);
  }
  byRank.sort(function (a, b) { return nodes[a].rank - nodes[b].rank; });
  edges.forEach(function (edge, k) {
    incident[edge.from].push(k);
    if (edge.to !== edge.from) incident[edge.to].push(k);
    var seen = {};
    edge.docs = [];
    edge.sources.forEach(function (source) {
      var doc = sentences[source[0]][1];
      if (!seen[doc]) { seen[doc] = true; edge.docs.push(doc); }
    });
  });
  var initial = new Uint8Array(n);
  (data.initial || byRank).forEach(function (index) { initial[index] = 1; });

  // ------------------------------------------------------------ state and filters
  var state = {hiddenTypes: {}, hiddenProps: {}, doc: -1, comments: true, hood: null,
               all: !data.initial, revealed: new Uint8Array(n), selected: null};
  var nodeOn = new Uint8Array(n), edgeOn = new Uint8Array(m);
  var counts = {nodes: 0, edges: 0};

  function filtersAllow(index) {
    var node = nodes[index];
    if (state.hiddenTypes[types[node.type].key]) return false;
    if (state.doc >= 0 && !(node.docs && node.docs.indexOf(state.doc) >= 0)) return false;
    if (!state.comments && node.comments) return false;
    return true;
  }
  function nodeAllowed(index) {
    if (state.hood) return index === state.hood.node ||
      (state.hood.set[index] === 1 && filtersAllow(index));
    if (!filtersAllow(index)) return false;
    return state.all || initial[index] === 1 || state.revealed[index] === 1;
  }
  function edgeAllowed(k) {
    var edge = edges[k];
    if (!nodeOn[edge.from] || !nodeOn[edge.to]) return false;
    if (state.hiddenProps[props[edge.core].key]) return false;
    if (!state.comments && edge.comments) return false;
    if (state.doc >= 0 && edge.docs.indexOf(state.doc) < 0) return false;
    return true;
  }
  function computeVisible() {
    counts.nodes = 0; counts.edges = 0;
    for (var a = 0; a < n; a++) { nodeOn[a] = nodeAllowed(a) ? 1 : 0; counts.nodes += nodeOn[a]; }
    for (var k = 0; k < m; k++) { edgeOn[k] = edgeAllowed(k) ? 1 : 0; counts.edges += edgeOn[k]; }
  }

  // ------------------------------------------------------------ the network
  var labelled = {};
  (data.labelledModalities || []).forEach(function (name) { labelled[name] = true; });
  function edgeText(edge) {
    var text = edge.label;
    if (labelled[edge.modality]) text += " [" + words(edge.modality) + "]";
    return text;
  }
  function shortLabel(label) { return label.length > 32 ? label.slice(0, 31) + "\u2026" : label; }

  var visNodes = new vis.DataSet(nodes.map(function (node, index) {
    var type = types[node.type];
    return {
      id: index, label: node.label, x: node.x, y: node.y, shape: type.shape, size: node.size,
      opacity: node.comments ? 0.55 : 1,
      color: {background: type.colour, border: type.border,
              highlight: {background: type.light, border: "#1f2328"},
              hover: {background: type.light, border: type.border}}
    };
  }));
  var visEdges = new vis.DataSet(edges.map(function (edge, k) {
    var colour = props[edge.core].colour;
    var dashes = data.modalities[edge.modality];
    var item = {
      id: k, from: edge.from, to: edge.to, label: edgeText(edge),
      color: {color: colour, highlight: colour, hover: colour, opacity: edge.comments ? 0.5 : 0.9},
      dashes: dashes === undefined ? [4, 4] : dashes,
      width: 1 + 2 * (edge.confidence === null ? 0.5 : edge.confidence),
      arrows: {to: {enabled: true, scaleFactor: 0.6}}
    };
    if (edge.comments) item.arrows.middle = {enabled: true, type: "circle", scaleFactor: 0.55};
    if (edge.smooth) item.smooth = {enabled: true, type: "curvedCW", roundness: edge.smooth};
    return item;
  }));
  computeVisible();
  var nodeView = new vis.DataView(visNodes, {filter: function (item) { return nodeOn[item.id] === 1; }});
  var edgeView = new vis.DataView(visEdges, {filter: function (item) { return edgeOn[item.id] === 1; }});
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);

  function refresh() {
    computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    updateChrome();
    if (state.selected) {
      var selected = state.selected;
      if (selected.kind === "node" && nodeOn[selected.index]) network.selectNodes([selected.index], true);
      else if (selected.kind === "edge" && edgeOn[selected.index])
        network.setSelection({nodes: [], edges: [selected.index]}, {highlightEdges: false});
    }
  }

  function animation(duration) {
    return reducedMotion ? false : {duration: duration, easingFunction: "easeInOutQuad"};
  }
  function fitTo(indexes, animate, maxScale) {
    if (!indexes.length) return;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    indexes.forEach(function (index) {
      var node = nodes[index];
      minX = Math.min(minX, node.x - node.size - 80); maxX = Math.max(maxX, node.x + node.size + 80);
      minY = Math.min(minY, node.y - node.size - 10); maxY = Math.max(maxY, node.y + node.size + 40);
    });
    var width = container.clientWidth || 800, height = container.clientHeight || 600;
    var scale = Math.min((width - 40) / (maxX - minX), (height - 40) / (maxY - minY));
    scale = Math.max(0.01, Math.min(scale, maxScale || 1.1));
    network.moveTo({position: {x: (minX + maxX) / 2, y: (minY + maxY) / 2}, scale: scale,
                    animation: animate ? animation(400) : false});
  }
  function visibleIndexes() {
    var list = [];
    for (var a = 0; a < n; a++) if (nodeOn[a]) list.push(a);
    return list;
  }
  function fitVisible(animate) { fitTo(visibleIndexes(), animate); }

  // Labels of the main entities when vis-network's own are too small to draw.
  var labelWidth = new Float32Array(n);
  function drawOverviewLabels(ctx) {
    var scale = network.getScale();
    if (NODE_FONT * scale >= LABEL_MIN) return;
    var width = container.clientWidth, height = container.clientHeight;
    var ratio = window.devicePixelRatio || 1;
    var placed = [], looked = 0;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = "500 12.5px " + FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    function label(index, force) {
      if (!nodeOn[index]) return;
      var node = nodes[index];
      var point = network.canvasToDOM({x: node.x, y: node.y});
      if (point.x < -150 || point.x > width + 150 || point.y < -40 || point.y > height + 20) return;
      var text = shortLabel(node.label);
      var textWidth = labelWidth[index] || (labelWidth[index] = ctx.measureText(text).width);
      var top = point.y + Math.max(node.size * scale, 3) + 2;
      var box = [point.x - textWidth / 2 - 3, top - 1, textWidth + 6, 17];
      if (!force) {
        for (var p = 0; p < placed.length; p++) {
          var other = placed[p];
          if (box[0] < other[0] + other[2] && other[0] < box[0] + box[2] &&
              box[1] < other[1] + other[3] && other[1] < box[1] + box[3]) return;
        }
      }
      placed.push(box);
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
      ctx.strokeText(text, point.x, top);
      ctx.fillStyle = "#1f2328";
      ctx.fillText(text, point.x, top);
    }
    var selected = state.selected;
    if (selected && selected.kind === "node") {
      label(selected.index, true);
      incident[selected.index].slice(0, 40).forEach(function (k) {
        if (!edgeOn[k]) return;
        var edge = edges[k];
        label(edge.from === selected.index ? edge.to : edge.from, false);
      });
    } else if (selected && selected.kind === "edge") {
      label(edges[selected.index].from, true);
      label(edges[selected.index].to, true);
    }
    for (var r = 0; r < n && placed.length < LABEL_BUDGET && looked < 5000; r++) {
      if (!nodeOn[byRank[r]]) continue;
      looked++;
      label(byRank[r], false);
    }
    ctx.restore();
  }
  network.on("afterDrawing", function (ctx) {
    drawOverviewLabels(ctx);
    if (!api.ready) setTimeout(markReady, 0);
  });

  // ------------------------------------------------------------ tooltip
  function showTooltip(pointer, title, detail) {
    tooltip.textContent = "";
    tooltip.appendChild(el("div", null, title));
    if (detail) tooltip.appendChild(el("div", "kg-dim", detail));
    tooltip.hidden = false;
    var x = Math.min(pointer.x + 14, container.clientWidth - tooltip.offsetWidth - 6);
    var y = pointer.y + 16;
    if (y + tooltip.offsetHeight > container.clientHeight) y = pointer.y - tooltip.offsetHeight - 10;
    tooltip.style.left = Math.max(4, x) + "px";
    tooltip.style.top = Math.max(4, y) + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  network.on("hoverNode", function (params) {
    var node = nodes[params.node];
    showTooltip(params.pointer.DOM, node.label, node.kind + " \u00b7 " +
      plural(node.degree, "connection") + " \u00b7 click for details");
  });
  network.on("hoverEdge", function (params) {
    var edge = edges[params.edge];
    showTooltip(params.pointer.DOM, nodes[edge.from].label + " \u2192 " + edgeText(edge) + " \u2192 " +
      nodes[edge.to].label, plural(edge.sources.length, "sentence") + " \u00b7 click to read");
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTooltip); });
  container.addEventListener("mouseleave", hideTooltip);

  // ------------------------------------------------------------ selection
  function ensureNodeVisible(index) {
    var node = nodes[index], changed = false;
    if (state.hiddenTypes[types[node.type].key]) { delete state.hiddenTypes[types[node.type].key]; changed = true; }
    if (state.doc >= 0 && !(node.docs && node.docs.indexOf(state.doc) >= 0)) { state.doc = -1; changed = true; }
    if (!state.comments && node.comments) { state.comments = true; changed = true; }
    if (state.hood && state.hood.set[index] !== 1) { state.hood = null; changed = true; }
    if (!state.all && !initial[index] && !state.revealed[index]) { state.revealed[index] = 1; changed = true; }
    if (changed) refresh();
  }
  function ensureEdgeVisible(k) {
    var edge = edges[k], changed = false;
    ensureNodeVisible(edge.from);
    ensureNodeVisible(edge.to);
    if (state.hiddenProps[props[edge.core].key]) { delete state.hiddenProps[props[edge.core].key]; changed = true; }
    if (!state.comments && edge.comments) { state.comments = true; changed = true; }
    if (state.doc >= 0 && edge.docs.indexOf(state.doc) < 0) { state.doc = -1; changed = true; }
    if (changed) refresh();
  }
  function focusNode(index) {
    network.focus(index, {scale: Math.max(network.getScale(), 0.9), animation: animation(450)});
  }
  function selectNode(index, focus) {
    ensureNodeVisible(index);
    state.selected = {kind: "node", index: index};
    network.selectNodes([index], true);
    renderNodePanel(index);
    if (focus) focusNode(index);
    network.redraw();
  }
  function selectEdge(k, focus) {
    ensureEdgeVisible(k);
    state.selected = {kind: "edge", index: k};
    network.setSelection({nodes: [], edges: [k]}, {unselectAll: true, highlightEdges: false});
    renderEdgePanel(k);
    if (focus) fitTo([edges[k].from, edges[k].to], true, Math.max(network.getScale(), 0.9));
    network.redraw();
  }
  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    renderOverviewPanel();
    network.redraw();
  }
  network.on("click", function (params) {
    hideTooltip();
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0], false);
    else clearSelection();
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) setNeighbourhood(params.nodes[0], 1);
  });
  network.on("dragEnd", function (params) {
    if (!params.nodes.length) return;
    var positions = network.getPositions(params.nodes);
    params.nodes.forEach(function (id) { nodes[id].x = positions[id].x; nodes[id].y = positions[id].y; });
  });

  // ------------------------------------------------------------ side panel
  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }
  function dot(colour) {
    var mark = el("span", "kg-dot");
    mark.style.background = colour;
    return mark;
  }
  function linkButton(className, onClick) {
    var button = el("button", "kg-link" + (className ? " " + className : ""));
    button.type = "button";
    button.addEventListener("click", onClick);
    return button;
  }
  function action(text, onClick) {
    var button = el("button", "kg-action", text);
    button.type = "button";
    button.addEventListener("click", onClick);
    return button;
  }
  function fields(rows) {
    var list = el("dl", "kg-fields");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") return;
      list.appendChild(el("dt", null, row[0]));
      var value = el("dd");
      if (typeof row[1] === "string") value.textContent = row[1];
      else value.appendChild(row[1]);
      list.appendChild(value);
    });
    return list;
  }
  function withNote(text, note) {
    var span = el("span", "kg-other", text);
    if (note) {
      span.appendChild(document.createTextNode(" "));
      span.appendChild(el("span", "kg-dim", note));
    }
    return span;
  }
  function nodeLink(index, note) {
    var button = linkButton(null, function () { selectNode(index, true); });
    button.appendChild(dot(types[nodes[index].type].colour));
    button.appendChild(withNote(nodes[index].label, note));
    return button;
  }

  function renderOverviewPanel() {
    clear(panel);
    panel.appendChild(el("p", "kg-hint", "Click an entity or a relation to see its details and " +
      "the sentences it was read from. Scroll to zoom, drag to pan; double-click an entity " +
      "for its neighbourhood; press / to search, Esc to clear."));
    panel.appendChild(el("h3", null, "Most connected"));
    var list = el("ul", "kg-list");
    byRank.slice(0, 12).forEach(function (index) {
      var item = el("li");
      item.appendChild(nodeLink(index, nodes[index].kind + " \u00b7 " +
        plural(nodes[index].degree, "connection")));
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (docs.length) {
      panel.appendChild(el("h3", null, plural(docs.length, "document")));
      var docList = el("ul", "kg-list");
      docs.slice(0, 12).forEach(function (doc, index) { docList.appendChild(el("li", null, docName(index))); });
      if (docs.length > 12) docList.appendChild(el("li", "kg-dim", "and " + (docs.length - 12) + " more"));
      panel.appendChild(docList);
    }
  }

  // One relation of an entity: "wrote to  GP Committee England" under "Wes Streeting →",
  // "Katie Bramall  chair of" under "→ GP Committee England".
  function relationItem(k, from) {
    var edge = edges[k], outgoing = edge.from === from;
    var other = outgoing ? edge.to : edge.from;
    var button = linkButton(edgeOn[k] ? null : "kg-hidden", function () { selectEdge(k, true); });
    var relation = el("span", "kg-rel", edge.label);
    relation.style.color = props[edge.core].colour;
    var notes = [];
    if (edge.modality !== "Asserted") notes.push(words(edge.modality));
    if (edge.sources.length > 1) notes.push(edge.sources.length + " sentences");
    if (edge.comments) notes.push("reader comment");
    if (!edgeOn[k]) notes.push("hidden");
    if (outgoing) {
      button.appendChild(relation);
      button.appendChild(withNote(nodes[other].label, notes.join(" \u00b7 ")));
    } else {
      var name = withNote(nodes[other].label, "");
      name.className = "kg-subject";
      button.appendChild(name);
      button.appendChild(relation);
      if (notes.length) button.appendChild(el("span", "kg-dim", notes.join(" \u00b7 ")));
    }
    button.title = nodes[edge.from].label + " " + edge.label + " " + nodes[edge.to].label;
    return button;
  }

  function renderNodePanel(index) {
    var node = nodes[index], type = types[node.type];
    clear(panel);
    var kind = el("div", "kg-kind");
    kind.appendChild(dot(type.colour));
    kind.appendChild(el("span", null, node.kind === type.label ? type.label : node.kind + " \u00b7 " + type.label));
    panel.appendChild(kind);
    panel.appendChild(el("h2", "kg-title", node.label));
    if (node.comments) {
      var badges = el("div", "kg-badges");
      badges.appendChild(el("span", "kg-badge kg-comment", "only in reader comments"));
      panel.appendChild(badges);
    }
    var docList = null;
    if (node.docs && node.docs.length) {
      docList = el("div");
      node.docs.forEach(function (doc) { docList.appendChild(el("div", null, docName(doc))); });
    }
    var rows = [
      ["Also called", (node.aliases || []).join(", ")],
      [node.docs && node.docs.length > 1 ? "Documents" : "Document", docList],
      ["Mentions", node.mentions ? String(node.mentions) : ""],
      ["Connections", plural(node.degree, "entity", "entities") + " (#" + (node.rank + 1) +
        " of " + n.toLocaleString("en-GB") + ")"]
    ];
    (node.details || []).forEach(function (pair) { rows.push([pair[0].charAt(0).toUpperCase() + pair[0].slice(1), pair[1]]); });
    panel.appendChild(fields(rows));

    var actions = el("div", "kg-actions");
    var hood = state.hood && state.hood.node === index;
    actions.appendChild(action(hood && state.hood.depth === 1 ? "Neighbourhood: 2 steps" : "Show its neighbourhood",
      function () { setNeighbourhood(index, hood && state.hood.depth === 1 ? 2 : 1); }));
    if (state.hood) actions.appendChild(action("Show everything", function () { setNeighbourhood(null); }));
    var hidden = 0, hiddenList = [];
    incident[index].forEach(function (k) {
      var other = edges[k].from === index ? edges[k].to : edges[k].from;
      if (!nodeOn[other]) { hidden++; hiddenList.push(other); }
    });
    if (hidden && !state.hood) {
      actions.appendChild(action("Show " + plural(hidden, "hidden neighbour"), function () {
        hiddenList.forEach(function (other) { state.revealed[other] = 1; });
        refresh();
        renderNodePanel(index);
      }));
    }
    panel.appendChild(actions);

    function byLabels(a, b, other) {
      var ea = edges[a], eb = edges[b];
      if (ea.label !== eb.label) return ea.label < eb.label ? -1 : 1;
      var na = nodes[other(ea)].label, nb = nodes[other(eb)].label;
      return na < nb ? -1 : na > nb ? 1 : 0;
    }
    var outgoing = incident[index].filter(function (k) { return edges[k].from === index; });
    var incoming = incident[index].filter(function (k) { return edges[k].from !== index; });
    outgoing.sort(function (a, b) { return byLabels(a, b, function (e) { return e.to; }); });
    incoming.sort(function (a, b) { return byLabels(a, b, function (e) { return e.from; }); });
    panel.appendChild(el("h3", null, "Relations (" + incident[index].length + ")"));
    if (!incident[index].length) panel.appendChild(el("p", "kg-dim", "No relation was read for this entity."));
    [[outgoing, node.label + " \u2192"], [incoming, "\u2192 " + node.label]].forEach(function (group) {
      if (!group[0].length) return;
      panel.appendChild(el("h4", "kg-direction", group[1]));
      var list = el("ul", "kg-list");
      group[0].slice(0, 300).forEach(function (k) {
        var item = el("li");
        item.appendChild(relationItem(k, index));
        list.appendChild(item);
      });
      if (group[0].length > 300) list.appendChild(el("li", "kg-dim", "and " + (group[0].length - 300) + " more"));
      panel.appendChild(list);
    });

    if (node.quotes && node.quotes.length) {
      panel.appendChild(el("h3", null, "Quotes (" + node.quotes.length + ")"));
      node.quotes.forEach(function (quote) {
        var block = el("blockquote", "kg-quote");
        block.appendChild(el("div", null, "\u201c" + quote[0] + "\u201d"));
        block.appendChild(el("div", "kg-meta", docName(quote[1])));
        panel.appendChild(block);
      });
    }
    panel.scrollTop = 0;
  }

  function sentenceBlock(text, start, end) {
    var block = el("blockquote", "kg-sentence");
    if (start >= 0 && end > start && end <= text.length) {
      block.appendChild(document.createTextNode(text.slice(0, start)));
      block.appendChild(el("mark", null, text.slice(start, end)));
      block.appendChild(document.createTextNode(text.slice(end)));
    } else {
      block.textContent = text || "(no sentence recorded)";
    }
    return block;
  }

  function renderEdgePanel(k) {
    var edge = edges[k], prop = props[edge.core];
    clear(panel);
    var kind = el("div", "kg-kind");
    kind.appendChild(dot(prop.colour));
    kind.appendChild(el("span", null, prop.label === edge.label ? "Relation" : "Relation \u00b7 " + prop.label));
    panel.appendChild(kind);
    panel.appendChild(el("h2", "kg-title", edge.label));
    var ends = fields([["From", nodeLink(edge.from)], ["To", nodeLink(edge.to)]]);
    ends.className += " kg-ends";
    panel.appendChild(ends);
    var badges = el("div", "kg-badges");
    badges.appendChild(el("span", "kg-badge" + (edge.modality === "Asserted" ? "" : " kg-unasserted"),
      words(edge.modality)));
    if (edge.confidence !== null) badges.appendChild(el("span", "kg-badge", "confidence " + edge.confidence.toFixed(2)));
    if (edge.comments) badges.appendChild(el("span", "kg-badge kg-comment", "only in reader comments"));
    panel.appendChild(badges);
    panel.appendChild(el("h3", null, edge.sources.length === 1 ? "Source sentence" :
      "Source sentences (" + edge.sources.length + ")"));
    var list = el("ol", "kg-sources");
    edge.sources.forEach(function (source) {
      var sentence = sentences[source[0]];
      var item = el("li", source[3] ? "kg-from-comments" : null);
      item.appendChild(sentenceBlock(sentence[0], source[4], source[5]));
      var meta = [docName(sentence[1])];
      if (source[2] !== null) meta.push("confidence " + source[2].toFixed(2));
      meta.push(words(source[1]));
      if (source[6]) meta.push("rule " + source[6]);
      var line = el("div", "kg-meta", meta.join(" \u00b7 "));
      if (source[3]) {
        line.appendChild(document.createTextNode(" "));
        line.appendChild(el("span", "kg-badge kg-comment", "reader comment"));
      }
      item.appendChild(line);
      list.appendChild(item);
    });
    panel.appendChild(list);
    panel.scrollTop = 0;
  }

  // ------------------------------------------------------------ modes
  function setNeighbourhood(index, depth) {
    if (index === null || index === undefined) {
      state.hood = null;
    } else {
      depth = depth || 1;
      var set = new Uint8Array(n), frontier = [index];
      set[index] = 1;
      for (var d = 0; d < depth; d++) {
        var next = [];
        frontier.forEach(function (a) {
          incident[a].forEach(function (k) {
            var edge = edges[k];
            if (state.hiddenProps[props[edge.core].key] || (!state.comments && edge.comments)) return;
            var b = edge.from === a ? edge.to : edge.from;
            if (!set[b]) { set[b] = 1; next.push(b); }
          });
        });
        frontier = next;
      }
      state.hood = {node: index, depth: depth, set: set};
    }
    refresh();
    fitVisible(true);
    if (index !== null && index !== undefined) selectNode(index, false);
    else if (state.selected) (state.selected.kind === "node" ? renderNodePanel : renderEdgePanel)(state.selected.index);
  }
  function showAll(on) {
    state.all = on !== false;
    state.hood = null;
    if (!state.all) state.revealed = new Uint8Array(n);
    refresh();
    fitVisible(true);
  }
  function reset() {
    state.hiddenTypes = {}; state.hiddenProps = {}; state.doc = -1; state.comments = true;
    state.hood = null; state.all = !data.initial; state.revealed = new Uint8Array(n);
    searchBox.value = "";
    closeSuggestions();
    state.selected = null;
    network.unselectAll();
    refresh();
    renderOverviewPanel();
    fitVisible(true);
  }

  function updateChrome() {
    shown.textContent = counts.nodes < n || counts.edges < m
      ? " \u00b7 showing " + plural(counts.nodes, "entity", "entities") + " and " + plural(counts.edges, "relation")
      : "";
    clear(banner);
    if (data.initial && !state.hood) {
      if (!state.all) {
        banner.appendChild(el("span", null, "Showing the " + data.initial.length.toLocaleString("en-GB") +
          " most connected of " + plural(n, "entity", "entities") + "."));
        banner.appendChild(action("Show all " + n.toLocaleString("en-GB"), function () { showAll(true); }));
      } else {
        banner.appendChild(el("span", null, "Showing all " + plural(n, "entity", "entities") + "."));
        banner.appendChild(action("Only the " + data.initial.length.toLocaleString("en-GB") + " most connected",
          function () { showAll(false); }));
      }
      banner.hidden = false;
    } else {
      banner.hidden = true;
    }
    clear(modeChip);
    if (state.hood) {
      modeChip.appendChild(el("span", null, "Neighbourhood of " + nodes[state.hood.node].label +
        " (" + plural(state.hood.depth, "step") + ")"));
      modeChip.appendChild(action("\u00d7", function () { setNeighbourhood(null); }));
      modeChip.lastChild.setAttribute("aria-label", "Leave the neighbourhood");
      modeChip.hidden = false;
    } else {
      modeChip.hidden = true;
    }
    document.querySelectorAll("input[data-kg-type]").forEach(function (box) {
      box.checked = !state.hiddenTypes[box.getAttribute("data-kg-type")];
    });
    document.querySelectorAll("input[data-kg-property]").forEach(function (box) {
      box.checked = !state.hiddenProps[box.getAttribute("data-kg-property")];
    });
    docSelect.value = state.doc >= 0 ? String(state.doc) : "";
    if (commentsBox) commentsBox.checked = state.comments;
  }

  // ------------------------------------------------------------ search
  function matches(text, limit) {
    var query = fold(text);
    if (!query) return [];
    var found = [];
    for (var a = 0; a < n; a++) {
      var best = 9, which = 0, list = names[a];
      for (var j = 0; j < list.length && best > 0; j++) {
        var name = list[j], score = 9;
        if (name === query) score = 0;
        else if (name.lastIndexOf(query, 0) === 0) score = 1;
        else if ((" " + name).indexOf(" " + query) >= 0) score = 2;
        else if (name.indexOf(query) >= 0) score = 3;
        if (score < best) { best = score; which = j; }
      }
      if (best < 9) found.push({index: a, score: best, alias: which ? nodes[a].aliases[which - 1] : null});
    }
    found.sort(function (x, y) { return x.score - y.score || nodes[x.index].rank - nodes[y.index].rank; });
    return found.slice(0, limit);
  }
  var suggestions = [], active = -1;
  function closeSuggestions() {
    suggest.hidden = true;
    clear(suggest);
    suggestions = [];
    active = -1;
    searchBox.removeAttribute("aria-activedescendant");
  }
  function choose(index) {
    closeSuggestions();
    searchBox.value = nodes[index].label;
    selectNode(index, true);
  }
  function showSuggestions() {
    suggestions = matches(searchBox.value, 8);
    clear(suggest);
    active = suggestions.length ? 0 : -1;
    if (!searchBox.value.trim()) { closeSuggestions(); return; }
    if (!suggestions.length) {
      suggest.appendChild(el("li", "kg-none", "No entity has this name or alias"));
    }
    suggestions.forEach(function (match, position) {
      var node = nodes[match.index];
      var item = el("li");
      item.id = "kg-suggest-" + position;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", position === active ? "true" : "false");
      item.appendChild(dot(types[node.type].colour));
      item.appendChild(el("span", null, node.label));
      item.appendChild(el("span", "kg-dim", (match.alias ? "\u201c" + match.alias + "\u201d \u00b7 " : "") + node.kind));
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(match.index); });
      suggest.appendChild(item);
    });
    suggest.hidden = false;
  }
  function moveActive(step) {
    if (!suggestions.length) return;
    active = (active + step + suggestions.length) % suggestions.length;
    Array.prototype.forEach.call(suggest.children, function (item, position) {
      item.setAttribute("aria-selected", position === active ? "true" : "false");
    });
    searchBox.setAttribute("aria-activedescendant", "kg-suggest-" + active);
  }
  searchBox.addEventListener("input", showSuggestions);
  searchBox.addEventListener("focus", function () { if (searchBox.value.trim()) showSuggestions(); });
  searchBox.addEventListener("blur", function () { setTimeout(closeSuggestions, 100); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { moveActive(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { moveActive(-1); event.preventDefault(); }
    else if (event.key === "Enter") {
      var found = suggestions.length ? suggestions[Math.max(active, 0)] : matches(searchBox.value, 1)[0];
      if (found) choose(found.index);
      event.preventDefault();
    } else if (event.key === "Escape") { closeSuggestions(); searchBox.blur(); }
  });

  // ------------------------------------------------------------ controls
  document.querySelectorAll("input[data-kg-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      var key = box.getAttribute("data-kg-type");
      if (box.checked) delete state.hiddenTypes[key]; else state.hiddenTypes[key] = true;
      refresh();
    });
  });
  document.querySelectorAll("input[data-kg-property]").forEach(function (box) {
    box.addEventListener("change", function () {
      var key = box.getAttribute("data-kg-property");
      if (box.checked) delete state.hiddenProps[key]; else state.hiddenProps[key] = true;
      refresh();
    });
  });
  docSelect.addEventListener("change", function () {
    state.doc = docSelect.value === "" ? -1 : Number(docSelect.value);
    refresh();
    fitVisible(true);
  });
  if (commentsBox) commentsBox.addEventListener("change", function () {
    state.comments = commentsBox.checked;
    refresh();
  });
  document.getElementById("kg-fit").addEventListener("click", function () { fitVisible(true); });
  document.getElementById("kg-reset").addEventListener("click", reset);
  document.addEventListener("keydown", function (event) {
    var typing = event.target && /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
    if (event.key === "/" && !typing) { searchBox.focus(); searchBox.select(); event.preventDefault(); }
    else if (event.key === "Escape" && !typing) {
      if (state.hood) setNeighbourhood(null); else clearSelection();
    }
  });

  // ------------------------------------------------------------ API for tests and users
  function findLabel(label) {
    var best = -1;
    for (var a = 0; a < n; a++) {
      if (nodes[a].label === label && (best < 0 || nodes[a].rank < nodes[best].rank)) best = a;
    }
    if (best >= 0) return best;
    var found = matches(label, 1);
    return found.length && found[0].score === 0 ? found[0].index : -1;
  }
  function findEdge(fromLabel, toLabel, property) {
    var a = findLabel(fromLabel), b = findLabel(toLabel);
    if (a < 0 || b < 0) return -1;
    var best = -1;
    incident[a].forEach(function (k) {
      var edge = edges[k];
      if (edge.from !== a || edge.to !== b) return;
      if (property && edge.property !== property && edge.label !== property) return;
      if (best < 0 || edge.sources.length > edges[best].sources.length) best = k;
    });
    return best;
  }
  function pagePoint(point) {
    var box = container.getBoundingClientRect();
    var dom = network.canvasToDOM(point);
    return {x: box.left + dom.x, y: box.top + dom.y};
  }
  api.search = function (text) {
    var found = matches(text, 1);
    if (!found.length) return null;
    selectNode(found[0].index, true);
    return nodes[found[0].index].label;
  };
  api.selectNode = function (label) {
    var index = findLabel(label);
    if (index < 0) return false;
    selectNode(index, true);
    return true;
  };
  api.selectEdge = function (fromLabel, toLabel, property) {
    var k = findEdge(fromLabel, toLabel, property);
    if (k < 0) return false;
    selectEdge(k, true);
    return true;
  };
  api.clearSelection = clearSelection;
  api.setTypeVisible = function (type, visible) {
    if (visible) delete state.hiddenTypes[type]; else state.hiddenTypes[type] = true;
    refresh();
  };
  api.setPropertyVisible = function (property, visible) {
    if (visible) delete state.hiddenProps[property]; else state.hiddenProps[property] = true;
    refresh();
  };
  api.setDocument = function (id) {
    state.doc = -1;
    docs.forEach(function (doc, index) { if (doc[0] === id) state.doc = index; });
    refresh();
    fitVisible(false);
  };
  api.setComments = function (visible) { state.comments = !!visible; refresh(); };
  api.neighbourhood = function (label, depth) {
    if (label === null || label === undefined) { setNeighbourhood(null); return true; }
    var index = findLabel(label);
    if (index < 0) return false;
    setNeighbourhood(index, depth || 1);
    return true;
  };
  api.showAll = function () { showAll(true); };
  api.fit = function () { fitVisible(false); };
  api.reset = reset;
  api.visibleNodes = function () {
    return visibleIndexes().map(function (index) {
      return {label: nodes[index].label, type: types[nodes[index].type].key};
    });
  };
  api.visibleEdges = function () {
    var list = [];
    for (var k = 0; k < m; k++) {
      if (edgeOn[k]) list.push({from: nodes[edges[k].from].label, to: nodes[edges[k].to].label,
                                property: edges[k].property, label: edges[k].label});
    }
    return list;
  };
  api.nodePoint = function (label) {
    var index = findLabel(label);
    return index < 0 ? null : pagePoint(network.getPosition(index));
  };
  // A point on the drawn edge where a click selects it (no node or other edge on top),
  // in page coordinates; null when the edge is not drawn.
  api.edgePoint = function (fromLabel, toLabel, property) {
    var k = findEdge(fromLabel, toLabel, property);
    var body = k < 0 ? null : network.body.edges[k];
    if (!body || !edgeOn[k]) return null;
    var box = container.getBoundingClientRect(), first = null;
    var steps = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
    for (var s = 0; s < steps.length; s++) {
      var point = body.edgeType.getPoint(steps[s]);
      var dom = network.canvasToDOM(point);
      var page = {x: box.left + dom.x, y: box.top + dom.y};
      if (first === null) first = page;
      if (network.getNodeAt(dom) === undefined && network.getEdgeAt(dom) === k) return page;
    }
    return first;
  };
  api.state = function () {
    var selected = null, item = state.selected;
    if (item && item.kind === "node") {
      selected = {kind: "node", label: nodes[item.index].label, type: types[nodes[item.index].type].key};
    } else if (item && item.kind === "edge") {
      var edge = edges[item.index];
      selected = {kind: "edge", from: nodes[edge.from].label, to: nodes[edge.to].label,
                  property: edge.property, label: edge.label, sentences: edge.sources.length};
    }
    var centre = network.getViewPosition();
    return {
      ready: api.ready, nodes: n, edges: m, visibleNodes: counts.nodes, visibleEdges: counts.edges,
      overview: !!data.initial && !state.all && !state.hood,
      hiddenTypes: Object.keys(state.hiddenTypes).sort(),
      hiddenProperties: Object.keys(state.hiddenProps).sort(),
      document: state.doc >= 0 ? docs[state.doc][0] : null,
      comments: state.comments,
      neighbourhood: state.hood ? {label: nodes[state.hood.node].label, depth: state.hood.depth} : null,
      selected: selected,
      view: {x: centre.x, y: centre.y, scale: network.getScale()}
    };
  };
  api.network = network;

  updateChrome();
  renderOverviewPanel();
  fitVisible(false);
})();
"""
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


def _line(colour: str, *, dashes: list[int] | bool = False, dot: bool = False) -> str:
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


def _toggle(attribute: str, key: str, mark: str, label: str, count: int) -> str:
    empty = " kg-legend-empty" if count == 0 else ""
    return (
        f'<label class="kg-legend-item kg-toggle{empty}">'
        f'<input type="checkbox" checked {attribute}="{_esc(key)}">'
        f'{mark}<span>{_esc(label)}</span> <span class="kg-legend-count">{count:,}</span></label>'
    )


def _legend(data: Mapping[str, Any]) -> str:
    type_items = [
        _toggle("data-kg-type", t["key"], _swatch(t["shape"], t["colour"]), t["label"], t["count"])
        for t in data["types"]
    ]
    property_items = [
        _toggle("data-kg-property", p["key"], _line(p["colour"]), p["label"], p["count"])
        for p in data["properties"]
    ] or ['<span class="kg-legend-count">none</span>']
    grey = "#6e7781"
    line_items = [
        f'<span class="kg-legend-item">{_line(grey, dashes=MODALITY_DASHES[m])}{_esc(_words(m))}'
        "</span>"
        for m in _MODALITY_ORDER
    ]
    line_items.append(
        f'<span class="kg-legend-item">{_line(grey, dot=True)}only in reader comments</span>'
    )
    groups = (
        ("Entities", "kg-legend-types", type_items),
        ("Relations", "kg-legend-properties", property_items),
        ("Lines", "kg-legend-lines", line_items),
    )
    return "".join(
        f'<div class="kg-legend-group {cls}"><span class="kg-legend-title">{title}</span>'
        f"{''.join(items)}</div>"
        for title, cls, items in groups
    )


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"<strong>{count:,}</strong> {word if count == 1 else plural or word + 's'}"


def _toolbar(data: Mapping[str, Any], *, include_comments: bool) -> str:
    options = ['<option value="">All documents</option>']
    for i, (doc, title) in enumerate(data["documents"]):
        text = f"{title} ({doc})" if title and title != doc else doc
        if len(text) > 90:
            text = text[:89] + "…"
        options.append(f'<option value="{i}">{_esc(text)}</option>')
    comment_edges = sum(1 for edge in data["edges"] if edge.get("comments"))
    comment_sources = sum(1 for edge in data["edges"] for source in edge["sources"] if source[3])
    if include_comments:
        comments = (
            '<label class="kg-check" title="Relations read only from readers\' comments under '
            'an article">'
            f'<input type="checkbox" id="kg-comments" checked{"" if comment_sources else " disabled"}>'
            f' Reader-comment facts <span class="kg-legend-count">{comment_edges:,}</span></label>'
        )
    else:
        comments = '<span class="kg-note">Reader comments left out</span>'
    return (
        '<div class="kg-toolbar" role="toolbar">'
        '<div class="kg-search">'
        '<input type="search" id="kg-search" autocomplete="off" spellcheck="false" '
        'placeholder="Find an entity by name or alias  ( / )" aria-label="Find an entity" '
        'aria-controls="kg-suggest" aria-autocomplete="list">'
        '<ul id="kg-suggest" role="listbox" hidden></ul></div>'
        '<select id="kg-document" aria-label="Document">'
        f"{''.join(options)}</select>"
        f"{comments}"
        '<span id="kg-mode" class="kg-mode" hidden></span>'
        '<button type="button" id="kg-fit" title="Fit the visible graph to the window">Fit</button>'
        '<button type="button" id="kg-reset" title="Clear filters, selection and neighbourhood">'
        "Reset</button>"
        "</div>"
    )


_PANEL_HINT = (
    "Click an entity or a relation to see its details and the sentences it was read from. "
    "Scroll to zoom, drag to pan; press / to search, Esc to clear."
)


def render_html(
    graph: Graph,
    *,
    title: str = "kg graph",
    include_comments: bool = True,
    overview_limit: int = OVERVIEW_LIMIT,
) -> str:
    """The HTML text of the view of ``graph``: one page, no external resources.

    Graphs with more than ``overview_limit`` entities open on that many of the
    most connected ones, with a button to show the rest. The same graph always
    gives the same text.
    """
    view = to_networkx(graph, include_comments=include_comments)
    data = _page_data(view, overview_limit=max(1, overview_limit))
    script, vis_style, script_hash = _vis_assets()
    page_script = _safe_in_tag(_PAGE_SCRIPT, "script")
    policy = (
        "default-src 'none'; "
        f"script-src {script_hash} {_sha256(page_script)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:"
    )
    counts = " · ".join(
        (
            _plural(view.number_of_nodes(), "entity", "entities"),
            _plural(view.number_of_edges(), "relation"),
            _plural(len(data["documents"]), "document"),
        )
    )
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
        f'<div class="kg-top"><h1>{_esc(title)}</h1>'
        f'<p class="kg-counts">{counts}<span id="kg-shown"></span></p></div>\n'
        f"{_toolbar(data, include_comments=include_comments)}\n"
        f'<div class="kg-legend">{_legend(data)}</div>\n'
        "</header>\n"
        '<main class="kg-main">\n'
        '<div class="kg-stage"><div id="kg-graph" aria-label="Graph"></div>'
        '<div id="kg-banner" class="kg-banner" hidden></div>'
        '<div id="kg-tooltip" class="kg-tooltip" hidden></div></div>\n'
        '<aside id="kg-panel" class="kg-panel" aria-live="polite">'
        f'<p class="kg-hint">{_esc(_PANEL_HINT)}</p></aside>\n'
        "</main>\n"
        '<noscript><p class="kg-hint">The graph needs JavaScript.</p></noscript>\n'
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
    overview_limit: int = OVERVIEW_LIMIT,
) -> Path:
    """Write the view of ``graph`` to ``path`` atomically and return the path.

    Missing parent folders are created. On failure :class:`OutputError` is
    raised and ``path`` is left as it was.
    """
    target = Path(path)
    text = render_html(
        graph, title=title, include_comments=include_comments, overview_limit=overview_limit
    )
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
