"""One-word names the model gives that say less than they seem: a word of a name the article
gave in full before ("the Guild" after "the Guild of Ferry Pilots") and a capitalised common
word opening a sentence, read as a person ("Turnout was 55%")."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.mentions.candidates import Context

__all__ = ["lone_word_opening_a_sentence", "word_of_a_name_before"]


def word_of_a_name_before(span: Span, organisation_words: dict[str, int]) -> bool:
    """A one-word name after "the" that is a word of an organisation's name seen before it
    ("the Guild" after "the Guild of Ferry Pilots"), or after it, where a body's own house
    style writes "the College" before its full name: a description of what that name named.
    ``organisation_words`` holds the words of the names the more trusted sources found
    anywhere in the text."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and organisation_words.get(span[0].lower_, span.start) != span.start
    )


def lone_word_opening_a_sentence(context: Context, span: Span, name_words: set[str]) -> bool:
    """A "person" of one word that opens a sentence of the body and is no word of a fuller
    person's name in the article, nor a name given after an honorific: a capitalised common
    word ("Turnout was 55%", or after the quotation mark that opens a quoted sentence:
    "'Homelessness is rising'"). People are introduced by their full name first."""
    token = span[0]
    sentence = token.sent
    return bool(
        len(span) == 1
        and all(t.is_quote for t in token.doc[sentence.start : token.i])
        and sentence.start > 0
        and token.text not in name_words
        and token.text not in context.honorific_names
    )
