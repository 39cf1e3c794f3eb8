"""One settlement named twice in one sentence: a word of settlement (``lex:dealHead``: "the
offer", "the deal") and, in apposition after it, what it gives ("the offer, a 3% rise over two
years, ..."). News writing restates an offer by its amount in an appositive noun phrase set off
by commas; the parser often attaches such a phrase elsewhere, so the pass reads the commas.

Example: in "Staff voted to accept the offer, a 3% pay rise over two years, on Monday." "a 3%
pay rise" is the offer, not a second proposal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.entities.sieve_base import Sieve
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["settlements_restated_by_amount"]


def settlements_restated_by_amount(sieve: Sieve) -> None:
    """A settlement followed by a comma and a proposal with an amount that a comma or the
    sentence's end closes, with no verb between ("the offer, a 3% rise over two years,"), is
    that proposal: the appositive says what the settlement is. Not when the settlement gives
    another amount of its own, nor in a list ("the offer, a 3% rise and a bonus")."""
    mentions, tokens = sieve.mentions, sieve.tokens
    if not tokens:
        return
    proposals = [
        k
        for k, m in enumerate(mentions)
        if k not in sieve.dropped and core_class(m.type) == KG.Proposal
    ]
    starts = {mentions[k].token_start: k for k in proposals if _amount(mentions[k])}
    for k in proposals:
        m = mentions[k]
        if m.head not in sieve.lexicon.deal_heads or _amount(m):
            continue
        after = m.token_end
        if after >= len(tokens) or tokens[after].text != ",":
            continue
        start = after + 1 + (after + 1 < len(tokens) and tokens[after + 1].lower_ in ("a", "an"))
        other = starts.get(start)
        if other is not None and _closed(tokens, mentions[other].token_end):
            sieve.union(k, other)


def _amount(mention: Mention) -> bool:
    """The mention gives an amount: a word with a digit ("3%", "£1,400")."""
    return any(c.isdigit() for c in mention.text)


def _closed(tokens: Sequence[Token], i: int) -> bool:
    """From token ``i`` to the next comma or the sentence's end there is no verb, and no "and"
    or "or" follows that comma: the phrase before ``i`` ends an appositive, not a list item."""
    while i < len(tokens) and tokens[i].text != "," and not tokens[i].is_sent_start:
        if tokens[i].pos_ in ("VERB", "AUX", "CCONJ") or tokens[i].text in (".", ";"):
            return tokens[i].text in (".", ";")
        i += 1
    if i >= len(tokens) or tokens[i].is_sent_start:
        return True
    return i + 1 >= len(tokens) or tokens[i + 1].pos_ != "CCONJ"
