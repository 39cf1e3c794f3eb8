"""Contents: the terms an offer is made of, told where the offer is made (stance26).

* **of**: "the offer of a one-off payment and a 4% rise" → the payment and the rise
  ``partOf`` the offer. After a noun of settlement (``lex:dealHead``: offer, deal, package),
  "of" with a list names what the settlement holds, as "a package of measures" does; one
  thing after "of" is often the offer itself under another name ("an offer of 4%"), so only
  a list of two or more is read.
* **offered**: "the ministry is offering staff a one-off payment and a 4% rise" → each
  ``partOf`` the offer the article named before. News writing names the offer first (the
  headline or lede: "staff will consider a new pay offer from the ministry") and then gives
  its terms in a clause of offering (``lex:offeringVerb``) with the terms as a list; the list
  is the offer's parts only when the article has named exactly one offer before it (two
  offers named leave open which one the terms are of).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, conjuncts, is_verb, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["offer_of", "offered_terms", "terms_listed"]

LIST = 2  # things coordinated: fewer is one thing, perhaps the offer itself


def offer_of(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A noun of settlement naming a proposal, with "of" and a list: each listed proposal is
    part of it ("the offer of a payment and a rise")."""
    if token.lemma_.lower() not in context.lexicon.deal_heads:
        return
    whole = context.entity(token, PROPOSALS)
    if whole is None:
        return
    for of in preps(token, "of"):
        for listed in objects_of(of):
            if len(conjuncts(listed)) < LIST:
                continue
            parts = [
                (k, t)
                for k, t in context.object_entities([listed], PROPOSALS, search=False)
                if k != whole
            ]
            modality = context.modality(token.head) if is_verb(token.head) else KG.Asserted
            yield from context.emit(
                rule, parts, KG.partOf, [(whole, token)], [of], modality, f"{token.lower_} of"
            )


def terms_listed(context: Context, token: Token, whole: str) -> list[Found]:
    """The proposals listed after "of" on a noun of settlement that names ``whole`` ("the
    offer of a payment and a rise"): what makes the offer puts its terms forward too (the
    offering side proposes each term, as "is offering staff a payment and a rise" does)."""
    if token.lemma_.lower() not in context.lexicon.deal_heads:
        return []
    return [
        (k, t)
        for of in preps(token, "of")
        for listed in objects_of(of)
        if len(conjuncts(listed)) >= LIST
        for k, t in context.object_entities([listed], PROPOSALS, search=False)
        if k != whole
    ]


def offered_terms(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A clause of offering whose object is a list of proposals: each is part of the one offer
    the article named before the clause ("is offering staff a payment and a rise")."""
    if not is_verb(token) or token.lemma_.lower() not in context.lexicon.offering_verbs:
        return
    objects = children(token, "dobj")
    if not objects or len(conjuncts(objects[0])) < LIST:
        return
    terms = context.object_entities(objects[:1], PROPOSALS, search=False)
    if not terms:
        return
    whole = _offer_named_before(context, token, {k for k, _ in terms})
    if whole is None:
        return
    yield from context.emit(
        rule, terms, KG.partOf, [whole], [token], context.modality(token), token.lemma_.lower()
    )


def _offer_named_before(context: Context, verb: Token, terms: set[str]) -> Found | None:
    """The one proposal headed by a noun of settlement named in a sentence before the verb's
    (not one of its terms), found at the verb (the evidence is the verb's sentence); None when
    there are none or several."""
    resolved = context.resolved
    sentence = context.sentence_at(verb.idx)
    if sentence is None:
        return None
    deals = context.lexicon.deal_heads
    named = {
        key
        for mention, key in zip(resolved.mentions, resolved.mention_entity, strict=True)
        if key is not None
        and key not in terms
        and mention.start < sentence.start
        and (mention.head.lower() in deals or mention.head.lower().removesuffix("s") in deals)
        and context.core(key) == KG.Proposal
    }
    if len(named) != 1:
        return None
    return named.pop(), verb
