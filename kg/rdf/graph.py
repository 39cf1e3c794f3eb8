"""Turn extractions into one RDF graph: entities, relations and their provenance.

Shape of what is written (prefixes ``kg:`` ontology, ``id:`` entities,
``doc:`` documents)::

    id:wes-streeting a kg:Person ;
        rdfs:label "Wes Streeting" ; skos:altLabel "Mr Streeting", "health secretary" ;
        kg:mentionedIn doc:streeting-letter-to-gpce ;
        kg:wroteTo id:gp-committee-england ;          # the refinement
        kg:communicatesWith id:gp-committee-england . # and its core relation

    doc:streeting-letter-to-gpce a kg:Document ; dcterms:title "..." ; dcterms:source "..." .
    # when known: dcterms:date "2024-07-09"^^xsd:date ; kg:dateSource "metadata" ;
    #   dcterms:publisher "..." ; dcterms:creator "..." ; prov:wasDerivedFrom <https://...>
    <doc:.../sentence/1> a kg:Sentence ; kg:text "..." ; kg:startOffset 58 ; kg:endOffset 196 ;
        dcterms:isPartOf doc:... ; kg:fromReaderComments false .
    <doc:.../statement/3f2a...> a kg:Statement ;
        rdf:subject id:wes-streeting ; rdf:predicate kg:wroteTo ; rdf:object id:gp-committee-england ;
        prov:wasDerivedFrom <doc:.../sentence/1> ; kg:startOffset 75 ; kg:endOffset 145 ;
        kg:method "dep:verb-prep" ; kg:trigger "write to" ; kg:confidence 0.8 ; kg:modality kg:Asserted .
    <doc:.../mention/75-88> a kg:Mention ; kg:mentionOf id:wes-streeting ; kg:surfaceForm "Wes Streeting" ;
        prov:wasDerivedFrom <doc:.../sentence/1> ; kg:startOffset 75 ; kg:endOffset 88 ;
        kg:method "ner" ; kg:confidence 0.85 .

Relations whose modality is conditional or negated get their statement
node only: no direct triple asserts them as fact.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from kg.collection import fewer_collections
from kg.model import Corpus, Document, Entity, Extraction, Quote, Relation, Sentence
from kg.rdf.namespaces import KG, PREFIXES, document_iri, entity_iri
from kg.rdf.schema import core_class, core_property, load_ontology

__all__ = ["to_rdf", "sentence_iri", "new_graph", "decimal_literal", "UNASSERTED_MODALITIES"]

UNASSERTED_MODALITIES = frozenset({KG.Conditional, KG.Negated})


def new_graph() -> Graph:
    """An empty graph with kg's prefixes bound, so Turtle output is stable.

    It lives in rdflib's ``SimpleMemory`` store: kg graphs have no named graphs, and it adds
    triples about a third faster than the default store.
    """
    graph = Graph(store="SimpleMemory", bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def sentence_iri(sentence: Sentence) -> URIRef:
    return URIRef(f"{document_iri(sentence.doc_id)}/sentence/{sentence.index}")


def decimal_literal(value: float | Decimal, *, places: int = 2) -> Literal:
    """``value`` rounded to ``places`` as an ``xsd:decimal`` in its canonical form (XSD 1.1).

    No trailing zeros, no decimal point for whole numbers, no sign on zero: the form
    Oxigraph (and so ``kg export`` and a store) gives back, so one value is one RDF term
    in every file and engine.

    Example:
        >>> [str(decimal_literal(v)) for v in (0.8, 0.85, 1.0, 0.0, 12.5, -0.001)]
        ['0.8', '0.85', '1', '0', '12.5', '0']
    """
    number = Decimal(f"{value:.{places}f}")
    text = "0" if number.is_zero() else format(number.normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


# ontology terms looked up once: attribute access on a DefinedNamespace is slow
_KG_Document = KG.Document
_KG_quotedText = KG.quotedText
_KG_Quotation = KG.Quotation
_KG_figure = KG.figure
_KG_date = KG.date
_KG_Mention = KG.Mention
_KG_Sentence = KG.Sentence
_KG_Statement = KG.Statement
_KG_confidence = KG.confidence
_KG_endOffset = KG.endOffset
_KG_fromReaderComments = KG.fromReaderComments
_KG_mentionOf = KG.mentionOf
_KG_mentionedIn = KG.mentionedIn
_KG_method = KG.method
_KG_modality = KG.modality
_KG_startOffset = KG.startOffset
_KG_surfaceForm = KG.surfaceForm
_KG_text = KG.text
_KG_trigger = KG.trigger
_KG_rule = KG.rule
_RDF_type = RDF.type
_RDF_subject = RDF.subject
_RDF_predicate = RDF.predicate
_RDF_object = RDF.object
_RDFS_label = RDFS.label
_SKOS_altLabel = SKOS.altLabel
_PROV_wasDerivedFrom = PROV.wasDerivedFrom
_PROV_wasAttributedTo = PROV.wasAttributedTo
_DCTERMS_title = DCTERMS.title
_DCTERMS_source = DCTERMS.source
_DCTERMS_identifier = DCTERMS.identifier
_DCTERMS_isPartOf = DCTERMS.isPartOf


@fewer_collections()
def to_rdf(
    extractions: Iterable[Extraction],
    entities: Iterable[Entity],
    relations: Iterable[Relation],
    quotes: Iterable[Quote] = (),
    *,
    include_ontology: bool = True,
) -> Graph:
    """Build the graph of resolved ``entities`` and ``relations`` read from ``extractions``.

    ``entities`` and ``relations`` are the merged, cross-document ones; the
    extractions supply documents and sentences.
    """
    writer = _Writer(new_graph())
    if include_ontology:
        for triple in load_ontology():
            writer.add(triple)
    for extraction in extractions:
        writer.document(extraction)
    nodes: dict[str, URIRef] = {}
    for entity in entities:
        nodes[entity.key] = writer.entity(entity)
    for relation in relations:
        writer.relation(relation, nodes)
    for quote in quotes:
        writer.quote(quote, nodes)
    writer.sentences()
    return writer.graph


class _Writer:
    """Adds kg's nodes to a graph, and the sentences they are read from once all are added."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        # the store's own add: every term the writer makes is an rdflib term, so what
        # ``Graph.add`` checks first (that each is a ``Node``) always holds
        self.add = functools.partial(graph.store.add, context=graph)
        self._literals: dict[tuple[type, object], Literal] = {}
        self._documents: dict[str, URIRef] = {}
        self._sentence_nodes: dict[tuple[str, int], URIRef] = {}
        self._sentences: dict[tuple[str, int], Sentence] = {}
        self._needed: set[tuple[str, int]] = set()

    def lit(self, value: object) -> Literal:
        """One Literal object per value: making Literals is a large share of building the graph."""
        key = (type(value), value)
        found = self._literals.get(key)
        if found is None:
            found = self._literals[key] = (
                decimal_literal(value) if isinstance(value, float) else Literal(value)
            )
        return found

    def doc_node(self, doc_id: str) -> URIRef:
        """The document's IRI, made once per document."""
        found = self._documents.get(doc_id)
        if found is None:
            found = self._documents[doc_id] = document_iri(doc_id)
        return found

    def sentence_node(self, sentence: Sentence) -> URIRef:
        """The sentence's IRI (:func:`sentence_iri`), made once per sentence."""
        key = (sentence.doc_id, sentence.index)
        found = self._sentence_nodes.get(key)
        if found is None:
            found = self._sentence_nodes[key] = URIRef(
                f"{self.doc_node(sentence.doc_id)}/sentence/{sentence.index}"
            )
        return found

    def document(self, extraction: Extraction) -> None:
        add, lit = self.add, self.lit
        document = extraction.document
        doc_node = self.doc_node(document.id)
        add((doc_node, _RDF_type, _KG_Document))
        add((doc_node, _DCTERMS_title, lit(document.title)))
        add((doc_node, _DCTERMS_source, lit(document.path)))
        add((doc_node, _DCTERMS_identifier, lit(document.id)))
        _add_document_metadata(self.graph, doc_node, document)
        for sentence in extraction.sentences:
            self._sentences[(sentence.doc_id, sentence.index)] = sentence

    def entity(self, entity: Entity) -> URIRef:
        add, lit = self.add, self.lit
        node = entity_iri(entity.label)
        add((node, _RDF_type, entity.type))
        base = core_class(entity.type)
        if base is not None and base != entity.type:
            add((node, _RDF_type, base))
        add((node, _RDFS_label, lit(entity.label)))
        for alias in entity.aliases:
            if alias != entity.label:
                add((node, _SKOS_altLabel, lit(alias)))
        for name, value in entity.details:
            add((node, _KG_date if name == "date" else _KG_figure, lit(value)))
        for doc_id in entity.doc_ids:
            add((node, _KG_mentionedIn, self.doc_node(doc_id)))
        for mention in entity.mentions:
            said_in = self._sentences.get((mention.doc_id, mention.sentence))
            m_node = URIRef(
                f"{self.doc_node(mention.doc_id)}/mention/{mention.start}-{mention.end}"
            )
            add((m_node, _RDF_type, _KG_Mention))
            add((m_node, _KG_mentionOf, node))
            add((m_node, _KG_surfaceForm, lit(mention.text)))
            add((m_node, _KG_startOffset, lit(mention.start)))
            add((m_node, _KG_endOffset, lit(mention.end)))
            add((m_node, _KG_method, lit(mention.method)))
            add((m_node, _KG_confidence, lit(mention.confidence)))
            if said_in is not None:
                add((m_node, _PROV_wasDerivedFrom, self.sentence_node(said_in)))
                self._needed.add((said_in.doc_id, said_in.index))
        return node

    def relation(self, relation: Relation, nodes: dict[str, URIRef]) -> None:
        """The direct triples (unless conditional or negated) and the statement node."""
        add, lit = self.add, self.lit
        subject = nodes[relation.subject]
        obj = nodes[relation.object]
        evidence = relation.evidence
        if relation.modality not in UNASSERTED_MODALITIES:
            add((subject, relation.predicate, obj))
            core = core_property(relation.predicate)
            if core is not None and core != relation.predicate:
                add((subject, core, obj))
        digest = hashlib.sha1(
            f"{subject}|{relation.predicate}|{obj}|{evidence.doc_id}|{evidence.start}|{evidence.end}".encode()
        ).hexdigest()[:16]
        st_node = URIRef(f"{self.doc_node(evidence.doc_id)}/statement/{digest}")
        add((st_node, _RDF_type, _KG_Statement))
        add((st_node, _RDF_subject, subject))
        add((st_node, _RDF_predicate, relation.predicate))
        add((st_node, _RDF_object, obj))
        add((st_node, _PROV_wasDerivedFrom, self.sentence_node(evidence.sentence)))
        add((st_node, _KG_startOffset, lit(evidence.start)))
        add((st_node, _KG_endOffset, lit(evidence.end)))
        add((st_node, _KG_method, lit(evidence.method)))
        if evidence.trigger:
            add((st_node, _KG_trigger, lit(evidence.trigger)))
        if evidence.rule:
            add((st_node, _KG_rule, lit(evidence.rule)))
        add((st_node, _KG_confidence, lit(evidence.confidence)))
        add((st_node, _KG_modality, relation.modality))
        add((st_node, _KG_fromReaderComments, lit(evidence.in_comments)))
        self._needed.add((evidence.doc_id, evidence.sentence.index))

    def quote(self, quote: Quote, nodes: dict[str, URIRef]) -> None:
        add, lit = self.add, self.lit
        evidence = quote.evidence
        q_node = URIRef(f"{self.doc_node(evidence.doc_id)}/quote/{evidence.start}-{evidence.end}")
        add((q_node, _RDF_type, _KG_Quotation))
        add((q_node, _KG_quotedText, lit(quote.text)))
        if quote.speaker is not None and quote.speaker in nodes:
            add((q_node, _PROV_wasAttributedTo, nodes[quote.speaker]))
        add((q_node, _PROV_wasDerivedFrom, self.sentence_node(evidence.sentence)))
        add((q_node, _KG_startOffset, lit(evidence.start)))
        add((q_node, _KG_endOffset, lit(evidence.end)))
        add((q_node, _KG_method, lit(evidence.method)))
        add((q_node, _KG_confidence, lit(evidence.confidence)))
        add((q_node, _KG_fromReaderComments, lit(evidence.in_comments)))
        self._needed.add((evidence.doc_id, evidence.sentence.index))

    def sentences(self) -> None:
        """The sentences that mentions, statements and quotations are read from."""
        add, lit = self.add, self.lit
        for key in sorted(self._needed):
            sentence = self._sentences[key]
            s_node = self.sentence_node(sentence)
            add((s_node, _RDF_type, _KG_Sentence))
            add((s_node, _KG_text, lit(sentence.text)))
            add((s_node, _KG_startOffset, lit(sentence.start)))
            add((s_node, _KG_endOffset, lit(sentence.end)))
            add((s_node, _DCTERMS_isPartOf, self.doc_node(sentence.doc_id)))
            add((s_node, _KG_fromReaderComments, lit(sentence.in_comments)))


def _add_document_metadata(graph: Graph, node: URIRef, document: Document) -> None:
    """What is known of where and when an article appeared: only what was found is written."""
    if document.date is not None:
        graph.add((node, DCTERMS.date, Literal(document.date.isoformat(), datatype=XSD.date)))
        if document.date_source:
            graph.add((node, KG.dateSource, Literal(document.date_source)))
    if document.publisher:
        graph.add((node, DCTERMS.publisher, Literal(document.publisher)))
    if document.author:
        graph.add((node, DCTERMS.creator, Literal(document.author)))
    if document.url:
        graph.add((node, PROV.wasDerivedFrom, URIRef(document.url)))


def corpus_graph(corpus: Corpus, *, include_ontology: bool = True) -> Graph:
    """The graph of everything ``corpus`` holds (see :func:`to_rdf`)."""
    return to_rdf(
        corpus.extractions,
        corpus.entities,
        corpus.relations,
        corpus.quotes,
        include_ontology=include_ontology,
    )
