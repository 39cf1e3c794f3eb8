"""What mention sources read (:class:`Context`) and yield (:class:`Candidate`), and what
settling makes of the candidates (:class:`MentionSet`).

Example: in "The Federation of Rural Clinics (FRC) met.", the acronym source yields
``Candidate(span="Federation of Rural Clinics", type=kg:TradeUnion, method="acronym")`` and
then ``Candidate(span="FRC", ..., same_as=<the first>)``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon, Role
from kg.extract.mentions.methods import METHODS
from kg.extract.mentions.names import title_case_headline_end, trim
from kg.extract.mentions.role_phrases import RolePhrase, find_role_phrases, role_title_tokens
from kg.extract.parse import tokens_of
from kg.model import Document, Mention, Sentence
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Candidate", "Context", "Source", "MentionSet", "RoleLink"]


@dataclass(frozen=True)
class Candidate:
    """A span that may name something, how it was found and what it may be.

    Candidates overlap; :func:`kg.extract.mentions.settle.settle` chooses among them.
    """

    span: Span
    type: URIRef
    method: str
    """A key of :data:`kg.extract.mentions.methods.METHODS`."""
    gazetteer_id: str | None = None
    head: str | None = None
    """The word the mention is known by ("plan" for "the 10-year plan"); the last lemma if None."""
    same_as: Candidate | None = None
    """An earlier candidate that names the same thing (an acronym's expansion, a shorter form)."""
    longer: bool = False
    """A longer form of another candidate's name ("timeline set out by GPCE"): settled last, and
    kept even when it overlaps what was kept before."""
    nested: bool = False
    """A name that may hold other names ("the BMA's council")."""
    wraps_place: bool = False
    """An organisation's name that holds a place's ("Healthwatch England", "Kent council"):
    settled before the place's name alone."""
    possessive: bool = False
    """A description with a possessive pronoun ("its approach"): not a thing of its own."""
    indefinite: bool = False
    """A description without "the" ("a fair offer", "further strikes"): it may refer back, or
    introduce a thing of its own."""

    @property
    def confidence(self) -> float:
        return METHODS[self.method].confidence


@dataclass(frozen=True, eq=False)
class Context:
    """One parsed document and what every source may read about it (computed once)."""

    doc: Doc
    document: Document
    sentences: Sequence[Sentence]
    lexicon: Lexicon
    include_comments: bool = False
    gazetteer: Mapping[str, GazetteerEntry] = field(default_factory=dict)
    title_words: frozenset[str] = frozenset()
    """Words of government posts' titles before their role word ("health", "scottish")."""

    @functools.cached_property
    def tokens(self) -> list[Token]:
        return tokens_of(self.doc)

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def term_acronyms(self) -> frozenset[str]:
        """Short forms the text brings in, in brackets, after words that are no name ("foods
        high in fat, salt and sugar (HFSS)"): terms, not organisations (unless the word before
        is an organisation's noun: "the GP committee (GPC)")."""
        doc = self.doc
        return frozenset(
            t.text
            for t in self.tokens
            if t.i >= 2
            and t.is_upper
            and doc[t.i - 1].text == "("
            and doc[t.i - 2].is_lower
            and doc[t.i - 2].is_alpha
            and doc[t.i - 2].lemma_ not in self.lexicon.description_nouns  # "GP committee (GPC)"
        )

    @functools.cached_property
    def title_end(self) -> int:
        """End of a Title Case headline (where every word looks like a name), else 0."""
        return title_case_headline_end(self.document.text)

    @functools.cached_property
    def honorific_names(self) -> frozenset[str]:
        """Words said after an honorific somewhere ("Ms Sandhu"): names of people."""
        doc = self.doc
        return frozenset(
            doc[k].text
            for t in self.tokens
            if t.lower_.rstrip(".") in self.lexicon.honorifics
            for k in range(t.i + 1, min(t.i + 4, len(doc)))
            if doc[k].is_title and doc[k].pos_ == "PROPN"
        )

    @functools.cached_property
    def lowercase_words(self) -> frozenset[str]:
        """Words written in lower case somewhere: common words, whatever a capital elsewhere says."""
        return frozenset(t.text for t in self.tokens if t.is_lower)

    @functools.cached_property
    def proper_nouns(self) -> frozenset[str]:
        """Words the tagger reads as proper nouns somewhere."""
        return frozenset(t.text for t in self.tokens if t.pos_ == "PROPN")

    @functools.cached_property
    def role_phrases(self) -> tuple[RolePhrase, ...]:
        return find_role_phrases(self.doc, self.lexicon, self.title_words)

    @functools.cached_property
    def role_title_tokens(self) -> frozenset[int]:
        return role_title_tokens(self.doc, self.role_phrases, self.lexicon.name_words)

    def sentence_index(self, char: int) -> int:
        """The number of the sentence that holds a character offset."""
        return max(0, bisect.bisect_right(self.sentence_starts, char) - 1)

    def usable(self, span: Span) -> bool:
        """Not empty, and in the article (or in its comments when they are included, but not the
        heading that opens them, "Related Articles")."""
        document = self.document
        if document.in_comments(span.start_char):
            if not self.include_comments:
                return False
            if span.start_char < document.text.find("\n", document.body_end) % (
                len(document.text) + 1
            ):
                return False
        return span.end > span.start

    def candidate(
        self,
        span: Span,
        type_: URIRef,
        method: str,
        *,
        gazetteer_id: str | None = None,
        head: str | None = None,
        same_as: Candidate | None = None,
        longer: bool = False,
        nested: bool = False,
        wraps_place: bool = False,
        possessive: bool = False,
        indefinite: bool = False,
    ) -> Candidate | None:
        """A candidate for the span without leading articles or trailing possessives, or None
        when nothing usable is left, what is left names a topic (``lex:topicName``: "Covid",
        "Local Government", "post-Brexit"), whichever source found it, or a proposal's words are
        all words of a role's title ("Policy" of "Director of Policy")."""
        trimmed = trim(span)
        if trimmed is None or not self.usable(trimmed):
            return None
        if self.lexicon.names_a_topic(trimmed.text):
            return None
        if core_class(type_) == KG.Proposal and all(t.i in self.role_title_tokens for t in trimmed):
            return None  # "Policy" of "Director of Policy": a word of a title
        return Candidate(
            trimmed,
            type_,
            method,
            gazetteer_id=gazetteer_id,
            head=head,
            same_as=same_as,
            longer=longer,
            nested=nested,
            wraps_place=wraps_place,
            possessive=possessive,
            indefinite=indefinite,
        )


Source = Callable[[Context, Sequence[Candidate]], Iterable[Candidate]]
"""A mention source: the document and the candidates of the sources before it → its own."""


@dataclass(frozen=True)
class RoleLink:
    """A role phrase (mention index), who holds it and which organisation it is of."""

    role_mention: int
    role: Role
    holder: int | None
    organisation: int | None


@dataclass
class MentionSet:
    """The mentions of one document and the links found while finding them.

    ``same_as`` pairs mention indices known to name one thing (acronym and
    expansion, a short and a long form); ``descriptions`` maps a definite
    description to the head word it shares with an earlier mention.
    """

    mentions: list[Mention] = field(default_factory=list)
    same_as: list[tuple[int, int]] = field(default_factory=list)
    roles: list[RoleLink] = field(default_factory=list)
    descriptions: dict[int, str] = field(default_factory=dict)
    possessive: set[int] = field(default_factory=set)
    """Descriptions with a possessive pronoun ("its approach"): not a thing of their own."""
    indefinite: set[int] = field(default_factory=set)
    """Descriptions without "the" ("a fair offer"): when they refer back to nothing, they
    introduce a thing of their own."""
