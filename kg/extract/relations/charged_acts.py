"""The stance of a critic on what they criticise someone for doing (stance31).

"The union criticised the council for backing the levy" → the union ``opposes`` the levy
(and the council ``supports`` it, read by the verb rule now that the gerund is the council's:
:mod:`kg.extract.relations.charges`); "blamed the minister for scrapping the levy" → the
critic ``supports`` the levy; one who praises ("praised the board for backing the plan")
takes the side of the act. The act is a gerund after the "of" or "for" of a verb of
criticising or praising; its stance is what the lexicon's triggers say of it (proposing or
backing a proposal, or going against it).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.charges import CHARGE_PREPOSITIONS, charging_verb
from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children, conjuncts, preps
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["charged_act"]

BACKING = (KG.proposes, KG.supports)


def charged_act(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """At a verb of criticising or praising: the critic's stance on the proposals of each act
    it charges someone with (against what the act backs, for what it goes against; the other
    way round for praise)."""
    acts = [
        act
        for prep in preps(token, *CHARGE_PREPOSITIONS)
        + [p for o in children(token, "dobj") for p in preps(o, "of")]
        for gerund in children(prep, "pcomp")
        for act in conjuncts(gerund)
        if (verb := charging_verb(act, context.lexicon)) is not None and verb.i == token.i
    ]
    if not acts:
        return
    praised = context.lexicon.triggers.get((token.lemma_.lower(), "")) == KG.welcomes
    critics = [(k, t) for k, t in context.subject_entities(token) if context.core(k) in ACTORS]
    accused = {k for act in acts for k, _ in context.subject_entities(act)}
    critics = [(k, t) for k, t in critics if k not in accused]
    for act in acts:
        for route in routes(context, act):
            core = context.schema.core_property(route.predicate) or route.predicate
            if core not in (*BACKING, KG.opposes):
                continue
            backs = core in BACKING
            yield from context.emit(
                rule,
                critics,
                KG.supports if backs == praised else KG.opposes,
                context.object_entities(route.objects, PROPOSALS, search=False),
                [token],
                context.modality(token),
                f"{token.lemma_.lower()} for {route.trigger}",
            )
