"""The modality of a clause: negated, conditional, planned, reported or asserted.

"The BMA did not reject the offer" is negated, and so is what is refused ("the Treasury
refused to meet the union", ``lex:refuseVerb``), denied ("denied it was planning a levy",
``lex:denialVerb``) or failed ("the failure to adopt the plan",
``lex:failureNoun``; "failed to adopt it", ``lex:failureVerb``); "could reject", "if ... rejects" conditional;
"will reject", "plans to reject" planned; "said it would ..." (reported speech) or words
inside an open quotation reported; anything else asserted. The words come from the
lexicon (``lex:conditionalAux``, ``lex:futureAux``, ``lex:planningVerb``,
``lex:conditionalMark``, ``lex:uncertainMark``, ``lex:speechVerb``). What a directive asks
("urged the union to reject the offer", ``lex:directiveVerb``) is conditional: asked for, not
done.
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.relations.extraposed import urged_clause
from kg.extract.relations.grammar import children, coordinated_with
from kg.rdf.namespaces import KG

__all__ = [
    "asked_for",
    "directive_complement",
    "directs",
    "modality_of",
    "inside_quote",
    "none_of",
]

# clauses whose modality comes from the clause they depend on too
GOVERNED_CLAUSES = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "relcl")
CHAIN_LENGTH = 4
# "would" in reported speech is the past of "will" ("it announced it would abolish X")
BACKSHIFTED_AUX = ("would", "'d", "’d")

SameSpeaker = Callable[[Token, Token], bool]
"""``(clause, speech verb)`` → True when the clause's subject is the speaker."""


def modality_of(
    verb: Token,
    sentence_start: int | None = None,
    text: str | None = None,
    *,
    lexicon: Lexicon | None = None,
    same_speaker: SameSpeaker | None = None,
) -> URIRef:
    """The modality of the clause headed by ``verb`` (negated, conditional, planned, reported, asserted).

    ``sentence_start`` and ``text`` (the document's text) save rebuilding them from the
    parse; ``lexicon`` gives the words (the shipped lexicon when omitted). With
    ``same_speaker``, "would" in what a speaker says of their own acts is the past of "will"
    (planned: "the Government announced it would abolish NHSE"), unless a condition
    ("if", "unless") is said with it; said of someone else it stays conditional.
    """
    words = lexicon if lexicon is not None else load_lexicon()
    if _denied(verb, words) or _neither(verb):
        return KG.Negated
    chain = _governors(verb, words)
    question = verb.lemma_.lower() in words.question_verbs  # "asked if": an indirect question
    conditional = any(
        child.dep_ == "advcl"
        and any(
            m.dep_ == "mark"
            and m.lower_ in words.conditional_marks
            and not (question and m.lower_ == "if")
            for m in child.children
        )
        for child in verb.children
    )
    planned = False
    reported = False
    refused = False
    backshifted: list[Token] = []  # clauses whose only condition is a "would"
    for position, link in enumerate(chain):
        came_from = chain[position - 1] if position else None
        for child in link.children:
            lower = child.lower_
            if child.dep_ in ("aux", "auxpass") and lower in words.conditional_aux:
                if lower in BACKSHIFTED_AUX and same_speaker is not None:
                    backshifted.append(link)
                else:
                    conditional = True
            if child.dep_ == "mark" and (
                lower in words.conditional_marks or lower in words.uncertain_marks
            ):
                conditional = True
            if child.dep_ == "aux" and lower in words.future_aux:
                planned = True
        if link.dep_ == "acl" and link.head.lemma_.lower() in words.failure_nouns:
            refused = True  # "the failure to adopt the plan": the plan is not adopted
        if link.dep_ in CONTENT_CLAUSES and link.head.lemma_.lower() in words.content_nouns:
            conditional = True  # "amid speculation that it will reject the offer"
        if came_from is None:
            continue
        if link.lemma_ in words.planning_verbs:
            planned = True
        if came_from.dep_ == "xcomp" and (
            link.lemma_ in words.refuse_verbs
            or link.lemma_ in words.failure_verbs
            or any(a.lower_ in words.pending_adverbs for a in children(link, "advmod"))
        ):
            refused = True  # "refused to meet the union", "failed to pass", "is yet to back"
        if came_from.dep_ == "ccomp" and link.lemma_.lower() in words.denial_verbs:
            refused = True  # "denied it was planning a levy": said not to be so
        if came_from.dep_ == "xcomp" and link.lemma_.lower() in words.uncertain_adjectives:
            conditional = True  # "is unlikely to back the plan"
        if directive_complement(came_from, words) or urged_clause(came_from, words):
            conditional = True  # "urged the union to reject", "it is time for X to act"
        if came_from.dep_ == "ccomp" and link.lemma_ in words.speech_verbs:
            reported = True  # "he said that ...", not "he wrote to X, urging ..."
    for link in backshifted:
        if _future_in_the_past(link, words, same_speaker):
            planned = True
        else:
            conditional = True
    if refused:
        return KG.Negated
    if conditional:
        return KG.Conditional
    if planned:
        return KG.Planned
    if reported or inside_quote(verb, sentence_start, text):
        return KG.Reported
    return KG.Asserted


def _future_in_the_past(clause: Token, words: Lexicon, same_speaker: SameSpeaker | None) -> bool:
    """True for a "would" clause that a speaker says of their own acts ("X said it would", "X's
    announcement that it would"), or
    that tells what a proposal is to contain (``lex:inverseTrigger``: "X said the bill would
    include a levy" reports the bill's content, whoever the speaker)."""
    speech = clause.head
    if clause.dep_ in ("acl", "ccomp") and speech.pos_ == "NOUN":
        # "the Treasury's announcement that it would accept the award" (lex:declarationNoun)
        if same_speaker is None or speech.lemma_.lower() not in words.declaration_nouns:
            return False
        return any(same_speaker(clause, owner) for owner in children(speech, "poss"))
    if clause.dep_ != "ccomp" or speech.lemma_ not in words.speech_verbs:
        return False
    if clause.lemma_.lower() in words.inverse:
        return True
    return same_speaker is not None and same_speaker(clause, speech)


def directs(verb: Token, lexicon: Lexicon) -> bool:
    """True for a verb of asking others to act (``lex:directiveVerb``): "urge", "call on"."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.directive_verbs:
        return True
    words = [c.lower_ for c in children(verb, "prt", "prep")]
    # "called for the BMA to walk back": the parser makes "for" the mark of the clause
    words += [m.lower_ for c in children(verb, "advcl") for m in children(c, "mark")]
    return any(f"{lemma} {word}" in lexicon.directive_verbs for word in words)


def directive_complement(clause: Token, lexicon: Lexicon) -> bool:
    """True for what a directive asks: its infinitive ("urged X to reject") or its subjunctive
    ("recommended that members accept"), not a reported fact ("told X that it was late")."""
    governor = clause.head
    if (
        clause.dep_ == "relcl"
        and governor.dep_ == "pobj"
        and any(c.dep_ == "mark" for c in clause.children)
    ):
        # "recommending to members that they accept", parsed as a relative clause of "members"
        governor = governor.head.head
    elif clause.dep_ == "advcl" and (
        any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        or _infinitive_after_for(clause, governor)
    ):
        pass  # "called for the BMA to walk back its action"
    elif clause.dep_ not in ("xcomp", "ccomp"):
        return False
    if governor.i == clause.i or not directs(governor, lexicon):
        return False
    if clause.dep_ in ("xcomp", "advcl"):
        return True
    return clause.tag_ in ("VB", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children
    )


def _infinitive_after_for(clause: Token, governor: Token) -> bool:
    """ "called for the minister to start talks" parsed with "for the minister" a phrase of
    the verb and "to start" a clause of its own: the infinitive after the "for" phrase is what
    is asked of the one it names."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and any(
        p.lower_ == "for" and p.i < clause.i for p in children(governor, "prep")
    )


# the clause a chance or claim holds: "claims that the union backed the plan",
# "the chance to shape the levy": said or hoped, not done
CONTENT_CLAUSES = ("acl", "ccomp")


def _governors(verb: Token, words: Lexicon) -> list[Token]:
    """The verb and the clauses it depends on, up to four steps up: "plans to [consult]"; not
    past a clause of reason or concession that tells what has happened (``_factive``)."""
    chain = [verb]
    current = verb
    for _ in range(CHAIN_LENGTH):
        if _factive(current, words):
            break
        if current.dep_ in GOVERNED_CLAUSES and current.head is not current:
            current = coordinated_with(current)
            chain.append(current)
        else:
            break
    return chain


def _factive(clause: Token, words: Lexicon) -> bool:
    """True for an adverbial clause of reason or concession (``lex:factiveMark``) in the past
    or perfect: "a deal may be near, as the union has met the minister" tells that the union
    met the minister; the mood of the clause it hangs on ("may") is not its own. A clause of
    time (``lex:pastTimeMark``) tells what has happened in the simple past or past perfect
    only ("after the unions accepted the offer"; "once it has agreed" is still to come)."""
    if clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX"):
        return False  # "as long as the minister has refused": hung on "long", a condition
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if len(marks) != 1:
        return False
    auxiliaries = [c for c in clause.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if marks[0].lower_ in words.past_time_marks:
        # "after the unions accepted", "once the board had agreed"; not "once it has agreed"
        past_perfect = any(a.tag_ == "VBD" for a in auxiliaries)
        return past_perfect or (clause.tag_ == "VBD" and not auxiliaries)
    return marks[0].lower_ in words.factive_marks and (clause.tag_ == "VBD" or bool(auxiliaries))


def asked_for(noun: Token, lexicon: Lexicon) -> bool:
    """True for what a verb of asking for has as its object (``lex:requestVerb``): "sought an
    urgent meeting with the minister", "called for talks with the council" ask for an event
    that is not yet held, so who would take part in it takes no part yet."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb, particle = verb.head, verb.lower_
    elif noun.dep_ == "dobj":
        particle = ""
    else:
        return False
    lemma = verb.lemma_.lower()
    return lemma in lexicon.request_verbs or f"{lemma} {particle}" in lexicon.request_verbs


def none_of(noun: Token) -> bool:
    """True for a noun with the determiner "no" ("had no contact with the union", "there have
    been no talks with the council"): it says that none was held."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def inside_quote(token: Token, sentence_start: int | None = None, text: str | None = None) -> bool:
    """True when an opening quotation mark before ``token`` in its sentence is still open.

    ``text`` is the document's text (``Doc.text`` rebuilds it on every call).
    """
    if sentence_start is None:
        sentence_start = token.sent.start_char
    before = (text if text is not None else token.doc.text)[sentence_start : token.idx]
    opens = before.count("‘") + before.count("“")
    closes = before.count("’ ") + before.count("”")
    return opens > closes


def _denied(verb: Token, words: Lexicon) -> bool:
    """True for a clause with "not", except "not just/only ..." with a "but" after it in the
    sentence: "we are not just legislating for X, but we will put it in place" legislates
    for X and says more (proposes28)."""
    for neg in children(verb, "neg"):
        doc = neg.doc
        focus = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
        if focus is None or focus.lower_ not in words.focus_adverbs:
            return True
        if not any(t.lower_ == "but" for t in doc[focus.i + 1 : neg.sent.end]):
            return True
    return False


def _neither(verb: Token) -> bool:
    """True for a clause whose subject or object is denied with "neither ... nor": "Neither the
    Treasury nor the Home Office supports the levy", "the union backs neither plan"."""
    return any(
        c.lower_ == "neither"
        for a in verb.children
        if a.dep_ in ("nsubj", "nsubjpass", "dobj")
        for c in a.children
    )
