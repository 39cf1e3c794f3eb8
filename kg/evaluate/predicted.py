"""What a built graph asserts, as the evaluation sees it: entities with their names and core
type, and direct triples mapped to the core predicates of the gold."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.evaluate.gold import GOLD_PREDICATES
from kg.rdf.graph import UNASSERTED_MODALITIES
from kg.rdf.namespaces import KG, document_iri
from kg.rdf.schema import CORE_CLASSES, Schema, load_ontology, load_schema, local_name

__all__ = ["Predicted", "PredictedEntity", "PredictedRelation", "predicted_from_graph"]

_PREDICATE_NAMES = {prop: name for name, prop in GOLD_PREDICATES.items()}
_ENTITY_ROOTS: frozenset[Node] = frozenset((*CORE_CLASSES, KG.Entity))

Triple = tuple[str, str, str]
"""Subject IRI, core predicate name (snake_case), object IRI."""


@dataclass(frozen=True)
class PredictedEntity:
    """An entity node of a built graph: IRI, label, core type name (or None), all names."""

    iri: str
    label: str
    type: str | None
    names: tuple[str, ...]
    sentence: str = ""


@dataclass(frozen=True)
class PredictedRelation:
    """A direct triple mapped to a core predicate (snake_case), with its sentences.

    ``via`` lists the graph's own properties that gave it (``kg:wroteTo`` ...);
    ``methods`` the rules (``kg:method`` of its statements) that read it.
    """

    subject: str
    predicate: str
    object: str
    via: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()


@dataclass(frozen=True)
class Predicted:
    """What a graph asserts: its entities and its core-mapped relations."""

    entities: tuple[PredictedEntity, ...]
    relations: tuple[PredictedRelation, ...]


def predicted_from_graph(graph: Graph, *, document_id: str | None = None) -> Predicted:
    """The entities and core relations a built graph asserts.

    With ``document_id``, only entities ``kg:mentionedIn`` that document, and
    relations between them read from it (or with no statement node at all),
    are kept.
    """
    reader = _Reader(graph, _schema_of(graph), document_id)
    entities = reader.entities()
    statements = reader.statements()
    return Predicted(tuple(entities.values()), reader.relations(entities, statements))


def _schema_of(graph: Graph) -> Schema:
    """The ontology's schema, with the ``rdfs:subClassOf``/``rdfs:subPropertyOf`` links
    that ``graph`` adds to it."""
    ontology = load_ontology()
    links = [
        triple
        for link in (RDFS.subClassOf, RDFS.subPropertyOf)
        for triple in graph.triples((None, link, None))
        if triple not in ontology
    ]
    if not links:
        return load_schema()
    tbox = Graph()
    tbox += ontology
    for triple in links:
        tbox.add(triple)
    return Schema.from_graph(tbox)


def _offset(value: Node | None) -> int:
    """An integer literal's value, or 0."""
    number = value.toPython() if isinstance(value, Literal) else 0
    return number if isinstance(number, int) else 0


@dataclass
class _Statements:
    """What the statement nodes say of each asserted triple: its sentences (with their
    offsets), the rules that read it, and the documents that state it."""

    sentences: dict[Triple, set[tuple[int, str]]] = field(default_factory=dict)
    methods: dict[Triple, set[str]] = field(default_factory=dict)
    stated_in: dict[Triple, set[Node | None]] = field(default_factory=dict)


class _Reader:
    """Reads one graph, remembering each class's core, each property's core predicate and each
    sentence's text and document."""

    def __init__(self, graph: Graph, schema: Schema, document_id: str | None) -> None:
        self.graph = graph
        self.schema = schema
        self.doc_node = document_iri(document_id) if document_id is not None else None
        self._class_core: dict[Node, tuple[bool, URIRef | None]] = {}
        self._property_core: dict[Node, tuple[str, ...]] = {}
        self._sentence_text: dict[Node, str] = {}
        self.sentence_doc: dict[Node, Node | None] = {}

    def classify(self, cls: Node) -> tuple[bool, URIRef | None]:
        """Whether a class is an entity class, and its core class."""
        if cls not in self._class_core:
            ancestors = self.schema.superclasses(cls)
            core = next((c for c in CORE_CLASSES if c in ancestors), None)
            self._class_core[cls] = (bool(ancestors & _ENTITY_ROOTS), core)
        return self._class_core[cls]

    def core_names(self, prop: Node) -> tuple[str, ...]:
        """The gold's name of a property's core predicate (none when it has none)."""
        if prop not in self._property_core:
            core = self.schema.core_property(prop)
            self._property_core[prop] = (_PREDICATE_NAMES[core],) if core is not None else ()
        return self._property_core[prop]

    def sentence_of(self, node: Node) -> str:
        if node not in self._sentence_text:
            self._sentence_text[node] = str(self.graph.value(node, KG.text) or "")
            self.sentence_doc[node] = self.graph.value(node, DCTERMS.isPartOf)
        return self._sentence_text[node]

    def in_document(self, sentence: Node) -> bool:
        self.sentence_of(sentence)
        return self.doc_node is None or self.sentence_doc[sentence] == self.doc_node

    def entities(self) -> dict[Node, PredictedEntity]:
        """Every entity node (of the document, if one is chosen), by IRI order."""
        graph = self.graph
        entities: dict[Node, PredictedEntity] = {}
        for node in sorted(set(graph.subjects(RDF.type, None)), key=str):
            is_entity = False
            cores: list[URIRef] = []
            for cls in graph.objects(node, RDF.type):
                flag, core = self.classify(cls)
                is_entity = is_entity or flag
                if core is not None:
                    cores.append(core)
            if not is_entity:
                continue
            if self.doc_node is not None and (node, KG.mentionedIn, self.doc_node) not in graph:
                continue
            core_type = next((c for c in CORE_CLASSES if c in cores), None)
            labels = sorted(str(label) for label in graph.objects(node, RDFS.label))
            label = labels[0] if labels else local_name(node)
            alt = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
            entities[node] = PredictedEntity(
                str(node),
                label,
                local_name(core_type) if core_type is not None else None,
                tuple(dict.fromkeys([label, *labels[1:], *alt])),
                self._first_sentence(node),
            )
        return entities

    def _first_sentence(self, node: Node) -> str:
        """The sentence of the entity's first mention in the document."""
        mentions = []
        for mention in self.graph.subjects(KG.mentionOf, node):
            for sentence in self.graph.objects(mention, PROV.wasDerivedFrom):
                if self.in_document(sentence) and self.sentence_of(sentence):
                    offset = _offset(self.graph.value(mention, KG.startOffset))
                    mentions.append((offset, self.sentence_of(sentence)))
        return min(mentions)[1] if mentions else ""

    def statements(self) -> _Statements:
        """The sentences, rules and documents of every statement node not conditional or
        negated."""
        graph = self.graph
        found = _Statements()
        for statement in graph.subjects(RDF.subject, None):
            if graph.value(statement, KG.modality) in UNASSERTED_MODALITIES:
                continue
            subject = graph.value(statement, RDF.subject)
            prop = graph.value(statement, RDF.predicate)
            obj = graph.value(statement, RDF.object)
            if subject is None or prop is None or obj is None:
                continue
            sentences = list(graph.objects(statement, PROV.wasDerivedFrom))
            method = graph.value(statement, KG.method)
            rule = graph.value(statement, KG.rule)
            if method is not None and rule is not None:  # a method shared by rules
                method = Literal(f"{method} ({rule})")
            for name in self.core_names(prop):
                key = (str(subject), name, str(obj))
                for sentence in sentences:
                    text = self.sentence_of(sentence)
                    found.stated_in.setdefault(key, set()).add(self.sentence_doc[sentence])
                    if self.in_document(sentence) and text:
                        at = _offset(graph.value(sentence, KG.startOffset))
                        found.sentences.setdefault(key, set()).add((at, text))
                        if method is not None:
                            found.methods.setdefault(key, set()).add(str(method))
        return found

    def relations(
        self, entities: dict[Node, PredictedEntity], statements: _Statements
    ) -> tuple[PredictedRelation, ...]:
        """The direct triples between entities, mapped to core predicates, in order."""
        via: dict[Triple, set[str]] = {}
        for subject in entities:
            for prop, obj in self.graph.predicate_objects(subject):
                if obj not in entities or prop == RDF.type:
                    continue
                for name in self.core_names(prop):
                    key = (str(subject), name, str(obj))
                    stated_in = statements.stated_in.get(key, {self.doc_node})
                    if self.doc_node is not None and self.doc_node not in stated_in:
                        continue
                    via.setdefault(key, set()).add(str(prop))
        return tuple(
            PredictedRelation(
                key[0],
                key[1],
                key[2],
                tuple(sorted(props)),
                tuple(dict.fromkeys(t for _, t in sorted(statements.sentences.get(key, ())))),
                tuple(sorted(statements.methods.get(key, ()))),
            )
            for key, props in sorted(via.items())
        )
