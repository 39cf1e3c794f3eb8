"""The state the resolution sieve's passes share: one document's mentions, which are joined
and which dropped (:class:`Sieve`), and the type of a pass (:data:`Pass`)."""

from __future__ import annotations

import datetime
import functools
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.entities.posts import PostIndex
from kg.extract.entities.resolved import UnionFind
from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import MentionSet
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Sieve", "Pass"]


_PHRASE_CLASSES = frozenset({KG.Proposal, KG.Event})  # a set: hashed, not compared one by one


@dataclass
class Sieve:
    """One document's mentions while the passes run: which are joined and which dropped.

    ``found`` is what the mention stage found (its links, descriptions and roles);
    ``mentions`` starts as its mentions plus bare name parts, and a pass may correct a
    mention's class in it (or give a role phrase the gazetteer id of the post holder it
    names). ``tokens`` are the parsed document's tokens (passes on noun phrases read the
    words around a mention). ``posts`` are the gazetteer's posts and ``date`` the day the
    article was written, if known; ``post_organisations`` maps a role phrase to the gazetteer
    ids of the organisations its post is in (its government first).
    """

    found: MentionSet
    mentions: list[Mention]
    lexicon: Lexicon
    gazetteer: Mapping[str, GazetteerEntry] = field(default_factory=dict)
    tokens: Sequence[Token] = ()
    posts: PostIndex | None = None
    date: datetime.date | None = None
    dropped: set[int] = field(default_factory=set)
    post_organisations: dict[int, tuple[str, ...]] = field(default_factory=dict)
    links: UnionFind = field(init=False)

    def __post_init__(self) -> None:
        self.links = UnionFind(len(self.mentions))

    @functools.cached_property
    def named(self) -> list[int]:
        """Mentions that are names: not role phrases, not descriptions (no pass changes which)."""
        return [
            k
            for k, m in enumerate(self.mentions)
            if not m.is_role and k not in self.found.descriptions
        ]

    @functools.cached_property
    def first_introductions(self) -> dict[URIRef, int]:
        """Class → the token of the first verb that introduces a thing of it ("consult" → the
        consultation, ``lex:introducingVerb``)."""
        verbs = self.lexicon.introducing_verbs
        found: dict[URIRef, int] = {}
        for t in self.tokens:
            cls = verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
            if cls is not None:
                found.setdefault(cls, t.i)
        return found

    @functools.cached_property
    def actor_tokens(self) -> frozenset[int]:
        """Tokens inside a mention of a person or organisation."""
        return frozenset(
            i
            for m in self.mentions
            if core_class(m.type) in (KG.Person, KG.Organisation)
            for i in range(m.token_start, m.token_end)
        )

    @functools.cached_property
    def named_ids(self) -> frozenset[str]:
        """The gazetteer ids of the names in the document."""
        return frozenset(m.gazetteer_id for m in self.mentions if m.gazetteer_id)

    @property
    def phrases(self) -> list[int]:
        """Names of proposals and events by noun phrase, gazetteer, acronym or the model's
        entities ("the Recovery Plan", by their class now: a pass may have corrected it)."""
        return [
            k
            for k in self.named
            if self.mentions[k].method in ("noun-phrase", "gazetteer", "acronym", "ner")
            and core_class(self.mentions[k].type) in _PHRASE_CLASSES
        ]

    def union(self, a: int, b: int) -> None:
        """Mentions ``a`` and ``b`` name one thing."""
        self.links.union(a, b)

    def drop(self, k: int) -> None:
        """Mention ``k`` names nothing ("the committee" with no committee named)."""
        self.dropped.add(k)

    def groups(self) -> list[list[int]]:
        """The mentions of each entity (dropped ones left out), in order of their first member."""
        groups: dict[int, list[int]] = defaultdict(list)
        for k in range(len(self.mentions)):
            if k not in self.dropped:
                groups[self.links.find(k)].append(k)
        return list(groups.values())


Pass = Callable[[Sieve], None]
