"""What the passes of the rule table walk: the words a relation can be read at, the phrases
that name entities, the role phrases, or the whole document once.

Each walk reads a :class:`~kg.extract.relations.core.Context` (which re-exports these names,
so a rule module imports everything from :mod:`~kg.extract.relations.core`); here it is
typed by the little of it a walk reads, :class:`Walked`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from kg.extract.entities import ResolvedDocument
from kg.extract.mentions import RoleLink
from kg.model import Mention

__all__ = [
    "CARRIERS",
    "Phrase",
    "RoleFound",
    "Walked",
    "phrases",
    "role_links",
    "tokens",
    "whole",
]

RoleFound = tuple[RoleLink, str, str | None]
"""A role phrase, the key of its holder and of its organisation (if named with it)."""

#: the parts of speech of the words a relation can be read at (verbs, nouns, adjectives and
#: prepositions: "welcomed", "opposition to", "critical of", "against"); the rules read the
#: others (determiners, pronouns, punctuation ...) only as the neighbours of these
CARRIERS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADP"})


class Walked(Protocol):
    """What a walk reads of the rules' context."""

    @property
    def doc(self) -> Doc: ...

    @property
    def resolved(self) -> ResolvedDocument: ...

    @property
    def carriers(self) -> list[Token]: ...

    def core(self, key: str) -> URIRef | None: ...


@dataclass(frozen=True)
class Phrase:
    """A phrase naming an entity (not a role phrase): its entity, core class, tokens and head."""

    key: str
    mention: Mention
    cls: URIRef | None
    span: Span
    head: Token


def tokens(context: Walked) -> Sequence[Token]:
    """Every token of the document a relation can be read at (:data:`CARRIERS`)."""
    return context.carriers


def phrases(context: Walked) -> Iterator[Phrase]:
    """Every phrase that names an entity, in the order the mentions were found."""
    resolved = context.resolved
    for k, mention in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if key is None or mention.is_role:
            continue
        span = context.doc[mention.token_start : mention.token_end]
        yield Phrase(key, mention, context.core(key), span, span.root)


def role_links(context: Walked) -> Sequence[RoleFound]:
    """Every role phrase with its holder and organisation."""
    return context.resolved.roles


def whole(context: Walked) -> tuple[Doc]:
    """The document, once: for rules that first gather something across it."""
    return (context.doc,)
