"""Head nouns that name a proposal only in one of their senses.

In the other sense they name what a body has or does in general, not a particular proposal:
the money a body has ("the NHS budget", ``lex:accountHeadNoun``), the act of deciding
("treatment decisions", ``lex:clauseHeadNoun``), the settling of a dispute ("a swift
resolution to the dispute", ``lex:outcomeHeadNoun``), the services a body provides ("PCCs
deliver frontline services", ``lex:providedNoun``), what a pronoun is said to be ("it is
the wrong policy"), a field of work ("government policy", ``lex:fieldSenseNoun``),
devotion to an actor ("the government's commitment to the NHS", ``lex:devotionNoun``) and the
total that proposals named before are taken to ("taking the total to a 7% uplift"), or a
branch of the state named by its sector ("the police service", ``lex:sectorWord``), or an
outcome warned of ("warnings of the closure of services", ``lex:fearNoun``).
A numbered part of a law in force ("Section 21", ``lex:provisionNoun``) is no proposal either,
nor a claim for anything but a change in pay or money ("claims that X", ``lex:claimNoun``), nor
an open set added to those named ("other reforms", "further cuts", ``lex:openSetWord``), nor
what a verb of equating says its subject is ("the offer represented a good deal",
``lex:equatingVerb``).

Example: in "Ministers cut the prison budget", "prison budget" names no proposal; in
"Ministers set out the 2025/26 budget" the year names one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["names_no_proposal", "numbered_provision"]

_MONEY = frozenset({"£", "$", "€", "%"})


def names_no_proposal(
    token: Token, det: str | None, modifiers: Sequence[Token], lexicon: Lexicon
) -> bool:
    """The proposal head ``token`` with its determiner and modifiers names no proposal: one of
    the general senses in the module's docstring."""
    lemma = token.lemma_.lower()
    return (
        lemma in lexicon.account_head_nouns
        and _money_a_thing_is_of(token, modifiers)
        and not _counted_or_named(token, modifiers, lexicon)
        or lemma in lexicon.clause_head_nouns
        and _said_of_what(token, modifiers)
        and not _decides_something(token)
        or lemma in lexicon.outcome_head_nouns
        and _settling(token, lexicon)
        or lemma in lexicon.provided_nouns
        and _bare_plural_of_common_words(token, det, modifiers)
        or det == "the"
        and _said_of_a_pronoun(token, modifiers)
        or lemma in lexicon.field_sense_nouns
        and _field_of_work(token, det, modifiers, lexicon)
        or lemma in lexicon.devotion_nouns
        and _devoted_to_an_actor(token, lexicon)
        or _a_total_reached(token)
        or lemma in lexicon.claim_nouns
        and not _claims_money(token, lexicon)
        or _open_set(det, modifiers, lexicon)
        or _equated_with_its_subject(token, modifiers, lexicon)
        or _counted_in_hundreds(token)
        or lemma == "service"
        and _a_public_service(modifiers, lexicon)
        or _feared(token, lexicon)
    )


def _feared(token: Token, lexicon: Lexicon) -> bool:
    """ "warnings of the closure of public services", "fears of cuts": the phrase after the
    "of" of a noun of fear (``lex:fearNoun``) is an outcome warned of, no proposal; so is one
    the parser coordinates with the noun of fear or with what follows its "of" ("warnings of
    redundancies and the closure of services")."""
    while token.dep_ == "conj":
        token = token.head
        if token.lemma_.lower() in lexicon.fear_nouns:
            return True
    of = token.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ == "NOUN"
        and of.head.lemma_.lower() in lexicon.fear_nouns
    )


def _a_public_service(modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "the police service", "the prison service", "the civil service": a branch of the
    state named by its sector alone (``lex:sectorWord``), an institution, no proposal ("the
    NHS 111 service", "a new police service" name one)."""
    words = [t.lower_ for t in modifiers]
    return len(words) == 1 and words[0] in lexicon.sector_words


#: words of a count in the hundreds or more: "thousands of contracts", "a million schemes"
_LARGE_COUNTS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions"})


def _counted_in_hundreds(token: Token) -> bool:
    """A plural counted in the hundreds or more ("over 37,000 multi-year agreements", "2,000
    contracts"): how many there are, a statistic, not one proposal; a few ("three demands",
    "two offers") may be the items of one, and "the 2024 contracts" are a year's."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    for number in token.children:
        if number.dep_ != "nummod":
            continue
        words = {w.lower_ for w in number.subtree}
        digits = number.text.replace(",", "")
        year = number.text.isdigit() and len(number.text) == 4 and 1900 <= int(number.text) <= 2100
        if digits.isdigit() and int(digits) >= 100 and not year or _LARGE_COUNTS & words:
            return True
    return False


def _equated_with_its_subject(token: Token, modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "the offer represented an extremely good deal for staff", "the announcement marks the
    first meaningful investment in colleges", "does not equate to a pledge": what a verb of
    equating (``lex:equatingVerb``) says its subject is, with only words of description before
    its head (adjectives, adverbs, an ordinal), is the subject described again, not a proposal
    of its own; an amount, a name or a noun before the head still names one ("marks a £400m
    investment")."""
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "a good deal for staff and a good deal for the taxpayer"
    verb, words = token.head, token.head.lemma_.lower()
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb, words = verb.head, f"{verb.head.lemma_.lower()} {verb.lower_}"
    elif token.dep_ not in ("dobj", "conj"):  # a second object the parser joined to the verb
        return False
    return (
        verb.pos_ in ("VERB", "AUX")
        and words in lexicon.equating_verbs
        and all(t.pos_ in ("ADJ", "ADV") and t.is_alpha for t in modifiers)
    )


def _open_set(det: str | None, modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """ "other urgent legislation", "further cuts" (``lex:openSetWord``, no determiner): things
    besides those named, not one proposal; an amount or a name still names one ("further £20m
    funding", "other Treasury reforms" are kept)."""
    return (
        det is None
        and any(t.lower_ in lexicon.open_set_words for t in modifiers)
        and not any(_amount_or_year(t) or t.pos_ == "PROPN" for t in modifiers)
    )


def _claims_money(token: Token, lexicon: Lexicon) -> bool:
    """ "a claim for a 5% rise", "a claim for better pay": a claim whose "for" asks for a change
    in money or pay (``lex:claimNoun``); "claims that X", "a claim for asylum" name none."""
    wanted = lexicon.policy_change_nouns | lexicon.money_nouns | lexicon.change_head_nouns
    if any(c.dep_ == "compound" and c.lemma_.lower() in wanted for c in token.lefts):
        return True  # "the pay claim" (its own head noun)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in wanted for o in c.children)
        for c in token.rights
    )


def _amount_or_year(token: Token) -> bool:
    """A number, an amount of money, a percentage or a year ("£500m", "3%", "2025/26")."""
    return token.like_num or any(c.isdigit() for c in token.text) or token.text in _MONEY


def _money_a_thing_is_of(token: Token, modifiers: Sequence[Token]) -> bool:
    """ "a share of the NHS budget", "responsibility for the police budget": a budget named by
    whose it is (a noun before it) and named as what another noun is of or for is the money
    that thing is measured against; a budget that is itself set, cut or published ("ministers
    set the health budget") may be the proposal, and a bare "the budget" refers back."""
    of = token.head
    return (
        any(t.dep_ == "compound" for t in modifiers)
        and token.dep_ == "pobj"
        and of.dep_ == "prep"
        and of.head.pos_ in ("NOUN", "PROPN")
    )


def _counted_or_named(token: Token, modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """A budget with an amount or a year in its phrase ("the 2025/26 budget", "a budget of
    £2bn"), a capital inside a sentence ("the Budget") or a word of a version ("a new budget")."""
    if token.is_title and token.i > token.sent.start or any(c.dep_ == "poss" for c in token.lefts):
        return True  # "the Budget", "the chancellor's budget": a fiscal statement
    if any(t.lower_ in lexicon.version_words for t in modifiers):
        return True
    words = [*modifiers, *(t for c in token.rights if c.dep_ == "prep" for t in c.subtree)]
    return any(_amount_or_year(t) for t in words)


def _said_of_what(token: Token, modifiers: Sequence[Token]) -> bool:
    """ "treatment decisions", "a decision on mergers": a noun before the head or a preposition
    after it says what the decision is about, not what it decides; a bare "the decision"
    refers back to one named before."""
    return any(t.dep_ == "compound" for t in modifiers) or any(
        c.dep_ == "prep" for c in token.rights
    )


def _decides_something(token: Token) -> bool:
    """A decision with what is decided after it: an infinitive ("the decision to delay the
    ban") or a that-clause ("the decision that schools will close")."""
    return any(
        c.dep_ in ("acl", "ccomp", "relcl", "xcomp")
        and any(m.dep_ in ("aux", "mark") and m.lower_ in ("to", "that") for m in c.lefts)
        for c in token.rights
    )


def _settling(token: Token, lexicon: Lexicon) -> bool:
    """ "a swift resolution", "a resolution to the dispute", "a resolution with a better
    contract": an adjective of how soon or how well a dispute ends (``lex:settlingAdjective``)
    before the noun, or "to" or "with" after it, make it the settling of a dispute; a motion
    is named, numbered or described by what it calls for ("a non-binding resolution calling
    for ...")."""
    return any(
        c.dep_ == "amod" and c.lower_ in lexicon.settling_adjectives for c in token.lefts
    ) or any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in token.rights)


def _bare_plural_of_common_words(token: Token, det: str | None, modifiers: Sequence[Token]) -> bool:
    """ "deliver frontline services", "provide local services": a plural with no determiner
    and only common words before it is the kind of thing a body provides, even as the object
    of a verb of delivering; so with the name of the body or the place that provides it ("NHS
    services", "Welsh services": a name the model takes for a body, place or people)."""
    return (
        token.tag_ == "NNS"
        and det is None
        and not any(c.dep_ == "poss" for c in token.lefts)
        and all(t.is_lower and t.is_alpha or t.ent_type_ in _PROVIDERS for t in modifiers)
    )


_PROVIDERS = frozenset({"ORG", "GPE", "NORP"})


def _said_of_a_pronoun(token: Token, modifiers: Sequence[Token]) -> bool:
    """ "it is the wrong policy": what a pronoun is said to be, with only adjectives before it,
    describes the thing the pronoun refers to, not a thing of its own (an indefinite one, "this
    is another poor offer", is left to the descriptions, which join it to the pronoun's)."""
    verb = token.head
    return (
        token.dep_ == "attr"
        and verb.lemma_ == "be"
        and all(t.pos_ == "ADJ" for t in modifiers)
        and not any(c.dep_ == "prep" for c in token.rights)
        and any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "DET") for c in verb.children)
    )


def _field_of_work(
    token: Token, det: str | None, modifiers: Sequence[Token], lexicon: Lexicon
) -> bool:
    """ "government policy should favour building", "policy set by ministers": a bare singular
    in lower case with only common words before it (no owner, name, number, quotation mark or
    word of a new version) is the field of work, a mass noun, not one proposal
    (``lex:fieldSenseNoun``)."""
    doc = token.doc
    return (
        det is None
        and token.tag_ == "NN"
        and token.is_lower
        and not any(c.dep_ == "poss" for c in token.lefts)
        and all(t.is_lower and t.is_alpha for t in modifiers)
        and not any(t.lower_ in lexicon.version_words for t in modifiers)
        and not any(t.is_quote for t in doc[token.left_edge.i : token.i])
    )


def _a_total_reached(token: Token) -> bool:
    """ "a 2% uplift, taking the total to a 7% uplift": what a total is taken or brought to is
    the sum of the proposals named before, not a proposal of its own."""
    to = token.head
    verb = to.head
    return (
        token.dep_ == "pobj"
        and to.lower_ == "to"
        and verb.pos_ == "VERB"
        and any(
            c.dep_ == "dobj" and (c.lemma_.lower() == "total" or _total_modifier(c))
            for c in verb.children
        )
    )


def _total_modifier(token: Token) -> bool:
    """ "the total package", "the total rise": a total named by its adjective."""
    return any(c.dep_ == "amod" and c.lower_ == "total" for c in token.children)


_ACTOR_ENTITIES = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def _devoted_to_an_actor(token: Token, lexicon: Lexicon) -> bool:
    """ "the government's commitment to the NHS", "a commitment to working people": what
    follows "to" is an actor (a name the model takes for a body, person or people, or a word
    for people), so the commitment is devotion to them, not a proposal
    (``lex:devotionNoun``); "a commitment to cut waiting times" is one."""
    people = lexicon.people_nouns | lexicon.workforce_nouns | lexicon.group_nouns
    for to in token.rights:
        if to.dep_ == "prep" and to.lower_ == "to":
            objects = [o for o in to.children if o.dep_ == "pobj"]
            return bool(objects) and all(
                o.ent_type_ in _ACTOR_ENTITIES or o.lemma_.lower() in people for o in objects
            )
    return False


def numbered_provision(span: Span, lexicon: Lexicon) -> bool:
    """A name that is a numbered part of a law ("Section 21", "Section 21s", "Article 50"):
    a provision of a law in force, not a proposal (``lex:provisionNoun``)."""
    return (
        len(span) >= 2
        and span[0].lower_ in lexicon.provision_nouns
        and any(c.isdigit() for c in span[1].text)
    )
