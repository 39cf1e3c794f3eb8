"""Load the ontology, the gazetteer and the lexicon from the Turtle files in ``ontology/``.

The rules of the extractor are driven by these files: which head nouns make
a phrase a ``Contract``, which verbs signal ``wroteTo``, which role words
make their holder ``leads`` an organisation.

Example:
    >>> lexicon = load_lexicon()
    >>> lexicon.head_nouns["formula"] == KG.FundingFormula
    True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from .errors import GraphError
from .namespaces import KG, LEX

__all__ = [
    "ontology_dir",
    "load_ontology",
    "load_gazetteer",
    "load_lexicon",
    "core_class",
    "core_property",
    "GazetteerEntry",
    "Lexicon",
    "Role",
    "CORE_CLASSES",
    "CORE_PROPERTIES",
]

CORE_CLASSES = (KG.Person, KG.Organisation, KG.Proposal, KG.Event, KG.Place)
CORE_PROPERTIES = (
    KG.memberOf,
    KG.leads,
    KG.communicatesWith,
    KG.proposes,
    KG.supports,
    KG.opposes,
    KG.advisesOn,
    KG.partOf,
    KG.participatesIn,
)


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``gazetteer.ttl`` and ``lexicon.ttl``.

    Inside an installed wheel it is ``kg/ontology``; in a source checkout it
    is the ``ontology/`` folder beside the package.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise GraphError("the kg ontology files are missing: reinstall kg (pip install -e .)")


def _parse_turtle(path: Path) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as error:
        raise GraphError(f"{path}: no such file") from error
    except Exception as error:  # rdflib raises many parser exception types
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise GraphError(f"{path}: not valid Turtle ({message})") from error
    return graph


@functools.lru_cache(maxsize=1)
def load_ontology() -> Graph:
    """The ontology (T-box) as an rdflib graph: classes, properties, modalities."""
    return _parse_turtle(ontology_dir() / "kg.ttl")


@functools.lru_cache(maxsize=64)
def _superclass_map() -> dict[URIRef, URIRef]:
    ontology = load_ontology()
    result: dict[URIRef, URIRef] = {}
    for cls in ontology.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")):
        for ancestor in ontology.transitive_objects(cls, RDFS.subClassOf):
            if ancestor in CORE_CLASSES:
                result[cls] = ancestor  # type: ignore[index]
                break
    return result


def core_class(cls: URIRef) -> URIRef | None:
    """The core class (Person, Organisation, Proposal, Event, Place) above ``cls``."""
    return _superclass_map().get(cls)


@functools.lru_cache(maxsize=1)
def _superproperty_map() -> dict[URIRef, URIRef]:
    ontology = load_ontology()
    result: dict[URIRef, URIRef] = {}
    for prop in set(ontology.subjects(RDFS.subPropertyOf, None)) | set(CORE_PROPERTIES):
        for ancestor in ontology.transitive_objects(prop, RDFS.subPropertyOf):
            if ancestor in CORE_PROPERTIES:
                result[prop] = ancestor  # type: ignore[index]
                break
    return result


def core_property(prop: URIRef) -> URIRef | None:
    """The core relation (memberOf, leads, ...) above a refinement, or itself."""
    return _superproperty_map().get(prop)


@dataclass(frozen=True)
class GazetteerEntry:
    """A well-known entity: its id, canonical name, type and other names."""

    id: str
    label: str
    type: URIRef
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


def load_gazetteer(extra_files: Iterable[Path | str] = ()) -> tuple[GazetteerEntry, ...]:
    """The gazetteer shipped in ``ontology/gazetteer.ttl`` plus the user's own files.

    A user file uses the same shape: ``ex:x a kg:TradeUnion ; rdfs:label "..." ;
    skos:altLabel "..." .`` Entries of later files replace entries with the
    same canonical name.
    """
    paths = [ontology_dir() / "gazetteer.ttl", *[Path(p) for p in extra_files]]
    by_label: dict[str, GazetteerEntry] = {}
    for path in paths:
        graph = _parse_turtle(path)
        for subject, label in sorted(graph.subject_objects(RDFS.label)):
            types = sorted(t for t in graph.objects(subject, RDF.type) if core_class(t))  # type: ignore[arg-type]
            if not types:
                raise GraphError(
                    f"{path}: {subject} has no kg type; give it one, e.g. 'a kg:Organisation'"
                )
            aliases = sorted(str(a) for a in graph.objects(subject, SKOS.altLabel))
            entry_id = str(subject).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            entry = GazetteerEntry(entry_id, str(label), types[0], tuple(aliases))  # type: ignore[arg-type]
            by_label[entry.label.lower()] = entry
    return tuple(sorted(by_label.values(), key=lambda e: e.id))


@dataclass(frozen=True)
class Role:
    """A post named by a role word: whoever holds it ``relation`` the organisation."""

    words: str
    relation: URIRef
    government_post: bool


@dataclass(frozen=True)
class Lexicon:
    """The words that drive the rules, read from ``ontology/lexicon.ttl``."""

    head_nouns: dict[str, URIRef] = field(default_factory=dict)
    name_words: dict[str, URIRef] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    triggers: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    """``(lemma, preposition) -> property``; ``inverse`` holds the lemmas whose object is the subject."""
    description_nouns: frozenset[str] = frozenset()
    weak_head_nouns: frozenset[str] = frozenset()
    negative_effects: frozenset[str] = frozenset()
    positive_effects: frozenset[str] = frozenset()
    light_head_nouns: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    inverse: frozenset[str] = frozenset()
    warning_words: frozenset[str] = frozenset()
    analysis_nouns: frozenset[str] = frozenset()
    """Nouns for a piece of analysis: publishing "an analysis of the plan" advises on the plan."""
    cancel_verbs: frozenset[str] = frozenset()
    """Verbs (with their particle) of stopping an event: whoever calls off a strike takes no part in it."""
    delivery_effects: frozenset[str] = frozenset()
    """Positive-effect verbs whose object is the thing brought about ("deliver the plan"), not
    the thing that benefits ("protect frontline services")."""
    burden_nouns: frozenset[str] = frozenset()
    """What people bear: raising it harms them, cutting it helps them ("raise prices")."""
    amount_verbs: frozenset[str] = frozenset()
    """Verbs that change an amount, whose good or harm depends on what they change."""

    def role(self, words: str) -> Role | None:
        return self.roles.get(words.lower())

    @functools.cached_property
    def role_lengths(self) -> dict[str, tuple[int, ...]]:
        """First word of each role phrase → the phrase lengths to try, longest first."""
        lengths: dict[str, set[int]] = {}
        for words in self.roles:
            parts = words.split()
            lengths.setdefault(parts[0], set()).add(len(parts))
        return {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Head nouns, name words, role words and relation triggers."""
    graph = _parse_turtle(ontology_dir() / "lexicon.ttl")
    head_nouns: dict[str, URIRef] = {}
    name_words: dict[str, URIRef] = {}
    for cls, word in sorted(graph.subject_objects(LEX.headNoun)):
        head_nouns.setdefault(str(word).lower(), cls)  # type: ignore[arg-type]
    for cls, word in sorted(graph.subject_objects(LEX.nameWord)):
        name_words.setdefault(str(word), cls)  # type: ignore[arg-type]
    roles: dict[str, Role] = {}
    for role_node, relation in sorted(graph.subject_objects(LEX.roleRelation)):
        government = graph.value(role_node, LEX.governmentPost) == Literal(True)
        for word in graph.objects(role_node, LEX.roleWord):
            roles[str(word).lower()] = Role(str(word).lower(), relation, government)  # type: ignore[arg-type]
    triggers: dict[tuple[str, str], URIRef] = {}
    for prop, phrase in sorted(
        [*graph.subject_objects(LEX.trigger), *graph.subject_objects(LEX.inverseTrigger)]
    ):
        lemma, _, preposition = str(phrase).lower().partition(" ")
        triggers.setdefault((lemma, preposition), prop)  # type: ignore[arg-type]
    description_nouns = frozenset(str(w).lower() for w in graph.objects(None, LEX.descriptionNoun))

    def words(prop: URIRef) -> frozenset[str]:
        return frozenset(str(w).lower() for w in graph.objects(None, prop))

    return Lexicon(
        head_nouns,
        name_words,
        roles,
        triggers,
        description_nouns,
        words(LEX.weakHeadNoun),
        words(LEX.negativeEffect),
        words(LEX.positiveEffect),
        words(LEX.lightHeadNoun),
        words(LEX.participationVerb),
        words(LEX.groupNoun),
        frozenset(str(w).lower() for w in graph.objects(None, LEX.inverseTrigger)),
        words(LEX.warningWord),
        words(LEX.analysisNoun),
        words(LEX.cancelVerb),
        words(LEX.deliveryEffect),
        words(LEX.burdenNoun),
        words(LEX.amountVerb),
    )
