"""The extent of a noun phrase that names a proposal or event: where it starts (modifiers to
the left of the head, not its determiner or possessor) and where its longer forms end (short
modifiers after the head: "cap on ferry fares", "timeline set out by GPCE").

Example: in "the BMA's 2026/27 contract changes", the phrase headed by "changes" is "2026/27
contract changes".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions.names import DETERMINERS, QUOTES
from kg.extract.mentions.titled_names import titled_name_start
from kg.extract.parse import GAZETTEER_SPANS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "noun_phrase_bounds",
    "long_form_ends",
    "clause_of_its_own",
    "breaks_a_name",
    "MODIFIER_DEPS",
    "named_by_its_modifiers",
    "owned_proposal",
]

_PLACES = frozenset({"GPE", "NORP", "LOC"})  # "the UK immigration system" names no scheme

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "quantmod", "advmod"})
# prepositions that may open a short modifier after the head ("cap on ferry fares")
_LONG_FORM_PREPOSITIONS = (
    "of",
    "to",
    "for",
    "on",
    "with",
    "into",
    "against",
    "by",
    "over",
    "between",
)


def _long_form_preposition(head: Token, preposition: Token) -> bool:
    """A preposition that opens a short modifier after the head: one of
    ``_LONG_FORM_PREPOSITIONS``, or "in" after a noun of a change in an amount, which says what
    changes ("a hike in National Insurance", ``lex:inComplementHead``)."""
    if preposition.lower_ == "by" and _a_margin(preposition):
        return False  # "rejected the proposals by 55% to 45%": the vote's margin
    if preposition.lower_ in _LONG_FORM_PREPOSITIONS:
        return True
    return preposition.lower_ == "in" and (
        head.lemma_.lower() in load_lexicon().in_complement_heads
    )


def _a_margin(by: Token) -> bool:
    """A "by" phrase giving a vote's margin: two figures joined by "to" ("by 55% to 45%", "by
    more than two to one", "by 317 votes to 284") or a majority ("by a large majority")."""
    words = list(by.subtree)
    figures = sum(1 for t in words if t.like_num)
    return (figures >= 2 and any(t.lower_ == "to" for t in words)) or any(
        t.lemma_.lower() in ("majority", "margin") for t in words
    )


def _infinitive(verb: Token) -> bool:
    """A bare verb with "to" before it ("to strip")."""
    return verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.lefts)


def long_form_ends(token: Token, *, content: bool = False) -> list[int]:
    """Ends of short modifiers after the head: "of no confidence", "set out by GPCE", "to joint working".

    Prepositional phrases, infinitives ("plans to shake up ...") and
    participles with an agent ("set out by GPCE") count; "-ing" clauses do
    not, except for a head whose ``content`` they say ("a motion calling for a
    ballot": what a motion calls for is what names it). Both the phrase up to
    its first noun and the whole phrase (up to eight words) are returned.
    """
    ends: list[int] = []
    doc = token.doc
    hung = _infinitive_hung_on_the_verb(token)
    for child in [*token.rights, *hung]:
        if child.left_edge.i != token.i + 1 or not _opens_a_modifier(token, child, hung, content):
            continue
        whole = child.right_edge.i + 1
        stop = next((t.i for t in doc[child.left_edge.i : whole] if breaks_a_name(t)), None)
        if stop is not None:
            whole = stop
        clause = next((t for t in doc[child.i + 1 : whole] if clause_of_its_own(t)), None)
        if clause is not None:  # "awarded by X to support Y": "to support Y" is no name's
            whole = clause.left_edge.i
        first_noun = next(
            (
                t.i + 1
                for t in doc[child.left_edge.i : whole]
                if t.pos_ in ("NOUN", "PROPN", "NUM") and t.dep_ in ("pobj", "dobj")
            ),
            None,
        )
        for end in (first_noun, whole):
            if end is None or end - token.i > 9 or end in ends:
                continue
            if any(t.tag_ in ("WRB", "WP", "WDT", "PRP") for t in doc[token.i + 1 : end]):
                continue  # "plans for how they wish to ..." is a clause, not a name
            if any(breaks_a_name(t) for t in doc[token.i + 1 : end]):
                continue
            if _cut_before_its_object(doc[end - 1], end):
                continue  # "plan to 'transform care'", "plan to abolish 'check-off' system"
            if any(
                t.pos_ == "CCONJ" and t.i + 1 < end and _heads_another(doc[t.i + 1 : end])
                for t in doc[token.i + 1 : end]
            ):
                continue  # "strike action by X and planned industrial action by Y": two things
            ends.append(end)
    return ends + [e for e in _year_hung_on_the_verb(token) if e not in ends]


def _opens_a_modifier(token: Token, child: Token, hung: list[Token], content: bool) -> bool:
    """A child of the head (or an infinitive hung on its verb) that opens a short modifier:
    an infinitive, a participle with an agent or a clause saying the head's content, or a
    preposition of a long form."""
    # a noun's "xcomp" is a misread "acl"; so is an infinitive read as a relative clause
    # ("rules to strip councils of their powers": --- proposes9 ---)
    if (
        child.dep_ in ("acl", "xcomp")
        or child.dep_ == "relcl"
        and _infinitive(child)
        or child.i in {h.i for h in hung}
    ):
        infinitive = child.tag_ == "VB" and any(c.lower_ == "to" for c in child.lefts)
        # in a headline, "Offer Rejected by Committee" is the headline's verb
        with_agent = (
            child.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in child.children)
            and not (token.sent.start == 0 and child.is_title)
        )
        saying = content and child.tag_ == "VBG" and child.pos_ == "VERB"  # not "being"
        return infinitive or (with_agent or saying) and child.dep_ == "acl"
    return child.dep_ == "prep" and _long_form_preposition(token, child)


_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?")


def _year_hung_on_the_verb(token: Token) -> list[int]:
    """The end (in a list) of a "for" and a year right after the object of a verb, hung on
    the verb by the parser ("submitted our pay claim for 2023/24"): it says which year's
    proposal the object is, as when hung on the noun ("a pay rise for 2025/26"); a verb takes
    no year after "for" of its own."""
    doc = token.doc
    after = token.i + 1
    if token.dep_ != "dobj" or after + 1 >= len(doc):
        return []
    prep = doc[after]
    if prep.lower_ != "for" or prep.dep_ != "prep" or prep.head.i != token.head.i:
        return []
    year = doc[after + 1]
    if year.dep_ != "pobj" or year.head.i != prep.i or not _YEAR.fullmatch(year.text):
        return []
    return [after + 2]


def _infinitive_hung_on_the_verb(token: Token) -> list[Token]:
    """The infinitive right after the object of a verb, hung on the verb by the parser
    ("threatens the target to halve obesity by 2030", "will be given cash incentives to stay
    on"), in a list, after a noun whose infinitive is its content
    (``lex:infinitiveContentNoun``): it says what the proposal is to do, as when hung on the
    noun ("plans to shake up X"); after another noun it says what the verb's act is for ("used
    the budget to improve terms")."""
    doc = token.doc
    if (
        token.dep_ != "dobj"
        or token.i + 2 >= len(doc)
        or token.lemma_.lower() not in load_lexicon().infinitive_content_nouns
    ):
        return []
    verb = doc[token.i + 2]
    if (
        doc[token.i + 1].lower_ != "to"
        or doc[token.i + 1].head.i != verb.i
        or verb.head.i != token.head.i
        or verb.dep_ not in ("xcomp", "advcl")
        or not _infinitive(verb)
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return []
    return [verb]


def _cut_before_its_object(last: Token, end: int) -> bool:
    """The name was cut before an object, at a quotation mark or a comma, and names no
    proposal of its own: it ends on a function word ("plan to" of "plan to 'transform
    care'") or on a verb whose object comes after its end ("plan to abolish" of "plan to
    abolish 'check-off' system", clausal10)."""
    if last.dep_ == "prt":
        last = last.head  # a verb and its particle: "incentives to stay on", "to sell off"
    elif last.pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ", "AUX"):
        return True
    return last.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "dative", "prt") and c.i >= end for c in last.children
    )


def breaks_a_name(token: Token) -> bool:
    """Punctuation that ends a name's modifier: not a hyphen, a slash or a per cent sign
    ("a component of 4%", "the 2025/26 contract")."""
    return token.is_punct and token.text not in ("-", "/", "%")


def clause_of_its_own(token: Token) -> bool:
    """A verb heading a clause inside a modifier ("to support Y" of "awarded by X to support
    Y"); not a gerund right after the verb it completes ("to delay introducing a new
    curriculum", "to stop charging for parking"): a verb of time or aspect takes an act as its
    object, inside the same modifier."""
    if token.tag_ == "VBG" and token.dep_ == "xcomp" and token.head.i == token.i - 1:
        return False
    return token.pos_ == "VERB" and token.dep_ in ("xcomp", "advcl", "ccomp", "conj")


def noun_phrase_bounds(token: Token) -> tuple[int, int]:
    """The compact noun phrase headed by ``token``: modifiers to its left, no determiner or possessor."""
    start = token.i
    for child in token.lefts:
        if child.tag_ in ("VBD", "VBZ", "VBP") and not _misread_compound(child, token):
            continue  # a finite verb the parser hung here ("refusal ... meant strikes")
        if (
            child.dep_ in MODIFIER_DEPS
            or (child.dep_ == "punct" and child.text == "-")
            or _false_possessor(child)
            or _amount_words(child)
        ):
            start = min(start, child.left_edge.i)
    doc = token.doc
    # a possessor ("BMA's") or the phrase's own determiner is not part of the name;
    # an "a" inside a compound ("half-a-billion-pound package") is
    for i in range(start, token.i):
        if (
            doc[i].dep_ == "poss"
            and not _false_possessor(doc[i])
            or _possessive_mark(doc[i])
            or (
                doc[i].lower_ in DETERMINERS
                and doc[i].dep_ in ("det", "poss", "predet")
                and doc[i].head.i == token.i
            )
        ):
            start = i + 1
    while start < token.i and (
        doc[start].is_punct or doc[start].text in QUOTES or _verb_particle(doc[start])
    ):
        start += 1
    start = _misread_verb_start(token, _coordinated_name_start(token, start))
    start = titled_name_start(token, start, load_lexicon())
    return _after_quoted_words(token, start), token.i + 1


def _misread_compound(child: Token, head: Token) -> bool:
    """A word the parser tags as a verb but hangs on the head as a compound, with which it
    makes a head noun of two words ("pay" of "an above-inflation pay rise"): a noun, and the
    words it governs belong to the name."""
    return (
        child.dep_ == "compound"
        and f"{child.lower_} {head.lemma_.lower()}" in load_lexicon().head_nouns
    )


_PARTICLES = frozenset({"back", "up", "down", "off", "out"})


def _verb_particle(token: Token) -> bool:
    """A particle right after a verb, read as a modifier of the noun after it: "back" of
    "pushes back plans"."""
    return token.lower_ in _PARTICLES and token.i > 0 and token.doc[token.i - 1].pos_ == "VERB"


def _after_quoted_words(token: Token, start: int) -> int:
    """Where the name starts after words in quotation marks that someone says of it: "pay
    deal" of "the 'divisive' pay deal", when a word of the name is left before the head."""
    doc = token.doc
    quotes = [i for i in range(start, token.i) if doc[i].text in QUOTES]
    if quotes and quotes[-1] + 1 < token.i:
        return quotes[-1] + 1
    return start


def _misread_verb_start(token: Token, start: int) -> int:
    """Where a two-word head starts whose first word the parser read as a verb with the head
    as its object: "For SAS doctors, pay offers for new contracts include ..." ("pay" read as
    an imperative verb with no subject, though "pay offer" is one head, ``lex:headNoun``)."""
    verb = token.head
    if (
        start == token.i
        and token.dep_ == "dobj"
        and verb.i == token.i - 1
        and verb.pos_ == "VERB"
        and f"{verb.lower_} {token.lemma_.lower()}" in load_lexicon().head_nouns
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    ):
        return verb.i
    return start


def _coordinated_name_start(token: Token, start: int) -> int:
    """Where a title that coordinates its topics starts: "the Victims and Prisoners Bill" (the
    parser makes "Bill" a conjunct of "Victims"), when both sides are capitalised and only
    "and" stands between them."""
    first = token.head
    doc = token.doc
    if not (
        token.dep_ == "conj"
        and token.is_title
        and first.pos_ == "PROPN"
        and first.is_title
        and first.i + 2 == start
        and doc[first.i + 1].lower_ in ("and", "&")
    ):
        return start
    compounds = [c.left_edge.i for c in first.lefts if c.dep_ == "compound"]
    return min([first.i, *compounds])


_AMOUNT_WORDS = frozenset({"£", "$", "€", "%", "per", "cent", "m", "bn", "k", "million", "billion"})


def _amount_words(token: Token) -> bool:
    """A word before the head whose words are all those of an amount, whatever the parser calls
    it: "m" of "a £645m boost" read as an auxiliary."""
    words = list(token.subtree)
    return any(t.like_num for t in words) and all(
        t.like_num or t.lower_ in _AMOUNT_WORDS for t in words
    )


def _false_possessor(token: Token) -> bool:
    """A word the parser calls a possessor with no possessive mark after it and no possessive
    pronoun: a modifier it misread ("a 22 per cent multi-year pay rise", "multi" as possessor)."""
    if token.dep_ != "poss" or token.tag_ in ("PRP$", "WP$") or token.pos_ == "PRON":
        return False
    after = token.right_edge.i + 1
    doc = token.doc
    marked = after < len(doc) and (_possessive_mark(doc[after]) or doc[after].text in ("'", "’"))
    marked = marked or any(_possessive_mark(c) for c in token.rights)
    return not marked and not token.text.endswith(("'", "’", "'s", "’s"))


def _possessive_mark(token: Token) -> bool:
    """A possessive "'s", also when the parser took a curly one for a closing quote
    ("Labour’s Bill" with "’s" tagged as punctuation), or the apostrophe alone that marks the
    possessive of a name ending in "s" ("Mr Harris’ proposals"), tagged as a closing quote and
    hung on the possessor right before it."""
    return (
        token.tag_ == "POS"
        or token.lower_ in ("'s", "’s")
        or token.text in ("'", "’")
        and token.head.i == token.i - 1
        and token.head.dep_ == "poss"
    )


def _heads_another(words: Span) -> bool:
    """A word of the span is a head noun of the lexicon: another thing is named there."""
    head_nouns = load_lexicon().head_nouns
    return any(t.lemma_.lower() in head_nouns and t.pos_ == "NOUN" for t in words)


def owned_proposal(token: Token, cls: URIRef, long_ends: Sequence[int]) -> bool:
    """ "Ucea's offer", "the council's plan": a proposal with a named owner and nothing else
    before its head (the caller checks) or after it is described as by "the": it refers back
    to the offer or plan named before (and names one of its own when there is none)."""
    return (
        core_class(cls) == KG.Proposal
        and not long_ends
        and not any(c.dep_ in ("acl", "relcl", "prep", "xcomp") for c in token.rights)
        and any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in token.lefts)
    )


def named_by_its_modifiers(token: Token, modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """A head that names a proposal only with a name before it ("the Environmental Land
    Management system") or a version word ("the new system"): a proper noun that is no place
    and no listed organisation ("the UK visa system", "the NHS system" name no scheme)."""
    listed = {i for s in token.doc.spans.get(GAZETTEER_SPANS, ()) for i in range(s.start, s.end)}
    return any(
        t.pos_ == "PROPN"
        and t.ent_type_ not in _PLACES
        and t.i not in listed
        or t.lower_ in lexicon.version_words | lexicon.prior_version_words
        for t in modifiers
    )
