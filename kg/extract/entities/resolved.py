"""What resolution makes of one document: its entities and how its tokens point to them.

Example: after "Wes Streeting wrote. He said so.", ``resolved.entity_for_token(0)`` and
``resolved.entity_for_token(3)`` (the pronoun) both give the key of Wes Streeting.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.extract.mentions import RoleLink
from kg.model import Entity, Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["Quotation", "ResolvedDocument", "UnionFind"]


class UnionFind:
    """Groups of numbers joined pair by pair; a group is named by its smallest member.

    >>> links = UnionFind(4)
    >>> links.union(3, 1)
    >>> links.find(3), links.find(2)
    (1, 2)
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class Quotation:
    """The quoted words ``start:end`` (character offsets, marks excluded), the key of their
    speaker (None when none is found), how the speaker was found (``speech-verb``,
    ``introduced``, ``continued``, ``letter`` or ``unattributed``) and every speaker when several speak
    together ("X and Y said": ``speakers`` is both, ``speaker`` the first)."""

    start: int
    end: int
    speaker: str | None
    method: str
    speakers: tuple[str, ...] = ()
    addressed: tuple[tuple[int, int], ...] = ()
    """For a letter, the lines of its "To:" block (character offsets)."""


@dataclass
class ResolvedDocument:
    """The entities of one document and how its tokens point to them."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    mention_entity: list[str | None] = field(default_factory=list)
    roles: list[tuple[RoleLink, str, str | None]] = field(default_factory=list)
    pronouns: dict[int, str] = field(default_factory=dict)
    speakers: dict[int, str] = field(default_factory=dict)
    quotations: list[Quotation] = field(default_factory=list)
    """The document's direct quotations and their speakers, in order."""
    by_key: dict[str, Entity] = field(default_factory=dict)
    _token_index: dict[int, list[int]] = field(default_factory=dict)

    def index_tokens(self) -> None:
        self._token_index = defaultdict(list)
        for k, m in enumerate(self.mentions):
            if self.mention_entity[k] is None:
                continue
            for t in range(m.token_start, m.token_end):
                self._token_index[t].append(k)

    def mention_for_token(
        self, token_index: int, types: Iterable[URIRef] | None = None
    ) -> Mention | None:
        """The narrowest named mention covering a token (role phrases last), of the given core types."""
        over = self._token_index.get(token_index)
        if not over:
            return None  # most tokens are in no name
        allowed = tuple(types) if types is not None else None
        best: tuple[int, int] | None = None
        chosen = -1
        for k in over:
            m = self.mentions[k]
            key = self.mention_entity[k]
            if key is None:
                continue
            if allowed is not None and core_class(self.by_key[key].type) not in allowed:
                continue
            score = (0 if m.is_role else 1, m.token_start - m.token_end)  # the narrowest name
            if best is None or score > best:
                best = (score[0], score[1])
                chosen = k
        if best is None:
            return None
        return self.mentions[self._widest_body_ending_alike(chosen, over, allowed)]

    def _widest_body_ending_alike(
        self, chosen: int, over: Iterable[int], allowed: tuple[URIRef, ...] | None
    ) -> int:
        """An organisation's name that ends a wider organisation's name is that one's head
        word: "Labour" of "Scottish Labour" names the wider party."""
        m = self.mentions[chosen]
        key = self.mention_entity[chosen]
        if m.is_role or key is None or core_class(self.by_key[key].type) != KG.Organisation:
            return chosen
        for k in over:
            wider, other = self.mentions[k], self.mention_entity[k]
            if wider.is_role or other is None or wider.token_end != m.token_end:
                continue
            if wider.token_start >= self.mentions[chosen].token_start:
                continue
            if core_class(self.by_key[other].type) == KG.Organisation and (
                allowed is None or KG.Organisation in allowed
            ):
                chosen = k
        return chosen

    def name_extent(self, token_index: int) -> tuple[int, int] | None:
        """The characters of the widest name (not a role phrase) a token is part of."""
        spans = [
            (m.start, m.end)
            for k in self._token_index.get(token_index, ())
            if not (m := self.mentions[k]).is_role
        ]
        return min(spans, key=lambda span: (span[0] - span[1], span[0])) if spans else None

    def entities_at(self, token_index: int) -> set[str]:
        """Every entity a token is part of (a name inside a longer name gives both)."""
        return {
            key
            for k in self._token_index.get(token_index, ())
            if (key := self.mention_entity[k]) is not None
        }

    def quotation_at(self, char: int) -> Quotation | None:
        """The quotation whose words cover the character offset ``char``."""
        for quotation in self.quotations:
            if quotation.start <= char < quotation.end:
                return quotation
        return None

    def entity_for_token(
        self, token_index: int, types: Iterable[URIRef] | None = None
    ) -> str | None:
        """The entity a token names (by a mention over it, or as a resolved pronoun)."""
        if token_index not in self._token_index and token_index not in self.pronouns:
            return None  # most tokens name nothing
        allowed = tuple(types) if types is not None else None
        m = self.mention_for_token(token_index, allowed)
        if m is not None:
            return self._key_of(m)
        key = self.pronouns.get(token_index)
        if key is not None and (allowed is None or core_class(self.by_key[key].type) in allowed):
            return key
        return None

    def _key_of(self, mention: Mention) -> str | None:
        for k in self._token_index.get(mention.token_start, ()):
            if self.mentions[k] is mention:
                return self.mention_entity[k]
        return None
