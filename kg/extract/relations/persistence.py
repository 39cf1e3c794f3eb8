"""Persisting (proposes6): going on with a proposal despite what stands in its way is putting
it forward.

"The Treasury will press ahead with the levy", "ministers pushed the changes through", "she
intends to proceed with the reform" → the Treasury, the ministers and she ``proposes`` the
levy, the changes and the reform. The verbs, with their particle or adverb, are
``lex:persistingVerb``; what they go on with is the object of "with" ("press ahead with",
"proceed with") or of "through" ("push through"). "Pressed ahead with its ballot over the
levy": the levy named inside the event's phrase is not put forward.

Going on with an event is holding it (events9): "the union's members are pressing ahead with a
strike", "the guild will go ahead with the ballot" → the union and the guild ``participatesIn``
the strike and the ballot, as those who call or stage them do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import EVENTS, PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children, is_verb, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["persisted"]


def persisted(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A verb of going on with something ("press ahead with", "push through") puts its object
    forward, as the subject's own."""
    if not is_verb(token):
        return
    words = context.lexicon.persisting_verbs
    lemma = token.lemma_.lower()
    if lemma not in context.lexicon.persisting_lemmas:
        return
    found: list[tuple[str, list[Token]]] = []
    if lemma in words:  # "proceed with"
        found.append((lemma, [o for p in preps(token, "with") for o in objects_of(p)]))
    for part in token.children:
        phrase = f"{lemma} {part.lower_}"
        if part.dep_ not in ("prt", "advmod", "prep") or phrase not in words:
            continue
        if part.lower_ == "through":  # "pushed through the changes", "pushed the changes through"
            objects = objects_of(part) or children(token, "dobj")
        else:  # "pressed ahead with the levy": "with" on the verb or on "ahead"
            objects = [o for p in preps(token, "with") + preps(part, "with") for o in objects_of(p)]
        found.append((phrase, objects))
    for trigger, objects in found:
        events = [o for o in objects if _an_event(context, o)]
        objects = [o for o in objects if o not in events]
        yield from context.emit(
            rule,
            context.subject_entities(token),
            KG.proposes,
            context.object_entities(objects, PROPOSALS, search=True),
            [token],
            context.modality(token),
            trigger,
        )
        yield from context.emit(
            rule,
            context.subject_entities(token),
            KG.participatesIn,
            context.object_entities(events, EVENTS, search=False),
            [token],
            context.modality(token),
            trigger,
        )


def _an_event(context: Context, token: Token) -> bool:
    """True for an object naming an event and no proposal ("its ballot over the levy"): the
    phrase is not searched for a proposal inside it (review5)."""
    return context.entity(token, PROPOSALS) is None and context.entity(token, EVENTS) is not None
