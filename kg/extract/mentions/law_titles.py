"""Titles of laws the parser splits: with a bracketed part ("the Strikes (Minimum Service
Levels) Bill", "the Agriculture (Wales) Act 2023") or with words joined inside ("the Victims
and Courts Bill", "the Renters' Rights Bill", "the Children's Wellbeing and Schools Bill").

British and Irish bills and acts often carry a bracketed part in their short title, the
nation they apply to or a narrower subject. The parser does not expect brackets inside a
name: it may hang the bracketed words as an apposition of the first word and make the last
word ("Bill") a sentence of its own, so no noun phrase spans the title, and the bracketed
words look like a body's name. A token pattern finds the title whatever the parse: capitalised
words, a bracketed run of capitalised words (with "of", "and" or "for" between them), and a
word of a law's title (``lex:lawNameWord``), optionally followed by its year.

A short title may also join its topics with "and" or open with a plural possessive (whose
rights or welfare the law is about). The parser reads the first topic as a name of its own
("Victims" as a nationality, "the Children's Wellbeing" as a body) or the possessive as the
owner, and the title loses its first words. A second pattern takes capitalised words with
"and", "&", "of", "for" or possessive marks between them, up to a law's word; it is kept
only where such a joining word is inside, and it starts after a singular proper possessor,
which is the law's owner, not part of its title ("Labour's Fair Work and Pay Bill").

Example: in "Ministers introduced the Strikes (Minimum Service Levels) Bill.", the title is
one proposal, and "Minimum Service Levels" names no body.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import text_of
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

__all__ = [
    "laws_with_a_bracketed_part",
    "laws_with_joined_words",
    "BRACKETED_TITLE",
    "JOINED_TITLE",
]

_CAPITALISED = {"IS_TITLE": True}
_JOINING = {"LOWER": {"IN": ["of", "and", "for", "on"]}, "OP": "?"}

#: The token pattern of a title with a bracketed part; ``LAW`` stands for the words of a law's
#: title (``lex:lawNameWord``, capitalised), filled in from the lexicon.
BRACKETED_TITLE: list[dict[str, Any]] = [
    {**_CAPITALISED, "OP": "+"},
    {"ORTH": "("},
    _CAPITALISED,
    _JOINING,
    {**_CAPITALISED, "OP": "*"},
    _JOINING,
    {**_CAPITALISED, "OP": "*"},
    {"ORTH": ")"},
    {"ORTH": {"IN": "LAW"}},
    {"SHAPE": "dddd", "OP": "?"},
]

_OPENING_WORDS = ["The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her"]
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_JOINING_WORDS = frozenset({"and", "&"}) | _POSSESSIVE_MARKS

#: The token pattern of a title whose words are joined inside (``LAW`` as above): a capitalised
#: word that opens no noun phrase, then capitalised words, joining words and possessive marks.
JOINED_TITLE: list[dict[str, Any]] = [
    {**_CAPITALISED, "ORTH": {"NOT_IN": _OPENING_WORDS}},
    {"TEXT": {"REGEX": r"^([A-Z][\w-]*|and|&|of|for|on|'s|’s|'|’)$"}, "OP": "*"},
    {"ORTH": {"IN": "LAW"}},
    {"SHAPE": "dddd", "OP": "?"},
]

_MATCHERS: dict[tuple[int, str], tuple[Vocab, Matcher]] = {}


def _matcher(
    vocab: Vocab, law_words: frozenset[str], name: str, pattern: list[dict[str, Any]]
) -> Matcher:
    """The matcher of one title pattern for a vocabulary, made once."""
    made = _MATCHERS.get((id(vocab), name))
    if made is not None and made[0] is vocab:
        return made[1]
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    laws = sorted(w.capitalize() for w in law_words)
    filled = [
        {**token, "ORTH": {"IN": laws}} if token.get("ORTH") == {"IN": "LAW"} else token
        for token in pattern
    ]
    matcher.add(name, [filled], greedy="LONGEST")
    _MATCHERS[(id(vocab), name)] = (vocab, matcher)
    return matcher


def laws_with_a_bracketed_part(
    context: Context, earlier: Sequence[Candidate]
) -> Iterator[Candidate]:
    """The title of each law with a bracketed part, one proposal (see the module)."""
    doc: Doc = context.doc
    if "(" not in text_of(doc):
        return
    matcher = _matcher(doc.vocab, context.lexicon.law_name_words, "bracketed", BRACKETED_TITLE)
    for _, start, end in matcher(doc):
        found = _title(context, doc[start:end])
        if found is not None:
            yield found


def laws_with_joined_words(context: Context, earlier: Sequence[Candidate]) -> Iterator[Candidate]:
    """The title of each law whose words are joined inside, one proposal (see the module)."""
    doc: Doc = context.doc
    law_words = context.lexicon.law_name_words
    text = text_of(doc)
    if not any(f" {w.capitalize()}" in text for w in law_words):
        return  # no capitalised word of a law's title: nothing to match
    matcher = _matcher(doc.vocab, law_words, "joined", JOINED_TITLE)
    for _, start, end in matcher(doc):
        start = _after_the_owner(doc[start:end])
        span = doc[start:end]
        inside = span[:-2] if span[-1].shape_ == "dddd" else span[:-1]
        if (
            len(inside) < 2
            or inside[0].lower_ in _JOINING_WORDS
            or not any(t.lower_ in _JOINING_WORDS for t in inside)
            or any(t.lower_ in law_words for t in inside)
        ):
            continue
        found = _title(context, span)
        if found is not None:
            yield found


def _after_the_owner(span: Span) -> int:
    """Where the title starts: after the last possessive of a singular proper noun, the law's
    owner ("Labour's" of "Labour's Fair Work and Pay Bill"); a plural possessor ("Renters'",
    "Children's") is the title's own."""
    start = span.start
    for token in span[1:]:
        before = token.nbor(-1)
        if (
            token.lower_ in _POSSESSIVE_MARKS
            and before.tag_ == "NNP"
            and before.lower_ not in _PLURALS
        ):
            start = token.i + 1
    return start


#: Plural nouns without an "s" that open titles in the possessive ("the Children's ... Bill").
_PLURALS = frozenset({"children", "women", "men", "people"})


def _title(context: Context, span: Span) -> Candidate | None:
    """A law's title as a proposal's candidate, unless it runs over a line's end."""
    if "\n" in span.text:
        return None
    law_word = span[-2] if span[-1].shape_ == "dddd" else span[-1]
    return context.candidate(span, KG.Policy, "noun-phrase", head=law_word.lower_)
