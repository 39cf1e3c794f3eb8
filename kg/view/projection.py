"""The RDF graph projected onto networkx: entities as nodes, grouped statements as edges.

This is the one projection of kg's graphs onto networkx: the HTML view draws
it and :mod:`kg.stats` measures it. It is derived from the RDF graph and never
changes it. Entities are the subjects typed with a subclass of ``kg:Entity``;
reified ``kg:Statement`` nodes that share subject, predicate and object become
one edge carrying every source sentence.

Example:
    >>> from kg.rdf.graph import new_graph
    >>> view = to_networkx(new_graph())
    >>> view.number_of_nodes(), view.number_of_edges()
    (0, 0)
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import NamedTuple

import networkx as nx
from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import GraphError
from kg.rdf.namespaces import KG
from kg.rdf.schema import Schema, load_schema, local_name

__all__ = [
    "to_networkx",
    "Source",
    "MODALITY_ORDER",
    "UNASSERTED",
    "modality_rank",
    "relation_triples",
    "relation_counts",
]

logger = logging.getLogger(__name__)

MODALITY_ORDER = ("Asserted", "Reported", "Planned", "Conditional", "Negated")
"""Most assertive first: an edge backed by several statements shows the strongest."""

UNASSERTED = frozenset({"Conditional", "Negated"})
"""Modalities that give no direct triple: such an edge is drawn (dotted) but is no relation."""


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


def modality_rank(name: str) -> int:
    """Position of modality ``name`` in :data:`MODALITY_ORDER` (unknown ones last)."""
    return MODALITY_ORDER.index(name) if name in MODALITY_ORDER else len(MODALITY_ORDER)


def _schema(graph: Graph) -> Schema:
    """The T-box in ``graph``; the shipped ontology's when the graph lacks one."""
    if (None, RDFS.subClassOf, KG.Entity) in graph:
        return Schema.from_graph(graph)
    try:
        return load_schema()
    except GraphError as error:
        logger.warning("no ontology in the graph and none shipped (%s): using core classes", error)
        return Schema.from_graph(Graph())


def _first(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    """The smallest object of ``subject predicate ?o``: deterministic when there are several."""
    return min(graph.objects(subject, predicate), key=str, default=None)


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


_NO_SENTENCE = _SentenceInfo("", "", None, None)


class _Reader:
    """Documents and sentences of one graph, each read once."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.documents: dict[Node, str] = {}
        self.titles: dict[str, str] = {}
        self._sentences: dict[Node, _SentenceInfo] = {}
        for doc in sorted(graph.subjects(RDF.type, KG.Document), key=str):
            self.document_id(doc)

    def first(self, subject: Node, predicate: URIRef) -> Node | None:
        return _first(self.graph, subject, predicate)

    def document_id(self, node: Node | None) -> str:
        """The document's ``dcterms:identifier`` (or local name); its title is noted."""
        if node is None:
            return ""
        if node not in self.documents:
            identifier = self.first(node, DCTERMS.identifier)
            self.documents[node] = str(identifier) if identifier is not None else local_name(node)
            title = self.first(node, DCTERMS.title)
            if title is not None:
                self.titles[self.documents[node]] = str(title)
        return self.documents[node]

    def sentence(self, node: Node | None) -> _SentenceInfo:
        """Text, document, start offset and reader-comment flag of a sentence node."""
        if node is None:
            return _NO_SENTENCE
        found = self._sentences.get(node)
        if found is None:
            text = self.first(node, KG.text)
            found = self._sentences[node] = _SentenceInfo(
                str(text) if text is not None else "",
                self.document_id(self.first(node, DCTERMS.isPartOf)),
                _as_int(self.first(node, KG.startOffset)),
                _as_bool(self.first(node, KG.fromReaderComments)),
            )
        return found


def to_networkx(graph: Graph, *, include_comments: bool = True) -> nx.MultiDiGraph[str]:
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
    reader = _Reader(graph)
    view: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    types = _entity_types(graph, schema)
    _add_entities(view, reader, schema, types, include_comments=include_comments)
    grouped = _group_statements(view, reader, include_comments=include_comments)
    _add_relations(view, schema, grouped)
    view.graph["documents"] = dict(sorted(reader.titles.items()))
    return view


def _entity_types(graph: Graph, schema: Schema) -> dict[Node, set[Node]]:
    """Each entity and its classes under ``kg:Entity``."""
    types: dict[Node, set[Node]] = defaultdict(set)
    for thing, cls in graph.subject_objects(RDF.type):
        if cls in schema.class_core and not isinstance(thing, Literal):
            types[thing].add(cls)
    return types


def _mentions(reader: _Reader, types: dict[Node, set[Node]]) -> tuple[dict[str, int], set[str]]:
    """How many mentions each entity has, and the entities mentioned outside reader comments."""
    counts: dict[str, int] = defaultdict(int)
    outside_comments: set[str] = set()
    for mention, entity in reader.graph.subject_objects(KG.mentionOf):
        if entity not in types:
            continue
        key = str(entity)
        counts[key] += 1
        if key not in outside_comments:
            info = reader.sentence(reader.first(mention, PROV.wasDerivedFrom))
            if not info.comments:
                outside_comments.add(key)
    return counts, outside_comments


def _quotes(
    reader: _Reader, types: dict[Node, set[Node]], *, include_comments: bool
) -> dict[str, list[tuple[str, str]]]:
    """The ``(text, document)`` quotations attributed to each entity."""
    quotes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for quotation in reader.graph.subjects(RDF.type, KG.Quotation):
        speaker = reader.first(quotation, PROV.wasAttributedTo)
        text = reader.first(quotation, KG.quotedText)
        if speaker is None or text is None or speaker not in types:
            continue
        info = reader.sentence(reader.first(quotation, PROV.wasDerivedFrom))
        if info.comments and not include_comments:
            continue
        quotes[str(speaker)].append((str(text), info.document))
    return quotes


def _add_entities(
    view: nx.MultiDiGraph[str],
    reader: _Reader,
    schema: Schema,
    types: dict[Node, set[Node]],
    *,
    include_comments: bool,
) -> None:
    graph = reader.graph
    mention_counts, outside_comments = _mentions(reader, types)
    quotes = _quotes(reader, types, include_comments=include_comments)
    for node in sorted(types, key=str):
        subtype = min(types[node], key=lambda c: (-schema.class_depth.get(c, 0), str(c)))
        core = schema.class_core[subtype]
        label = reader.first(node, RDFS.label) or reader.first(node, SKOS.prefLabel)
        name = str(label) if label is not None else local_name(node)
        aliases = sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {name})
        docs = sorted({reader.document_id(d) for d in graph.objects(node, KG.mentionedIn)})
        details = sorted(
            {(local_name(p), str(v)) for p in (KG.date, KG.figure) for v in graph.objects(node, p)}
        )
        key = str(node)
        view.add_node(
            key,
            iri=key,
            label=name,
            type=local_name(core),
            subtype=local_name(subtype),
            subtype_label=schema.label(subtype),
            aliases=aliases,
            documents=docs,
            mentions=mention_counts.get(key, 0),
            comments_only=mention_counts.get(key, 0) > 0 and key not in outside_comments,
            details=details,
            quotes=sorted(set(quotes.get(key, ()))),
        )


_Grouped = dict[tuple[str, Node, str], dict[tuple[str, str, str], tuple[Source, str]]]


def _group_statements(
    view: nx.MultiDiGraph[str], reader: _Reader, *, include_comments: bool
) -> _Grouped:
    """Statements between entities of ``view`` by (subject, predicate, object), each source
    sentence once per modality (with its highest confidence)."""
    grouped: _Grouped = defaultdict(dict)
    for statement in sorted(reader.graph.subjects(RDF.type, KG.Statement), key=str):
        subject = reader.first(statement, RDF.subject)
        predicate = reader.first(statement, RDF.predicate)
        obj = reader.first(statement, RDF.object)
        if predicate is None or str(subject) not in view or str(obj) not in view:
            logger.debug("statement %s does not link two entities: left out of the view", statement)
            continue
        source, modality = _source(reader, statement)
        if source.from_comments and not include_comments:
            continue
        sources = grouped[(str(subject), predicate, str(obj))]
        source_key = (source.document, source.text, modality)
        previous = sources.get(source_key)
        if previous is None or (source.confidence or 0.0) > (previous[0].confidence or 0.0):
            sources[source_key] = (source, modality)
    return grouped


def _source(reader: _Reader, statement: Node) -> tuple[Source, str]:
    """The sentence ``statement`` was read from, and the statement's modality."""
    info = reader.sentence(reader.first(statement, PROV.wasDerivedFrom))
    comments = _as_bool(reader.first(statement, KG.fromReaderComments))
    if comments is None:
        comments = info.comments
    span = None
    start = _as_int(reader.first(statement, KG.startOffset))
    end = _as_int(reader.first(statement, KG.endOffset))
    if info.start is not None and start is not None and end is not None:
        span = (start - info.start, end - info.start)
        if not 0 <= span[0] < span[1] <= len(info.text):
            span = None
    method = reader.first(statement, KG.method)
    modality_node = reader.first(statement, KG.modality)
    modality = local_name(modality_node) if modality_node is not None else "Asserted"
    source = Source(
        info.text,
        info.document,
        _as_float(reader.first(statement, KG.confidence)),
        bool(comments),
        span,
        str(method) if method is not None else "",
    )
    return source, modality


def _add_relations(view: nx.MultiDiGraph[str], schema: Schema, grouped: _Grouped) -> None:
    for (head, prop, tail), by_key in sorted(grouped.items(), key=lambda i: str(i[0])):
        pairs = [by_key[k] for k in sorted(by_key)]
        core_prop = schema.property_core.get(prop, prop)
        modalities = [m for _, m in pairs]
        confidences = [s.confidence for s, _ in pairs if s.confidence is not None]
        view.add_edge(
            head,
            tail,
            key=local_name(prop),
            iri=str(prop),
            property=local_name(prop),
            core=local_name(core_prop),
            label=schema.label(prop),
            core_label=schema.label(core_prop),
            modality=min(modalities, key=modality_rank),
            modalities=modalities,
            sentences=[s for s, _ in pairs],
            confidence=max(confidences) if confidences else None,
            from_comments=all(s.from_comments for s, _ in pairs),
        )


def relation_triples(view: nx.MultiDiGraph[str]) -> set[tuple[str, str, str]]:
    """The relations of ``view`` as ``(subject, core relation, object)``.

    This is what kg counts as *a relation*, everywhere (``kg build``, ``kg stats``,
    the HTML view, GraphML): a distinct direct triple of a core property between two
    entities, counting asserted ones only (asserted, reported or planned: conditional
    and negated statements give no direct triple). A refinement and its core relation
    ("wrote to" and "communicates with") are one relation, as are two refinements of the
    same core between the same two entities ("wrote to" and "urges").
    """
    return {
        (u, attrs["core"], v)
        for u, v, attrs in view.edges(data=True)
        if attrs.get("modality") not in UNASSERTED
    }


def relation_counts(view: nx.MultiDiGraph[str]) -> dict[str, int]:
    """How many relations (:func:`relation_triples`) of each core property, by local name."""
    counts: dict[str, int] = defaultdict(int)
    for _u, core, _v in relation_triples(view):
        counts[core] += 1
    return dict(counts)
