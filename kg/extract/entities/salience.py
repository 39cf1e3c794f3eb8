"""Which proposal a bare description of a settlement or plan refers to: the one the article is
about, not one the text sets apart from it.

News writing names the proposal it is about in the headline and the opening sentences ("Nurses
to consider new pay offer"), then tells what it holds ("a one-off 3% payment and a 5% offer")
and how it compares with others ("beyond the accepted 2022-23 offer", "the previous offer").
A bare definite description after that ("the offer", "this offer", "the deal") goes on naming
the proposal in focus: a proposal whose name carries a figure (a sum, a share or a year that
tells it from the whole: one part of the package, or last year's settlement) or a word of a
version that came before (``lex:priorVersionWord``: "the previous offer") is named that way
precisely because it is not the one in focus. So when the opening names a proposal of the
description's kind without such a mark, such marked ones are passed over as antecedents.

Example: "Nurses to consider new pay offer. Ministers are offering a 3% payment and a 5%
offer. Members will vote on the offer." ("the offer" is the new pay offer, not the 5% offer).
"""

from __future__ import annotations

import re

from kg.extract.entities.sieve_base import Sieve
from kg.extract.mentions import normalise_name
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["antecedent_candidates", "set_apart"]

#: a figure that tells one proposal from another: a sum ("£1,000"), a share ("5%", "4.5 per
#: cent") or a year ("2021", "2022-23"); not a count or a span that is part of a name ("NHS
#: 111", "10-year plan")
_FIGURE = re.compile(r"[£$€]\s?\d|\d\s?(%|per ?cent\b)|\b(19|20)\d\d\b")

#: the last sentence of the opening: the headline (0), a standfirst and the lede
OPENING = 2


def antecedent_candidates(sieve: Sieve, k: int, *, later: bool = False) -> list[int]:
    """The named mentions description ``k`` may refer to, in the order they are tried (all
    names, last first when ``later``), less the proposals set apart from the one in focus
    when ``k`` is a bare word of settlement or plan and the opening names one of its kind
    without a mark."""
    named = list(reversed(sieve.named)) if later else list(sieve.named)
    m = sieve.mentions[k]
    lexicon = sieve.lexicon
    kinds = (lexicon.deal_heads, lexicon.generic_proposal_heads)
    if core_class(m.type) is not KG.Proposal or len(m.text.split()) != 1:
        return named
    kind = next((words for words in kinds if m.head in words), None)
    if kind is None:
        return named
    proposals = [o for o in named if core_class(sieve.mentions[o].type) is KG.Proposal]
    marked = {o for o in proposals if set_apart(sieve, sieve.mentions[o])}
    in_focus = any(
        o not in marked and sieve.mentions[o].sentence <= OPENING and sieve.mentions[o].head in kind
        for o in proposals
    )
    return [o for o in named if o not in marked] if in_focus else named


def set_apart(sieve: Sieve, o: Mention) -> bool:
    """The proposal's name tells it from another of its kind: it holds a sum, a share or a
    year ("5% offer", "2022-23 offer", "£1,000 payment") or a word of an earlier version
    before its head ("the previous offer")."""
    if _FIGURE.search(o.text):
        return True
    words = normalise_name(o.text).replace("-", " ").split()
    before = words[: words.index(o.head)] if o.head in words else []
    return bool(set(before) & sieve.lexicon.prior_version_words)
