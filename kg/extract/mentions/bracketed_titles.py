"""Titles of laws with a bracketed part: "the Strikes (Minimum Service Levels) Bill", "the
Renters (Reform) Bill", "the Agriculture (Wales) Act 2023".

British and Irish bills and acts often carry a bracketed part in their short title, the
nation they apply to or a narrower subject. The parser does not expect brackets inside a
name: it may hang the bracketed words as an apposition of the first word and make the last
word ("Bill") a sentence of its own, so no noun phrase spans the title, and the bracketed
words look like a body's name. A token pattern finds the title whatever the parse: capitalised
words, a bracketed run of capitalised words (with "of", "and" or "for" between them), and a
word of a law's title (``lex:lawNameWord``), optionally followed by its year.

Example: in "Ministers introduced the Strikes (Minimum Service Levels) Bill.", the title is
one proposal, and "Minimum Service Levels" names no body.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["laws_with_a_bracketed_part", "BRACKETED_TITLE"]

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

_MATCHERS: dict[int, tuple[Vocab, Matcher]] = {}


def _matcher(vocab: Vocab, law_words: frozenset[str]) -> Matcher:
    """The matcher of :data:`BRACKETED_TITLE` for a vocabulary, made once."""
    made = _MATCHERS.get(id(vocab))
    if made is not None and made[0] is vocab:
        return made[1]
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    laws = sorted(w.capitalize() for w in law_words)
    pattern = [
        {**token, "ORTH": {"IN": laws}} if token.get("ORTH") == {"IN": "LAW"} else token
        for token in BRACKETED_TITLE
    ]
    matcher.add("bracketed-title", [pattern], greedy="LONGEST")
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def laws_with_a_bracketed_part(
    context: Context, earlier: Sequence[Candidate]
) -> Iterator[Candidate]:
    """The title of each law with a bracketed part, one proposal (see the module)."""
    doc: Doc = context.doc
    if "(" not in doc.text:
        return
    for _, start, end in _matcher(doc.vocab, context.lexicon.law_name_words)(doc):
        span = doc[start:end]
        if "\n" in span.text:
            continue
        found = context.candidate(span, KG.Policy, "noun-phrase", head=span[-1].lemma_.lower())
        if found is not None:
            yield found
