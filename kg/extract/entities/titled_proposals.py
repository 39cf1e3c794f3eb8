"""Two proposals with different titles are two things: "the 10 Year Workforce Plan" is not
"the 2030 Long Term Workforce Plan", though a shorter form ("the Workforce Plan") fits both.

The passes that join proposals by their words (one's modifiers a subset of the other's, a
shared topic) join pairs, and joining is transitive: a short form that fits two titled plans
would chain them into one. A title is a proposal's name whose head and every word before it
are capitalised or numbers ("10 Year Workforce Plan"); its words are those before the head.
Two titles conflict when neither's words are among the other's ("10 Year Health Plan",
"10 Year Workforce Plan"), and :class:`TitledGroups` refuses a join that would put two
conflicting titles in one entity. A title with a subset of another's words ("Workforce Plan",
"10 Year Workforce Plan") or a lower-case phrase ("the workforce plan") conflicts with none.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from kg.extract.entities.sieve_base import Sieve
    from kg.model import Mention

__all__ = ["TitledGroups", "title_words"]


def title_words(sieve: Sieve, mention: Mention) -> frozenset[str] | None:
    """The lower-cased words before the head of a proposal's title, or None when the mention
    is no title: its head and the words from its first capitalised one are not all
    capitalised or numbers ("the new 10 Year Workforce Plan" gives {10, year, workforce}), each
    without a plural's "s" (a headline's "Prisons White Paper" is the body's "Prison White
    Paper")."""
    tokens = sieve.tokens
    if not tokens or core_class(mention.type) != KG.Proposal:
        return None
    words = [t for t in tokens[mention.token_start : mention.token_end] if not t.is_punct]
    while words and not (words[0].is_title or words[0].like_num or words[0].is_upper):
        words = words[1:]  # "the", "new" before the title
    if len(words) < 2 or words[-1].lemma_.lower() != mention.head or not words[-1].is_title:
        return None
    if not all(t.is_title or t.like_num or t.is_upper for t in words):
        return None
    return frozenset(t.lower_.rstrip("s") for t in words[:-1])  # "Prisons" is "Prison"


def _conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return not (a <= b or b <= a)


class TitledGroups:
    """The titles in each group of a sieve, kept up to date as a pass joins groups."""

    def __init__(self, sieve: Sieve) -> None:
        self.sieve = sieve
        self.titles: dict[int, set[frozenset[str]]] = defaultdict(set)
        for k in sieve.phrases:
            words = title_words(sieve, sieve.mentions[k])
            if words is not None:
                self.titles[sieve.links.find(k)].add(words)

    def join(self, a: int, b: int) -> bool:
        """Join the groups of ``a`` and ``b`` unless they hold conflicting titles; whether
        they are one group now."""
        links = self.sieve.links
        root_a, root_b = links.find(a), links.find(b)
        if root_a == root_b:
            return True
        titles_a, titles_b = self.titles.get(root_a, set()), self.titles.get(root_b, set())
        if any(_conflict(x, y) for x in titles_a for y in titles_b):
            return False
        self.sieve.union(a, b)
        joined = titles_a | titles_b
        self.titles.pop(root_a, None)
        self.titles.pop(root_b, None)
        if joined:
            self.titles[links.find(a)] = joined
        return True
