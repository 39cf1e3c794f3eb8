"""Another name of a proposal without the words before it that judge it or date the version
meant: "the controversial new online booking systems" is also "new online booking systems",
"the so-called 'bedroom tax'" is "bedroom tax", "the current pay offer" is "pay offer".

A writer's judgement ("controversial", "flagship", "draconian") or a word of when ("current",
"latest") says what is thought of a proposal, or which version is meant now, not what it is
(``lex:judgingWord``). Readers and later sentences name the proposal without it, so the
phrase without those words is a longer form's sibling: another name of the same proposal.

Example: for "the so-called 'bedroom tax'" the other name is "bedroom tax".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.lexicon import Lexicon

__all__ = ["without_judging_words"]


def without_judging_words(
    token: Token, start: int, end: int, lexicon: Lexicon
) -> list[tuple[int, int]]:
    """The phrase of a proposal without the words before it that judge it or date the version
    meant (``lex:judgingWord``: "controversial", "so-called", "current"): "the controversial
    new online booking systems" is also named "new online booking systems"."""
    doc = token.doc
    first = start
    while first < token.i:
        hyphened = doc[first : first + 3]
        if doc[first].lower_ in lexicon.judging_words:
            first += 1
        elif (
            len(hyphened) == 3
            and hyphened[1].text == "-"
            and hyphened.text.lower() in lexicon.judging_words
        ):
            first += 3  # "so-called", split at its hyphen
        else:
            break
    while first < token.i and (doc[first].is_punct or doc[first].is_quote):
        first += 1  # the quotation marks of a so-called name: "the so-called 'bedroom tax'"
    # a word must be left before the head: "the latest offer" has no other name "offer"
    return [(first, end)] if start < first < token.i else []
