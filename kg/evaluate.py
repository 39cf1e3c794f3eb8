"""Score built graphs against hand-made gold annotations (``kg eval``).

A gold file (``NN_slug.gold.json``, format in ``../shared/dev/README.md``)
lists the entities of one article and the relations between them. For every
gold file, kg builds a graph of that one article and compares it with the gold.

Matching rules
--------------

*Names.* Every name is normalised before it is compared: case is folded,
curly apostrophes become ``'``, whitespace is collapsed, quotes and trailing
punctuation are dropped, leading words among "the a an your its their this
his her our" and honorifics among "Mr Mrs Ms Miss Dr Sir Dame Professor Prof
Lord Baroness" are removed (so "the BMA", "Dr Bramall" and "your committee"
become "bma", "bramall" and "committee"), and so is a possessive "'s" at the
end ("BMA's" is "bma"). A name ending in a part in brackets, "X (Y)", counts
as the two names X and Y ("NHS England (NHSE)" is "nhs england" and "nhse").
The names of a gold entity are its ``name`` and its ``aliases``; those of a
predicted entity its ``rdfs:label`` and its ``skos:altLabel`` values.

*Entities.* A predicted entity is any node whose ``rdf:type`` is, through
``rdfs:subClassOf*``, ``kg:Entity`` or one of the five core classes; its type
is that core class (Person, Organisation, Proposal, Event, Place). A predicted
and a gold entity *match* when a normalised predicted name equals a normalised
gold name. A person's surname alone names the person: when the gold entity is
a Person, a predicted name equal to the last word of the gold person's name
matches, and when both are Persons, a gold name equal to the last word of a
predicted name matches too. Pairs are assigned one to one, greedily, best
pairs first: a pair whose predicted label equals the gold ``name`` comes
before one that only shares aliases, then come the pairs sharing more names,
then those with more surname matches, then those whose types agree; ties go by
predicted IRI, then gold id. A matched pair is a true positive; an unmatched
predicted entity is a false positive (when its names match an already-matched
gold entity it is reported as an unmerged duplicate of it); an unmatched gold
entity is a false negative. *Typed entities* count a matched pair as a true
positive only when the predicted core type equals the gold type; otherwise the
pair is both a false positive and a false negative.

*Relations.* A predicted relation is a direct triple between two predicted
entities whose property is, through ``rdfs:subPropertyOf*`` (read from the
graph and from kg's ontology), one of the nine core properties: ``kg:wroteTo``
counts as ``communicates_with``, ``kg:chairOf`` as ``leads``. Conditional and
negated relations have no direct triple in the graph, so they are not
predicted. Triples are de-duplicated after mapping. A predicted ``(s, p, o)``
is a true positive when ``s`` and ``o`` are matched to gold entities ``S`` and
``O`` and the gold has ``(S, p, O)``. ``communicates_with`` is the one
symmetric predicate: the gold uses it for mutual exchanges ("the two
parties"), so a predicted ``(s, communicates_with, o)`` also matches a gold
``(O, communicates_with, S)``; exact directions are matched first, and a
predicted triple that only repeats an already-matched exchange in the other
direction is not counted at all. Every other predicted relation is a false
positive, including those whose subject or object is not matched to a gold
entity (an unmerged duplicate node is unmatched, so its relations are false
positives too); false positives are de-duplicated too (a spurious exchange
read in both directions counts once). Every unmatched gold relation is a
false negative.

*Pairs.* The unordered ``{subject, object}`` pairs of the relations,
regardless of predicate and de-duplicated: a predicted pair is a true
positive when both ends are matched and the gold relates the two entities by
any predicate in either direction.

*Totals.* Precision, recall and F1 are computed per article and, over all
articles, micro-averaged: true positives, false positives and false negatives
are summed first. An undefined ratio (``0/0``) is reported as 0.

Example:
    >>> report = run_eval("../shared/dev")  # doctest: +SKIP
    >>> print(format_report(report))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError
from kg.rdf.graph import UNASSERTED_MODALITIES
from kg.rdf.namespaces import KG, document_iri
from kg.rdf.schema import CORE_CLASSES, Schema, load_ontology, load_schema, local_name

__all__ = [
    "MEASURES",
    "MEASURE_LABELS",
    "ENTITY_TYPES",
    "GOLD_PREDICATES",
    "GoldEntity",
    "GoldRelation",
    "Gold",
    "PredictedEntity",
    "PredictedRelation",
    "Predicted",
    "Scores",
    "EntityItem",
    "RelationItem",
    "ArticleResult",
    "EvalReport",
    "load_gold",
    "parse_gold",
    "normalise_name",
    "name_variants",
    "predicted_from_graph",
    "evaluate_predicted",
    "evaluate_graph",
    "run_eval",
    "format_report",
    "report_to_json",
]

MEASURES = ("entities", "typed_entities", "relations", "pairs")
MEASURE_LABELS = {
    "entities": "entities",
    "typed_entities": "typed entities",
    "relations": "relations",
    "pairs": "pairs",
}
ENTITY_TYPES = tuple(str(cls).rsplit("#", 1)[-1] for cls in CORE_CLASSES)
GOLD_PREDICATES: dict[str, URIRef] = {
    "member_of": KG.memberOf,
    "leads": KG.leads,
    "communicates_with": KG.communicatesWith,
    "proposes": KG.proposes,
    "supports": KG.supports,
    "opposes": KG.opposes,
    "advises_on": KG.advisesOn,
    "part_of": KG.partOf,
    "participates_in": KG.participatesIn,
}
_PREDICATE_NAMES = {prop: name for name, prop in GOLD_PREDICATES.items()}
_SYMMETRIC = frozenset({"communicates_with"})
_GOLD_SUFFIX = ".gold.json"


# --------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    """One annotated entity: id, canonical name, core type name and surface forms."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldRelation:
    """One annotated triple between gold entity ids, with its evidence sentence."""

    subject: str
    predicate: str
    object: str
    evidence: str = ""


@dataclass(frozen=True)
class Gold:
    """The annotation of one article: the text file it annotates, entities, relations."""

    file: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    path: str | None = field(default=None, compare=False)


def _field(item: Mapping[str, Any], key: str, where: str, source: str) -> str:
    if key not in item:
        raise InputError(f"{source}: {where} has no {key!r} key")
    value = item[key]
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{source}: {where} has an empty or non-string {key!r}")
    return value


def parse_gold(data: Any, *, source: str = "<gold>") -> Gold:
    """Check and convert decoded gold JSON; ``source`` names it in error messages."""
    if not isinstance(data, Mapping):
        raise InputError(f"{source}: a gold file must hold one JSON object")
    file_name = _field(data, "file", "the gold object", source)
    for key in ("entities", "relations"):
        if key not in data:
            raise InputError(f"{source}: the gold object has no {key!r} key")
        if not isinstance(data[key], list):
            raise InputError(f"{source}: {key!r} must be a list")
    entities: list[GoldEntity] = []
    seen: set[str] = set()
    for number, item in enumerate(data["entities"], 1):
        where = f"entity {number}"
        if not isinstance(item, Mapping):
            raise InputError(f"{source}: {where} is not an object")
        entity_id = _field(item, "id", where, source)
        where = f"entity {entity_id!r}"
        if entity_id in seen:
            raise InputError(f"{source}: entity id {entity_id!r} is used twice")
        seen.add(entity_id)
        entity_type = _field(item, "type", where, source)
        if entity_type not in ENTITY_TYPES:
            raise InputError(
                f"{source}: {where} has type {entity_type!r}; use one of {', '.join(ENTITY_TYPES)}"
            )
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(f"{source}: {where} must have a list of strings as 'aliases'")
        entities.append(
            GoldEntity(entity_id, _field(item, "name", where, source), entity_type, tuple(aliases))
        )
    relations: list[GoldRelation] = []
    for number, item in enumerate(data["relations"], 1):
        where = f"relation {number}"
        if not isinstance(item, Mapping):
            raise InputError(f"{source}: {where} is not an object")
        subject = _field(item, "subject", where, source)
        predicate = _field(item, "predicate", where, source)
        obj = _field(item, "object", where, source)
        if predicate not in GOLD_PREDICATES:
            raise InputError(
                f"{source}: {where} has predicate {predicate!r}; "
                f"use one of {', '.join(GOLD_PREDICATES)}"
            )
        for role, entity_id in (("subject", subject), ("object", obj)):
            if entity_id not in seen:
                raise InputError(f"{source}: {where} has {role} {entity_id!r}, not an entity id")
        evidence = item.get("evidence", "")
        if not isinstance(evidence, str):
            raise InputError(f"{source}: {where} has a non-string 'evidence'")
        relations.append(GoldRelation(subject, predicate, obj, evidence))
    return Gold(file_name, tuple(entities), tuple(relations))


def load_gold(path: Path | str) -> Gold:
    """Read one ``*.gold.json`` file; a bad file raises :class:`InputError` naming it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such gold file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the gold file ({error})") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: not valid JSON (line {error.lineno} column {error.colno}: {error.msg})"
        ) from error
    gold = parse_gold(data, source=str(path))
    return Gold(gold.file, gold.entities, gold.relations, path=str(path))


# ------------------------------------------------------------------- names

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "′": "'"})
_LEADING_WORDS = frozenset({"the", "a", "an", "your", "its", "their", "this", "his", "her", "our"})
_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame professor prof lord lady baroness councillor cllr rev".split()
)
_DROPPABLE = _LEADING_WORDS | _HONORIFICS
_EDGE_PUNCTUATION = " \t\n.,;:!?'\"“”«»"
_BRACKETED = re.compile(r"^(?P<outer>.*\S)\s*\((?P<inner>[^()]+)\)\s*$")


def normalise_name(name: str) -> str:
    """The form in which names are compared.

    Example:
        >>> normalise_name("the BMA’s"), normalise_name("Dr. Katie Bramall")
        ('bma', 'katie bramall')
    """
    text = " ".join(name.translate(_APOSTROPHES).casefold().split())
    text = text.strip(_EDGE_PUNCTUATION)
    words = text.split(" ")
    while len(words) > 1 and words[0].rstrip(".") in _DROPPABLE:
        words = words[1:]
    text = " ".join(words).rstrip(_EDGE_PUNCTUATION.replace("'", ""))
    if text.endswith("'s") and len(text) > 2:
        text = text[:-2]
    text = text.strip(_EDGE_PUNCTUATION)
    return text or " ".join(name.casefold().split())


def name_variants(name: str) -> tuple[str, ...]:
    """The normalised names a name stands for: ``"NHS England (NHSE)"`` is two."""
    match = _BRACKETED.match(name)
    parts = [match["outer"], match["inner"]] if match else [name]
    return tuple(dict.fromkeys(n for n in (normalise_name(p) for p in parts) if n))


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(v for name in names for v in name_variants(name))


def _surname(name: str) -> str:
    variants = name_variants(name)
    return variants[0].split(" ")[-1] if variants else ""


# --------------------------------------------------------------- predicted


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


_ENTITY_ROOTS: frozenset[Node] = frozenset((*CORE_CLASSES, KG.Entity))


def _offset(value: Node | None) -> int:
    """An integer literal's value, or 0."""
    number = value.toPython() if isinstance(value, Literal) else 0
    return number if isinstance(number, int) else 0


def predicted_from_graph(graph: Graph, *, document_id: str | None = None) -> Predicted:
    """The entities and core relations a built graph asserts.

    With ``document_id``, only entities ``kg:mentionedIn`` that document, and
    relations between them read from it (or with no statement node at all),
    are kept.
    """
    schema = _schema_of(graph)
    class_core: dict[Node, tuple[bool, URIRef | None]] = {}

    def classify(cls: Node) -> tuple[bool, URIRef | None]:
        if cls not in class_core:
            ancestors = schema.superclasses(cls)
            core = next((c for c in CORE_CLASSES if c in ancestors), None)
            class_core[cls] = (bool(ancestors & _ENTITY_ROOTS), core)
        return class_core[cls]

    doc_node = document_iri(document_id) if document_id is not None else None
    sentence_text: dict[Node, str] = {}
    sentence_doc: dict[Node, Node | None] = {}

    def sentence_of(node: Node) -> str:
        if node not in sentence_text:
            sentence_text[node] = str(graph.value(node, KG.text) or "")
            sentence_doc[node] = graph.value(node, DCTERMS.isPartOf)
        return sentence_text[node]

    def in_document(sentence: Node) -> bool:
        sentence_of(sentence)
        return doc_node is None or sentence_doc[sentence] == doc_node

    entities: dict[Node, PredictedEntity] = {}
    for node in sorted(set(graph.subjects(RDF.type, None)), key=str):
        is_entity = False
        cores: list[URIRef] = []
        for cls in graph.objects(node, RDF.type):
            flag, core = classify(cls)
            is_entity = is_entity or flag
            if core is not None:
                cores.append(core)
        if not is_entity:
            continue
        if doc_node is not None and (node, KG.mentionedIn, doc_node) not in graph:
            continue
        core_type = next((c for c in CORE_CLASSES if c in cores), None)
        labels = sorted(str(label) for label in graph.objects(node, RDFS.label))
        label = labels[0] if labels else local_name(node)
        alt = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
        names = tuple(dict.fromkeys([label, *labels[1:], *alt]))
        mentions = []
        for mention in graph.subjects(KG.mentionOf, node):
            for sentence in graph.objects(mention, PROV.wasDerivedFrom):
                if in_document(sentence) and sentence_of(sentence):
                    offset = _offset(graph.value(mention, KG.startOffset))
                    mentions.append((offset, sentence_of(sentence)))
        first_sentence = min(mentions)[1] if mentions else ""
        entities[node] = PredictedEntity(
            str(node),
            label,
            local_name(core_type) if core_type is not None else None,
            names,
            first_sentence,
        )

    property_core: dict[Node, tuple[str, ...]] = {}

    def core_names(prop: Node) -> tuple[str, ...]:
        if prop not in property_core:
            core = schema.core_property(prop)
            property_core[prop] = (_PREDICATE_NAMES[core],) if core is not None else ()
        return property_core[prop]

    # sentences of statement nodes, and which documents state each triple
    statement_sentences: dict[tuple[str, str, str], set[tuple[int, str]]] = {}
    statement_methods: dict[tuple[str, str, str], set[str]] = {}
    stated_in: dict[tuple[str, str, str], set[Node | None]] = {}
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
        for name in core_names(prop):
            key = (str(subject), name, str(obj))
            for sentence in sentences:
                text = sentence_of(sentence)
                stated_in.setdefault(key, set()).add(sentence_doc[sentence])
                if in_document(sentence) and text:
                    at = _offset(graph.value(sentence, KG.startOffset))
                    statement_sentences.setdefault(key, set()).add((at, text))
                    if method is not None:
                        statement_methods.setdefault(key, set()).add(str(method))

    via: dict[tuple[str, str, str], set[str]] = {}
    for subject in entities:
        for prop, obj in graph.predicate_objects(subject):
            if obj not in entities or prop == RDF.type:
                continue
            for name in core_names(prop):
                key = (str(subject), name, str(obj))
                if doc_node is not None and doc_node not in stated_in.get(key, {doc_node}):
                    continue
                via.setdefault(key, set()).add(str(prop))
    relations = tuple(
        PredictedRelation(
            key[0],
            key[1],
            key[2],
            tuple(sorted(props)),
            tuple(dict.fromkeys(t for _, t in sorted(statement_sentences.get(key, ())))),
            tuple(sorted(statement_methods.get(key, ()))),
        )
        for key, props in sorted(via.items())
    )
    return Predicted(tuple(entities.values()), relations)


# ------------------------------------------------------------------ scores


@dataclass(frozen=True)
class Scores:
    """True positives, false positives and false negatives, with P/R/F1 (0.0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 6),
            "recall": round(self.recall, 6),
            "f1": round(self.f1, 6),
        }


@dataclass(frozen=True)
class EntityItem:
    """A missed, spurious or mistyped entity, for ``--verbose``.

    ``ref`` is the gold id or the predicted IRI; ``note`` says why it is
    listed when that is not obvious ("unmerged duplicate of gold 'streeting'").
    """

    ref: str
    name: str
    type: str | None
    note: str = ""
    sentence: str = ""


@dataclass(frozen=True)
class RelationItem:
    """A missed or spurious relation (display names of its ends), with its sentence."""

    subject: str
    predicate: str
    object: str
    sentence: str = ""
    note: str = ""


@dataclass(frozen=True)
class ArticleResult:
    """The scores of one article and what was missed or spurious in it.

    ``scores`` is keyed by :data:`MEASURES`; ``matches`` pairs gold ids with
    predicted IRIs. ``by_type`` scores typed entities per core type (a false
    positive counts for the predicted type, a false negative for the gold
    type); ``by_predicate`` scores relations per core predicate; ``by_rule``
    scores relations per rule (``kg:method``): its true and false positives,
    and as false negatives the gold relations it did not find, so its recall
    is the share of all gold relations that rule found.
    """

    file: str
    scores: Mapping[str, Scores]
    matches: tuple[tuple[str, str], ...] = ()
    missed_entities: tuple[EntityItem, ...] = ()
    spurious_entities: tuple[EntityItem, ...] = ()
    mistyped_entities: tuple[EntityItem, ...] = ()
    missed_relations: tuple[RelationItem, ...] = ()
    spurious_relations: tuple[RelationItem, ...] = ()
    by_type: Mapping[str, Scores] = field(default_factory=dict)
    by_predicate: Mapping[str, Scores] = field(default_factory=dict)
    by_rule: Mapping[str, Scores] = field(default_factory=dict)


@dataclass(frozen=True)
class EvalReport:
    """Per-article results and their micro-averaged totals (keyed by :data:`MEASURES`),
    and the totals by entity type, by predicate and by rule (see :class:`ArticleResult`)."""

    articles: tuple[ArticleResult, ...]
    totals: Mapping[str, Scores]
    by_type: Mapping[str, Scores] = field(default_factory=dict)
    by_predicate: Mapping[str, Scores] = field(default_factory=dict)
    by_rule: Mapping[str, Scores] = field(default_factory=dict)

    @classmethod
    def from_articles(cls, articles: Iterable[ArticleResult]) -> EvalReport:
        """Sum true and false positives and false negatives over ``articles``."""
        articles = tuple(articles)
        totals = {m: sum((a.scores[m] for a in articles), Scores()) for m in MEASURES}
        gold_relations = sum(a.scores["relations"].tp + a.scores["relations"].fn for a in articles)

        def summed(part: Callable[[ArticleResult], Mapping[str, Scores]]) -> dict[str, Scores]:
            keys = sorted({key for a in articles for key in part(a)})
            return {k: sum((part(a).get(k, Scores()) for a in articles), Scores()) for k in keys}

        by_rule = {  # a rule's misses are every gold relation it did not find, in any article
            rule: Scores(s.tp, s.fp, gold_relations - s.tp)
            for rule, s in summed(lambda a: a.by_rule).items()
        }
        return cls(
            articles,
            totals,
            summed(lambda a: a.by_type),
            summed(lambda a: a.by_predicate),
            by_rule,
        )


# ---------------------------------------------------------------- matching


def _match_entities(
    predicted: Sequence[PredictedEntity], gold: Sequence[GoldEntity]
) -> tuple[dict[str, str], dict[str, str]]:
    """Greedy one-to-one assignment; returns (pred IRI -> gold id, pred IRI -> duplicate of)."""
    gold_names = {g.id: _names(g.names) for g in gold}
    gold_labels = {g.id: _names([g.name]) for g in gold}
    gold_surnames = {g.id: _surname(g.name) for g in gold if g.type == "Person"}
    ranked: list[tuple[tuple[int, ...], str, str]] = []
    for entity in predicted:
        names = _names(entity.names)
        label = _names([entity.label])
        surnames = {n.split(" ")[-1] for n in names} if entity.type == "Person" else set()
        for g in gold:
            shared = len(names & gold_names[g.id])
            by_surname = 0
            if g.id in gold_surnames:
                by_surname = int(gold_surnames[g.id] in names) + len(surnames & gold_names[g.id])
            if not shared and not by_surname:
                continue
            rank = (
                -int(bool(label & gold_labels[g.id])),
                -shared,
                -by_surname,
                -int(entity.type == g.type),
            )
            ranked.append((rank, entity.iri, g.id))
    ranked.sort()
    assigned: dict[str, str] = {}
    duplicates: dict[str, str] = {}
    taken: set[str] = set()
    for _, iri, gold_id in ranked:
        if iri not in assigned and gold_id not in taken:
            assigned[iri] = gold_id
            taken.add(gold_id)
    for _, iri, gold_id in ranked:
        if iri not in assigned:
            duplicates.setdefault(iri, gold_id)
    return assigned, duplicates


def _end_key(iri: str, assigned: Mapping[str, str]) -> tuple[str, str]:
    """A relation end: ``("gold", id)`` when matched, else ``("pred", iri)``."""
    return ("gold", assigned[iri]) if iri in assigned else ("pred", iri)


_BREAK_AFTER = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][’”\"'])\s+")


def _sentence_with(text: str, names: Iterable[str]) -> str:
    """The first sentence of ``text`` naming any of ``names`` (case-insensitively), or ''."""
    folded = text.translate(_APOSTROPHES)
    positions = []
    for name in names:
        needle = name.translate(_APOSTROPHES).strip()
        if needle:
            found = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", folded, re.IGNORECASE)
            if found:
                positions.append(found.start())
    if not positions:
        return ""
    at = min(positions)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    start = line_start
    for match in _BREAK_AFTER.finditer(text, line_start, line_end):
        if match.start() >= at:
            return text[start : match.start()].strip()
        start = match.end()
    return text[start:line_end].strip()


def evaluate_predicted(
    predicted: Predicted, gold: Gold, *, text: str | None = None
) -> ArticleResult:
    """Score what a graph asserts against the gold of one article.

    ``text`` (the article) lets missed entities be shown with a sentence naming them.
    """
    gold_by_id = {g.id: g for g in gold.entities}
    pred_by_iri = {p.iri: p for p in predicted.entities}
    assigned, duplicates = _match_entities(predicted.entities, gold.entities)
    matched_gold = set(assigned.values())

    entities = Scores(
        len(assigned), len(predicted.entities) - len(assigned), len(gold.entities) - len(assigned)
    )
    mistyped = [
        EntityItem(
            iri,
            pred_by_iri[iri].label,
            pred_by_iri[iri].type,
            f"gold {gold_id!r} is a {gold_by_id[gold_id].type}",
            pred_by_iri[iri].sentence,
        )
        for iri, gold_id in sorted(assigned.items(), key=lambda item: item[1])
        if pred_by_iri[iri].type != gold_by_id[gold_id].type
    ]
    typed_tp = len(assigned) - len(mistyped)
    typed = Scores(typed_tp, len(predicted.entities) - typed_tp, len(gold.entities) - typed_tp)
    type_counts: dict[str, list[int]] = {t: [0, 0, 0] for t in ENTITY_TYPES}
    for entity in predicted.entities:
        gold_id = assigned.get(entity.iri)
        if gold_id is not None and gold_by_id[gold_id].type == entity.type:
            type_counts.setdefault(entity.type or "untyped", [0, 0, 0])[0] += 1
        else:
            type_counts.setdefault(entity.type or "untyped", [0, 0, 0])[1] += 1
    for g in gold.entities:
        iri = next((i for i, gold_id in assigned.items() if gold_id == g.id), None)
        if iri is None or pred_by_iri[iri].type != g.type:
            type_counts.setdefault(g.type, [0, 0, 0])[2] += 1
    by_type = {name: Scores(*counts) for name, counts in type_counts.items()}
    missed_entities = tuple(
        EntityItem(g.id, g.name, g.type, "", _sentence_with(text, g.names) if text else "")
        for g in gold.entities
        if g.id not in matched_gold
    )
    spurious_entities = tuple(
        EntityItem(
            p.iri,
            p.label,
            p.type,
            f"unmerged duplicate of gold {duplicates[p.iri]!r}" if p.iri in duplicates else "",
            p.sentence,
        )
        for p in predicted.entities
        if p.iri not in assigned
    )

    # relations
    gold_triples = {(r.subject, r.predicate, r.object): r for r in gold.relations}
    used: set[tuple[str, str, str]] = set()
    found_by: dict[tuple[str, str, str], set[str]] = {}  # gold triple -> rules that found it
    pending: list[tuple[PredictedRelation, tuple[str, str, str] | None]] = []
    for relation in predicted.relations:
        mapped: tuple[str, str, str] | None = None
        if relation.subject in assigned and relation.object in assigned:
            mapped = (assigned[relation.subject], relation.predicate, assigned[relation.object])
        if mapped is not None and mapped in gold_triples:
            used.add(mapped)  # one-to-one entities: no two predicted triples map alike
            found_by.setdefault(mapped, set()).update(relation.methods)
        else:
            pending.append((relation, mapped))
    spurious_keys: dict[tuple[Any, ...], PredictedRelation] = {}
    spurious_by: dict[tuple[Any, ...], set[str]] = {}
    for relation, mapped in pending:
        if mapped is not None and relation.predicate in _SYMMETRIC:
            reverse = (mapped[2], mapped[1], mapped[0])
            if reverse in gold_triples and reverse not in used:
                used.add(reverse)
                found_by.setdefault(reverse, set()).update(relation.methods)
                continue
            if reverse in used:
                found_by[reverse].update(relation.methods)
                continue  # repeats an exchange already matched the other way round
        ends = tuple(_end_key(iri, assigned) for iri in (relation.subject, relation.object))
        if relation.predicate in _SYMMETRIC:
            ends = tuple(sorted(ends))
        spurious_keys.setdefault((relation.predicate, *ends), relation)
        spurious_by.setdefault((relation.predicate, *ends), set()).update(relation.methods)
    relations = Scores(len(used), len(spurious_keys), len(gold_triples) - len(used))
    by_predicate = {
        name: Scores(
            sum(1 for key in used if key[1] == name),
            sum(1 for key in spurious_keys if key[0] == name),
            sum(1 for key in gold_triples if key[1] == name and key not in used),
        )
        for name in GOLD_PREDICATES
    }
    rule_tp: dict[str, int] = {}
    rule_fp: dict[str, int] = {}
    for rules in found_by.values():
        for rule in rules:
            rule_tp[rule] = rule_tp.get(rule, 0) + 1
    for rules in spurious_by.values():
        for rule in rules:
            rule_fp[rule] = rule_fp.get(rule, 0) + 1
    by_rule = {
        rule: Scores(
            rule_tp.get(rule, 0), rule_fp.get(rule, 0), len(gold_triples) - rule_tp.get(rule, 0)
        )
        for rule in sorted(set(rule_tp) | set(rule_fp))
    }

    def pred_name(iri: str) -> str:
        return pred_by_iri[iri].label if iri in pred_by_iri else local_name(URIRef(iri))

    def relation_note(relation: PredictedRelation) -> str:
        unmatched = [
            role
            for role, iri in (("subject", relation.subject), ("object", relation.object))
            if iri not in assigned
        ]
        if unmatched:
            return " and ".join(unmatched) + " not in the gold"
        return ""

    spurious_relations = tuple(
        RelationItem(
            pred_name(r.subject),
            r.predicate,
            pred_name(r.object),
            r.sentences[0] if r.sentences else "",
            relation_note(r),
        )
        for r in spurious_keys.values()
    )
    missed_relations = tuple(
        RelationItem(gold_by_id[r.subject].name, r.predicate, gold_by_id[r.object].name, r.evidence)
        for key, r in gold_triples.items()
        if key not in used
    )

    # pairs
    gold_pairs = {frozenset((r.subject, r.object)) for r in gold.relations}
    predicted_pairs = {
        frozenset(_end_key(iri, assigned) for iri in (r.subject, r.object))
        for r in predicted.relations
    }
    gold_pair_keys = {frozenset(("gold", g) for g in pair) for pair in gold_pairs}
    pair_tp = len(predicted_pairs & gold_pair_keys)
    pairs = Scores(pair_tp, len(predicted_pairs) - pair_tp, len(gold_pair_keys) - pair_tp)

    return ArticleResult(
        gold.file,
        {
            "entities": entities,
            "typed_entities": typed,
            "relations": relations,
            "pairs": pairs,
        },
        tuple(sorted((gold_id, iri) for iri, gold_id in assigned.items())),
        missed_entities,
        spurious_entities,
        tuple(mistyped),
        missed_relations,
        spurious_relations,
        by_type,
        by_predicate,
        by_rule,
    )


def evaluate_graph(
    graph: Graph, gold: Gold, *, document_id: str | None = None, text: str | None = None
) -> ArticleResult:
    """Score a built graph against the gold of one article (see the module docstring)."""
    return evaluate_predicted(predicted_from_graph(graph, document_id=document_id), gold, text=text)


# ----------------------------------------------------------------- running


def _default_builder() -> Callable[[Path], Graph]:
    nlp: list[Any] = []

    def build_one(path: Path) -> Graph:
        from kg.extract.parse import load_pipeline
        from kg.pipeline import build

        if not nlp:
            nlp.append(load_pipeline())
        return build([path], nlp=nlp[0])

    return build_one


def _gold_files(gold_dir: Path) -> list[Path]:
    if gold_dir.is_file():
        return [gold_dir]
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder of gold files")
    files = sorted(p for p in gold_dir.iterdir() if p.name.endswith(_GOLD_SUFFIX) and p.is_file())
    if not files:
        raise InputError(f"{gold_dir}: no *{_GOLD_SUFFIX} files in this folder")
    return files


def run_eval(
    gold_dir: Path | str,
    *,
    texts_dir: Path | str | None = None,
    build_corpus: Callable[[Path], Graph] | None = None,
    on_article: Callable[[ArticleResult], None] | None = None,
) -> EvalReport:
    """Build a graph for each article with a ``*.gold.json`` in ``gold_dir`` and score it.

    The text named by a gold file's ``file`` key is looked up in ``texts_dir``,
    else beside the gold file. ``build_corpus(path)`` builds one article's
    graph (default: :func:`kg.pipeline.build` with the spaCy pipeline loaded
    once); ``on_article`` is called with each article's result as it is scored.
    """
    gold_path = Path(gold_dir)
    builder = build_corpus or _default_builder()
    results: list[ArticleResult] = []
    for path in _gold_files(gold_path):
        gold = load_gold(path)
        folders = [Path(texts_dir)] if texts_dir is not None else []
        folders.append(path.parent)
        text_path = next((f / gold.file for f in folders if (f / gold.file).is_file()), None)
        if text_path is None:
            searched = ", ".join(str(f) for f in folders)
            raise InputError(f"{path}: its text file {gold.file!r} is not in {searched}")
        try:
            text = text_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{text_path}: cannot read the text ({error})") from error
        result = evaluate_graph(builder(text_path), gold, text=text)
        results.append(result)
        if on_article is not None:
            on_article(result)
    return EvalReport.from_articles(results)


# ---------------------------------------------------------------- reports


def _score_cells(scores: Scores) -> str:
    return f"{scores.precision:5.3f} {scores.recall:5.3f} {scores.f1:5.3f}"


def _verbose_lines(result: ArticleResult) -> list[str]:
    lines = [f"== {result.file} =="]

    def quote(sentence: str) -> list[str]:
        return [f'      "{sentence}"'] if sentence else []

    def entity_block(title: str, items: Sequence[EntityItem]) -> None:
        if not items:
            return
        lines.append(f"  {title} ({len(items)}):")
        for item in items:
            note = f"  ({item.note})" if item.note else ""
            lines.append(f"    - {item.name} [{item.type or 'untyped'}] <{item.ref}>{note}")
            lines.extend(quote(item.sentence))

    def relation_block(title: str, items: Sequence[RelationItem]) -> None:
        if not items:
            return
        lines.append(f"  {title} ({len(items)}):")
        for item in items:
            note = f"  ({item.note})" if item.note else ""
            lines.append(f"    - {item.subject} --{item.predicate}--> {item.object}{note}")
            lines.extend(quote(item.sentence))

    entity_block("missed entities", result.missed_entities)
    entity_block("spurious entities", result.spurious_entities)
    entity_block("wrongly typed entities", result.mistyped_entities)
    relation_block("missed relations", result.missed_relations)
    relation_block("spurious relations", result.spurious_relations)
    if len(lines) == 1:
        lines.append("  nothing missed or spurious")
    lines.append("")
    return lines


def _breakdown(title: str, scores: Mapping[str, Scores], *, what: str) -> list[str]:
    """An indented table of P/R/F1 per key, with the counts behind them."""
    if not scores:
        return []
    width = max(len(title) - 2, *(len(k) for k in scores)) + 2  # the key column, after 2 spaces
    lines = [f"{title:<{width + 2}}P     R     F1      tp   fp   fn   ({what})"]
    for key, s in scores.items():
        lines.append(f"  {key:<{width}}{_score_cells(s)}   {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    return [*lines, ""]


def format_report(report: EvalReport, *, verbose: bool = False, by_rule: bool = False) -> str:
    """A plain-text table, one row per article and a TOTAL row; then scores by entity type
    and by predicate (and with ``by_rule``, by rule).

    The last four lines are the micro-averaged totals, one measure per line
    (``entities        P 0.912  R 0.880  F1 0.896``), so ``tail -n 4`` reads them.
    """
    lines: list[str] = []
    if verbose:
        for result in report.articles:
            lines.extend(_verbose_lines(result))
    width = max([len("article"), len("TOTAL"), *(len(a.file) for a in report.articles)])
    group = len(_score_cells(Scores()))
    header = " " * width + "".join(f"   {MEASURE_LABELS[m]:<{group}}" for m in MEASURES)
    sub = f"{'article':<{width}}" + "".join(f"   {'P':<5} {'R':<5} {'F1':<5}" for _ in MEASURES)
    lines.extend([header.rstrip(), sub.rstrip(), "-" * len(sub)])
    for result in report.articles:
        cells = "".join(f"   {_score_cells(result.scores[m])}" for m in MEASURES)
        lines.append(f"{result.file:<{width}}{cells}")
    lines.append("-" * len(sub))
    cells = "".join(f"   {_score_cells(report.totals[m])}" for m in MEASURES)
    lines.append(f"{'TOTAL':<{width}}{cells}")
    lines.append("")
    lines.extend(_breakdown("by entity type", report.by_type, what="typed entities"))
    lines.extend(_breakdown("by predicate", report.by_predicate, what="relations"))
    if by_rule:
        rules = dict(
            sorted(report.by_rule.items(), key=lambda item: (-item[1].tp - item[1].fp, item[0]))
        )
        lines.extend(
            _breakdown("by rule", rules, what="relations a rule read; fn: gold it did not find")
            or ["by rule: the graphs name no rule (kg:method) for their relations", ""]
        )
    lines.append(f"micro-averaged over {len(report.articles)} article(s):")
    for measure in MEASURES:
        s = report.totals[measure]
        lines.append(
            f"{MEASURE_LABELS[measure]:<16}P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
        )
    return "\n".join(lines)


def _entity_json(item: EntityItem) -> dict[str, Any]:
    return {
        "ref": item.ref,
        "name": item.name,
        "type": item.type,
        "note": item.note,
        "sentence": item.sentence,
    }


def _relation_json(item: RelationItem) -> dict[str, Any]:
    return {
        "subject": item.subject,
        "predicate": item.predicate,
        "object": item.object,
        "note": item.note,
        "sentence": item.sentence,
    }


def report_to_json(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON data: per-article and total counts and P/R/F1, and every error."""
    return {
        "articles": [
            {
                "file": a.file,
                "scores": {m: a.scores[m].to_dict() for m in MEASURES},
                "matches": {gold_id: iri for gold_id, iri in a.matches},
                "missed_entities": [_entity_json(i) for i in a.missed_entities],
                "spurious_entities": [_entity_json(i) for i in a.spurious_entities],
                "mistyped_entities": [_entity_json(i) for i in a.mistyped_entities],
                "missed_relations": [_relation_json(i) for i in a.missed_relations],
                "spurious_relations": [_relation_json(i) for i in a.spurious_relations],
                "by_type": {k: v.to_dict() for k, v in a.by_type.items()},
                "by_predicate": {k: v.to_dict() for k, v in a.by_predicate.items()},
                "by_rule": {k: v.to_dict() for k, v in a.by_rule.items()},
            }
            for a in report.articles
        ],
        "totals": {m: report.totals[m].to_dict() for m in MEASURES},
        "by_type": {k: v.to_dict() for k, v in report.by_type.items()},
        "by_predicate": {k: v.to_dict() for k, v in report.by_predicate.items()},
        "by_rule": {k: v.to_dict() for k, v in report.by_rule.items()},
        "micro_averaged": True,
    }
