"""Plans the parser reads as a verb: "protested against Welsh Government plans to require
tree planting" names a plan, though the parser takes "plans" for the verb of "Welsh
Government" (as in "The Government plans to require ...").

After a preposition that cannot open a clause (``lex:nounPreposition``: "against", "over",
"on") or a verb of stance whose object is a thing (a ``lex:trigger`` without a preposition:
"criticised", "opposed"), "the Government plans to X" cannot be a sentence: it is a noun
phrase, the Government's plans to X. The name runs from the owner's first word ("Welsh
Government plans"), with the longer form up to the end of the infinitive's object ("Welsh
Government plans to require tree planting").

After a possessive mark ("the government's plans to open clinics") "plans" cannot be a verb
either: the name is "plans to open clinics", with the owner's form as a longer one.

Example: "Farmers marched against Government plans to close depots." gives "Government
plans" (``kg:Plan``) and its longer form "Government plans to close depots".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["misread_plans", "misread_plan_start"]

MAX_WORDS = 12  # a longer form of more words is a clause, not a name
_STOPS = frozenset({"cc", "conj", "punct", "relcl", "advcl", "appos"})


def misread_plans(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Each "<owner> plans to <verb> <object>" the parser reads as a clause where it cannot be."""
    for token in context.tokens:
        if token.lower_ != "plans" or token.pos_ != "VERB":
            continue
        start = misread_plan_start(token, context.lexicon)
        if start is None:
            yield from _possessed_plans(context, token)
            continue
        doc = context.doc
        first = context.candidate(doc[start : token.i + 1], KG.Plan, "noun-phrase", head="plan")
        if first is None:
            continue
        yield first
        end = _infinitive_end(token)
        if end is not None and end - start <= MAX_WORDS:
            longer = context.candidate(
                doc[start:end], KG.Plan, "noun-phrase", head="plan", longer=True, same_as=first
            )
            if longer is not None:
                yield longer


_MARKS = frozenset({"'s", "’s", "'", "’"})


def _possessed_plans(context: Context, token: Token) -> Iterator[Candidate]:
    """ "the government's plans to open new clinics": after a possessive mark "plans" is a noun
    whatever the parser says, named by its infinitive ("plans to open new clinics"), and with
    its owner ("government's plans to open new clinics") as a longer form."""
    doc = token.doc
    mark = doc[token.i - 1] if token.i > 1 else None
    if mark is None or mark.text not in _MARKS or not _owner_word(doc[token.i - 2]):
        return
    if not any(c.dep_ == "xcomp" and c.i == token.i + 2 for c in token.children):
        return
    end = _infinitive_end(token)
    if end is None or end - token.i > MAX_WORDS:
        return
    first = context.candidate(doc[token.i : end], KG.Plan, "noun-phrase", head="plan")
    if first is None:
        return
    yield first
    start = token.i - 2
    while start > 0 and _owner_word(doc[start - 1]) and token.i - start < 5:
        start -= 1
    owned = context.candidate(
        doc[start:end], KG.Plan, "noun-phrase", head="plan", longer=True, same_as=first
    )
    if owned is not None:
        yield owned


def misread_plan_start(token: Token, lexicon: Lexicon) -> int | None:
    """Where the owner's words before "plans" start, when what comes before them makes the
    whole a noun phrase; else None."""
    if not any(c.dep_ == "xcomp" and c.i == token.i + 2 for c in token.children):
        return None  # "plans to ...": an infinitive right after
    start = token.i
    doc = token.doc
    while start > 0 and _owner_word(doc[start - 1]) and token.i - start < 4:
        start -= 1
    if start == token.i or start == 0:
        return None
    before = doc[start - 1]
    if before.lower_ in ("the", "its", "their") and start > 1:
        before = doc[start - 2]
    lemma = before.lemma_.lower()
    if before.pos_ == "ADP" and before.lower_ in lexicon.noun_prepositions:
        return start
    if before.pos_ == "VERB" and (lemma, "") in lexicon.triggers:
        return start
    return None


def _owner_word(word: Token) -> bool:
    """A noun that may name the plans' owner; not a date or time, which closes an opening
    phrase of time before the clause's subject ("On Monday Labour plans to ...": Labour plans,
    a clause; review5)."""
    return word.pos_ in ("PROPN", "NOUN") and word.ent_type_ not in ("DATE", "TIME")


def _infinitive_end(token: Token) -> int | None:
    """The end of the infinitive after "plans" with its object ("to close depots")."""
    verb = next(c for c in token.children if c.dep_ == "xcomp" and c.i == token.i + 2)
    end = verb.i + 1
    for t in verb.rights:
        if t.dep_ in _STOPS:
            break
        end = t.right_edge.i + 1
    if any(t.is_punct and t.dep_ != "case" for t in token.doc[token.i : end]):
        return None
    return end
