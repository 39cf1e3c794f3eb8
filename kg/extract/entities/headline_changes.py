"""Sieve pass: a headline's word of change ("NHS plans", "School reforms") is the one plan or
reform the body names about the same thing in other words ("its overhaul of the NHS", "the
government's plans for schools").

A headline names the article's subject in few words, often by a collective word of change
(``lex:collectiveChangeNoun``) and the thing changed, where the body names the change in full
and by another head. ``headline_proposals_to_body`` joins a headline's proposal to the body's
proposal of its own head; this pass takes the headlines it leaves, whose head the body does
not use in a name, and joins each to the body's plan or reform about the same thing, when
exactly one is.
"""

from __future__ import annotations

from kg.extract.entities.phrase_passes import topic_lemmas, versions_apart
from kg.extract.entities.sieve_base import Sieve
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["headline_changes_to_body_topic"]

#: proposals a collective word of change names the parts of ("the plans" of an overhaul)
_CHANGES = frozenset({KG.Reform, KG.Plan})


def headline_changes_to_body_topic(sieve: Sieve) -> None:
    """A headline's proposal named by a word of change and what it changes ("NHS plans") is the
    one plan or reform named in the body about that ("its overhaul of the NHS in England"),
    when the body names no proposal with the headline's head."""
    mentions, tokens, lexicon = sieve.mentions, sieve.tokens, sieve.lexicon
    if not tokens:
        return
    proposals = [k for k in sieve.phrases if core_class(mentions[k].type) == KG.Proposal]
    changes = lexicon.collective_change_nouns
    headlines = [
        k
        for k in proposals
        if mentions[k].sentence == 0
        and mentions[k].method == "noun-phrase"
        and (mentions[k].head in changes or mentions[k].type == KG.Reform)
        and not any(c.isdigit() for c in mentions[k].text)
    ]
    if not headlines:
        return
    body = [k for k in proposals if mentions[k].sentence > 0]
    body_heads = {mentions[k].head for k in body}
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}
    topics = {
        k: topic_lemmas(mentions[k], tokens, nouns, lexicon) - {mentions[k].head} for k in body
    }
    for k in headlines:
        m = mentions[k]
        if m.head in body_heads:
            continue  # "NHS plans ... the government's plans for the NHS": the head says which
        about = topic_lemmas(m, tokens, nouns, lexicon) - {m.head}
        fits = {
            sieve.links.find(o)
            for o in body
            if mentions[o].type in _CHANGES
            and about & topics[o]
            and not versions_apart(m, mentions[o], lexicon)
        }
        if len(fits) == 1:
            sieve.union(k, fits.pop())
