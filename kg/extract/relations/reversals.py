"""Reversals: a stance on undoing a proposal is the opposite stance on the proposal.

"The union opposed the scrapping of the levy", "criticised plans to delay the levy",
"campaigned against abolishing the levy" → the union ``supports`` the levy; "the guild
welcomed the decision to scrap the levy", "backed calls to abolish it" → ``opposes`` it.
Undoing is a noun (``lex:undoingNoun``: "the scrapping of", "a delay to", "a U-turn on")
or a verb (``lex:undoingVerb``) that is the object of a verb of stance or the infinitive of
its object ("the decision to scrap"). The other rules find nothing of the proposal inside
such a phrase (``phrase_search.searchable``), so this is the only stance read from it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children, objects_of, preps
from kg.extract.relations.phrase_search import undoes, undoing_noun
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["reversal"]

UNDONE = ("of", "to", "on", "for")  # "the scrapping of", "a delay to", "a U-turn on"
OPPOSITE = {KG.supports: KG.opposes, KG.opposes: KG.supports}


def reversal(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The opposite of a verb's stance on the proposal its object undoes."""
    for route in routes(context, token):
        core = context.schema.core_property(route.predicate) or route.predicate
        if route.predicate == KG.criticises:
            core = KG.opposes  # "criticised the delay to the levy": criticism of a measure
        if core not in OPPOSITE:
            continue
        undone = [t for o in route.objects for t in _undone(context, o)]
        if not undone:
            continue
        # "defended the decision to delay the drive", one proposal in all: the verb's own
        # stance is on it, and it is not what its phrase undoes
        itself = {k for k, _ in context.object_entities(route.objects, PROPOSALS, search=False)}
        objects = context.object_entities(undone, PROPOSALS, search=False)
        subjects = [(k, t) for k, t in context.subject_entities(token) if context.core(k) in ACTORS]
        yield from context.emit(
            rule,
            subjects,
            OPPOSITE[core],
            [(k, t) for k, t in objects if k not in itself],
            [token],
            context.modality(token),
            route.trigger,
        )


def _undone(context: Context, phrase: Token) -> list[Token]:
    """What the object phrase of a verb of stance undoes: "the scrapping of [the levy]",
    "plans to scrap [the levy]", "scrapping [the levy]"."""
    lexicon = context.lexicon
    if undoes(phrase, lexicon):  # "argued against scrapping the levy"
        return children(phrase, "dobj")
    if undoing_noun(phrase, lexicon):
        # "criticised the delay [to the levy]": the parser may hang the "to" on the verb
        after = [p for p in preps(phrase.head, *UNDONE) if p.i == phrase.right_edge.i + 1]
        owners = children(phrase, "poss")  # "the levy's demise"
        return owners + [o for p in preps(phrase, *UNDONE) + after for o in objects_of(p)]
    acts = [a for a in children(phrase, "acl", "relcl") if undoes(a, lexicon)]
    return [o for a in acts if not children(a, "nsubj") for o in children(a, "dobj")]
