"""Distrust: trust in an actor denied is public criticism of it.

"The union passed a vote of no confidence in the board", "the council has lost faith in
ministers", "“Nothing in the talks gave us confidence that the ministry would move”": a noun of
trust (``lex:trustNoun``) denied by "no", by a negated verb, by "nothing" as the subject of its
verb or by a verb of being without (``lex:trustLossVerb``: "lost", "lacks") says that whoever
holds the view distrusts the actor after "in", or the actor the clause of the noun says will
act. The annotation conventions count public criticism as communication (``criticises``, a
kind of ``communicatesWith``). Who holds the view is the subject of the noun's verb ("the union
passed", "the council has lost"), else the speaker of the quotation it is in. Trust affirmed
("we have confidence in the board") praises, and is not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of, preps
from kg.extract.relations.speech import MAX_CLIMB, actors, hypothetical, voice
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["distrust"]

NOTHING = ("nothing", "none")  # "nothing gave us confidence that ..."
# "confidence that the ministry would move" (a relative clause where the parser takes "that"
# for a relative pronoun)
CLAUSES = ("acl", "ccomp", "relcl")


def distrust(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Whoever holds trust in an actor denied ``criticises`` the actor."""
    if token.lemma_.lower() not in context.lexicon.trust_nouns:
        return
    verb = _verb_of(token)
    if verb is None or hypothetical(context, verb):
        return
    denial = _denial(context, token, verb)
    if denial is None or (denial == "noun" and has_child(verb, "neg")):
        return  # "will not back the vote of no confidence": no one distrusts
    distrusted = _distrusted(context, token)
    if not distrusted:
        return
    holders = actors(context, context.subject_entities(verb)) or _speaker(context, token)
    own = context.with_their_bodies(holders)
    # "does not have confidence in": the negation is the criticism, not a denial of it
    modality = voice(context, verb) if has_child(verb, "neg") else context.modality(verb)
    yield from context.emit(
        rule,
        holders,
        KG.criticises,
        [(k, t) for k, t in distrusted if k not in own],
        [token],
        modality,
        f"no {token.lemma_.lower()}",
    )


def _verb_of(token: Token) -> Token | None:
    """The verb the noun hangs on, through a noun it completes ("passed a vote of no
    confidence": "passed")."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i:
            return None
        current = current.head
        if is_verb(current):
            return current
    return None


def _denial(context: Context, token: Token, verb: Token) -> str | None:
    """What denies the trust: "noun" for "no confidence" and "no-confidence", "verb" for "did
    not have confidence", "lost confidence" and "nothing gave us confidence"; else None."""
    doc = token.doc
    before = [doc[k].lower_ for k in range(max(token.i - 2, 0), token.i)]
    if "no" in before or any(c.lower_ == "no" for c in token.children):
        return "noun"
    if token.dep_ != "dobj" or token.head.i != verb.i:
        return None
    if has_child(verb, "neg") or verb.lemma_.lower() in context.lexicon.trust_loss_verbs:
        return "verb"
    return "verb" if any(s.lower_ in NOTHING for s in children(verb, "nsubj")) else None


def _distrusted(context: Context, token: Token) -> list[Found]:
    """The actors after "in" ("no confidence in the board") and those the clause of the noun
    says will act ("confidence that the ministry would move"); not a pronoun."""
    named = [o for p in preps(token, "in") for o in objects_of(p)]
    found = context.object_entities(named, ACTORS, search=False)
    for clause in children(token, *CLAUSES):
        found += context.subject_entities(clause)
    return [(k, t) for k, t in actors(context, found) if t.pos_ != "PRON"]


def _speaker(context: Context, token: Token) -> list[Found]:
    """The speakers of the quotation the noun is in ("I" and "we" included)."""
    quotation = context.resolved.quotation_at(token.idx)
    if quotation is None or quotation.speaker is None:
        return []
    return [(key, token) for key in quotation.speakers or (quotation.speaker,)]
