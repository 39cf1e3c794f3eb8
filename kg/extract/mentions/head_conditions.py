"""When a head noun names a proposal: the conditions some heads put on their noun phrase (a
name, an amount, a modifier after the head, a version word, or being what an actor's relation
verb is about), read by :mod:`kg.extract.mentions.noun_phrases`.

Example: "cuts to rail subsidies" names a proposal; "a 20% real-terms pay cut" and "under the
guidance of senior staff" do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.aims import names_an_aim
from kg.extract.mentions.authored_proposals import named_by_its_author
from kg.extract.mentions.components import component_class
from kg.extract.mentions.names import is_acronym
from kg.extract.mentions.phrase_extent import named_by_its_modifiers
from kg.extract.mentions.reports import named_after_its_author
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["amount_or_year", "asked_for", "enough_for_its_head", "multiword", "object_of_a_trigger"]


def enough_for_its_head(
    token: Token, modifiers: Sequence[Token], long_ends: Sequence[int], lexicon: Lexicon
) -> bool:
    """A head that names a proposal only with a name (``lex:properHeadNoun``: "the NHS 111
    service", not "the health service") or only with an amount (``lex:quantityHeadNoun``: "a
    3% pay rise", not "NHS funding"; capitalised, "the Budget") has it, or a modifier after it, a word of a new version
    ("a new service"), or is what an actor's relation verb is about ("deliver the national
    care service", "announced funding") or asks for ("asking for a pay increase")."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.aim_head_nouns:  # "the minister's legislative agenda", not "its promise"
        return names_an_aim(token, modifiers, lexicon)
    if lemma in lexicon.authored_head_nouns:  # "the Hale review", not "the report on phase one"
        named = named_after_its_author(token, modifiers, lexicon)
        return bool(
            named
            or component_class(token, lexicon) is not None
            or _named_report_before(token, modifiers)
        )
    if lemma in lexicon.change_head_nouns and not multiword(token, lexicon):
        return _proposed_change(token, modifiers, lexicon)
    if lemma in lexicon.name_only_head_nouns:  # not "the UK visa system", "the NHS system"
        return named_by_its_modifiers(token, modifiers, lexicon)
    if lemma in lexicon.counted_head_nouns:  # "four immediate steps", not "next steps"
        return any(t.pos_ == "NUM" and t.dep_ == "nummod" for t in modifiers)
    if lemma in lexicon.proper_head_nouns:
        # a number in digits names ("the NHS 111 service"); "one clear system" counts
        wanted = any(
            t.pos_ == "PROPN" or is_acronym(t.text) or t.like_num and not t.is_alpha
            for t in modifiers
        ) or named_by_its_author(token, lexicon)  # "the Pay Board's recommendation"
        wanted = wanted or _of_a_named_report(token, lexicon)  # "... of the Hale review"
    elif lemma in lexicon.complement_head_nouns and not multiword(token, lexicon):
        # a head of two words names itself ("the 10% pay claim"); "claim" alone needs more
        # "cuts to rail subsidies" or "the £38m cut", not "a 20% real-terms pay cut", "a cut
        # of 16%" or "under the guidance of senior staff" (direction by someone, no measure)
        wanted = (
            bool(long_ends)
            and not _amount_after_of(token)
            and not _under_someone(token)
            or _sum_of_money_before(modifiers)
        )
    elif lemma in lexicon.quantity_head_nouns:
        wanted = (
            bool(long_ends)
            and not _for_a_length_of_time(token)
            or any(amount_or_year(t) for t in modifiers)
            or _capitalised_in_body(token)
        )
    else:
        return True
    return (
        wanted
        or any(t.lower_ in lexicon.version_words for t in modifiers)
        or object_of_a_trigger(token, lexicon)
        or asked_for(token, lexicon)
    )


def asked_for(token: Token, lexicon: Lexicon) -> bool:
    """A rise in pay or funding named by a head of two words ("pay increase", "funding rise")
    that an actor asks for: the object of "for" after a word of calling or asking
    (``lex:demandingFor``: "asking for a pay increase", "a bid for a wage rise"), or of a
    verb of demanding ("sought a pay rise"). What is asked for is put forward as much as what
    is announced; a bare "pay rise" said of no demand ("staff have not had a pay rise")
    names a kind."""
    if not multiword(token, lexicon):
        return False
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ == "for":
        return governor.head.lemma_.lower() in lexicon.demanding_for
    return (
        token.dep_ == "dobj"
        and governor.pos_ == "VERB"
        and governor.lemma_.lower() in lexicon.demanding_for
    )


def _for_a_length_of_time(token: Token) -> bool:
    """The only modifier after the head says for how long, not which ("a pay rise for the next
    two years", "no funding increase for years"): "for" and a period with no number in digits
    (the model's date), where "a pay rise for 2025/26" names the year's rise."""
    preps = [c for c in token.rights if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ != "for" or preps[0].i != token.i + 1:
        return False
    period = list(preps[0].subtree)[1:]
    return bool(period) and all(
        t.ent_type_ in ("DATE", "TIME") and not any(ch.isdigit() for ch in t.text) for t in period
    )


def _sum_of_money_before(modifiers: Sequence[Token]) -> bool:
    """A sum of money before the head ("the £38m cut", "a £2bn tax"): a cut or tax of so much
    money is one a body makes or levies, a measure, where a percentage ("a 20% real-terms pay
    cut") says what happened to someone's pay."""
    return any(t.text[:1] in "£$€" for t in modifiers)


def _capitalised_in_body(token: Token) -> bool:
    """A capitalised head noun inside a sentence of the body is part of a name ("the Budget",
    "the Spring Budget"); headlines capitalise every word, so the first sentence does not count."""
    return token.is_title and token.sent.start > 0 and token.i > token.sent.start


def _under_someone(token: Token) -> bool:
    """ "under the guidance of X", "under the law of the land": after "under", with "of"."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "under"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)
    )


def _amount_after_of(token: Token) -> bool:
    """The only modifier after the head is an amount after "of" ("a cut of 16%")."""
    preps = [c for c in token.rights if c.dep_ == "prep"]
    return bool(preps) and all(
        p.lower_ == "of" and any(amount_or_year(t) for t in p.subtree) for p in preps
    )


def multiword(token: Token, lexicon: Lexicon) -> bool:
    """The head with a word before it is a head noun of its own ("pay rise", "collective action")."""
    lemma = token.lemma_.lower()
    return any(f"{c.lemma_.lower()} {lemma}" in lexicon.head_nouns for c in token.lefts)


def _proposed_change(token: Token, modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """A change in an amount with no pay or funding word (``lex:changeHeadNoun``: "a 5.5% rise")
    is a proposal when it has an amount and is what a relation verb is about ("offered a 5.5%
    rise", "the deal includes a 4% increase"), not when it says what changes: "a 4% rise in
    waiting lists" reports a statistic. A word of money before it says what changes as "in"
    does after it ("opposed the tuition fee rise" as "a rise in tuition fees",
    ``lex:moneyNoun``), so it needs no amount."""
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in token.rights):
        return False
    measured = any(amount_or_year(t) for t in modifiers) or any(
        t.dep_ == "compound" and t.lemma_.lower() in lexicon.money_nouns for t in modifiers
    )
    return measured and object_of_a_trigger(token, lexicon)


def object_of_a_trigger(token: Token, lexicon: Lexicon) -> bool:
    """The noun is the object of a relation verb (``lex:trigger``): "deliver the service", or
    one of a coordination or list that is ("includes a pay rise and a one-off payment")."""
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN", "NUM"):
        token = token.head
    if token.dep_ in ("dobj", "nsubjpass"):
        return (token.head.lemma_.lower(), "") in lexicon.triggers
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        # "part of" relates a proposal to a whole; no actor acts on the whole by it ("any
        # part of our health service")
        found = lexicon.triggers.get((token.head.head.lemma_.lower(), token.head.lower_))
        return found is not None and found != KG.partOf
    return False


def amount_or_year(token: Token) -> bool:
    """A number, an amount of money, a percentage or a year ("£500m", "3%", "2025/26")."""
    text = token.text
    return token.like_num or any(c.isdigit() for c in text) or text in ("£", "$", "€", "%")


def _named_report_before(token: Token, modifiers: Sequence[Token]) -> bool:
    """ "the review" alone, after a review named in capitals earlier in the article ("the
    Strategic Harbour Review ... the review was necessary"): it refers back to that one."""
    if modifiers or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
    ):
        return False
    return any(
        t.lower_ == token.lower_ and t.text[:1].isupper() and t.pos_ == "PROPN"
        for t in token.doc[: token.i]
    )


def _of_a_named_report(token: Token, lexicon: Lexicon) -> bool:
    """ "the recommendations of the Harbour review", "the findings of the Cole report": what a
    named report or review (``lex:reviewNoun``, with a capitalised word before it) puts
    forward is as specific as the report."""
    return any(
        o.lemma_.lower() in lexicon.review_nouns
        and o.lemma_.lower() != token.lemma_.lower()
        and any(c.dep_ in ("compound", "poss") and c.text[:1].isupper() for c in o.children)
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )
