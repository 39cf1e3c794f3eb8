"""Sums of money that name funding: "the minister promised an extra £300m for rural bus routes".

A sum of money is a funding package when an actor's verb of proposing or of funding has it as
its object (``lex:trigger`` of ``kg:proposes``, ``kg:announces``, ``kg:introduces``, or a
``lex:fundingVerb``): "announced £150m", "will provide £2 billion to councils"; so is one
such a verb's passive is about ("£80m was awarded for repairs", "£380m earmarked for roads"), and
one whose coming a verb of pledging announces ("confirmed there will be £40m for ferries": news
often announces money by saying it will exist; ``lex:pledgingVerb`` with a future "will" or
"would", so "announced there was £2m left" names none). A sum asked for is put forward as much
as one announced: after "for" of a word of calling or asking ("called for an extra £2bn",
``lex:demandingFor``), the object of a verb of demanding ("demanded £1bn"), or more money said
as fact to be needed ("an extra £1bn is needed", ``lex:neededVerb`` with a ``lex:moreWord``;
"£2bn would be needed" is an estimate, and a sum with no word of more is a cost). What a sum
costs, raises or is worth ("the levy raised £300m") names no proposal. A sum measured by a
head noun of its own ("£150m of new funding") is named by that noun's phrase instead.

Example: "The ministry pledged an extra £40m for ferries." gives "extra £40m" and the longer
name "extra £40m for ferries" (``kg:FundingPackage``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.names import DETERMINERS, head_class
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "announced_to_come",
    "asked_for_sum",
    "from_its_amount",
    "measured_by_a_sum",
    "sums_of_money",
]

_PROPOSING = frozenset({KG.proposes, KG.announces, KG.introduces})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "’ll"})


def sums_of_money(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """A sum of money an actor's verb of proposing or funding has as its object, with its longer
    name up to the end of a "for" or "to" phrase after it."""
    doc = context.doc
    for token in context.tokens:
        if not _sum_of_money(token, context.lexicon) or not _proposed(token, context):
            continue
        start = token.left_edge.i
        while start < token.i and doc[start].lower_ in DETERMINERS:
            start += 1
        stop = _sum_end(token)
        first = context.candidate(doc[start:stop], KG.FundingPackage, "noun-phrase")
        if first is None:
            continue
        yield first
        bare = start
        while bare < token.i and doc[bare].dep_ == "amod" and doc[bare].pos_ == "ADJ":
            bare += 1  # "additional £80m" is also "£80m"
        if bare > start:
            shorter = context.candidate(
                doc[bare:stop],
                KG.FundingPackage,
                "noun-phrase",
                longer=True,
                same_as=first,
            )
            if shorter is not None:
                yield shorter
        end = _purpose_end(token, stop)
        if end is not None:
            longer = context.candidate(
                doc[start:end], KG.FundingPackage, "noun-phrase", longer=True, same_as=first
            )
            if longer is not None:
                yield longer


_MULTIPLIERS = frozenset({"k", "m", "mn", "bn", "thousand", "million", "billion", "trillion"})
_NUMBER_WITH_MULTIPLIER = re.compile(r"\d+(?:[.,]\d+)?(?:k|m|mn|bn|tn)")


def _sum_of_money(token: Token, lexicon: Lexicon) -> bool:
    """The head of a sum of money ("m" of "£300m", "billion" of "£2 billion"): a number or a
    multiplier with a currency sign before it, not measured by a head noun after "of" ("£150m
    of new funding")."""
    if not _written_with_multiplier(token) and (
        token.pos_ not in ("NUM", "NOUN")
        or not (token.like_num or token.lower_ in _MULTIPLIERS or token.text[:1] in "£$€")
    ):
        return False
    has_currency = any(t.text[:1] in "£$€" for t in token.subtree if t.i <= token.i)
    measured = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(head_class(o, lexicon) for o in c.children)
        for c in token.children
    )
    return has_currency and not measured


def _written_with_multiplier(token: Token) -> bool:
    """A number with its multiplier written onto it ("1.3bn" of "£1.3bn", "2.5m"), one token
    that the tagger reads as anything from a number to a verb (clausal10)."""
    return _NUMBER_WITH_MULTIPLIER.fullmatch(token.lower_) is not None


def _proposed(token: Token, context: Context) -> bool:
    """The sum is the object of a verb of proposing or of funding, alone or in a list, or the
    subject of its passive ("£80m was awarded for repairs", "£380m earmarked for roads")."""
    while token.dep_ == "conj" and token.head.pos_ in ("NUM", "NOUN"):
        token = token.head
    acl = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if announced_to_come(token, context.lexicon) or asked_for_sum(token, context.lexicon):
        return True
    if token.dep_ in ("dobj", "nsubjpass"):
        verb = token.head
    elif acl:
        verb = acl[0]  # "with £380m earmarked for repairs"
    else:
        return False
    lemma = verb.lemma_.lower()
    lexicon = context.lexicon
    # a phrasal verb of funding is named with its particle ("set aside £5m", "signed off £200m")
    phrasal = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return (
        lexicon.triggers.get((lemma, "")) in _PROPOSING
        or lemma in lexicon.funding_verbs
        or bool(phrasal & lexicon.funding_verbs)
    )


def asked_for_sum(token: Token, lexicon: Lexicon) -> bool:
    """The sum is asked for: the object of "for" after a word of calling or asking ("called for
    an extra £2bn", "a bid for £500m"), the object of a verb of demanding ("demanded £1bn"),
    or, with a word of more of it before it, the subject of a verb of needing said as fact ("an
    extra £1bn is needed"; not "£2bn would be needed", an estimate)."""
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ == "for":
        return governor.head.lemma_.lower() in lexicon.demanding_for
    if token.dep_ == "dobj" and governor.pos_ == "VERB":
        return governor.lemma_.lower() in lexicon.demanding_for
    if token.dep_ != "nsubjpass" or governor.lemma_.lower() not in lexicon.needed_verbs:
        return False
    more = any(c.dep_ == "amod" and c.lower_ in lexicon.more_words for c in token.children)
    return more and not any(
        c.dep_ == "aux" and c.lower_ in lexicon.conditional_aux for c in governor.children
    )


def announced_to_come(token: Token, lexicon: Lexicon) -> bool:
    """The token is what an existential "there will be" says will exist, in a clause a verb of
    pledging governs: "announced that there will be £40m for ferries", "promised there would be
    a new levy" (clausal10)."""
    be = token.head
    if token.dep_ != "attr" or be.lemma_.lower() != "be" or be.dep_ not in ("ccomp", "xcomp"):
        return False
    if not any(c.dep_ == "expl" for c in be.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in be.children):
        return False  # "announced there was £2m left": reported, not pledged
    return be.head.lemma_.lower() in lexicon.pledging_verbs


def _sum_end(token: Token) -> int:
    """Where a sum's name ends: after its number, and after a multiplier written onto it that
    the parser took for a word of its own ("£300m", "m" read as a verb)."""
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and not token.whitespace_ and doc[after].lower_ in _MULTIPLIERS:
        return after + 1
    return after


def _purpose_end(token: Token, after: int) -> int | None:
    """End of the "for" or "to" phrase right after the sum (which ends before ``after``:
    "£300m for rural bus routes"), up to eight words, hung on the sum or on its verb."""
    doc = token.doc
    if after >= len(doc) or doc[after].lower_ not in ("for", "to") or doc[after].dep_ != "prep":
        return None
    if doc[after].head.i not in (token.i, token.head.i):
        return None
    end = doc[after].right_edge.i + 1
    if end - after > 8 or any(t.is_punct for t in doc[after:end]):
        return None
    return end


def measured_by_a_sum(token: Token, lexicon: Lexicon) -> int | None:
    """Where the sum of money that measures a head noun begins ("£38m of ringfenced funding":
    the sum is how much of it there is, so the name of the funding starts at the sum), else
    None; the head is the object of "of" hung on the sum."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    amount = of.head
    if not (
        _written_with_multiplier(amount)
        or amount.pos_ in ("NUM", "NOUN")
        and (amount.like_num or amount.lower_ in _MULTIPLIERS)
    ):
        return None
    if not any(t.text[:1] in "£$€" for t in amount.subtree if t.i <= amount.i):
        return None
    start = amount.left_edge.i
    doc = token.doc
    while start < amount.i and doc[start].lower_ in DETERMINERS:
        start += 1
    return start


def from_its_amount(token: Token, start: int, lexicon: Lexicon) -> int | None:
    """Where a phrase starts without the adjectives before its amount ("overall", "average" of
    "the overall 4.5% pay award", ``lex:countingAdjective``): they say how the amount is
    counted, and a reader names the thing from the amount on ("4.5% pay award"), as
    "additional £80m" is also "£80m". None when the phrase does not open with such adjectives
    and then an amount ("a flat £900 uplift" keeps its kind)."""
    doc = token.doc
    k = start
    while k < token.i and doc[k].dep_ == "amod" and doc[k].lower_ in lexicon.counting_adjectives:
        k += 1
    if k == start or k >= token.i:
        return None
    first = doc[k]
    if first.text[:1] in "£$€" or first.like_num and not first.is_alpha:
        return k
    return None
