"""Pledged changes: "the government promised to ban the notices", "ministers announced they
would be abolishing the agency" name a proposal by the verb phrase of the change.

A pledge or announcement of a change to come is a proposal as much as "a ban on the notices"
or "the abolition of the agency" is: news often names it only by the verb that a verb of
promising or announcing (``lex:pledgingVerb``) governs. The verb must be one of changing a
policy or a body (``lex:pledgedChangeVerb``: "abolish", "scrap", "ban", "extend") with an
object of its own that is not an event or a person ("pledged to end the strike" names no
proposal); after "announce" or "confirm" it must be said to come ("would", "will", "to"):
"announced that it had scrapped the levy" reports a change made. The name runs from the verb
to the end of its object, before a conjoined verb or a clause ("abolishing the agency and
merging its powers ..." → "abolishing the agency").

Example: "The ministry pledged to scrap the ferry levy." gives "scrap the ferry levy"
(``kg:Reform``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["pledged_changes", "pledged_change_end", "change_phrase_end"]

MAX_WORDS = 8  # a longer phrase is a clause, not a name
_FUTURE = frozenset({"will", "would", "shall", "to", "'ll"})
_ANNOUNCING = frozenset({"announce", "confirm"})  # they also report changes already made
_CLAUSE_DEPS = frozenset({"relcl", "acl", "cc", "conj", "punct", "appos", "advcl"})


def pledged_changes(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """The verb phrase of each change an actor pledges or announces."""
    verbs = context.lexicon.pledged_change_verbs
    for token in context.tokens:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        end = pledged_change_end(token, context.lexicon)
        if end is None:
            continue
        found = context.candidate(  # settled last, over the names it holds ("Ofwat")
            context.doc[token.i : end],
            KG.Reform,
            "noun-phrase",
            head=token.lemma_.lower(),
            longer=True,
        )
        if found is not None:
            yield found


def pledged_change_end(token: Token, lexicon: Lexicon) -> int | None:
    """The end of the name of a pledged change whose verb is ``token``, or None."""
    if _headline_future(token):
        return change_phrase_end(token, lexicon)  # "Ministry to scrap harbour levy"
    governor = token.head
    lemma = governor.lemma_.lower()
    if token.dep_ not in ("xcomp", "ccomp") or lemma not in lexicon.pledging_verbs:
        return None
    if lemma in _ANNOUNCING and not any(
        c.dep_ == "aux" and c.lower_ in _FUTURE for c in token.children
    ):
        return None  # "announced that it had scrapped the levy": done, not pledged
    return change_phrase_end(token, lexicon)


def _headline_future(token: Token) -> bool:
    """A headline's "X to <verb>" ("Ministry to scrap harbour levy"): the infinitive is the
    clause's own verb, with a subject, and tells what the subject will do."""
    children = list(token.children)
    return (
        token.dep_ == "ROOT"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ == "nsubj" for c in children)
    )


def change_phrase_end(token: Token, lexicon: Lexicon, *, after_of: bool = False) -> int | None:
    """The end of the phrase of a verb of change with its object ("scrap the ferry levy"; with
    ``after_of``, of a noun of change with the object of its "of": "scrapping of the levy"), or
    None when its object is no policy or body or the phrase is a clause."""
    if after_of:
        objects = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    else:
        objects = [c for c in token.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not _a_thing(objects[0], lexicon):
        return None
    obj = objects[0]
    end = obj.i + 1
    for t in obj.rights:
        if t.dep_ in _CLAUSE_DEPS:
            break
        end = t.right_edge.i + 1
    if any(t.i > obj.i and t.dep_ in _CLAUSE_DEPS for t in obj.doc[obj.i : end]):
        return None
    if end - token.i > MAX_WORDS or any(t.is_punct for t in obj.doc[token.i + 1 : obj.i]):
        return None
    return end


def _a_thing(obj: Token, lexicon: Lexicon) -> bool:
    """The object is a policy or a body, not an event ("the strike"), a person, or a state or
    time limit (``lex:unchangedStateNoun``: "the dispute", "the deadline")."""
    if obj.pos_ == "PRON" or obj.ent_type_ == "PERSON":
        return False
    if obj.lemma_.lower() in lexicon.unchanged_state_nouns:
        return False  # "end the dispute", "extend the deadline": no policy changed (review5)
    found = lexicon.head_nouns.get(obj.lemma_.lower())
    return found is None or core_class(found) != KG.Event
