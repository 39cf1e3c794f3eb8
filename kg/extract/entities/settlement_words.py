"""Sieve pass: one settlement named again with another word for what two sides settle on.

News varies the head noun of a settlement between mentions ("the pay offer" ... "the pay
deal" ... "the pay award"): the words of ``lex:dealHead`` name one thing as the sides see it,
offered, agreed or awarded. A noun phrase with such a head whose modifiers are among those of
an earlier phrase with another such head names the same settlement, unless one names another
version ("the previous pay offer", ``lex:versionWord``) or the later one is introduced anew
("another pay deal", "a pay deal").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities.phrase_passes import modifier_words, versions_apart
from kg.extract.entities.titled_proposals import TitledGroups
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from kg.extract.entities.sieve_base import Sieve
    from kg.model import Mention

__all__ = ["settlements_by_other_word"]

#: words before a phrase that introduce a thing not named before
_INTRODUCING = frozenset({"a", "an", "another", "one"})

#: dependents after a head that tell which thing it is: a relative clause, a participle, a
#: prepositional phrase
_TELLING_WHICH = frozenset({"relcl", "acl", "prep"})


def settlements_by_other_word(sieve: Sieve) -> None:
    """A settlement phrase → the last earlier one with its modifiers (and perhaps more) and
    another word of settlement as its head ("the new 4% pay offer" ... "the pay deal";
    ``lex:dealHead``, not the generic "proposal")."""
    lexicon, mentions, tokens = sieve.lexicon, sieve.mentions, sieve.tokens
    if not tokens:
        return
    heads = lexicon.deal_heads - lexicon.generic_proposal_heads
    settlements = [
        k
        for k in sieve.phrases
        if mentions[k].method == "noun-phrase"
        and core_class(mentions[k].type) == KG.Proposal
        and mentions[k].head in heads
        and _singular(sieve, mentions[k])
    ]
    settlements.sort(key=lambda k: mentions[k].start)
    titled = TitledGroups(sieve)
    for i, k in enumerate(settlements):
        m = mentions[k]
        words = modifier_words(m)
        if not words or _introduced(sieve, m) or _told_by_what_follows(sieve, m):
            continue
        for other in reversed(settlements[:i]):
            o = mentions[other]
            if o.head == m.head or not words <= modifier_words(o):
                continue
            if not versions_apart(m, o, lexicon):
                titled.join(k, other)
            break


def _introduced(sieve: Sieve, m: Mention) -> bool:
    """An indefinite word before the phrase introduces a new thing ("another pay deal")."""
    return m.token_start > 0 and sieve.tokens[m.token_start - 1].lower_ in _INTRODUCING


def _told_by_what_follows(sieve: Sieve, m: Mention) -> bool:
    """A clause or phrase after the head tells which settlement it is ("the pay award our
    members have campaigned for", "the pay deal for next year"), or an owner before the
    phrase that its name leaves out ("next year's pay settlement"): it is identified anew, not
    named again."""
    head = sieve.tokens[m.token_end - 1]
    return any(
        c.i > head.i and c.dep_ in _TELLING_WHICH or c.i < m.token_start and c.dep_ == "poss"
        for c in head.children
    )


def _singular(sieve: Sieve, m: Mention) -> bool:
    """The phrase's last token, its head, is a singular noun ("pay offers" name several)."""
    return m.token_end > m.token_start and sieve.tokens[m.token_end - 1].tag_ in ("NN", "NNP")
