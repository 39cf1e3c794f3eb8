"""Acts done at another's behest: "at the request of X" says X asked the doer.

"The unions suspended the strike at the request of the court", "the union joined the talks at
the invitation of the minister": an act done "at" the request, invitation or urging of an
actor (``lex:behestNoun``) was asked of its doer by that actor, so the actor
``communicatesWith`` the subject of the act's clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Rule
from kg.extract.relations.grammar import is_verb, objects_of, preps
from kg.extract.relations.speech import actors
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["behest"]


def behest(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The actor after "at the request of" ``communicatesWith`` the subject of the clause the
    phrase hangs on."""
    if token.dep_ != "pobj" or token.lemma_.lower() not in context.lexicon.behest_nouns:
        return
    at = token.head
    verb = at.head
    if at.lower_ != "at" or not is_verb(verb):
        return
    askers = context.object_entities(
        [o for p in preps(token, "of") for o in objects_of(p)], ACTORS, search=False
    )
    askers = actors(context, askers)
    doers = actors(context, context.subject_entities(verb))
    own = {k for k, _ in doers}
    yield from context.emit(
        rule,
        [(k, t) for k, t in askers if k not in own],
        KG.communicatesWith,
        doers,
        [token],
        context.modality(verb),
        f"at the {token.lemma_.lower()} of",
    )
