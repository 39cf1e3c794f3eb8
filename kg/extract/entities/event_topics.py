"""Talks and votes told of by what they are about (precision31): "the CPCF negotiations" and
"negotiations on the Community Pharmacy Contractual Framework (CPCF)", "the Easter talks" and
"talks over the Easter holiday", "the CAP vote" and "the vote on CAP rules" are one event.

English names what talks or a vote are about either before the head, as a noun modifier
("pay talks"), or after it, with "on", "over" or "about" ("talks on pay"); a story tells of
the event behind it both ways. The descriptive-name pass joins only names whose words before
the head describe them, and the sides pass only names that share a side after "with". Here
talks (``kg:Negotiation``) or votes (``kg:Vote``) whose topics share a word, or a thing the
article names (an acronym and its long form are one thing), are one; the topic is a noun
before the head in one name and a noun after "on", "over" or "about" in the other, or after
such a preposition in both. Not when either carries a word of another round (``lex:roundWord``:
"new talks on pay", "a further vote") or when both give figures and they differ ("the 2023 vote
on pay", "the 2024 vote on pay").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities.sieve_base import Sieve
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["events_by_topic"]

TOPIC_PREPOSITIONS = frozenset({"on", "over", "about"})
EVENTS_OF_A_TOPIC = (KG.Negotiation, KG.Vote)


def events_by_topic(sieve: Sieve) -> None:
    """Talks, or votes, whose topics share a word or a named thing are one event."""
    tokens, mentions = sieve.tokens, sieve.mentions
    if not tokens:
        return
    covering = _covering_mentions(sieve)
    found: list[tuple[int, str, frozenset[str], frozenset[str], frozenset[str]]] = []
    for k in sieve.phrases:
        m = mentions[k]
        if m.type not in EVENTS_OF_A_TOPIC or m.method != "noun-phrase":
            continue
        head = tokens[m.token_start].doc[m.token_start : m.token_end].root
        if any(t.lower_ in sieve.lexicon.round_words for t in head.lefts):
            continue
        before = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
        after = [
            t
            for prep in head.rights
            if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPOSITIONS
            for t in prep.subtree
            if t.pos_ in ("NOUN", "PROPN")
        ]
        figures = frozenset(t.lower_ for t in (*head.subtree,) if t.like_num or t.is_digit)
        found.append(
            (k, str(m.type), _keys(before, sieve, covering), _keys(after, sieve, covering), figures)
        )
    for i, (k, kind, pre, post, figures) in enumerate(found):
        for other, other_kind, o_pre, o_post, o_figures in found[:i]:
            if kind != other_kind or figures and o_figures and figures != o_figures:
                continue
            if pre & o_post or post & o_pre or post & o_post:
                sieve.union(other, k)


def _covering_mentions(sieve: Sieve) -> dict[int, list[int]]:
    """Token index → the mentions of things other than events covering it."""
    found: dict[int, list[int]] = {}
    for k, m in enumerate(sieve.mentions):
        if k not in sieve.dropped and m.type not in EVENTS_OF_A_TOPIC:
            for t in range(m.token_start, m.token_end):
                found.setdefault(t, []).append(k)
    return found


def _keys(words: list[Token], sieve: Sieve, covering: dict[int, list[int]]) -> frozenset[str]:
    """The topic's words (lemmas, vague nouns left out) and the things named over them."""
    vague = sieve.lexicon.vague_nouns
    keys = {t.lemma_.lower() for t in words if t.lemma_.lower() not in vague}
    keys |= {f"#{sieve.links.find(c)}" for t in words for c in covering.get(t.i, ())}
    return frozenset(keys)
