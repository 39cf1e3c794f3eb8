"""The bodies that run an organisation, named after it: "the CBA Executive", "the INMO's
elected Executive Council", "BMA Scottish council chair X", "the union said its executive
decided".

News names a union's or an association's executive, council, board or committee by its
owner's name (or possessive) and the body's noun (``lex:governingBodyNoun``), often with a
nation's adjective for a branch's body ("Scottish", ``lex:nationAdjective``). Such a phrase
names a body of its own, a member of its owner, not the owner: the body's noun cannot stand
for the organisation once the organisation's name is written before it. Lower-case bodies
after "the" and a name ("the BMA consultants committee") are
:func:`~kg.extract.mentions.descriptions.bodies_of_organisations`'s; this source takes the
forms that one leaves: a capitalised body's noun, a nation's adjective between, and an
owner's "its".

Example: in "The CBA Executive will meet." the candidate is "CBA Executive", an organisation
found as a noun phrase that may hold the owner's name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import GAZETTEER_SPANS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from kg.extract.lexicon import Lexicon

__all__ = [
    "bodies_named_after_their_owner",
    "bodies_of_an_owning_pronoun",
    "bodies_of_the_organisation_in_view",
    "is_bare_body",
]

POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
OWNER_METHODS = frozenset({"gazetteer", "acronym", "ner", "name-part"})
MAX_MODIFIERS = 2  # "the union's elected national executive"


def bodies_named_after_their_owner(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """An organisation's name, its possessive or a nation's adjective, and a body's noun: "the
    CBA Executive", "the INMO's elected Executive Council", "BMA Scottish council". Not a
    post ("the union's chief executive"), nor a council a party runs ("a Labour council")."""
    doc = context.doc
    for owner in earlier:
        if core_class(owner.type) != KG.Organisation or owner.method not in OWNER_METHODS:
            continue
        body = _body_words(context, owner.span.end)
        if body is None or owner.type == KG.PoliticalParty:
            continue
        first, end = body
        # the model's name for the body's words alone ("Executive Council", "National
        # Council" with its nation's adjective) is this body
        named = [
            c for c in earlier if owner.span.end <= c.span.start <= first and c.span.end == end
        ]
        found = context.candidate(
            doc[owner.span.start : end],
            KG.Organisation,
            "noun-phrase",
            head=doc[end - 1].lower_,
            nested=True,
            same_as=named[0] if named else None,
        )
        if found is not None:
            yield found


def _body_words(context: Context, start: int) -> tuple[int, int] | None:
    """Where the body's nouns of a name that goes on from an owner's name ending at ``start``
    start and end, or None.

    After a possessive any lower-case modifiers may come ("the LGA's resources board"), after
    the bare name only a nation's adjective ("BMA Scottish council") or a capitalised body's
    noun ("the CBA Executive"); the lower-case rest is the other source's.
    """
    doc, lexicon = context.doc, context.lexicon
    nouns, time_words = lexicon.governing_body_nouns, lexicon.time_adjectives
    i = start
    owned = i < len(doc) and doc[i].lower_ in POSSESSIVE_ENDINGS
    i += int(owned)
    modifiers = 0
    nation = False
    classified = False  # a classifying word after the bare name: "BMA GP committee chair X"
    while i < len(doc) and doc[i].lower_ not in nouns and modifiers < MAX_MODIFIERS:
        word = doc[i]
        if word.lower_ in lexicon.nation_adjectives and (word.is_title or word.is_lower):
            nation = nation or word.is_title
        elif word.lower_ in time_words:
            # not a word of when ("the union's recent council meeting": the meeting's time,
            # lex:timeAdjective)
            return None
        elif owned and word.is_lower and word.is_alpha:
            pass  # after a possessive a classifying word ("resources board", "elected council")
        elif word.is_alpha and (word.is_lower or word.is_upper):
            classified = True
        else:
            return None
        i, modifiers = i + 1, modifiers + 1
    first = i
    while i < len(doc) and doc[i].lower_ in nouns:
        i += 1
    if i == first or _covered(doc, start, i) or _names_a_post(context, first, i):
        return None
    if classified and not owned and not _title_of_a_name_after(context, i):
        return None  # "BMA GP committee" without a title after it: the other source's
    if not (owned or nation or classified or doc[first].is_title):
        return None  # "the BMA council": bodies_of_organisations reads it
    return first, i


def _title_of_a_name_after(context: Context, end: int) -> bool:
    """The body's noun is followed by a role word and a capitalised name (or the role's "for"):
    the whole opens a person's title ("BMA GP committee chair Dr Ann Lowe", "RCN Wales board member Ann Lowe"),
    where no "the" stands before the owner's name."""
    doc, lexicon = context.doc, context.lexicon
    for n in (2, 1):
        words = doc[end : end + n]
        if len(words) == n and lexicon.role(words.text.lower()) is not None:
            after = end + n  # "chair for England Dr Ann Lowe": the nation of the post
            return after < len(doc) and (doc[after].is_title or doc[after].lower_ == "for")
    return False


def _names_a_post(context: Context, first: int, end: int) -> bool:
    """The body's noun is part of a role's words: "chief executive", "executive director"."""
    doc, lexicon = context.doc, context.lexicon
    before = doc[first - 1].lower_ if first > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    last = doc[end - 1].lower_
    return (
        lexicon.role(f"{before} {doc[first].lower_}") is not None
        or lexicon.role(f"{last} {after}") is not None
    )


def _covered(doc: Doc, start: int, end: int) -> bool:
    """A gazetteer name covers some of the body's words: the name is listed as it is."""
    return any(s.start < end and start <= s.end - 1 for s in doc.spans[GAZETTEER_SPANS])


def bodies_of_an_owning_pronoun(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """ "The RMT said its executive decided": "its" and a body's noun in the singular name the
    body of the organisation "its" refers to (resolution finds it), not that organisation, nor
    a post ("its chief executive")."""
    doc = context.doc
    for token in context.tokens:
        if (
            token.lower_ in context.lexicon.governing_body_nouns
            and token.tag_ == "NN"
            and token.i > 0
            and doc[token.i - 1].lower_ == "its"
            and not _names_a_post(context, token.i, token.i + 1)
        ):
            found = context.candidate(
                doc[token.i - 1 : token.i + 1],
                KG.Organisation,
                "noun-phrase",
                head=token.lower_,
                nested=True,
            )
            if found is not None:
                yield found


#: words that open a body's name of two nouns with no owner: "executive committee", "national
#: executive"
BODY_OPENERS = frozenset({"executive", "national"})


def is_bare_body(span: Span, lexicon: Lexicon) -> bool:
    """ "executive committee", "national executive": a body's word after "executive" or
    "national", in lower case, with nothing else."""
    return (
        len(span) == 2
        and span[0].lower_ in BODY_OPENERS
        and span[1].lower_ in lexicon.governing_body_nouns
        and all(t.is_lower for t in span)
    )


def bodies_of_the_organisation_in_view(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """ "Dave Calfe, executive committee president", "during an executive committee meeting":
    a body's name of two nouns with no owner's name or possessive before it and no "of" after
    it is the body of the organisation in view (the relations find it); a name, since it
    names one body, which the name of an event around it may hold."""
    doc = context.doc
    ends = {c.span.end for c in earlier}
    for token in context.tokens:
        if token.lower_ not in BODY_OPENERS or token.i + 2 > len(doc):
            continue  # most words open no body's name: no span is made for them
        span = doc[token.i : token.i + 2]
        if not is_bare_body(span, context.lexicon):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if before is not None and (
            before.i + 1 in ends or before.lower_ in POSSESSIVE_ENDINGS | {"its", "their"}
        ):
            continue  # "the union's executive committee", "its national executive"
        if after is not None and after.lower_ == "of":
            continue  # "the executive committee of the union"
        found = context.candidate(
            span, KG.Organisation, "name-part", head=span[-1].lower_, nested=True
        )
        if found is not None:
            yield found
