"""An offline, interactive HTML view of the graph: vis-network, laid out ahead by networkx.

:func:`render_html` projects the graph onto networkx (:mod:`kg.view.projection`),
lays it out ahead (:mod:`kg.view.layout`, seeded, so the same graph always
gives the same page), sizes nodes by degree centrality and writes one
self-contained page: vis-network's script and style (bundled with pyvis) and
the page's own script and style (``kg/view/assets/``) are inlined
(:mod:`kg.view.inline`), and a Content-Security-Policy forbids any request,
so the page opens from ``file://`` with no network.

The page: nodes coloured and shaped by type (legend with counts, which are
also the type filters), edges labelled by relation, coloured by core relation
and dashed by modality (:mod:`kg.view.styles`); a side panel for the clicked
entity (type, name, aliases, documents, relations, quotes) or relation (every
source sentence with its document, confidence and modality, the stating words
highlighted); reader-comment facts marked and hideable; search by name or
alias; filters by type, relation and document; a neighbourhood mode. Graphs
larger than ``overview_limit`` entities open on the most connected ones, the
rest one click away.

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
    >>> from kg.rdf.graph import new_graph
    >>> page = render_html(new_graph(), title="Empty")
    >>> "<title>Empty</title>" in page and "<strong>0</strong> entities" in page
    True
"""

from __future__ import annotations

import html
import logging
import math
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from kg.errors import OutputError
from kg.files import atomic_write_text
from kg.rdf.schema import words_of
from kg.view.inline import (
    csp_hash,
    json_for_script,
    page_script,
    page_style,
    page_template,
    safe_in_tag,
    vis_assets,
)
from kg.view.layout import LAYOUT_SEED, layout, skeleton
from kg.view.projection import MODALITY_ORDER, relation_counts, relation_triples, to_networkx
from kg.view.styles import (
    EDGE_COLOURS,
    FONT,
    LABELLED_MODALITIES,
    MODALITY_DASHES,
    NODE_STYLES,
    edge_colour,
    line,
    node_style,
    shade,
    swatch,
)

__all__ = ["render_html", "write_html", "OVERVIEW_LIMIT"]

logger = logging.getLogger(__name__)

OVERVIEW_LIMIT = 2000
"""Graphs with more entities open on this many of the most connected ones."""

LABEL_LINE = 15  # pixels between the stacked labels of two entities' parallel edges


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


# --------------------------------------------------------------------------
# networkx -> the page's data
# --------------------------------------------------------------------------


def _page_data(view: nx.MultiDiGraph[str], *, overview_limit: int) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-able data.

    Entities and relations refer to each other, to documents and to sentences
    by their index in the lists ``nodes``, ``documents`` and ``sentences``, so
    that a sentence shared by several relations is stored once. A sentence is
    ``[text, document]``; each of an edge's ``sources`` is ``[sentence, modality,
    confidence, from comments (0 or 1), start, end, method]``, ``start`` and
    ``end`` being the stating words' offsets in the sentence (-1 when unknown).
    ``initial`` lists the entities the page opens on (``None``: all of them).
    """
    keys = sorted(view.nodes)
    degree = dict(skeleton(view).degree())
    ranked = _ranked(view, keys, degree)
    titles, documents = _documents(view)
    doc_index = {doc: i for i, doc in enumerate(documents)}
    types = _types(view)
    properties = _properties(view)
    nodes = _nodes(
        view,
        keys,
        degree=degree,
        rank={key: r for r, key in enumerate(ranked)},
        types={t["key"]: i for i, t in enumerate(types)},
        doc_index=doc_index,
    )
    sentences = _Sentences(doc_index)
    edges = _edges(
        view,
        {key: i for i, key in enumerate(keys)},
        properties={p["key"]: i for i, p in enumerate(properties)},
        sentences=sentences,
    )
    initial = None
    if len(keys) > overview_limit:
        index = {key: i for i, key in enumerate(keys)}
        initial = sorted(index[key] for key in ranked[:overview_limit])
    large = len(keys) > 1000 or len(edges) > 2000
    return {
        "nodes": nodes,
        "edges": edges,
        "sentences": sentences.rows,
        "documents": [[doc, titles.get(doc, "")] for doc in documents],
        "types": types,
        "properties": properties,
        "modalities": {name: MODALITY_DASHES[name] for name in MODALITY_ORDER},
        "labelledModalities": sorted(LABELLED_MODALITIES),
        "initial": initial,
        "large": large,
        "options": _options(large),
    }


def _ranked(view: nx.MultiDiGraph[str], keys: list[str], degree: Mapping[str, int]) -> list[str]:
    """Entities, most connected first; ties broken by how many source sentences back them."""
    evidence: dict[str, int] = defaultdict(int)
    for u, v, attrs in view.edges(data=True):
        evidence[u] += len(attrs["sentences"])
        if v != u:
            evidence[v] += len(attrs["sentences"])
    return sorted(keys, key=lambda k: (-degree[k], -evidence[k], view.nodes[k]["label"].lower(), k))


def _documents(view: nx.MultiDiGraph[str]) -> tuple[dict[str, str], list[str]]:
    """Document titles, and the sorted identifiers of every document the view refers to."""
    titles: dict[str, str] = dict(view.graph.get("documents", {}))
    doc_ids = set(titles)
    for _, attrs in view.nodes(data=True):
        doc_ids.update(attrs["documents"])
        doc_ids.update(doc for _, doc in attrs["quotes"])
    for _, _, attrs in view.edges(data=True):
        doc_ids.update(source.document for source in attrs["sentences"])
    doc_ids.discard("")
    return titles, sorted(doc_ids)


def _types(view: nx.MultiDiGraph[str]) -> list[dict[str, Any]]:
    """The core types, styled ones first in legend order, with their styles and counts."""
    names = list(NODE_STYLES)
    names += sorted({attrs["type"] for _, attrs in view.nodes(data=True)} - set(names))
    counts: dict[str, int] = defaultdict(int)
    for _, attrs in view.nodes(data=True):
        counts[attrs["type"]] += 1
    return [
        {
            "key": name,
            "label": node_style(name).label,
            "shape": node_style(name).shape,
            "colour": node_style(name).colour,
            "border": shade(node_style(name).colour, 0.7),
            "light": shade(node_style(name).colour, 1.35),
            "count": counts.get(name, 0),
        }
        for name in names
    ]


def _properties(view: nx.MultiDiGraph[str]) -> list[dict[str, Any]]:
    """The core relations drawn, in legend order, with their labels, colours and counts."""
    labels: dict[str, str] = {}
    for _, _, attrs in view.edges(data=True):
        labels[attrs["core"]] = attrs["core_label"]
    counts = relation_counts(view)  # relations as kg counts them everywhere
    names = [name for name in EDGE_COLOURS if name in labels]
    names += sorted(set(labels) - set(names))
    return [
        {
            "key": name,
            "label": labels[name],
            "colour": edge_colour(name),
            "count": counts.get(name, 0),
        }
        for name in names
    ]


def _nodes(
    view: nx.MultiDiGraph[str],
    keys: list[str],
    *,
    degree: Mapping[str, int],
    rank: Mapping[str, int],
    types: Mapping[str, int],
    doc_index: Mapping[str, int],
) -> list[dict[str, Any]]:
    """One entry per entity, in ``keys`` order; optional fields only when they have values."""
    positions = layout(view, type_order=list(NODE_STYLES))
    top = max(degree.values(), default=0) or 1
    nodes: list[dict[str, Any]] = []
    for key in keys:
        attrs = view.nodes[key]
        x, y = positions[key]
        node: dict[str, Any] = {
            "label": attrs["label"],
            "type": types[attrs["type"]],
            "kind": attrs["subtype_label"],
            "x": x,
            "y": y,
            "size": round(10.0 + 16.0 * math.sqrt(degree[key] / top), 1),
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
    return nodes


class _Sentences:
    """Source sentences, each stored once as ``[text, document index]``."""

    def __init__(self, doc_index: Mapping[str, int]) -> None:
        self.rows: list[list[Any]] = []
        self._index: dict[tuple[str, str], int] = {}
        self._doc_index = doc_index

    def index(self, text: str, document: str) -> int:
        key = (text, document)
        if key not in self._index:
            self._index[key] = len(self.rows)
            self.rows.append([text, self._doc_index.get(document, -1)])
        return self._index[key]


def _edges(
    view: nx.MultiDiGraph[str],
    index: Mapping[str, int],
    *,
    properties: Mapping[str, int],
    sentences: _Sentences,
) -> list[dict[str, Any]]:
    """One entry per relation; a pair linked several times gets curved edges."""
    per_pair: dict[frozenset[str], int] = defaultdict(int)
    for u, v in view.edges():
        per_pair[frozenset((u, v))] += 1
    seen: dict[tuple[str, str], int] = defaultdict(int)
    stacked: dict[frozenset[str], int] = defaultdict(int)
    edges: list[dict[str, Any]] = []
    for u, v, _key, attrs in sorted(view.edges(keys=True, data=True), key=lambda e: e[:3]):
        edge: dict[str, Any] = {
            "from": index[u],
            "to": index[v],
            "property": attrs["property"],
            "label": attrs["label"],
            "core": properties[attrs["core"]],
            "modality": attrs["modality"],
            "confidence": _round(attrs["confidence"]),
            "sources": [
                [
                    sentences.index(source.text, source.document),
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
        pair = frozenset((u, v))
        if per_pair[pair] > 1 and u != v:
            edge["smooth"] = round(0.12 + 0.18 * seen[(u, v)], 2)
            seen[(u, v)] += 1
            # the labels of a pair's edges stacked around the middle, one line apart
            edge["labelShift"] = round((stacked[pair] - (per_pair[pair] - 1) / 2) * LABEL_LINE)
            stacked[pair] += 1
        edges.append(edge)
    return edges


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
                "face": FONT,
                "size": 17,
                "color": "#1f2328",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
            # below it (in pixels on screen), the page draws the main labels itself, legible
            # and without overlaps; in a large graph, until the labels vis-network draws have room
            "scaling": {"label": {"drawThreshold": 13 if large else 11, "maxVisible": 22}},
            "widthConstraint": {"maximum": 170},
        },
        "edges": {
            "smooth": False,
            "font": {
                "face": FONT,
                "size": 13,
                "color": "#3d434a",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
                "align": "horizontal",
            },
            # edge labels once legible (a busy centre at a distance is lines, not text)
            "scaling": {"label": {"drawThreshold": 9, "maxVisible": 16}},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
    }


# --------------------------------------------------------------------------
# The header: counts, toolbar and legend, rendered here
# --------------------------------------------------------------------------


def _toggle(attribute: str, key: str, mark: str, label: str, count: int) -> str:
    empty = " kg-legend-empty" if count == 0 else ""
    return (
        f'<label class="kg-legend-item kg-toggle{empty}">'
        f'<input type="checkbox" checked {attribute}="{_esc(key)}">'
        f'{mark}<span>{_esc(label)}</span> <span class="kg-legend-count">{count:,}</span></label>'
    )


def _legend(data: Mapping[str, Any]) -> str:
    type_items = [
        _toggle("data-kg-type", t["key"], swatch(t["shape"], t["colour"]), t["label"], t["count"])
        for t in data["types"]
    ]
    property_items = [
        _toggle("data-kg-property", p["key"], line(p["colour"]), p["label"], p["count"])
        for p in data["properties"]
    ] or ['<span class="kg-legend-count">none</span>']
    grey = "#6e7781"
    line_items = [
        f'<span class="kg-legend-item">{line(grey, dashes=MODALITY_DASHES[m])}{_esc(words_of(m))}'
        "</span>"
        for m in MODALITY_ORDER
    ]
    line_items.append(
        f'<span class="kg-legend-item">{line(grey, dot=True)}only in reader comments</span>'
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


def _isolated_control(data: Mapping[str, Any]) -> str:
    """A check box that shows the entities without relations (hidden at first), if any."""
    linked = {edge["from"] for edge in data["edges"]} | {edge["to"] for edge in data["edges"]}
    isolated = sum(1 for i in range(len(data["nodes"])) if i not in linked)
    if not isolated:
        return ""
    return (
        '<label class="kg-check" title="Entities mentioned in the articles but in no relation">'
        '<input type="checkbox" id="kg-isolated">'
        f' Entities without relations <span class="kg-legend-count">{isolated:,}</span></label>'
    )


def _comments_control(data: Mapping[str, Any], *, include_comments: bool) -> str:
    if not include_comments:
        return '<span class="kg-note">Reader comments left out</span>'
    comment_edges = sum(1 for edge in data["edges"] if edge.get("comments"))
    comment_sources = sum(1 for edge in data["edges"] for source in edge["sources"] if source[3])
    return (
        '<label class="kg-check" title="Relations read only from readers\' comments under '
        'an article">'
        f'<input type="checkbox" id="kg-comments" checked{"" if comment_sources else " disabled"}>'
        f' Reader-comment facts <span class="kg-legend-count">{comment_edges:,}</span></label>'
    )


def _toolbar(data: Mapping[str, Any], *, include_comments: bool) -> str:
    options = ['<option value="">All documents</option>']
    for i, (doc, title) in enumerate(data["documents"]):
        text = f"{title} ({doc})" if title and title != doc else doc
        if len(text) > 90:
            text = text[:89] + "…"
        options.append(f'<option value="{i}">{_esc(text)}</option>')
    return (
        '<div class="kg-toolbar" role="toolbar">'
        '<div class="kg-search">'
        '<input type="search" id="kg-search" autocomplete="off" spellcheck="false" '
        'placeholder="Find an entity by name or alias  ( / )" aria-label="Find an entity" '
        'aria-controls="kg-suggest" aria-autocomplete="list">'
        '<ul id="kg-suggest" role="listbox" hidden></ul></div>'
        '<select id="kg-document" aria-label="Document">'
        f"{''.join(options)}</select>"
        f"{_comments_control(data, include_comments=include_comments)}"
        f"{_isolated_control(data)}"
        '<span id="kg-mode" class="kg-mode" hidden></span>'
        '<button type="button" id="kg-fit" title="Fit the visible graph to the window">Fit</button>'
        '<button type="button" id="kg-reset" title="Clear filters, selection and neighbourhood">'
        "Reset</button>"
        "</div>"
    )


# --------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------


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
    vis_script, vis_style, vis_hash = vis_assets()
    script = safe_in_tag(page_script(), "script")
    counts = " · ".join(
        (
            _plural(view.number_of_nodes(), "entity", "entities"),
            _plural(len(relation_triples(view)), "relation"),
            _plural(len(data["documents"]), "document"),
        )
    )
    logger.debug(
        "rendering %d entities and %d relations", view.number_of_nodes(), view.number_of_edges()
    )
    return page_template().substitute(
        policy=(
            "default-src 'none'; "
            f"script-src {vis_hash} {csp_hash(script)}; "
            "style-src 'unsafe-inline'; img-src data:; font-src data:"
        ),
        title=_esc(title),
        vis_style=vis_style,
        page_style=safe_in_tag(page_style(), "style"),
        vis_script=vis_script,
        counts=counts,
        toolbar=_toolbar(data, include_comments=include_comments),
        legend=_legend(data),
        data=json_for_script(data),
        page_script=script,
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
    try:
        atomic_write_text(target, text)
    except OutputError as error:
        cause = error.__cause__
        if isinstance(cause, OSError) and cause.strerror:
            message = f"cannot write {target}: {cause.strerror}; choose a writable file path"
        else:
            message = f"cannot write {error}"
        raise OutputError(message) from error
    logger.info("wrote %s", target)
    return target
