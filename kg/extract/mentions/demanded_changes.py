"""Demanded changes: "more control over bus routes", "greater flexibility in hiring staff",
"increased competition in the energy market" name a proposal when an actor demands, promises
or sets them out.

A noun of a means of governing (``lex:leverNoun``: "control", "flexibility", "powers",
"competition") with a word of more of it before it (``lex:moreWord``: "more", "greater",
"increased") and a modifier after it says how policy should change. It names a proposal
only where it is put forward: the object of an actor's relation verb (``lex:trigger``:
"demanded more control over X", "giving councils more flexibility in X"), the object of
"for" after a noun or verb of calling, planning or making way ("plans for more control over
X", "calls for greater powers", "pave the way for increased competition"), or one item of a
list that is, also a list after "including" inside such an object ("announced four steps,
including more oversight of X"). "More pressure on services" (no lever) and "more control over their lives"
said of no one's demand name none.

Example: "The mayor called for more control over bus routes." gives "more control over bus
routes" (``kg:Reform``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["demanded_changes", "demanded_lever", "put_forward"]

MAX_WORDS = 10  # a longer phrase is a clause, not a name
_PREPOSITIONS = frozenset({"over", "in", "for", "around", "on", "to", "of"})


def demanded_changes(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """More of a lever, with what it is over, where an actor puts it forward."""
    for token in context.tokens:
        end = demanded_lever(token, context.lexicon)
        if end is None:
            continue
        start = min(c.left_edge.i for c in token.lefts if c.dep_ == "amod")
        found = context.candidate(
            context.doc[start:end], KG.Reform, "noun-phrase", head=token.lemma_.lower()
        )
        if found is not None:
            yield found


def demanded_lever(token: Token, lexicon: Lexicon) -> int | None:
    """The end of the name of more of a lever put forward ("more control over bus routes"),
    or None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.lever_nouns:
        return None
    if not any(
        c.dep_ == "amod" and any(t.lower_ in lexicon.more_words for t in c.subtree)
        for c in token.lefts
    ):
        return None  # "more control", "more devolved control"
    if any(c.dep_ in ("det", "poss") for c in token.lefts) or not put_forward(token, lexicon):
        return None
    preposition = next(
        (c for c in token.rights if c.dep_ == "prep" and c.lower_ in _PREPOSITIONS), None
    )
    if preposition is None or preposition.i != token.i + 1:
        return None
    doc = token.doc
    end = preposition.right_edge.i + 1
    stop = next((t.i for t in doc[preposition.i : end] if _stop(t, lexicon)), None)
    end = stop if stop is not None else end
    if end - token.i > MAX_WORDS or end <= preposition.i + 1:
        return None
    return end


def _stop(token: Token, lexicon: Lexicon) -> bool:
    """Where the name ends: at punctuation but a hyphen or slash inside a word ("day-care"),
    and at "and" or "or" before another change ("... and greater scrutiny of bonuses")."""
    doc = token.doc
    if token.is_punct:
        return not (token.text in "-/" and token.i > 0 and not doc[token.i - 1].whitespace_)
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.pos_ == "CCONJ" and (after is None or after.lower_ in lexicon.more_words)


def put_forward(token: Token, lexicon: Lexicon) -> bool:
    """The phrase (or the list it is an item of) is the object of an actor's relation verb, or
    of "for" after a word of calling, planning or making way (``lex:demandingFor``)."""
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    governor = token.head
    if token.dep_ in ("dobj", "dative"):
        return (governor.lemma_.lower(), "") in lexicon.triggers
    if token.dep_ == "pobj" and governor.lower_ == "including":
        return _listed_in_what_is_put_forward(governor, lexicon)
    if token.dep_ != "pobj" or governor.dep_ not in ("prep", "dative"):
        return False
    verb = governor.head
    lemma = verb.lemma_.lower()
    if (lemma, governor.lower_) in lexicon.triggers:
        return True
    return governor.lower_ == "for" and lemma in lexicon.demanding_for


MAX_CLIMB = 10  # "including" hangs at most this far below the object it lists the parts of


def _listed_in_what_is_put_forward(including: Token, lexicon: Lexicon) -> bool:
    """ "announced four steps to restore confidence in X, including more oversight of Y": the
    items after "including" are parts of what the actor's relation verb puts forward, wherever
    in that object's phrase the parser hung "including" (on the nearest noun, often)."""
    token = including
    for _ in range(MAX_CLIMB):
        if token.dep_ == "dobj":
            verb = token.head
            particles = [c.lower_ for c in verb.children if c.dep_ == "prt"] or [""]
            if any((verb.lemma_.lower(), p) in lexicon.triggers for p in particles):
                return True
        if token.head.i == token.i or token.dep_ == "ccomp":
            return False  # the sentence's root, or a clause said by someone
        token = token.head
    return False
