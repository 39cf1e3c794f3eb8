"""Event head nouns in a sense that names no event.

Votes counted: "vote" in the plural with a number ("passed by 40 votes to 12", "152,329 votes
were cast") counts the ballots cast, a figure of a vote, not a vote held; the vote itself is
named otherwise ("the ballot", "MPs voted"). So is a share after "of" ("the ballot returned a
vote of 68 per cent in favour").

Debate as argument in public: a debate held by a body is a sitting ("a debate on the bill",
"during the debate"); with no determiner or owner ("subject to debate"), with the question argued
after "over" or "about" (``lex:debateTopicPreposition``: "the debate over tuition fees") or an
adjective of public argument (``lex:publicDebateModifier``: "the wider debate") it is argument
carried on in public, which no one holds.

Confidence shown: "a vote of confidence in the profession" says approval, no vote held ("a
vote of no confidence in the chair" is one).

Poll as opinion poll: "poll" names a union's ballot only when a body's members are polled
("a poll of branches", ``lex:polledNoun``, with no number counting a sample), a body owns it
("the union's poll") or a word of ballots comes before it ("an indicative poll",
``lex:ballotPollModifier``); otherwise ("a recent poll", "polls show", "a poll of 2,000
adults") it is an opinion poll, an event no actor of the text holds.

Example: in "The motion was passed by 40 votes to 12", "40 votes" names no event; in "the
debate over fees rumbles on", "debate" names none.

A verb misread: "Union votes to accept pay offer" (a headline), "saw staff employed by councils
vote to reject": "vote" between the noun of who votes and an infinitive, with no determiner, is
the verb; it names no vote of its own.

A protest as a reason: "in protest" with no determiner ("took action in protest against the
terms", "resigned in protest at the cuts", ``lex:mannerEventNoun``) says why something is done;
the act it qualifies is the event, not a protest of its own.

Speech as a freedom: "free speech", "freedom of speech" is a right, no speech given
(``lex:rightModifier`` before the head, or the head after "freedom of").

Events whose course is told: a bare plural event noun as the subject of a verb of an event's
course ("Talks have been adjourned and will resume on Friday", ``lex:eventCourseVerb``) names
those events.

Events taken part in: a bare plural event noun, which otherwise names a kind ("strikes are
rare"), names the events its verb's subject holds or joins when it is the object of a verb of
taking part ("the union and the council held talks", "members staged walkouts", "the
ministry returned to talks": ``lex:participationVerb``, or a ``participatesIn`` trigger with
its preposition). Not "votes" ("won votes": votes counted), nor in a headline, which drops
every article, so that its bare nouns are no indefinites.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["course_told", "names_no_event", "taken_part_in"]

PARTICIPATION = (KG.participatesIn, KG.organises)


def names_no_event(token: Token, cls: URIRef, det: str | None, lexicon: Lexicon) -> bool:
    """The event head ``token`` of class ``cls`` (with determiner ``det``) is in a sense that
    names no event (see the module's docstring)."""
    return (
        cls == KG.Vote
        and (_votes_counted(token) or _confidence_shown(token) or _share_returned(token))
        or token.lemma_.lower() == "debate"
        and _argued_in_public(token, det, lexicon)
        or token.lemma_.lower() == "poll"
        and not _ballot_poll(token, lexicon)
        or _verb_misread(token, det, lexicon)
        or _as_a_reason(token, det, lexicon)
        or _a_freedom(token, lexicon)
    )


def _as_a_reason(token: Token, det: str | None, lexicon: Lexicon) -> bool:
    """ "in protest against the terms": a manner noun (``lex:mannerEventNoun``) with no
    determiner, owner or modifier, as the object of "in"."""
    return (
        det is None
        and token.lemma_.lower() in lexicon.manner_event_nouns
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and not any(c.dep_ in ("poss", "amod", "compound", "nummod") for c in token.children)
    )


def _a_freedom(token: Token, lexicon: Lexicon) -> bool:
    """ "free speech", "freedom of speech": the right to speak, no speech."""
    if token.lemma_.lower() != "speech":
        return False
    if any(c.dep_ == "amod" and c.lower_ in lexicon.right_modifiers for c in token.children):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "freedom"


# "Union votes to accept pay offer": the verb, read as a noun after its subject
def _verb_misread(token: Token, det: str | None, lexicon: Lexicon) -> bool:
    """ "Teaching union votes to accept pay offer", "staff employed by councils vote to
    reject": "vote" with no determiner or owner, between the noun of who votes (a plural, a
    name, or a noun of a body or of people: ``lex:descriptionNoun`` of an organisation,
    ``lex:groupNoun``, ``lex:workforceNoun``) and an infinitive, is the verb the tagger read as
    a noun (as a headline drops its articles): no vote is named by it, the verb tells of one.
    "A vote to strike", "the strike vote to close on Friday" are nouns."""
    doc = token.doc
    if token.lemma_.lower() != "vote" or det is not None or token.i + 2 >= len(doc):
        return False
    if doc[token.i + 1].lower_ != "to" or doc[token.i + 2].tag_ != "VB":
        return False
    return any(c.dep_ in ("compound", "nmod") and _voters(c, lexicon) for c in token.children)


def _voters(token: Token, lexicon: Lexicon) -> bool:
    """The noun says who votes: a plural ("councils"), a name ("Unite"), or a noun of a body or
    of people ("union", "members", "staff")."""
    lemma = token.lemma_.lower()
    people = lexicon.group_nouns | lexicon.workforce_nouns | lexicon.description_nouns
    return token.tag_ in ("NNS", "NNPS", "NNP") or lemma in people


def _votes_counted(token: Token) -> bool:
    """ "40 votes", "152,329 votes": "vote" in the plural counted by a number."""
    return (
        token.lemma_.lower() == "vote"
        and token.tag_ == "NNS"
        and any(c.dep_ == "nummod" and c.like_num for c in token.children)
    )


# labels of a share or sum ("89%", "75 percent"; the model reads "68 per cent" as money)
SHARE_LABELS = ("PERCENT", "MONEY")


def _share_returned(token: Token) -> bool:
    """ "The ballot returned a vote of 68 per cent in favour", "backed it with a vote of 89%":
    "vote" with a share after "of" is a figure of a vote, the share of those voting one way,
    no vote of its own ("a vote of 2,000 members" is one)."""
    return token.lemma_.lower() == "vote" and any(
        o.ent_type_ in SHARE_LABELS
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


# "a vote of confidence in the profession": approval, no vote held
def _confidence_shown(token: Token) -> bool:
    """ "a vote of confidence in the profession": a way of saying one approves, no vote held;
    "a vote of no confidence in the chair" is one held ("no" before "confidence")."""
    return token.lemma_.lower() == "vote" and any(
        o.lower_ == "confidence" and not any(c.lower_ == "no" for c in o.children)
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _argued_in_public(token: Token, det: str | None, lexicon: Lexicon) -> bool:
    """ "subject to debate", "the debate over fees", "the wider debate": a debate no one
    holds (no determiner or owner, a question after ``lex:debateTopicPreposition``, or an
    adjective of ``lex:publicDebateModifier``)."""
    owned = det is not None or any(c.dep_ in ("poss", "compound") for c in token.children)
    return (
        not owned
        or any(
            c.dep_ == "prep" and c.lower_ in lexicon.debate_topic_prepositions
            for c in token.children
        )
        or any(
            c.dep_ == "amod" and c.lower_ in lexicon.public_debate_modifiers for c in token.children
        )
    )


def _ballot_poll(token: Token, lexicon: Lexicon) -> bool:
    """ "a poll of branches", "the union's poll", "an indicative poll": a body's ballot of its
    members, not an opinion poll ("a recent poll", "a poll of 2,000 members")."""
    polled = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    of_members = any(
        o.lemma_.lower() in lexicon.polled_nouns and not any(c.dep_ == "nummod" for c in o.children)
        for o in polled
    )
    return (
        of_members
        or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children)
        or any(
            c.dep_ in ("amod", "compound") and c.lower_ in lexicon.ballot_poll_modifiers
            for c in token.children
        )
    )


def taken_part_in(token: Token, lexicon: Lexicon) -> bool:
    """The bare plural event noun ``token`` is what a verb of taking part is done to: its
    object ("held talks", ``lex:participationVerb`` or a trigger of ``participatesIn``) or
    the object of the verb's preposition of a trigger ("returned to talks", "pulled out of
    talks"): the events the verb's subject takes part in."""
    if token.tag_ != "NNS" or token.sent.start == 0 or token.lemma_.lower() == "vote":
        return False
    if token.dep_ == "dobj":
        verb, preposition = token.head, ""
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        verb, preposition = token.head.head, token.head.lower_
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return (not preposition and lemma in lexicon.participation_verbs) or lexicon.triggers.get(
        (lemma, preposition)
    ) in PARTICIPATION


def course_told(token: Token, lexicon: Lexicon) -> bool:
    """The bare plural event noun ``token`` is the subject of a verb telling the course of
    particular events (``lex:eventCourseVerb``): "Talks aimed at averting the strike have been
    adjourned and will resume on Friday", "Talks will be held on Tuesday", "Strikes will begin
    on Monday": those events, not a kind ("strikes are rare"). Not "votes" (votes counted),
    nor in a headline (as :func:`taken_part_in`)."""
    plural = token.tag_ in ("NNS", "NNPS")  # "Talks" opening a sentence may be tagged a name
    if not plural or token.sent.start == 0 or token.lemma_.lower() == "vote":
        return False
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    courses = lexicon.event_course_verbs
    return lemma in courses or any(f"{lemma} {p}" in courses for p in particles)
