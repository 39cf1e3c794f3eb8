"""Directives: what someone urges, recommends or calls on others to do (``lex:directiveVerb``),
or says in reported speech that they should or must do.

Asking others to act communicates with them (``urges``, case ``addressed``): "the union
called for the Government to drop the levy", "Downing Street said Unite need to focus on
talks".
Asking others to accept or reject a proposal takes a side on it: "the union recommended
that members accept the offer" → the union ``supports`` the offer; "Unison urged the
Government to scrap the levy" → Unison ``opposes`` the levy; "urged members not to accept"
turns it round. The stance is read from the triggers of what is asked (``supports`` or
``opposes`` and below), and asking for a proposal to be dropped or rethought opposes it
(``lex:cancelVerb``, ``lex:reconsiderVerb``); asking them to bring in something new puts it
forward ("called on the ministry to launch an inquiry" → ``proposes`` the inquiry, as
:mod:`~kg.extract.relations.new_demands` reads it). Calling on one's own members to act
organises the action: "the union urged its members to join the strike" → the union
``participatesIn`` the strike.
What the others are asked to do is not asserted of them (``modality.directive_complement``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, EVENTS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import (
    children,
    has_child,
    is_verb,
    objects_of,
    preps,
    subjects_of,
)
from kg.extract.relations.modality import directive_complement, directs
from kg.extract.relations.new_demands import introduced
from kg.extract.relations.verbs import Route, routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["directive", "wished"]

STANCES = (KG.supports, KG.opposes)
DEONTIC_AUX = ("should", "must", "ought")  # "said the union should accept"
DEONTIC_VERBS = ("need", "have")  # "said Unite need to focus on talks"


def _subjects_asked(token: Token, clauses: list[Token]) -> list[Token]:
    """The subjects of the wished clauses, and of the clause a wished infinitive hangs on;
    never the asking verb's own subjects ("X and Y asked to meet the unions": both ask,
    neither is asked)."""
    asked = [s for c in clauses for s in children(c, "nsubj")]
    return asked + [
        s
        for c in clauses
        if c.dep_ == "xcomp" and c.head != token
        for s in children(c.head, "nsubj")
    ]


def directive(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Whoever asks others to act communicates with them; asking them to accept or reject a
    proposal takes a side on it; calling on one's own members to take action organises it."""
    if not is_verb(token):
        return
    lexicon = context.lexicon
    if directs(token, lexicon):
        clauses = wished(context, token)
        addressed = children(token, "dobj")
        addressed += [
            g for c in token.children if c.dep_ in ("prt", "prep", "dative") for g in objects_of(c)
        ]
    elif token.lemma_.lower() in lexicon.speech_verbs:
        clauses = _demanded(token)  # "X said the union should accept the offer"
        addressed = []
    else:
        return
    if not clauses:
        return
    askers = _askers(context, token, addressed)
    addressed += _subjects_asked(token, clauses)
    if not askers:
        return
    keys = {k for k, _ in askers}
    modality = context.modality(token)
    lemma = token.lemma_.lower()
    others = [
        (k, t) for k, t in context.object_entities(addressed, ACTORS, search=False) if k not in keys
    ]
    yield from context.emit(
        rule, askers, KG.urges, others, [token], modality, f"{lemma} to act", case="addressed"
    )
    own = _own_people(context, addressed, keys)
    for clause in clauses:
        for predicate, objects, trigger in _stances(context, clause):
            core = context.schema.core_property(predicate) or predicate
            if has_child(clause, "neg"):  # "urged members not to accept the offer"
                core = KG.supports if core == KG.opposes else KG.opposes
            yield from context.emit(
                rule,
                askers,
                core,
                context.object_entities(objects, PROPOSALS, search=True),
                [token, clause],
                modality,
                f"{lemma} to {trigger}",
            )
        if own and not has_child(clause, "neg"):
            yield from context.emit(
                rule,
                askers,
                KG.participatesIn,
                _events(context, clause),
                [token, clause],
                modality,
                f"{lemma} members to {clause.lemma_.lower()}",
                case="organiser",
            )


def _askers(context: Context, verb: Token, addressed: list[Token]) -> list[Found]:
    """Who asks: the verb's subjects, or the one actor of a meeting that is its subject. No one
    urges themselves: a subject that is also the one addressed ("it urged the government",
    with "it" taken for the government) is a misreading, and asks nothing."""
    subjects = _writer(context, verb) or context.subject_entities(verb)
    askers = [(k, t) for k, t in subjects if context.core(k) in ACTORS]
    askers = askers or _held_by_one(context, verb)
    named = [t for t in addressed if not context.is_group(t)]  # not "its members"
    told = {k for k, _ in context.object_entities(named, ACTORS, search=False)}
    return [(k, t) for k, t in askers if k not in told]


def _writer(context: Context, verb: Token) -> list[Found]:
    """Who writes or speaks to someone, for a participle of asking the parser hung on the
    addressee ("has written to the health secretary calling for him to launch an inquiry":
    the writer calls, not the secretary). News tells what a letter or a speech asks by a
    participle after its addressee; the verb before "to" is one of communication (its
    trigger with "to" is ``kg:communicatesWith`` or below: "write to", "speak to")."""
    addressee = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or addressee.dep_ != "pobj":
        return []
    to = addressee.head
    predicate = context.lexicon.triggers.get((to.head.lemma_.lower(), to.lower_))
    if to.lower_ != "to" or predicate is None or not is_verb(to.head):
        return []
    if context.schema.core_property(predicate) != KG.communicatesWith:
        return []
    return context.subject_entities(to.head)


def _held_by_one(context: Context, verb: Token) -> list[Found]:
    """For a directive whose subject is a meeting or conference of one actor ("an emergency
    meeting of the union urged ministers to ..."): that actor, who speaks through it. An event
    of several actors ("talks between X and Y") speaks for none of them."""
    found: list[Found] = []
    for subject in subjects_of(verb):
        key = context.entity(subject, EVENTS)
        holders = sorted(context.participants.get(key, ())) if key is not None else []
        if len(holders) == 1:
            found.append((holders[0], subject))
    return found


def _demanded(verb: Token) -> list[Token]:
    """What reported speech says someone should do: "said the union should accept" →
    [accept], "said Unite need to focus on talks" → [focus]."""
    found = []
    for clause in children(verb, "ccomp"):
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUX for c in clause.children):
            found.append(clause)
        elif clause.lemma_.lower() in DEONTIC_VERBS:
            found += [c for c in children(clause, "xcomp") if is_verb(c)]
    return found


def _stances(context: Context, clause: Token) -> list[Route]:
    """What asking for ``clause`` says of its objects: its ``supports``/``opposes`` triggers
    ("to accept the offer"), and going back on them ("to rethink the award", "to scrap
    the levy": ``lex:reconsiderVerb``, ``lex:cancelVerb``); asking others to bring a thing in
    (``kg:introduces``) puts a new thing forward and backs one already there ("to launch an
    inquiry", "to introduce the levy": :func:`~kg.extract.relations.new_demands.introduced`)."""
    found = [
        route
        for route in routes(context, clause)
        if (context.schema.core_property(route.predicate) or route.predicate) in STANCES
    ]
    lemma = clause.lemma_.lower()
    if not found and (lemma in context.lexicon.reconsider_verbs or context.cancels(clause)):
        found.append(Route(KG.opposes, children(clause, "dobj"), lemma))
    if not found:  # "called on the ministry to launch an inquiry": puts the inquiry forward
        found = [
            Route(introduced(context, route.objects), route.objects, route.trigger)
            for route in routes(context, clause)
            if route.predicate == KG.introduces
        ]
    return found


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


def _own_people(context: Context, addressed: list[Token], askers: set[str]) -> bool:
    """True when a directive is addressed to the askers' own people: "urged its members",
    "called on Unite members" (a group noun whose possessor or modifier is an asker)."""
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
