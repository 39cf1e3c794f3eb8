"""Grievances: a bad feeling named by a noun and aimed at an actor is public criticism of it.

"The union cited its frustration with the ministry", "dissatisfaction with how the council
has run the talks", "“an expression of our anger at the board”" (``lex:grievanceNoun``
with "with", "at", "around" or "towards"): whoever feels it ``criticises`` the actor, and
the annotation conventions count public criticism as communication. Who feels it is the
noun's possessor (in a quotation, "our" and "my" are the speaker's), else the subject of the
clause the noun is in. Aimed at a proposal ("anger at the levy") the feeling is a stance on
it, read by the ``noun`` rule (``lex:trigger``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import children, is_verb
from kg.extract.relations.speech import actors
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["grievance"]

AIMED = ("with", "at", "around", "towards", "toward")  # "frustration with the ministry"
SPEAKERS_OWN = ("our", "my")


def grievance(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The holder of a bad feeling ``criticises`` the actors it is aimed at."""
    if token.lemma_.lower() not in context.lexicon.grievance_nouns:
        return
    aimed: list[Found] = []
    preps = children(token, "prep")
    if token.dep_ == "dobj":  # "citing frustration with X": the parser may hang it on the verb
        preps += children(token.head, "prep")
    for prep in preps:
        if prep.lower_ not in AIMED:
            continue
        aimed += context.object_entities(children(prep, "pobj"), ACTORS, search=False)
        for clause in children(prep, "pcomp"):  # "with how the council has run the talks"
            aimed += [(k, t) for k, t in context.subject_entities(clause) if t.pos_ != "PRON"]
    aimed = actors(context, aimed)
    if not aimed:
        return
    verb = token.head.head if token.dep_ == "pobj" else token.head
    holders = _holders(context, token, verb)
    own = context.with_their_bodies(holders)
    modality = context.modality(verb) if is_verb(verb) else KG.Asserted
    yield from context.emit(
        rule,
        holders,
        KG.criticises,
        [(k, t) for k, t in aimed if k not in own],
        [token],
        modality,
        token.lemma_.lower(),
    )


def _holders(context: Context, token: Token, verb: Token) -> list[Found]:
    """Who feels it: the possessor ("its frustration"; "our" and "my" in a quotation are its
    speaker's), else the subject of the verb it hangs on ("the union cited dissatisfaction")."""
    owners = children(token, "poss")
    if owners:
        quotation = context.resolved.quotation_at(token.idx)
        if owners[0].lower_ in SPEAKERS_OWN and quotation is not None and quotation.speaker:
            return [(key, owners[0]) for key in quotation.speakers or (quotation.speaker,)]
        return actors(context, context.object_entities(owners, ACTORS, search=False))
    if is_verb(verb):
        return actors(context, context.subject_entities(verb))
    return []
