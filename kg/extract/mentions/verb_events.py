"""Events named by a verb: "the union will consult its members" names a consultation, "drivers
are to vote on the offer" a vote (``lex:introducingVerb`` of an event class).

Only a verb of a plan or a passive ("to consult", "will consult", "to be consulted") names an
event of its own; a finite verb ("members voted") tells of an event the article names
otherwise ("the vote"). Resolution joins a verb's event to the same kind of event named
before it or in its sentence (:func:`~kg.extract.entities.phrase_passes.events_by_verb`).

A perfect ("members have voted") tells of an act done, like a finite verb; a verb whose
object is a need or goal ("meet the demands", "hopes had been met": ``lex:satisfiedNoun``)
means satisfying it, not holding an event; a passive names an event only for a verb whose
object is the people asked to take part ("to be balloted", ``lex:passiveEventVerb``), not
"was met with protests"; and an act refused ("refused to meet the union",
``lex:refuseVerb``), asked of others ("urged the minister to meet them",
``lex:directiveVerb``), only wanted under a condition or denied in the verb it completes ("if
the board agreed to meet", "we do not want to negotiate") is no event.

Example: in "The union will consult members. The consultation closes on Friday." the verb
"consult" is a ``kg:Consultation``, and "The consultation" refers back to it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["events_named_by_verbs"]

# tags of a verb that names a planned or undergone act: "to vote", "will consult", "consulted"
_PLAN_TAGS = ("VB", "VBN")
# tags of a verb that tells of an act done: "met", "meets", "have met" (with "have")
_DONE_TAGS = ("VBD", "VBZ", "VBP")
# what may follow the verb as part of the name: "consult publicly", "meet again next week"
_NAME_DEPS = ("advmod", "npadvmod")


def _has_subject(verb: Token) -> bool:
    """Someone does it: the verb has a subject, or is the complement of a verb that has one
    ("the union is to consult", "agreed to meet"); "willingness to negotiate" names no act."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _negated(verb: Token) -> bool:
    """The verb, or the verb it is coordinated with when it has no subject or auxiliary of its
    own, is denied: "the union was not briefed, consulted or involved", "did not meet or
    negotiate" (a "not" before a list of verbs denies each)."""
    for _ in range(4):
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        if verb.dep_ != "conj" or own or verb.head is verb:
            return False
        verb = verb.head
    return False


def _unreal(verb: Token, lexicon: Lexicon) -> bool:
    """An act only wanted, tried or agreed to under a condition, or denied in the verb it
    completes: "if the board agreed to meet the union", "we do not want to negotiate", "does
    not plan to consult". The conventions leave hypothetical and denied acts out."""
    current = verb
    for _ in range(3):
        if any(
            c.dep_ == "mark" and c.lower_ in lexicon.conditional_marks for c in current.children
        ):
            return True
        if current is not verb and any(c.dep_ == "neg" for c in current.children):
            return True
        if current.dep_ != "xcomp" or current.head is current:
            return False
        current = current.head
    return False


def _told_as_done(verb: Token) -> bool:
    """A perfect, "members have voted", "he had met the sector": an auxiliary "have" and no
    passive one tells of an act already done, as a finite verb does, and names no event of its
    own ("to be consulted" and "will vote" still do)."""
    deps = [(c.dep_, c.lemma_.lower()) for c in verb.children]
    return ("aux", "have") in deps and not any(dep == "auxpass" for dep, _ in deps)


def _progressive(verb: Token, lexicon: Lexicon) -> bool:
    """An act under way of asking people to take part, "the union is balloting its members",
    "is consulting members" (``lex:passiveEventVerb``): a present participle after "be" names
    the ballot or consultation going on, as a plan does ("is meeting today" tells of a meeting
    the article names otherwise)."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in lexicon.passive_event_verbs
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    )


def _satisfies(verb: Token, lexicon: Lexicon) -> bool:
    """The verb is about a need or goal (``lex:satisfiedNoun``), as its object, its passive
    subject or the noun its clause describes: "meet the demands", "hopes had been met",
    "demands for the Government to meet". Then "meet" means satisfying it: no meeting."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl", "advcl") and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)  # the parser may hang "for X to meet" on the noun as advcl
    return any(n.lemma_.lower() in lexicon.satisfied_nouns for n in nouns)


def _other_sense(verb: Token, lexicon: Lexicon) -> bool:
    """A past participle of an event verb whose passive is another sense ("the demands were
    met", "was met with protests"), or an act refused ("declined to meet the union")."""
    if verb.tag_ == "VBN" and verb.lemma_.lower() not in lexicon.passive_event_verbs:
        return True
    return verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() in lexicon.refuse_verbs or _asked_of_others(verb, lexicon)
    )


def _asked_of_others(verb: Token, lexicon: Lexicon) -> bool:
    """What a directive asks someone else to do ("urged the minister to meet them", "members
    will be asked to vote"): asked for, not held (``lex:directiveVerb``)."""
    asker = verb.head
    lemma = asker.lemma_.lower()
    words = [lemma] + [f"{lemma} {c.lower_}" for c in asker.children if c.dep_ in ("prt", "prep")]
    if not any(w in lexicon.directive_verbs for w in words):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in asker.children) or any(
        o.dep_ == "pobj" for c in asker.children if c.dep_ in ("prt", "prep") for o in c.children
    )


def _done_and_described(
    verb: Token, cls: URIRef, context: Context, earlier: Sequence[Candidate]
) -> bool:
    """An act told as done ("the union met the minister", "have met") that a definite
    description of its class refers to just after, in its sentence or the next ("The meeting
    was constructive"), when no phrase names an event of the class before the verb: the verb
    names the event the description refers back to. Not a passive ("was met with protests"),
    nor for a description of another one ("The next meeting is in March")."""
    done = verb.tag_ in _DONE_TAGS or _told_as_done(verb)
    if not done or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "xcomp" and _other_sense(verb, context.lexicon):
        return False
    here = context.sentence_index(verb.idx)
    of_class = [c for c in earlier if c.type == cls]
    if any(c.span.start < verb.i for c in of_class):
        return False
    return any(
        c.method == "description"
        and not c.indefinite
        and not _another_version(c, context.lexicon)
        and here <= context.sentence_index(c.span.start_char) <= here + 1
        for c in of_class
    )


def _another_version(description: Candidate, lexicon: Lexicon) -> bool:
    """ "the next meeting", "a new vote": a word of another version (``lex:versionWord``)
    before the head says the description is not of the act just told."""
    head = description.span.root
    return any(t.lower_ in lexicon.version_words for t in (*description.span, *head.lefts))


def _again(verb: Token, lexicon: Lexicon) -> bool:
    """An act done once more ("agreed to meet again next week", ``lex:repeatAdverb``): another
    event than the one of its class named before, named only by the verb with its adverbs
    (method "verb-again"), so that neither the earlier act nor a description of it is taken
    for this one."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.repeat_adverbs for c in verb.children)


def _verb_phrase(token: Token, verbs: Mapping[str, URIRef]) -> tuple[URIRef | None, int]:
    """The class a verb introduces and the end of its name: the verb alone ("consult"), or with
    the particle or object word just after it when the two are listed together ("walk out",
    "stop work": ``lex:introducingVerb``)."""
    lemma = token.lemma_.lower()
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.head.i == token.i:
        cls = verbs.get(f"{lemma} {following.lower_}")
        if cls is not None and following.dep_ in ("prt", "advmod", "dobj"):
            if following.dep_ != "dobj" or not _work_on_a_thing(token, following):
                return cls, token.i + 2
    return verbs.get(lemma), token.i + 1


def _work_on_a_thing(verb: Token, work: Token) -> bool:
    """The object of "stop work" is work on something ("contractors will stop work on the
    bypass": "on" and a common noun that is no time): a job halted, no strike. "Staff will
    stop work on Monday" gives the day of a strike."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "on"
        and any(
            o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ not in ("DATE", "TIME")
            for o in p.children
        )
        for p in (*work.children, *verb.children)
    )


def events_named_by_verbs(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """An event of the class the verb introduces, named by the verb (and the adverbs just
    after it, as a longer form)."""
    doc = context.doc
    verbs = context.lexicon.introducing_verbs
    for token in context.tokens:
        if token.pos_ != "VERB":
            continue
        cls, name_end = _verb_phrase(token, verbs)
        if (
            cls is None
            or core_class(cls) != KG.Event
            or _negated(token)
            or _unreal(token, context.lexicon)
            or not _has_subject(token)
            or _satisfies(token, context.lexicon)
        ):
            continue
        planned = (
            token.tag_ in _PLAN_TAGS or _progressive(token, context.lexicon)
        ) and not _told_as_done(token)
        if not (
            planned
            and not _other_sense(token, context.lexicon)
            or _done_and_described(token, cls, context, earlier)
        ):
            continue
        end = name_end
        for child in token.rights:  # "consult publicly", "meet again next week"
            if child.i < name_end:
                continue  # "walk out": the particle is part of the name
            if child.left_edge.i != end or child.dep_ not in _NAME_DEPS:
                break
            end = child.right_edge.i + 1
        if _again(token, context.lexicon):
            found = context.candidate(
                doc[token.i : end], cls, "verb-again", head=token.lemma_.lower()
            )
            yield from [found] if found is not None else []
            continue
        found = context.candidate(doc[token.i : name_end], cls, "verb", head=token.lemma_.lower())
        if found is None:
            continue
        yield found
        for long_end in sorted({end, _object_end(token, name_end)} - {name_end}):
            longer = context.candidate(
                doc[token.i : long_end],
                cls,
                "verb",
                head=token.lemma_.lower(),
                longer=True,
                same_as=found,
            )
            if longer is not None:
                yield longer


def _object_end(verb: Token, name_end: int) -> int:
    """Where the verb's direct object right after its name ends ("consult their executive
    councils", "ballot its members"): the verb with the people it is done to, a common noun,
    names the event too (not with a name: "met Okafor" is the meeting's, not its name);
    ``name_end`` when no such object follows at once."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.left_edge.i == name_end:
            return int(child.i) + 1  # up to the noun: "ballot members", not "... over the rota"
    return name_end
