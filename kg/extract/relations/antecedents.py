"""Antecedents (proposes8): a bare definite noun that stands for a proposal named just before.

"A national screening service will be launched in April. The service is part of a £200m
investment" → "The service" is the screening service: a noun with only "the", "this" or "that"
before it that names no entity itself stands for the latest proposal named in the sentences
just before whose head is the same noun. A noun of money ("The money is part of the £3bn
package", ``lex:sumNoun``) stands for the latest proposal named with a sum ("Almost £700m has
been allocated ..."). The resolver leaves such nouns unnamed when the noun is no head noun of
a proposal ("service", "money"); the rules that read a subject as a part use this.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.relations.core import PROPOSALS, Context, Found

__all__ = ["described_proposal"]

#: sentences before the noun's own in which its proposal may have been named
WINDOW = 3
DEFINITE = frozenset({"the", "this", "that"})
CURRENCY = frozenset({"£", "$", "€"})


def described_proposal(context: Context, noun: Token) -> Found | None:
    """The proposal a bare definite noun stands for, or None."""
    if noun.pos_ != "NOUN" or context.entity(noun) is not None:
        return None
    determiners = [c for c in noun.children if c.dep_ == "det"]
    if len(determiners) != 1 or determiners[0].lower_ not in DEFINITE:
        return None
    if len(list(noun.children)) != 1 or noun.tag_ == "NNS":
        return None  # "the new service", "the services": described, or several
    lemma = noun.lemma_.lower()
    sums = lemma in context.lexicon.sum_nouns
    first = noun.sent.start
    for _ in range(WINDOW):
        if first == 0:
            break
        first = context.doc[first - 1].sent.start
    resolved = context.resolved
    latest: tuple[int, str] | None = None  # the mentions are in the order they were found
    for k, mention in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if not first <= mention.token_start < mention.token_end <= noun.i or key is None:
            continue
        if mention.is_role or context.core(key) not in PROPOSALS:
            continue
        if latest is not None and latest[0] > mention.token_start:
            continue
        span = context.doc[mention.token_start : mention.token_end]
        if span.root.lemma_.lower() == lemma or (sums and _names_sum(span)):
            latest = (mention.token_start, key)
    return (latest[1], noun) if latest is not None else None


def _names_sum(span: Span) -> bool:
    """True for a phrase with a currency sign ("Almost £700 million", "a £3bn fund")."""
    return any(t.text[:1] in CURRENCY for t in span)
