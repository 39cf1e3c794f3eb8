"""Events: who takes part in an event named in the text (``participatesIn``).

An actor in its name ("the GPCE meeting"); after "with", "of", "between", "by"
("negotiations with the Government", "a referendum of BMA members"); the subject of the
clause it is set in ("the BMA won the vote at the conference"); the subject of a verb of
taking part whose object it is ("the union held a ballot", ``lex:participationVerb`` and the
``participatesIn`` triggers) or calls it off (``lex:cancelVerb``: a strike called, even if later
suspended, is its caller's); the actors of a
verb that names the event ("the union will ballot its members" → the ballot the text names,
``lex:eventVerb``; "will stop work" → the strike the verb names itself); the agent of a
participle of taking part that describes the event ("a consultation run by the council",
"talks chaired by the minister"). Not who an event is about ("a vote of no confidence in the
ministry"), nor a name that only says which body holds it ("the UN Assembly vote"); a body's
act told by its spokesperson ("we shall vote") is the body's
(:mod:`~kg.extract.relations.spokespeople`).
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, EVENTS, PROPOSALS, Context, Found, Phrase, Rule
from kg.extract.relations.grammar import (
    children,
    conjuncts,
    has_child,
    is_verb,
    objects_of,
    preps,
)
from kg.extract.relations.modality import asked_for, none_of
from kg.extract.relations.spokespeople import for_bodies
from kg.extract.relations.venues import verb_of_object
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = [
    "argument",
    "involved",
    "organisers",
    "made_in",
    "modifier",
    "named_by_verb",
    "participation",
    "partners",
    "performer",
    "setting",
]

ARGUMENT_PREPOSITIONS = ("with", "of", "between", "by")
SETTING_PREPOSITIONS = ("in", "at", "during")
AFTER_PREPOSITIONS = ("after", "following")  # who comes out of a meeting was in it
MAX_CLIMB = 6
# events that take time while others go on: "during" only dates a clause
ACTIONS_OF_TIME = (KG.CollectiveAction, KG.Vote, KG.Campaign)


def modifier(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """An actor named before the event's head: "the GPCE meeting"."""
    if phrase.cls != KG.Event:
        return
    mention = phrase.mention
    inner = [
        (actor, context.doc[t])
        for t in range(mention.token_start, min(mention.token_end, phrase.head.i))
        if (actor := context.resolved.entity_for_token(t, ACTORS)) is not None
        and actor != phrase.key
    ]
    inner = [(k, t) for k, t in inner if not _qualifies_a_name(context, t, k, phrase.head)]
    yield from context.emit(
        rule, inner, KG.participatesIn, [(phrase.key, phrase.head)], [], _held(context, phrase)
    )


# "the UN Assembly vote": a name inside another name qualifies it
def _qualifies_a_name(context: Context, token: Token, key: str, head: Token) -> bool:
    """The actor's word modifies another actor's name before the event's head, not the event:
    "the UN Assembly vote" is the Assembly's vote, "UN" only says which assembly."""
    current = token
    while current.dep_ == "compound" and current.head.i < head.i and current.head.i != current.i:
        current = current.head
        other = context.resolved.entity_for_token(current.i, ACTORS)
        if other is not None and other != key:
            return True
    return False


def _held(context: Context, phrase: Phrase) -> URIRef:
    """Asserted, conditional for an event only asked for ("sought a meeting with X"), negated
    for none held ("there have been no talks with the council"); an event named by its verb
    is held as the verb's act is ("has asked to meet with X": only asked for)."""
    if asked_for(phrase.head, context.lexicon):
        return KG.Conditional
    if phrase.head.pos_ == "VERB":
        return context.modality(phrase.head)  # "asked to meet with X": as the verb's act is
    return KG.Negated if none_of(phrase.head) else KG.Asserted


def argument(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """Actors after "with", "of", "between", "by": "negotiations with the Government"; after
    "of", searched inside the phrase too ("a referendum of BMA members"), but not after a
    review's or inquiry's "of", which names what is examined ("a review of the regulator");
    "by" set off by commas, which the parser may hang on the comma or the verb ("the review,
    by a former judge, found")."""
    if phrase.cls != KG.Event:
        return
    set_off = _set_off_by(phrase.head)
    arguments: tuple[str, ...] = ARGUMENT_PREPOSITIONS
    if phrase.head.lemma_.lower() in context.lexicon.inquiry_nouns:
        arguments = tuple(p for p in arguments if p != "of")  # "a review of the regulator"
    for prep in [*preps(phrase.head, *arguments), *set_off, *_involving(phrase.head)]:
        objects = children(prep, "dobj") if prep.pos_ == "VERB" else objects_of(prep)
        actors = context.object_entities(
            objects, ACTORS, search=prep.lower_ == "of", search_actors=True
        )
        if prep.lower_ == "of":
            actors = [(k, t) for k, t in actors if not _beyond_of(t, prep)]
        actors = for_bodies(context, actors, phrase.key)
        yield from context.emit(
            rule, actors, KG.participatesIn, [(phrase.key, phrase.head)], [], _held(context, phrase)
        )


#: participles after an event's noun whose object is who takes part: "talks involving the
#: unions and the employers", "a meeting including the minister"
_INVOLVING = frozenset({"involve", "include"})


def _involving(head: Token) -> list[Token]:
    """The participle of taking in hung on the event's noun ("talks involving X and Y")."""
    return [
        c
        for c in head.children
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _INVOLVING
    ]


def _set_off_by(head: Token) -> list[Token]:
    """A "by" set off by a comma right after the head ("the review, by a former judge,
    found"), which the parser hangs on the comma or the verb rather than on the head."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return []
    by = doc[head.i + 2]
    return [by] if by.lower_ == "by" and by.dep_ == "prep" and by.head.i != head.i else []


# "a no-confidence vote of the board in its chair": its target takes no part
def _beyond_of(token: Token, of: Token) -> bool:
    """The token is reached from the event's "of" through another preposition: "a vote of no
    confidence in the ministry", "a ballot of members over the cuts to the council's budget"
    name what the event is about, not who holds it; who does is named by "of" alone ("a
    referendum of BMA members", "a ballot of the members of the Guild")."""
    current = token
    for _ in range(MAX_CLIMB * 2):
        if current.i == of.i or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ != "of":
            return True
        current = current.head
    return False


def setting(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The subject of the clause an event is set in: "X is in negotiations", "X won ... at
    the conference", "X went on strike" (``lex:onEventVerb``); or that comes out of a meeting
    or talks: "following talks with the council, the union said", "speaking after the
    meeting, X said", "X called a strike after talks with Y collapsed"."""
    if phrase.cls != KG.Event:
        return
    clause = _setting_clause(context, phrase)
    if clause is not None:
        yield from context.emit(
            rule,
            _subjects(context, clause),
            KG.participatesIn,
            [(phrase.key, phrase.head)],
            [],
            context.modality(clause),
        )


def _setting_clause(context: Context, phrase: Phrase) -> Token | None:
    """The verb of the clause the event is set in (``setting``), if any."""
    head = phrase.head
    kind = context.resolved.by_key[phrase.key].type
    talks = kind in (KG.Meeting, KG.Negotiation)
    clause = _clause_after(head) if talks else None
    head = _measure_of(context, head)
    if clause is None and head.dep_ in ("pobj", "dobj") and not _only_dated(head, kind):
        clause = _clause_set_in(context, head, talks)
    if clause is None and head.dep_ == "pobj" and kind in GATHERINGS:
        clause = verb_of_object(head.head)  # "announced the policy at the conference"
    return clause


# "after a period of talks, X did": the measure stands for the talks
def _measure_of(context: Context, head: Token) -> Token:
    """The noun that measures the event, when it is the event's "of" (``lex:measureNoun``):
    "after a period of talks", "after two weeks of negotiations" set the clause in the talks
    as "after talks" does."""
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep":
        measure = of.head
        if measure.lemma_.lower() in context.lexicon.measure_nouns:
            return measure
    return head


# those set in a meeting with X met X
def partners(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """Whoever a clause sets in a meeting with X, or has come out of one, met X: "speaking
    after the meeting with the minister, Lind and Reyes said ..." → each of them communicates
    with the minister, as those who "met" X do. The clause's own subject, however far its verb
    is from the meeting ("speaking after ..., X said"), is who was there; the noun rule reads
    only a subject of the verb the meeting hangs on. Not for talks, whose sides the text
    often names apart from those who speak after them."""
    if phrase.cls != KG.Event or context.resolved.by_key[phrase.key].type != KG.Meeting:
        return
    others = [o for p in preps(phrase.head, "with") for o in objects_of(p)]
    if not others or _held(context, phrase) != KG.Asserted:
        return
    clause = _setting_clause(context, phrase)
    if clause is None:
        return
    subjects = _subjects(context, clause)
    across = [
        (k, t)
        for k, t in context.object_entities(others, ACTORS, search=False)
        if all(k != s for s, _ in subjects)
    ]
    yield from context.emit(
        rule,
        subjects,
        KG.communicatesWith,
        across,
        [phrase.head],
        context.modality(clause),
        f"{phrase.head.lower_} with",
    )


# "we" said by several speakers at once
JOINT_PRONOUNS = ("we", "us")


def _subjects(context: Context, verb: Token) -> list[Found]:
    """The verb's subjects; for a gerund after "of" or "for" hung on a verb with an object,
    that object, named or not ("accused the board of misleading MPs during the debate": the
    board was in the debate, not the accuser); "we" in words quoted from several speakers at
    once is each of them ("Dr Lind and Dr Reyes said: “We entered the talks”" → Lind and
    Reyes), where pronoun resolution names the first only."""
    governor = verb.head.head
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for") and has_child(governor, "dobj"):
        if not has_child(verb, "nsubj"):
            return context.object_entities(children(governor, "dobj"), ACTORS, search=False)
    found = context.subject_entities(verb) or _absorbed_subjects(context, verb)
    for _key, token in list(found):
        quotation = (
            context.resolved.quotation_at(token.idx) if token.lower_ in JOINT_PRONOUNS else None
        )
        for other in quotation.speakers if quotation is not None else ():
            if all(other != k for k, _ in found):
                found.append((other, token))
    return found


# the subject the parser hung on a fronted participle clause
def _absorbed_subjects(context: Context, verb: Token) -> list[Found]:
    """The subject of a clause that has none in the parse because the parser joined it to a
    fronted participle clause, as the last phrase after a comma in it: "Speaking after the
    meeting with Mr Hale, Dr Lind and Dr Reyes said ..." ("Lind" a conjunct of "Hale"),
    "Speaking after talks with the council, the Guild said" ("Guild" in apposition). Only
    for a clause with no subject but the participle clause (which the parser may take for
    its subject) before it."""
    fronting = verb.tag_ in PARTICIPLES and verb.dep_ in FRONTED
    main = verb.head if fronting else verb
    if not is_verb(main):
        return []
    fronted = [c for c in main.children if c.dep_ in FRONTED and c.tag_ in PARTICIPLES]
    subjects = [c for c in main.children if c.dep_ in SUBJECTS]
    if not fronted or any(c not in fronted for c in subjects):
        return []
    for clause in fronted:
        doc = clause.doc
        stray = [
            t
            for t in clause.subtree
            if t.dep_ in ("conj", "appos") and doc[t.left_edge.i - 1].lower_ == ","
        ]
        if clause.i < main.i and stray:
            return context.object_entities(stray[-1:], ACTORS, search=False)
    return []


FRONTED = ("advcl", "nsubj", "csubj")
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
PARTICIPLES = ("VBG", "VBN")


def _only_dated(head: Token, kind: URIRef) -> bool:
    """ "During" a strike, a vote or a campaign (``ACTIONS_OF_TIME``) dates a clause ("the
    minister said during the strike that ..."): such an event goes on while others go about
    their business. What is said during a meeting, talks or a conference is said in it."""
    return kind in ACTIONS_OF_TIME and head.head.lower_ == "during"


def _clause_set_in(context: Context, head: Token, talks: bool) -> Token | None:
    """The verb whose clause the event (the object ``head`` of a preposition) is the setting
    of: "X is in negotiations", "on strike", "following talks with Y, X said"."""
    governor = head.head
    after = governor.lower_ in AFTER_PREPOSITIONS and talks
    if head.dep_ == "dobj" and not after:
        return None
    verb = _clause_of(governor) if after else governor.head
    on = governor.lower_ == "on" and verb.lemma_.lower() in context.lexicon.on_event_verbs
    if (governor.lower_ in SETTING_PREPOSITIONS or after or on) and is_verb(verb):
        return verb
    return None


def _clause_after(head: Token) -> Token | None:
    """The clause that tells what followed when talks or a meeting are the subject of a clause
    after "after" ("the union called a strike after talks with the company collapsed" →
    called): whoever acts after them came out of them. Not when the talks name both their
    sides ("after talks between the union and the company collapsed, the ministry
    announced ..."): one who acts after them was not in them."""
    ended = head.head
    if head.dep_ != "nsubj" or ended.dep_ != "advcl" or not is_verb(ended.head):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in AFTER_PREPOSITIONS for c in ended.children):
        return None
    if preps(head, "between"):
        return None
    return ended.head


def participation(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The subject of a verb of taking part whose object is the event: "held a ballot",
    "attended the summit", "chaired 40 hours of talks" (a measure of it); of a verb calling it off ("suspended the strike"): an action
    called, even if later suspended, is its caller's; and of a verb of agreeing to it ("agreed
    to talks", "accepted a meeting", ``lex:consentVerb``), if a gathering (``GATHERINGS``):
    "accepted the vote" accepts its outcome, taking no part in it."""
    if phrase.cls != KG.Event:
        return
    gathering = context.resolved.by_key[phrase.key].type in GATHERINGS
    verb = _taking_part(context, _measure_of(context, phrase.head), gathering)
    if verb is not None:
        yield from context.emit(
            rule,
            _subjects(context, verb),
            KG.participatesIn,
            [(phrase.key, phrase.head)],
            [],
            context.modality(verb),
        )


# what is joined by agreeing to it; "accepted the vote" accepts its outcome
GATHERINGS = (KG.Meeting, KG.Negotiation, KG.Conference)


def _taking_part(context: Context, head: Token, gathering: bool) -> Token | None:
    """The verb of taking part, calling off or agreeing whose object (or whose preposition's
    object, for ``lex:consentVerb``) is the event's head; agreeing only to a ``gathering``."""
    consent = context.lexicon.consent_verbs if gathering else frozenset()
    if head.dep_ == "pobj" and is_verb(verb := head.head.head):
        return verb if f"{verb.lemma_.lower()} {head.head.lower_}" in consent else None
    if head.dep_ == "xcomp" and head.pos_ == "NOUN" and is_verb(verb := head.head):
        # "agreed to talks", the parser reading "to" as the infinitive's
        return verb if f"{verb.lemma_.lower()} to" in consent else None
    if head.dep_ != "dobj":
        return None
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in context.participation_verbs or context.cancels(verb) or lemma in consent:
        return verb
    return None


def performer(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The agent of a passive participle or relative clause of taking part that describes the
    event: "a consultation run by the council", "the strike, which was called by Unite" (the
    verbs of ``participation``: whoever runs, chairs or calls an event takes part in it)."""
    if phrase.cls != KG.Event:
        return
    for verb in children(phrase.head, "acl", "relcl"):
        if verb.tag_ != "VBN" or not has_child(verb, "agent"):
            continue
        if verb.lemma_.lower() in context.participation_verbs or context.cancels(verb):
            yield from context.emit(
                rule,
                context.subject_entities(verb),
                KG.participatesIn,
                [(phrase.key, phrase.head)],
                [verb],
                context.modality(verb),
                f"{verb.lemma_.lower()} by",
            )


def named_by_verb(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The actors of a verb naming an event take part in it: "Unite will ballot its members"
    → Unite, "X met Y" → X and Y, "X negotiated the deal with Y" → X and Y (the event of the
    verb's class named in its sentence, else the only one in the document)."""
    particles = children(token, "prt", "advmod")  # "walk out": the parser may make "out" an adverb
    own = _named_by_itself(context, token)  # "will stop work": a strike
    if token.lemma_.lower() not in context.lexicon.event_verbs and not particles and not own:
        return
    if _noun_of_a_name(context, token) or _capacity_named(context, token):
        return
    actors = [(k, t) for k, t in _subjects(context, token) if context.core(k) in ACTORS]
    actors = actors or _asked_to_take_part(context, token)
    if not actors:
        return
    others = children(token, "dobj") + [o for p in preps(token, "with") for o in objects_of(p)]
    actors += context.object_entities(others, ACTORS, search=False)
    events = context.event_named_by(token, {k for k, _ in actors})
    if not events and token.lemma_.lower() == "vote":
        events = [(key, token) for key in _consultation_voted_in(context, [k for k, _ in actors])]
    for event in events:
        yield from context.emit(
            rule,
            for_bodies(context, actors, event[0]),
            KG.participatesIn,
            [event],
            [token],
            context.modality(token),
            token.lemma_.lower(),
        )


def _capacity_named(context: Context, token: Token) -> bool:
    """The verb is an infinitive completing a noun of capacity ("our right to strike", "the
    freedom to protest", ``lex:capacityNoun``): what may be done, no act of anyone's."""
    return token.dep_ == "acl" and token.head.lemma_.lower() in context.lexicon.capacity_nouns


def _named_by_itself(context: Context, token: Token) -> bool:
    """The verb names an event itself ("will stop work", "agreed to meet again": a mention
    found by :mod:`~kg.extract.mentions.verb_events`), not as a word of a noun phrase."""
    mention = context.resolved.mention_for_token(token.i, EVENTS)
    return mention is not None and mention.method in ("verb", "verb-again")


def _noun_of_a_name(context: Context, token: Token) -> bool:
    """The first word of a two-word event noun tagged as a verb, the second its object ("paid a
    price due to strike action", "began strike action": ``lex:headNoun`` "strike action"): a
    noun the tagger took for a verb, which names no act of its own."""
    following = context.doc[token.i + 1] if token.i + 1 < len(context.doc) else None
    return (
        following is not None
        and following.head.i == token.i
        and f"{token.lemma_.lower()} {following.lemma_.lower()}" in context.lexicon.head_nouns
    )


def _consultation_voted_in(context: Context, actors: list[str]) -> list[str]:
    """A union's members vote in its consultation of them: "members voted to accept", with no
    vote named, names the one consultation of the text when a trade union votes and the
    consultation is of people (a ``lex:groupNoun`` or ``lex:workforceNoun``: "a consultation of
    NHS workers", "will consult its members"), not one on a plan."""
    resolved = context.resolved
    if not any(resolved.by_key[k].type == KG.TradeUnion for k in actors):
        return []
    people = context.lexicon.group_nouns | context.lexicon.workforce_nouns
    held: dict[str, bool] = {}
    for mention, key in zip(resolved.mentions, resolved.mention_entity, strict=True):
        if key is None or resolved.by_key[key].type != KG.Consultation:
            continue
        head = context.doc[mention.token_start : mention.token_end].root
        words = children(head, "dobj") + [o for p in preps(head, "of") for o in objects_of(p)]
        of_people = any(t.lemma_.lower() in people for t in words)
        held[key] = held.get(key, False) or of_people
    return [key for key, of_people in held.items() if of_people] if len(held) == 1 else []


def _asked_to_take_part(context: Context, verb: Token) -> list[Found]:
    """Those a passive of a verb of asking people to take part names (``lex:passiveEventVerb``):
    "Guild members will be balloted" → the Guild (``Context.entity``: a body's members stand
    for it), "the Guild will be consulted" → the Guild; they take part in the ballot or
    consultation even when the text does not say who runs it."""
    if verb.lemma_.lower() not in context.lexicon.passive_event_verbs or not has_child(
        verb, "auxpass"
    ):
        return []
    found = [
        (key, conj)
        for subject in children(verb, "nsubjpass")
        for conj in conjuncts(subject)
        if (key := context.entity(conj, ACTORS)) is not None
    ]
    return found


def made_in(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """An offer made in, or secured after, talks with X is X's: "a pay offer, which was made in
    talks with the department", "the union secured an offer following talks with ministers"
    (``lex:offerNoun``; a trade union across the table is the side offered, not offering)."""
    head = phrase.head
    event = context.resolved.by_key[phrase.key]
    if event.type not in (KG.Meeting, KG.Negotiation) or head.dep_ not in ("pobj", "dobj"):
        return
    governor = head.head
    if governor.lower_ not in ("in", "during", *AFTER_PREPOSITIONS):
        return
    above = governor.head
    offer_nouns = context.lexicon.offer_nouns
    if above.dep_ in ("relcl", "acl") and is_verb(above) and above.head.lemma_ in offer_nouns:
        offers = [above.head]  # "an offer, which was made in talks with X"
    else:  # "secured an offer (for doctors working in Wales) following talks with X"
        offers = children(_clause_of(governor), "dobj", "nsubjpass")
    found = [
        (k, t)
        for k, t in context.object_entities(offers, PROPOSALS, search=False)
        if t.lemma_.lower() in offer_nouns
    ]
    across = [
        (k, t)
        for k, t in context.object_entities(
            [o for p in preps(head, "with") for o in objects_of(p)], ACTORS, search=False
        )
        if context.resolved.by_key[k].type != KG.TradeUnion
    ]
    yield from context.emit(
        rule, across, KG.proposes, found, [head], KG.Asserted, f"{governor.lower_} talks with"
    )


def _clause_of(governor: Token) -> Token:
    """The clause a phrase after "following" belongs to, past the participles and phrases the
    parser hung it on: "secured offers for doctors working in Wales following talks" →
    secured."""
    current = governor.head
    for _ in range(MAX_CLIMB):
        if is_verb(current) and current.dep_ not in ("acl", "relcl", "prep", "amod"):
            break
        if current.head.i == current.i:
            break
        current = current.head
    return current


# who an event's clause says it involves, and its organisers
def involved(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The objects of a relative clause or participle of involving that describes the event
    (``lex:involvingVerb``): "pay talks involving the Guild and ministers", "the meeting,
    which involved the council" → each takes part in it."""
    if phrase.cls != KG.Event:
        return
    for verb in children(phrase.head, "acl", "relcl"):
        if verb.lemma_.lower() not in context.lexicon.involving_verbs or has_child(verb, "neg"):
            continue
        yield from context.emit(
            rule,
            context.object_entities(children(verb, "dobj"), ACTORS, search=False),
            KG.participatesIn,
            [(phrase.key, phrase.head)],
            [verb],
            context.modality(verb),
            verb.lemma_.lower(),
        )


def organisers(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The actor called an organiser or host of the event (``lex:organiserNoun`` with "of"):
    in apposition ("Lind, one of the organisers of the protest, said"; "the Guild, host of the
    summit") or as the complement of its subject ("the Guild was the host of the summit")."""
    head = phrase.head
    if phrase.cls != KG.Event or head.dep_ != "pobj" or head.head.lower_ != "of":
        return
    noun = head.head.head
    if noun.lemma_.lower() not in context.lexicon.organiser_nouns:
        return
    said_of = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        said_of = noun.head.head  # "one of the organisers of the protest"
    if said_of.dep_ == "appos":
        actors = context.object_entities([said_of.head], ACTORS, search=False)
        modality = KG.Asserted
    elif said_of.dep_ == "attr" and is_verb(said_of.head):
        actors = context.subject_entities(said_of.head)
        modality = context.modality(said_of.head)
    else:
        return
    yield from context.emit(
        rule,
        actors,
        KG.participatesIn,
        [(phrase.key, head)],
        [noun],
        modality,
        f"{noun.lemma_.lower()} of",
    )
