"""Directives: what someone urges, recommends or calls on others to do (``lex:directiveVerb``).

Asking others to accept or reject a proposal takes a side on it: "the union recommended
that members accept the offer" → the union ``supports`` the offer; "Unison urged the
Government to scrap the levy" → Unison ``opposes`` the levy; "urged members not to accept"
turns it round. The stance is read from the triggers of what is asked (``supports`` or
``opposes`` and below). Calling on one's own members to act organises the action: "the
union urged its members to join the strike" → the union ``participatesIn`` the strike.
What the others are asked to do is not asserted of them (``modality.directive_complement``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, EVENTS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of, preps
from kg.extract.relations.modality import directive_complement, directs
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["directive", "wished"]

STANCES = (KG.supports, KG.opposes)
DIRECTED_PREPOSITIONS = ("on", "upon", "to")  # "called on X to", "appealed to X to"


def directive(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The stance of whoever asks others to accept or reject a proposal, and the action they
    organise by calling on their own members to take it."""
    if not is_verb(token) or not directs(token, context.lexicon):
        return
    askers = [(k, t) for k, t in context.subject_entities(token) if context.core(k) in ACTORS]
    if not askers:
        return
    modality = context.modality(token)
    own = _asks_own_members(context, token, {k for k, _ in askers})
    for clause in wished(context, token):
        for predicate, objects, trigger in routes(context, clause):
            core = context.schema.core_property(predicate) or predicate
            if core not in STANCES:
                continue
            if has_child(clause, "neg"):  # "urged members not to accept the offer"
                core = KG.opposes if core == KG.supports else KG.supports
            yield from context.emit(
                rule,
                askers,
                core,
                context.object_entities(objects, PROPOSALS, search=True),
                [token, clause],
                modality,
                f"{token.lemma_.lower()} to {trigger}",
            )
        if own and not has_child(clause, "neg"):
            yield from context.emit(
                rule,
                askers,
                KG.participatesIn,
                _events(context, clause),
                [token, clause],
                modality,
                f"{token.lemma_.lower()} members to {clause.lemma_.lower()}",
                case="organiser",
            )


def wished(context: Context, token: Token) -> list[Token]:
    """The clauses a directive asks for, and what they lead to: "recommended that members
    vote to accept" → [vote, accept]."""
    found: list[Token] = []
    candidates = list(token.children)
    candidates += [c for p in preps(token) for o in objects_of(p) for c in children(o, "relcl")]
    stack = [c for c in candidates if directive_complement(c, context.lexicon)]
    while stack:
        clause = stack.pop(0)
        found.append(clause)
        stack.extend(c for c in children(clause, "xcomp") if is_verb(c))
    return found


def _asks_own_members(context: Context, token: Token, askers: set[str]) -> bool:
    """True when the directive is addressed to the askers' own people: "urged its members",
    "called on Unite members" (a group noun whose possessor or modifier is an asker)."""
    addressed = children(token, "dobj")
    addressed += [
        g for c in token.children if c.dep_ in ("prt", "prep", "dative") for g in objects_of(c)
    ]
    addressed += [s for c in wished(context, token) for s in children(c, "nsubj")]
    for noun in addressed:
        if not context.is_group(noun):
            continue
        for owner in children(noun, "poss", "compound"):
            if context.entity(owner, ACTORS) in askers:
                return True
    return False


def _events(context: Context, clause: Token) -> list[Found]:
    """The events a clause is about: its objects ("take collective action", "join the
    strike"), or the event its verb names ("to strike")."""
    objects = children(clause, "dobj")
    objects += [g for c in children(clause, "prep") for g in objects_of(c)]
    found = context.object_entities(objects, EVENTS, search=True)
    return found or context.event_named_by(clause)
