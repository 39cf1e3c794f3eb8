"""Taking part told around an event's noun (``participatesIn``), in two constructions the rules
of :mod:`~kg.extract.relations.events` do not read:

* a stative participle of taking part (``lex:engagedParticiple``) whose "in" names a gathering:
  "the guild is engaged in talks with Acme", "the council, which was involved in the
  negotiations, said", "the unions engaged in the talks" → the participle's subject, or the
  noun it describes, takes part. Only gatherings (talks, meetings, conferences): "staff
  involved in the strike" are its strikers, no body that holds it;
* a union's act told as done after or following a vote or consultation (of its members): "the
  guild has secured a strike mandate after a member vote", "guild members rejected the offer
  following a consultative ballot" → the union (a trade union or professional body, for whom
  a ballot of members is its own) took part in it. Another actor acting after a ballot ("the
  minister criticised the guild after the ballot") was not in it;
* a body's response or submission to a consultation (``lex:contributionNoun``): "the guild's
  submission to the consultation", "In its response to the consultation, the council said" →
  the owner took part in it (a pronoun owner of a phrase opening the clause is the clause's
  subject, named after it);
* notice given of a strike or ballot (``lex:noticeNoun`` the object of ``lex:noticeVerb``):
  "the union has given notice to the company of strike action", "served notice of industrial
  action" → the giver calls it. Not who receives notice ("the company received notice of");
* an event as the subject of a verb of involving (``lex:involvingVerb``): "the strike action
  will involve members of both Unite and the GMB", "the talks included the council" → each
  object takes part (the relative clause and participle, "talks involving X", are
  :func:`~kg.extract.relations.events.involved`'s).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Phrase, Rule
from kg.extract.relations.events import GATHERINGS
from kg.extract.relations.grammar import children, conjuncts, has_child, is_verb
from kg.extract.relations.phrase_search import UNIONS
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["engaged_in", "after_a_vote", "involving", "notice_of", "response_to"]

# events a union holds among its members: a ballot, a consultation
MEMBERS_EVENTS = (KG.Vote, KG.Consultation)
AFTER = ("after", "following")
# dependencies of a phrase the parser hung "after ..." on, between it and its clause's verb
NOT_A_CLAUSE = ("acl", "relcl", "amod", "prep", "pobj", "dobj", "nsubj", "appos")
MAX_CLIMB = 6


def engaged_in(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The subject of "engaged in" or "involved in" a gathering (``lex:engagedParticiple``),
    or the noun the participle describes: "the guild is engaged in talks", "the council, which
    was involved in the negotiations", "unions engaged in talks"."""
    head = phrase.head
    if phrase.cls != KG.Event or context.resolved.by_key[phrase.key].type not in GATHERINGS:
        return
    if head.dep_ != "pobj" or head.head.lower_ != "in":
        return
    participle = head.head.head
    if (
        participle.tag_ != "VBN"
        or participle.lemma_.lower() not in context.lexicon.engaged_participles
    ):
        return
    yield from context.emit(
        rule,
        _engaged(context, participle),
        KG.participatesIn,
        [(phrase.key, head)],
        [participle],
        context.modality(participle),
        f"{participle.lemma_.lower()} in",
    )


def _engaged(context: Context, participle: Token) -> list[Found]:
    """Who the participle says is engaged: its passive subject ("the guild is engaged"), the
    antecedent of a relative pronoun ("the council, which was involved"), or the noun a bare
    participle describes ("unions engaged in talks")."""
    subjects = children(participle, "nsubjpass")
    if participle.dep_ == "relcl" and any(s.tag_ in ("WDT", "WP") for s in subjects):
        subjects = [participle.head]
    elif not subjects and participle.dep_ == "acl":
        subjects = [participle.head]
    found: list[Found] = []
    for subject in subjects:
        for conj in conjuncts(subject):
            key = context.entity(conj, ACTORS)
            if key is not None:
                found.append((key, conj))
    return found


def after_a_vote(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A union whose clause is told as following a vote or consultation took part in it: "the
    guild secured a mandate after a member vote" (the union, or its members, as subject)."""
    head = phrase.head
    if phrase.cls != KG.Event or context.resolved.by_key[phrase.key].type not in MEMBERS_EVENTS:
        return
    governor = head.head
    if head.dep_ != "pobj" or governor.lower_ not in AFTER:
        return
    clause = _clause_of(governor)
    if clause is None:
        return
    unions = [
        (k, t)
        for k, t in context.subject_entities(clause)
        if context.resolved.by_key[k].type in UNIONS
    ]
    yield from context.emit(
        rule,
        unions,
        KG.participatesIn,
        [(phrase.key, head)],
        [governor],
        context.modality(clause),
        governor.lower_,
    )


def _clause_of(governor: Token) -> Token | None:
    """The verb of the clause "after ..." belongs to, past the nouns and participles the parser
    hung it on ("secured a mandate after a vote", "rejected the offer following a ballot")."""
    current = governor.head if governor.pos_ == "ADP" else governor
    for _ in range(MAX_CLIMB):
        if current is not governor and is_verb(current) and current.dep_ not in NOT_A_CLAUSE:
            return current
        if current.head.i == current.i:
            return current if is_verb(current) else None
        current = current.head
    return None


def response_to(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The owner of a response or submission to a consultation took part in it: "the guild's
    submission to the consultation", "In its response to the consultation, the council said"."""
    head = phrase.head
    if phrase.cls != KG.Event or context.resolved.by_key[phrase.key].type != KG.Consultation:
        return
    if head.dep_ != "pobj" or head.head.lower_ != "to":
        return
    noun = head.head.head
    if noun.lemma_.lower() not in context.lexicon.contribution_nouns:
        return
    yield from context.emit(
        rule,
        _owners(context, noun),
        KG.participatesIn,
        [(phrase.key, head)],
        [noun],
        KG.Asserted,
        f"{noun.lemma_.lower()} to",
    )


def _owners(context: Context, noun: Token) -> list[Found]:
    """The owners of the noun; a pronoun ("its response") in a phrase opening a clause ("In its
    response to X, the council said") is the clause's subject, named after it."""
    found: list[Found] = []
    for owner in children(noun, "poss"):
        prep = noun.head
        clause = prep.head if noun.dep_ == "pobj" and prep.dep_ == "prep" else None
        if owner.pos_ == "PRON" and clause is not None and is_verb(clause) and noun.i < clause.i:
            found += context.subject_entities(clause)
        elif (key := context.entity(owner, ACTORS)) is not None:
            found.append((key, owner))
    return found


def notice_of(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The subject of giving notice of an event calls it: "the union has given notice to the
    company of a one-week strike", "served notice of industrial action"."""
    head = phrase.head
    if phrase.cls != KG.Event or head.dep_ != "pobj" or head.head.lower_ != "of":
        return
    lexicon = context.lexicon
    notice: Token | None = head.head.head
    if notice is not None and notice.lemma_.lower() not in lexicon.notice_nouns:
        notice = _object_before(notice)  # "given notice to X of Y": "of" hung on the verb
    if notice is None or notice.lemma_.lower() not in lexicon.notice_nouns:
        return
    verb = notice.head
    if notice.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.notice_verbs:
        return
    yield from context.emit(
        rule,
        context.subject_entities(verb),
        KG.participatesIn,
        [(phrase.key, head)],
        [notice],
        context.modality(verb),
        f"{verb.lemma_.lower()} notice of",
    )


def _object_before(word: Token) -> Token | None:
    """The object of the verb the parser hung "of" on, or on whose "to" it hung it ("given
    notice to X of Y": "of" on X)."""
    if word.dep_ == "pobj" and word.head.lower_ == "to":
        word = word.head.head
    return next(iter(children(word, "dobj")), None) if is_verb(word) else None


def involving(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The objects of a verb of involving whose subject is the event: "the strike will involve
    members of the guild and the union" → both take part."""
    head = phrase.head
    verb = head.head
    if phrase.cls != KG.Event or head.dep_ != "nsubj" or not is_verb(verb):
        return
    if verb.lemma_.lower() not in context.lexicon.involving_verbs or has_child(verb, "neg"):
        return
    yield from context.emit(
        rule,
        context.object_entities(children(verb, "dobj"), ACTORS, search=False),
        KG.participatesIn,
        [(phrase.key, head)],
        [verb],
        context.modality(verb),
        verb.lemma_.lower(),
    )
