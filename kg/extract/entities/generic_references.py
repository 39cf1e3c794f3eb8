"""Sieve pass: a proposal word that says only how a proposal stands ("the proposed reforms",
"New contract" in a headline) or what it is about in a word the article names it by ("the
reform proposals") refers to the one proposal of its kind named elsewhere.

News names a proposal once in full ("the overhaul of school inspections") and then by a
proposal word with modifiers that do not tell it from others ("the proposed reforms"). Such a
phrase is joined to a proposal only when exactly one fits, so two proposals are never joined
through it; a fitting proposal is never such a phrase itself, so joins do not chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.entities.head_kinds import broader_heads, names_a_kind_of
from kg.extract.entities.phrase_passes import versions_apart
from kg.extract.entities.sieve_base import Sieve
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "generic_references_to_one_proposal",
    "pledged_changes_to_their_noun",
    "collections_of_proposals",
]

#: words before a head that neither say which proposal it is nor what it is about
_FUNCTION_DEPS = frozenset({"det", "poss", "case", "punct", "predet"})


def generic_references_to_one_proposal(sieve: Sieve) -> None:
    """A definite or bare noun phrase of a proposal word whose modifiers only say how it
    stands (``lex:standingModifier``: "the proposed reforms", "the Government's controversial
    plans") or name a change that is another proposal's head ("the reform proposals" of "the
    curriculum reform") is that proposal when exactly one fits: named before it (from the
    headline: in the body), of its class (or with that head), and not another version ("the
    old scheme") or another number of things ("the offers" are not "the 6% offer")."""
    mentions, tokens = sieve.mentions, sieve.tokens
    if not tokens:
        return
    proposals = [
        k
        for k in sieve.phrases
        if core_class(mentions[k].type) == KG.Proposal and mentions[k].type != KG.Motion
    ]
    governments = _government_tokens(sieve)
    generic = {
        k: words
        for k in [*proposals, *_descriptions_alone(sieve)]
        if (words := _reference_words(sieve, k, governments)) is not None
    }
    if not generic:
        return
    specific = [k for k in proposals if k not in generic]
    for k, words in generic.items():
        fits = {sieve.links.find(o) for o in specific if _fits(sieve, k, words, o)}
        if len(fits) == 1:
            sieve.union(k, fits.pop())
            # it describes the proposal again: it neither names it ("latest legislation" for
            # the Education Bill) nor tells it from another article's
            mentions[k] = replace(mentions[k], method="description")


def _reference_words(sieve: Sieve, k: int, governments: frozenset[int]) -> frozenset[str] | None:
    """The words a generic reference says its proposal is about (none for "the proposed
    reforms"), or None when mention ``k`` is not one: a noun phrase ending at its head, whose
    other words are determiners, owners, modifiers of standing or words of change; not
    indefinite, which introduces a proposal rather than referring to one."""
    m = sieve.mentions[k]
    if m.method not in ("noun-phrase", "description"):
        return None
    span = sieve.tokens[m.token_start : m.token_end]
    if not span or span[-1].lemma_.lower() != m.head:
        return None  # "plans to shake up the service": the phrase after says which
    lexicon = sieve.lexicon
    if (
        m.head not in lexicon.generic_reference_heads | broader_heads(lexicon)
        or len(span) < 2
        or _indefinite(sieve.tokens, m)
    ):
        return None  # "a new contract", "a controversial plan": one not named before
    standing, changes = lexicon.standing_modifiers, lexicon.collective_change_nouns
    words = set()
    for t in span[:-1]:
        if t.dep_ in _FUNCTION_DEPS or t.head.dep_ == "poss" or t.i in governments:
            continue  # "the", "the Health Secretary's", "the Government plan"
        lemma = t.lemma_.lower()
        if lemma in standing or t.lower_ in standing:
            continue
        if t.pos_ != "NOUN" or lemma not in changes:
            return None  # "the 2024 plan", "Junior Cycle reform", "pay offer": it says which
        words.add(lemma)
    return frozenset(words)


def _fits(sieve: Sieve, k: int, words: frozenset[str], other: int) -> bool:
    """Proposal ``other`` is one the reference ``k`` can stand for."""
    m, o = sieve.mentions[k], sieve.mentions[other]
    before = o.sentence > 0 if m.sentence == 0 else o.start < m.start
    if not before or versions_apart(m, o, sieve.lexicon):
        return False
    if words:
        return words == {o.head}  # "the reform proposals": "the curriculum reform"
    if m.head not in sieve.lexicon.generic_reference_heads:
        return names_a_kind_of(sieve.lexicon, m.head, o.head)  # "the latest legislation"
    if m.type != o.type:
        return False
    return m.head in sieve.lexicon.collective_change_nouns or _same_number(sieve.tokens, m, o)


def _descriptions_alone(sieve: Sieve) -> list[int]:
    """Descriptions of proposals that ``descriptions_to_antecedents`` found nothing for and kept
    on their own ("the proposed reforms" after "the planned labour law changes")."""
    mentions = sieve.mentions
    alone = [
        k
        for k in sieve.found.descriptions
        if k not in sieve.dropped and core_class(mentions[k].type) == KG.Proposal
    ]
    if not alone:
        return []
    sizes: dict[int, int] = {}
    for k in range(len(mentions)):
        if k not in sieve.dropped:
            root = sieve.links.find(k)
            sizes[root] = sizes.get(root, 0) + 1
    return [k for k in alone if sizes[sieve.links.find(k)] == 1]


def _government_tokens(sieve: Sieve) -> frozenset[int]:
    """Tokens of the names of governments: "the Government plan" says whose it is, not which."""
    return frozenset(
        i
        for m in sieve.mentions
        if m.type == KG.GovernmentBody
        for i in range(m.token_start, m.token_end)
    )


def _same_number(tokens: Sequence[Token], a: Mention, b: Mention) -> bool:
    """Both heads singular, or both plural."""
    return tokens[a.token_end - 1].tag_.endswith("S") == tokens[b.token_end - 1].tag_.endswith("S")


def _indefinite(tokens: Sequence[Token], m: Mention) -> bool:
    """ "a" or "an" opens the mention or stands right before it."""
    first = tokens[m.token_start]
    before = tokens[m.token_start - 1] if m.token_start > 0 else None
    return first.lower_ in ("a", "an") or (before is not None and before.lower_ in ("a", "an"))


def pledged_changes_to_their_noun(sieve: Sieve) -> None:
    """A change named by its verb phrase ("promised to ban the notices",
    :mod:`~kg.extract.mentions.pledged_changes`) is the proposal named by the noun of that
    change (``lex:nominalForm``: "ban" → "the eviction notice ban", "abolish" → "the abolition
    of the agency") when the article names exactly one."""
    mentions, tokens = sieve.mentions, sieve.tokens
    if not tokens:
        return
    nouns = _change_nouns(sieve.lexicon.nominal_forms)
    proposals = [k for k in sieve.phrases if core_class(mentions[k].type) == KG.Proposal]
    for k in proposals:
        m = mentions[k]
        first = tokens[m.token_start]
        if first.pos_ != "VERB" or first.lemma_.lower() != m.head or m.head not in nouns:
            continue
        noun = nouns[m.head]
        fits = {sieve.links.find(o) for o in proposals if o != k and mentions[o].head == noun}
        if len(fits) == 1:
            sieve.union(k, fits.pop())


def _change_nouns(forms: frozenset[str]) -> dict[str, str]:
    """The lexicon's "abolish abolition of" as ``{"abolish": "abolition"}``."""
    pairs = (form.split(" ") for form in forms)
    return {words[0]: words[1] for words in pairs if len(words) >= 2}


def collections_of_proposals(sieve: Sieve) -> None:
    """A proposal named as a collection (``lex:collectionNoun``) of a proposal is that proposal
    taken as one: "a package of school reforms" and the "school reforms" it holds name one."""
    mentions, tokens = sieve.mentions, sieve.tokens
    if not tokens:
        return
    collections = sieve.lexicon.collection_nouns
    proposals = [k for k in sieve.phrases if core_class(mentions[k].type) == KG.Proposal]
    by_last = {mentions[k].token_end - 1: k for k in proposals}
    for k in proposals:
        m = mentions[k]
        if m.head not in collections:
            continue
        heads = [t for t in tokens[m.token_start : m.token_end] if t.lemma_.lower() == m.head]
        held = [
            o
            for p in (heads[0].children if heads else ())
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.i < m.token_end
        ]
        for o in held:
            other = by_last.get(o.i)
            if other is not None and mentions[other].head != m.head:
                sieve.union(k, other)
