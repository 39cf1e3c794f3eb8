"""Typed values passed between the pipeline's stages.

Every value carries character offsets into its document from the first
stage to the last, so every triple in the graph can say where it was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

from rdflib import URIRef

__all__ = [
    "Document",
    "Sentence",
    "Mention",
    "Entity",
    "Evidence",
    "Relation",
    "Quote",
    "Extraction",
    "Corpus",
]


@dataclass(frozen=True)
class Document:
    """A source article.

    ``body_end`` is the offset where the article ends and readers' comments
    (or other page furniture after the article) begin; ``len(text)`` when
    there are none.

    The metadata is optional: ``date`` is the publication date when known and
    ``date_source`` says where it was found (``"metadata"``: the page's markup,
    ``"url"``, ``"text"``: the page's text, ``"front-matter"``, ``"option"``:
    given by the user); ``publisher`` is the site or outlet, ``author`` the
    byline, ``url`` the web address the article was fetched or saved from.
    """

    id: str
    path: str
    text: str
    title: str
    body_end: int
    date: Date | None = None
    date_source: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None

    def in_comments(self, offset: int) -> bool:
        """True when ``offset`` lies in the readers' comments."""
        return offset >= self.body_end


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: ``text == document.text[start:end]``."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    in_comments: bool = False


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an entity.

    ``type`` is a class of the ontology (``KG.Person``, ``KG.Committee`` ...);
    ``gazetteer_id`` links the span to a gazetteer entry when it matched one;
    ``role`` is set for role phrases ("GPCE chair") that name a post holder.
    """

    doc_id: str
    start: int
    end: int
    text: str
    type: URIRef
    sentence: int
    method: str
    confidence: float
    gazetteer_id: str | None = None
    is_role: bool = False
    token_start: int = -1
    token_end: int = -1
    head: str = ""


@dataclass(frozen=True)
class Entity:
    """A real-world thing: one canonical name, its type and every surface form seen."""

    key: str
    label: str
    type: URIRef
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    gazetteer_id: str | None = None
    details: tuple[tuple[str, str], ...] = ()
    """Facts about an event read beside it: ``("date", "1 April")``, ``("figure", "98.9%")``."""

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(sorted({m.doc_id for m in self.mentions}))


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: the sentence, the span, the rule and how sure it is."""

    sentence: Sentence
    start: int
    end: int
    method: str
    confidence: float
    trigger: str = ""
    rule: str = ""
    """The rule of the relation table that read it, when its ``method`` is another rule's
    ("part-of" read by the rule "component"): ``kg:rule``, so ``kg eval --by-rule`` tells
    them apart. Empty when the method names the rule."""

    @property
    def doc_id(self) -> str:
        return self.sentence.doc_id

    @property
    def in_comments(self) -> bool:
        return self.sentence.in_comments


@dataclass(frozen=True)
class Relation:
    """``subject predicate object`` between two entity keys, with its evidence.

    ``predicate`` is a property of the ontology (a core one or a refinement);
    ``modality`` one of ``KG.Asserted``, ``KG.Reported``, ``KG.Planned``,
    ``KG.Conditional``, ``KG.Negated``.
    """

    subject: str
    predicate: URIRef
    object: str
    evidence: Evidence
    modality: URIRef


@dataclass(frozen=True)
class Quote:
    """A direct quotation: who said it (an entity key, or None when no speaker is named),
    the quoted words and where they stand (``evidence.start``/``end`` cover the quoted words)."""

    speaker: str | None
    text: str
    evidence: Evidence


@dataclass
class Extraction:
    """Everything read from one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Corpus:
    """Everything read from a set of documents: per-document extractions and the entities,
    relations and quotes merged across them."""

    extractions: list[Extraction] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
