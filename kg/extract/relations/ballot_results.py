"""A body's ballot result (``participatesIn``): "the union said its ballot results showed strong
support", "“Our ballot result today shows the strength of feeling”", "Unite's vote result" →
the owner of the result (a noun of a result, ``lex:resultNoun``, after the noun of a ballot or
consultation) held that ballot. A speaker's "our" is the body their role puts them in
(:func:`~kg.extract.relations.spokespeople.for_bodies`).

The noun of the ballot before "result" names no event of its own: the result is that of the
ballot or consultation of its class the sentence names, else of the only one the article
names.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Rule
from kg.extract.relations.grammar import children
from kg.extract.relations.spokespeople import for_bodies
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["ballot_result"]

# events a body holds among its members, whose result it announces
BALLOTS = (KG.Vote, KG.Consultation)


def ballot_result(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The owner of "<ballot> result" takes part in the ballot it names."""
    ballots = [
        c
        for c in children(token, "compound")
        if context.lexicon.head_nouns.get(c.lemma_.lower()) in BALLOTS
    ]
    owners = children(token, "poss")
    if not ballots or not owners:
        return
    cls = context.lexicon.head_nouns[ballots[0].lemma_.lower()]
    event = _ballot_of(context, cls, token)
    if event is None:
        return
    actors = [(k, o) for o in owners if (k := context.entity(o, ACTORS)) is not None]
    yield from context.emit(
        rule,
        for_bodies(context, actors, event),
        KG.participatesIn,
        [(event, ballots[0])],
        [token],
        KG.Asserted,
        f"{ballots[0].lemma_.lower()} {token.lemma_.lower()}",
    )


def _ballot_of(context: Context, cls: URIRef, token: Token) -> str | None:
    """The event of class ``cls`` named in the token's sentence, else the only one named in
    the article."""
    resolved = context.resolved
    sentence = context.sentence_at(token.idx)
    keys: dict[str, bool] = {}
    for mention, key in zip(resolved.mentions, resolved.mention_entity, strict=True):
        if key is None or resolved.by_key[key].type != cls:
            continue
        inside = sentence is not None and mention.sentence == sentence.index
        keys[key] = keys.get(key, False) or inside
    here = [k for k, inside in keys.items() if inside]
    if len(here) == 1:
        return here[0]
    return next(iter(keys)) if len(keys) == 1 else None
