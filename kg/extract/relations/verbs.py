"""Verbs: a trigger lemma, with its preposition or particle, from the lexicon (``lex:trigger``).

"Streeting wrote to the GPCE" → Streeting ``wroteTo`` the GPCE. The subject is found
through ``nsubj``, the passive agent ("imposed by the Government"), or inherited from the
governing clause ("writing ..., urging them", "planning to consult on"), and failing
those, the actors taking part in the event the sentence is about ("a referendum of BMA
members concluded with 98.9% voting to reject X"). Objects come through the direct object
or the preposition's object, expanded over coordination ("MNPs, SNPs and the PCN DES"),
and for proposals searched inside the object phrase ("advice on options to reform the
Carr-Hill formula"). Publishing "an analysis of the plan" advises on it (case
``analysis``); an inverse trigger swaps the sides ("the offer included funding").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.chained_particles import chained_particle_routes
from kg.extract.relations.contents import terms_listed
from kg.extract.relations.coordinated import coordinated_with
from kg.extract.relations.core import (
    ACTORS,
    EVENTS,
    PROPOSALS,
    Context,
    Found,
    Rule,
    Types,
)
from kg.extract.relations.doers import STANCES, asks_own_people, proposers
from kg.extract.relations.for_clauses import for_clause_routes
from kg.extract.relations.grammar import (
    children,
    conjuncts,
    has_child,
    indirect_objects,
    is_verb,
    modified,
    objects_of,
    participle_objects,
    particle_objects,
    preps,
    second_objects,
)
from kg.extract.relations.modality import asked_for
from kg.extract.relations.new_demands import new_or_known
from kg.extract.relations.phrase_search import undoes, undoing_noun
from kg.extract.relations.verb_guards import (
    charged,
    complex_preposition,
    may_trigger,
    misread_particle,
)
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = [
    "Route",
    "addressed_house",
    "event_holders",
    "joined",
    "listed_with",
    "objects_named",
    "routes",
    "verb",
    "wanted",
]

# properties whose object may be searched for inside the object phrase
SEARCHED = (KG.proposes, KG.supports, KG.opposes, KG.advisesOn)
MAX_CLIMB = 6


def _repelled(context: Context, verb: Token, plain: URIRef) -> bool:
    """True for a verb of stance with the particle "off" ("fought off a challenge", "fended
    off criticism"): it repels its object, another phrasal verb than the plain one. An undoing
    it repels ("fought off a bid to scrap the levy") is kept for the rule 'reversal': to repel
    an undoing is to back what it would undo, as to fight it is."""
    core = context.schema.core_property(plain) or plain
    if core not in STANCES or not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False
    return not any(_undoing(context, o) for o in children(verb, "dobj"))


def _undoing(context: Context, phrase: Token) -> bool:
    """The phrase undoes something: a verb or noun of undoing ("scrapping the levy", "the
    scrapping of"), or a noun whose infinitive undoes ("a bid to scrap the levy")."""
    lexicon = context.lexicon
    return (
        undoes(phrase, lexicon)
        or undoing_noun(phrase, lexicon)
        or any(undoes(a, lexicon) for a in children(phrase, "acl", "relcl"))
    )


class Route(NamedTuple):
    """A trigger found at a verb: the property, the object tokens and the trigger words."""

    predicate: URIRef
    objects: list[Token]
    trigger: str


def verb(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Every trigger at a verb (or a noun the parser made the root), from its subjects to its
    objects."""
    if not may_trigger(context, token):
        return
    # "pushes back plans": "back" is the particle of "pushes", no verb of backing; --- stance6
    if misread_particle(token, context.lexicon.verb_particles) or charged(context, token):
        return  # --- "Minister accused of misleading MPs over cuts": a passive
    found = [_asked_anew(context, _undone(context, token, r)) for r in routes(context, token)]
    found = [r for r in found if not _carried_out(context, r)]
    if not found:
        return
    subjects = _doers(context, token)
    if not subjects:
        return
    modality = context.modality(token)
    lexicon = context.lexicon
    asks_own = asks_own_people(context, token, subjects)
    for predicate, object_tokens, trigger in found:
        core = context.schema.core_property(predicate) or predicate
        if core == KG.proposes and not any(
            context.resolved.by_key[k].type == KG.GovernmentBody for k, _ in subjects
        ):
            # "published an analysis of the plan": advice on the plan, not the plan
            analyses = _analyses(context, object_tokens)
            if analyses:
                yield from context.emit(
                    rule,
                    subjects,
                    KG.advisesOn,
                    context.object_entities(analyses, PROPOSALS, search=True),
                    [token],
                    modality,
                    trigger,
                    case="analysis",
                )
                object_tokens = [t for t in object_tokens if t not in analyses]
        if core == KG.participatesIn:  # "held two days of strikes": the strikes
            object_tokens = object_tokens + _measured(context, object_tokens)
        objects = _objects_of(context, predicate, object_tokens, trigger)
        if token.dep_ in ("acl", "relcl") and modified(token) in object_tokens:
            objects = _outside(objects, token)  # "the advice made in the Ames report on X"
        if core in STANCES:  # "vowed to scrap the levy": the reform "scrap the levy" itself
            objects = _not_its_own_phrase(context, token, objects)
        if core == KG.proposes and asks_own:
            # "the union will consult its members on the offer": asking, not offering (but
            # consulting them on a strike takes part in it)
            objects = [(k, t) for k, t in objects if context.core(k) == KG.Event]
        if predicate == KG.negotiatesWith and has_child(token, "dobj"):
            continue  # "negotiated the deal with his deputy": with a partner or the other side
        doers = proposers(context, predicate, trigger, subjects)
        if trigger in lexicon.inverse:  # "the offer included funding"
            doers, objects = objects, subjects
        yield from context.emit(rule, doers, predicate, objects, [token], modality, trigger)
        if core == KG.communicatesWith and predicate != KG.criticises:
            # "told the conference": spoke at it; "condemned the strike" speaks about it
            events = _events_addressed(context, object_tokens)
            yield from context.emit(
                rule, subjects, KG.participatesIn, events, [token], modality, trigger
            )


def _carried_out(context: Context, route: Route) -> bool:
    """True for proposing by a verb of carrying out (``lex:carryingOutVerb``): "practices
    deliver the services" carry them out, they do not put them forward."""
    core = context.schema.core_property(route.predicate) or route.predicate
    return core == KG.proposes and route.trigger in context.lexicon.carrying_out_verbs


def _objects_of(
    context: Context, predicate: URIRef, object_tokens: Sequence[Token], trigger: str
) -> list[Found]:
    """What a trigger's object tokens name; for a reaction to a thing ("responded to the
    ministry's announcement"), the actor whose it is."""
    core = context.schema.core_property(predicate) or predicate
    if core in STANCES:  # "welcomed the talks on the levy": a stance on the talks
        object_tokens = [t for t in object_tokens if not stance_on_other(context, t)]
    if core == KG.proposes:  # "announced a review of the levy": the review
        object_tokens = [t for t in object_tokens if not _about_other(context, t)]
    if core == KG.advisesOn:  # "recommended acceptance of the offer"
        object_tokens = [t for t in object_tokens if not urged_act(context, t)]
    objects = objects_named(context, predicate, object_tokens)
    if core == KG.proposes:  # "made requests for talks": asked for, not held
        objects = [(k, t) for k, t in objects if not _asked_inside(context, k, t, object_tokens)]
    if not objects and core == KG.communicatesWith and trigger in context.lexicon.reaction_verbs:
        objects = _owners(context, object_tokens)
    if trigger in context.lexicon.disregard_verbs:  # "ignored the union"
        objects = [(k, t) for k, t in objects if context.core(k) in PROPOSALS]
    return objects


def objects_named(
    context: Context, predicate: URIRef, object_tokens: Sequence[Token]
) -> list[Found]:
    """What object tokens name for a property (its range, ``wanted``), searched inside the
    phrase for a stance or a proposal, with the plans coordinated with one of them
    (:mod:`~kg.extract.relations.coordinated`) and the items listed after a plan's first one
    for a proposal (``listed_with``)."""
    core = context.schema.core_property(predicate) or predicate
    types = wanted(context, predicate)
    objects = context.object_entities(list(object_tokens), types, search=core in SEARCHED)
    objects += coordinated_with(context, objects)  # "plans to close X and to cut Y"
    return listed_with(context, objects, types) if core == KG.proposes else objects


def listed_with(context: Context, objects: list[Found], types: Types) -> list[Found]:
    """The objects with the items listed after the first one of a noun of planning that names
    it: "consulted on plans for a watchdog, fare reforms and more control over services", where
    "plans" names the watchdog, puts the reforms and the control forward too."""
    found = list(objects)
    for key, token in objects:  # "made the offer of a payment and a rise"
        found.extend(t for t in terms_listed(context, token, key) if t[0] not in dict(found))
        if token.lemma_.lower() not in context.lexicon.demanding_for:
            continue
        for first in (o for p in preps(token, "for") for o in objects_of(p)):
            if context.entity(first, types) != key:
                continue
            for item in conjuncts(first)[1:]:
                named = context.entity(item, types)
                if named is not None and all(named != k for k, _ in found):
                    found.append((named, item))
    return found


def _not_its_own_phrase(context: Context, verb: Token, objects: list[Found]) -> list[Found]:
    """The objects other than a proposal the verb's own phrase names (review5): "vowed to
    scrap the levy" names the reform "scrap the levy", which is put forward, not opposed."""
    own = context.resolved.entity_for_token(verb.i, PROPOSALS)
    return objects if own is None else [(key, t) for key, t in objects if key != own]


def _outside(objects: list[Found], clause: Token) -> list[Found]:
    """The objects not named inside the clause: a participle's own phrases say where and by
    whom its noun was set out ("the advice made in the Ames report on the levy"), not what
    else was."""
    first, last = clause.left_edge.i, clause.right_edge.i
    return [(key, t) for key, t in objects if not first <= t.i <= last]


def stance_on_other(context: Context, token: Token) -> bool:
    """True for an object of a verb of stance that names no proposal and is an event, a
    chance or claim (``lex:contentNoun``) or an examination (``lex:examinationNoun``):
    "welcomed the talks on the levy", "welcomed the chance to shape the levy", "rejected
    claims that the levy would cut services", "called for a review of the levy" take a stance
    on the talks, the chance, the claim or the review, not on the levy named inside them."""
    if context.entity(token, PROPOSALS) is not None:
        return False
    # "backed calls for a review of the levy", "accepted an invitation to
    # talks on the levy": a stance on what the call or invitation is for
    passed = [o for p in preps(token, "for", "to") for o in objects_of(p)]
    return _other_than_a_proposal(context, token) or any(
        context.entity(o, PROPOSALS) is None and _other_than_a_proposal(context, o) for o in passed
    )


def _about_other(context: Context, token: Token) -> bool:
    """An object of proposing that is about a proposal, not one: "announced a review of it"."""
    named = context.entity(token, PROPOSALS) or context.entity(token, EVENTS)
    return named is None and _other_than_a_proposal(context, token)


def _other_than_a_proposal(context: Context, token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (
        lemma in context.lexicon.content_nouns
        or lemma in context.lexicon.examination_nouns
        or lemma in context.lexicon.shortfall_nouns  # "welcomed the lack of"
        or lemma in context.lexicon.alteration_nouns  # "called for a simplification of the rules"
        or context.entity(token, EVENTS) is not None
    )


def urged_act(context: Context, token: Token) -> bool:
    """True for an object of a verb of advising that is a noun of accepting or rejecting
    naming no proposal (``lex:acceptWord``, ``lex:rejectWord``): "recommended acceptance of
    the offer", "advised rejection of the deal" urge members to act on it, a stance the
    speech rules read, not advice on the proposal."""
    if token.pos_ != "NOUN" or context.entity(token, PROPOSALS) is not None:
        return False
    lemma = token.lemma_.lower()
    return lemma in context.lexicon.accept_words or lemma in context.lexicon.reject_words


def _doers(context: Context, token: Token) -> list[Found]:
    """Who does what the verb says; for a gerund after "of" or "for" hung on a verb with an
    object, that object ("accused the board of backing the levy", "praised the minister for
    introducing it": the board backs, the minister introduces)."""
    if token.dep_ == "pcomp" and token.head.lower_ in ("of", "for") and token.head.dep_ == "prep":
        named = context.object_entities(children(token.head.head, "dobj"), ACTORS, search=False)
        if named and not has_child(token, "nsubj"):
            return named
    return context.subject_entities(token) or event_holders(context, token)


def _undone(context: Context, token: Token, route: Route) -> Route:
    """A stance route whose object an infinitive after it undoes: backing its undoing opposes
    it ("called for the levy to be scrapped"); opposing its undoing is left unread."""
    core = context.schema.core_property(route.predicate) or route.predicate
    if core not in STANCES or not undone_after(context, token, route.objects):
        return route
    if core != KG.supports:
        return Route(route.predicate, [], route.trigger)
    return Route(KG.opposes, route.objects, route.trigger)


def _asked_anew(context: Context, route: Route) -> Route:
    """A route of asking puts forward a new proposal and backs one already there ("called for
    a windfall tax", "demanded the levy": :func:`~kg.extract.relations.new_demands.new_or_known`)."""
    if route.predicate not in (KG.supports, KG.proposes):
        return route
    predicate = new_or_known(context, route.trigger, route.objects)
    return route if predicate is None else Route(predicate, route.objects, route.trigger)


def undone_after(context: Context, verb: Token, objects: Sequence[Token]) -> bool:
    """True when a passive infinitive after a stance verb's object undoes it ("called for the
    levy to be scrapped"; the clause hung on the verb or on the object, ``lex:undoingVerb``,
    ``lex:cancelVerb``): the stance is on its undoing. An active one is what the object is
    about ("agreed with the decision to delay the ban": the decision)."""
    clauses = children(verb, "advcl", "xcomp", "ccomp") + [
        c for o in objects for c in children(o, "acl", "relcl")
    ]
    return any(
        has_child(clause, "auxpass")  # the object is what is undone, not who undoes
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
        and (undoes(clause, context.lexicon) or context.cancels(clause))
        for clause in clauses
    )


def _owners(context: Context, object_tokens: Sequence[Token]) -> list[Found]:
    """The actors whose statement, announcement or plan a reaction is to: the possessor of its
    object ("responded to the ministry's announcement"), or the actor after its "from" or "by"
    ("responding to the letter from the union", "to comments by the minister")."""
    found: list[Found] = []
    for obj in object_tokens:
        authors = [
            o for p in children(obj, "prep") if p.lower_ in ("from", "by") for o in objects_of(p)
        ]
        for owner in children(obj, "poss") + authors:
            key = context.entity(owner, ACTORS)
            if key is not None:
                found.append((key, owner))
    return found


def _analyses(context: Context, tokens: list[Token]) -> list[Token]:
    """The objects that are pieces of analysis naming nothing (``lex:analysisNoun``)."""
    nouns = context.lexicon.analysis_nouns
    return [t for t in tokens if t.lemma_.lower() in nouns and context.entity(t) is None]


def _asked_inside(context: Context, key: str, token: Token, object_tokens: Sequence[Token]) -> bool:
    """An event found inside the object phrase after a noun of asking for it ("made repeated
    requests for talks with the ministry", "renewed its calls for a meeting": ``asked_for``):
    it is not held yet, so the subject takes no part in it by making the request."""
    return (
        context.core(key) == KG.Event
        and token not in object_tokens
        and asked_for(token, context.lexicon)
    )


def _measured(context: Context, tokens: list[Token]) -> list[Token]:
    """What objects that name nothing measure: "two days of strikes" → strikes."""
    return [
        o
        for t in tokens
        if context.entity(t) is None
        for p in children(t, "prep")
        if p.lower_ == "of"
        for o in children(p, "pobj")
    ]


def _events_addressed(context: Context, tokens: list[Token]) -> list[Found]:
    """The events among a verb of communication's objects that name no actor: "told the
    conference" (not "a meeting with the union", whose words name the union too)."""
    found: list[Found] = []
    for token in tokens:
        if context.entity(token, ACTORS) is None:
            key = context.entity(token, EVENTS)
            if key is not None:
                found.append((key, token))
    return found


def wanted(context: Context, predicate: URIRef) -> Types:
    """What a trigger's object may be: its property's range, widened where the property is
    re-fitted to the object (proposing a strike takes part in it; criticising a plan opposes
    it)."""
    core = context.schema.core_property(predicate) or predicate
    if predicate == KG.criticises or core == KG.opposes:
        return ACTORS + PROPOSALS
    if core == KG.proposes:
        return PROPOSALS + EVENTS
    return context.objects_for(predicate)


def routes(context: Context, token: Token) -> list[Route]:
    """The triggers at a verb: with a preposition or particle ("write to", "draw up"), then
    the plain lemma ("impose"); a verb calling its object off proposes and leads nothing
    ("scrap the plan" still opposes it)."""
    triggers = context.lexicon.triggers
    lemma = token.lemma_.lower()
    if lemma not in context.lexicon.trigger_lemmas:
        return []  # every trigger below starts with the lemma
    found: list[Route] = []
    own = list(token.children)
    # a preposition the parser hung on the object: "delivered a petition to Downing Street"
    # (not one inside the object's own name: "argued the proposal for a pay rise")
    on_object = [
        c
        for o in children(token, "dobj")
        for c in children(o, "prep")
        if not _named_with(context, o, c)
    ]
    for child in own + on_object:
        if child.dep_ not in ("prep", "dative", "prt", "advmod"):
            continue
        found += [Route(*r) for r in chained_particle_routes(context, token, child)]
        predicate = triggers.get((lemma, child.lower_))
        if predicate is None or complex_preposition(context, child):
            continue
        if child in on_object and (context.schema.core_property(predicate) or predicate) in STANCES:
            continue  # "welcomed the changes to the levy": the object's own "to"
        if child.dep_ in ("prt", "advmod"):  # "put forward" is often parsed with an adverb
            objects = particle_objects(token, child)
        else:
            objects = children(child, "pobj", "pcomp")
        # "pulled out of the deal", "walked away from it": a preposition
        # hung on the particle
        objects = objects or [o for p in children(child, "prep") for o in children(p, "pobj")]
        found.append(Route(predicate, objects, f"{lemma} {child.lower_}"))
    found += [Route(*route) for route in for_clause_routes(context, token, lemma)]
    plain = _plain_route(context, token, lemma)
    if plain is not None:
        found.append(plain)
    return found


def _plain_route(context: Context, token: Token, lemma: str) -> Route | None:
    """The trigger of the verb's lemma alone ("impose"), with its objects, or None; a verb
    calling its object off proposes and leads nothing ("scrap the plan" still opposes it)."""
    plain = context.lexicon.triggers.get((lemma, ""))
    if plain is not None and _repelled(context, token, plain):
        plain = None  # "fought off a challenge to its plans": repelled
    if plain is not None and context.cancels(token):
        # "called off the strike" proposes or leads nothing ("scrapped the plan" still
        # opposes it; the caller of a suspended strike took part in it: events.participation)
        core = context.schema.core_property(plain) or plain
        if core in (KG.proposes, KG.leads):
            plain = None
    if plain is not None:
        # a gerund is the object it stands for: "the plan includes scrapping X"
        objects = children(token, "dobj", "nsubjpass") or _gerunds(context, token)
        objects = objects or second_objects(token)  # "made the unions the offer of ..."
        objects = [*objects, *indirect_objects(token)]  # "told the BBC the plan would fail"
        if token.dep_ in ("relcl", "acl") and (
            not objects or all(o.lower_ in ("which", "that") for o in objects)
        ):
            objects = [modified(token)]
        objects = objects or participle_objects(token)  # "X's council, chaired by Y."
        return Route(plain, objects, lemma)
    return None


def _gerunds(context: Context, token: Token) -> list[Token]:
    """The "-ing" complement of a verb with no object that names a proposal by itself
    ("includes scrapping the cap", :mod:`~kg.extract.mentions.debated_changes`)."""
    return [
        c
        for c in children(token, "xcomp")
        if c.tag_ == "VBG" and context.entity(c, PROPOSALS) is not None
    ]


def _named_with(context: Context, head: Token, prep: Token) -> bool:
    """True when the preposition's object is part of the name of the entity ``head`` names
    ("the proposal for a pay rise" names one proposal)."""
    key = context.entity(head)
    return key is not None and any(context.entity(o) == key for o in objects_of(prep))


def event_holders(context: Context, token: Token) -> list[Found]:
    """For a clause with no subject inside a sentence about an event ("a referendum of BMA
    members concluded with 98.9% voting to reject X"): the actors taking part in the event
    (``Context.participants``)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head is current:
            break
        current = current.head
        for child in children(current, "nsubj", "nsubjpass"):
            if context.entity(child, ACTORS) is not None:
                return []  # the clause has an actor of its own
            key = context.entity(child, EVENTS)
            if key is not None:
                return [(actor, child) for actor in sorted(context.participants.get(key, ()))]
            if _own_subject(child):
                return []  # "before thousands of doctors are expected to strike": theirs
    return []


# a share of voters ("98.9% voting to reject") stands for those taking part in the event
SHARES = ("%", "cent", "percent")


def _own_subject(subject: Token) -> bool:
    """A noun subject of a clause on the way up from a clause with none: the clause's act is
    that noun's ("the conference comes days before thousands of doctors are expected to
    stage a strike": the doctors', not those of the conference), unless it only measures a
    share of those who vote ("98.9% voting to reject")."""
    return subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in SHARES


def addressed_house(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Speaking in a legislature addresses it: "At the House of Commons, the secretary of
    state said ...", "told MPs in the Commons", "said in Parliament" (a verb of saying with
    "at", "in" or "to" a ``kg:Legislature``)."""
    if not is_verb(token) or token.lemma_.lower() not in context.lexicon.speech_verbs:
        return
    houses = [
        (key, o)
        for p in children(token, "prep")
        if p.lower_ in ("at", "in", "to", "before")
        for o in children(p, "pobj")
        if (key := context.entity(o, ACTORS)) is not None
        and context.resolved.by_key[key].type == KG.Legislature
    ]
    if houses:
        yield from context.emit(
            rule,
            context.subject_entities(token),
            KG.communicatesWith,
            houses,
            [token],
            context.modality(token),
            f"{token.lemma_.lower()} in",
        )


def joined(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Joining an organisation makes the joiner a member of it (``lex:membershipVerb``):
    "Marta Lind joined the Pharmacists Guild" → Lind ``memberOf`` the guild; "affiliated to
    the federation" through its preposition. Joining others in an act ("joined the guild in
    calling for ...") is no membership."""
    if not is_verb(token):
        return
    verbs = context.lexicon.membership_verbs
    lemma = token.lemma_.lower()
    objects = children(token, "dobj") if lemma in verbs else []
    objects += [o for p in preps(token) if f"{lemma} {p.lower_}" in verbs for o in objects_of(p)]
    if not objects or any(has_child(p, "pcomp") for p in preps(token, "in")):
        return
    yield from context.emit(
        rule,
        context.subject_entities(token),
        KG.memberOf,
        context.object_entities(objects, ACTORS, search=False),
        [token],
        context.modality(token),
        lemma,
    )
