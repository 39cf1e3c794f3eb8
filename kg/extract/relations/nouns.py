"""Nouns that carry a relation with their preposition (``lex:trigger`` "agreement with").

"in broad agreement with X", "advice from X on Y", "an interview with X", "a letter to X".
Who: the actor after "from", the possessor, or the subject of the clause the noun sits in.
Advice or a letter received from X (``lex:receivingVerb``) also makes X communicate with
the receiver (case ``received``): "the Government received advice from the NIHR".
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.announcements import governing
from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.doers import STANCES
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of
from kg.extract.relations.modality import asked_for, none_of
from kg.extract.relations.new_demands import new_or_known
from kg.extract.relations.verbs import objects_named, routes, stance_on_other
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["noun"]

# what an event asked for does not yet give: "sought a meeting with the minister"
ASKED_FOR = (KG.communicatesWith, KG.participatesIn)


def noun(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The relations a noun triggers with its prepositions, and the communication of what is
    received from someone."""
    if token.pos_ != "NOUN":
        return
    preps = _prepositions(token)
    triggers = context.lexicon.triggers
    # the lemma, or the plural as spelt: "talks with" is no "talk with"
    lemma = next(
        (w for w in (token.lemma_.lower(), token.lower_) if any((w, p) in triggers for p in preps)),
        "",
    )
    routes = [
        (triggers[(lemma, p)], prep, p) for p, prep in preps.items() if (lemma, p) in triggers
    ]
    if not routes:
        return
    source = preps.get("from") or _agent(token)
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subjects = _subjects(context, token, source, verb)
    if not subjects:
        return
    # "following the Government's announcement of X": a possessor's act is presupposed,
    # whatever the clause around it says; the clause's subject acts as the clause says
    own = source is None and not any(t.dep_ == "poss" and t.head.i == token.i for _, t in subjects)
    modality = context.modality(verb) if own and is_verb(verb) else KG.Asserted
    withdrawn = token.dep_ == "dobj" and _undoes(context, token.head)
    for predicate, prep, p in routes:
        predicate = _anew(context, predicate, lemma, prep)  # "its call for a new levy"
        if predicate == KG.negotiatesWith and _formal_dispute(context, token):
            predicate = KG.inDisputeWith  # "declared a dispute with NHS England"
        core = context.schema.core_property(predicate) or predicate
        if own and _reacted(context, verb, core):
            continue  # "welcomed the publication of the plan", "resisted calls for a levy"
        if own and core == KG.proposes and _talked_about(context, token, verb):
            continue  # "described the announcement of the bill as late": someone else's
        if withdrawn:  # "withdrew its support for X" opposes X; "dropped its opposition": none
            if core != KG.supports:
                continue
            predicate = KG.opposes
        # "criticism of the plan" opposes it; "plans for X, Y and Z" put each forward
        objects = objects_named(context, predicate, _named(context, prep, core))
        trigger = f"{lemma} {p}"
        doers = _consulting(context, subjects) if predicate == KG.consultsOn else subjects
        held = _held(context, token, core, modality)
        if core == KG.supports and lemma in context.lexicon.party_nouns:
            sides = _other_sides(context, prep)  # "reached agreement with the council"
            yield from context.emit(rule, doers, KG.negotiatesWith, sides, [token], held, trigger)
        yield from context.emit(rule, doers, predicate, objects, [token], held, trigger)
    if source is not None and source.lower_ == "from":
        yield from _received(context, rule, token, verb, subjects, lemma)


def _formal_dispute(context: Context, token: Token) -> bool:
    """A dispute declared, entered or lodged, formal, or one its side is "in"
    (``lex:disputeDeclaringVerb``: "declared a dispute with X", "a formal dispute with X", "is
    in dispute with X"): a stand taken against the other side, not talk with it."""
    if token.lemma_.lower() != "dispute":
        return False
    head = token.head
    return (
        any(
            c.dep_ == "amod" and c.lower_ in ("formal", "official", "trade") for c in token.children
        )
        or token.dep_ == "dobj"
        and head.lemma_.lower() in context.lexicon.dispute_declaring_verbs
        or token.dep_ == "pobj"
        and head.lower_ == "in"
        and not any(c.dep_ == "det" for c in token.children)
    )


def _received(
    context: Context, rule: Rule[Token], token: Token, verb: Token, senders: list[Found], lemma: str
) -> Iterator[Relation]:
    """Advice or a letter received from X (``lex:receivingVerb``): X communicates with the
    receiver ("the Government received advice from the NIHR")."""
    if verb.lemma_ not in context.lexicon.receiving_verbs:
        return
    receivers = context.subject_entities(verb)
    modality = context.modality(verb)
    yield from context.emit(
        rule,
        senders,
        KG.communicatesWith,
        receivers,
        [token],
        modality,
        f"{lemma} from",
        case="received",
    )


def _other_sides(context: Context, prep: Token) -> list[Found]:
    """The actors after the "with" of a noun of a settlement (``lex:partyNoun``): the other
    side the agreement is reached with ("reached agreement with the council on the deal");
    what is agreed on is backed, as "in agreement with the plan" backs the plan."""
    if prep.lower_ != "with":
        return []
    return context.object_entities(children(prep, "pobj"), ACTORS, search=False)


def _anew(context: Context, predicate: URIRef, lemma: str, prep: Token) -> URIRef:
    """A noun of asking puts forward a new proposal and backs one already there ("the union's
    call for a fair deal": :func:`~kg.extract.relations.new_demands.new_or_known`)."""
    if predicate not in (KG.supports, KG.proposes):
        return predicate
    objects = _named(context, prep, KG.proposes)
    return new_or_known(context, f"{lemma} {prep.lower_}", objects) or predicate


def _named(context: Context, prep: Token, core: URIRef) -> list[Token]:
    """The tokens a noun's preposition names: its object, or the preposition itself where the
    parser made it a noun; for a stance, not an event, chance or examination (--- proposes28
    --- "calls for a review of the levy" back the review, not the levy)."""
    named = [prep] if _nominal(prep) else children(prep, "pobj", "pcomp")
    if core in STANCES:
        named = [t for t in named if not stance_on_other(context, t)]
    return named


def _held(context: Context, token: Token, core: URIRef, modality: URIRef) -> URIRef:
    """Conditional for a meeting or talks only asked for ("sought a meeting with X": not held
    yet, ``lex:requestVerb``), negated for none held ("has had no contact with X", "no talks
    with X": the determiner "no"), else the clause's modality."""
    if core in ASKED_FOR and asked_for(token, context.lexicon):
        return KG.Conditional
    if core in ASKED_FOR and none_of(token):
        return KG.Negated
    return modality


def _reacted(context: Context, verb: Token, core: URIRef) -> bool:
    """True when the clause's subject reacts to what the noun names rather than doing it: a
    verb of taking a side or answering (its triggers are ``supports``, ``opposes`` or
    ``communicatesWith``) over a noun of putting forward ("welcomed the launch of the scheme",
    "responded to the announcement of the cuts": someone else's act), or a verb of opposing
    over a noun of backing ("resisted calls for a levy": the calls are others'; the verb
    itself opposes the levy)."""
    if not is_verb(verb):
        return False
    reactions = {context.schema.core_property(r.predicate) for r in routes(context, verb)}
    if core == KG.proposes:
        return bool(reactions & {KG.supports, KG.opposes, KG.communicatesWith})
    return core == KG.supports and KG.opposes in reactions


def _talked_about(context: Context, token: Token, verb: Token) -> bool:
    """True for a noun of putting forward that is the object of a verb of labelling
    (``lex:labelVerb``): "described the announcement of the bill as late", "branded the launch
    of the scheme a gimmick" speak of someone else's act ("oversaw the publication" does it)."""
    return (
        token.dep_ == "dobj"
        and is_verb(verb)
        and verb.lemma_.lower() in context.lexicon.label_verbs
    )


def _consulting(context: Context, subjects: list[Found]) -> list[Found]:
    """Who puts forward what a consultation is on: a government or public body, or a holder
    of a government post ("the ministry launched a consultation on plans for a levy"). A
    union's consultation of its members on an offer asks them about someone else's offer."""
    return [(key, t) for key, t in subjects if governing(context, key)]


def _undoes(context: Context, verb: Token) -> bool:
    """A verb of undoing or withdrawing (``lex:undoingVerb``: "withdraw", "drop", "end")."""
    lemma = verb.lemma_.lower()
    return is_verb(verb) and (lemma in context.lexicon.undoing_verbs or lemma == "end")


def _agent(token: Token) -> Token | None:
    """The "by" that names who does what the noun names: "the rejection of the offer by the
    union", on the noun or (as the parser often hangs it) on the object of its "of"."""
    for prep in children(token, "prep"):
        if prep.lower_ == "by":
            return prep
        if prep.lower_ == "of":
            for obj in objects_of(prep):
                for inner in children(obj, "prep"):
                    if inner.lower_ == "by":
                        return inner
    return None


def _prepositions(token: Token) -> dict[str, Token]:
    """The noun's prepositions by word; of a direct object, the verb's too: "receiving advice
    from the NIHR on ..." (the verb holds the phrases), "gave its backing to the bill" (the
    "to" of giving; "gave the bill its backing": the noun dative)."""
    found = {c.lower_: c for c in children(token, "prep")}
    if "of" not in found and (shifted := _of_after_agent(found.get("by"))) is not None:
        found["of"] = shifted  # "the announcement by X of a new fund"
    if token.dep_ == "dobj":
        for c in children(token.head, "prep", "dative"):
            # "gave the plan a cautious welcome": a noun dative is its "to"
            found.setdefault("to" if _nominal(c) else c.lower_, c)
    return found


def _of_after_agent(by: Token | None) -> Token | None:
    """The "of" of a noun written after its "by" ("the announcement by the Chancellor of a new
    fund"): English puts the lighter agent first, and the parser hangs the "of" on the agent's
    noun. A common noun after it is the noun's object; a name's own "of" ("by the Department
    of Health", "by the Secretary of State") is left to the name."""
    agents = objects_of(by) if by is not None else []
    if len(agents) != 1:
        return None
    shifted = [p for p in children(agents[0], "prep") if p.lower_ == "of"]
    if len(shifted) != 1 or any(o.pos_ != "NOUN" for o in objects_of(shifted[0])):
        return None
    return shifted[0] if objects_of(shifted[0]) else None


def _nominal(dative: Token) -> bool:
    """True for a dative that is a noun phrase, not "to" ("gave the plan a welcome")."""
    return dative.dep_ == "dative" and dative.pos_ in ("NOUN", "PROPN")


def _subjects(context: Context, token: Token, source: Token | None, verb: Token) -> list[Found]:
    """Who the noun's relation is from: "from X" or "by X", the possessor, or the subject of
    its clause."""
    if source is not None:
        # "anger from farmers over the changes": the farmers' anger, whoever else the clause
        # is about; "the rejection of the offer by members": no one else's act
        return context.object_entities(objects_of(source), ACTORS, search=False)
    owners = children(token, "poss")
    if owners and all(o.lower_ == "their" for o in owners) and _clause_head(verb):
        subjects = context.subject_entities(verb)
        if len(subjects) > 1:  # "A and B hardened their opposition to X": both
            return subjects
    if owners:  # "the minister has not heeded our call for X": ours, not the minister's
        return [(key, o) for o in owners if (key := context.entity(o, ACTORS)) is not None]
    if is_verb(verb):
        return context.subject_entities(verb)
    return []


def _clause_head(verb: Token) -> bool:
    """A verb, or a root with a subject the tagger took for a name (headlinese: "RCN and RCM
    harden their opposition to the bill", "harden" a proper noun): the head of a clause."""
    return is_verb(verb) or (verb.dep_ == "ROOT" and has_child(verb, "nsubj"))
