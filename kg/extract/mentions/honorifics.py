"""People named after a word that says they are people, where the statistical model missed
them or took them for organisations: an honorific (``lex:honorific``), a plural role
noun before a list of names, or a member's seat letters before a name.

Example: "Mr Streeting wrote to Dr Kwame Ashby-Reid." gives "Mr Streeting" and "Dr Kwame
Ashby-Reid" (a double-barrelled surname is one word), both ``kg:Person``; "the rapporteurs
Ana Lindqvist and Petros Vallis" gives both names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.model_entities import seat_letters
from kg.extract.mentions.names import times_written
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "name_word",
    "people_after_seat_letters",
    "people_listed_after_a_role",
    "people_with_honorifics",
]

_MAX_NAME_WORDS = 3


def people_with_honorifics(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """An honorific and up to three capitalised proper nouns after it."""
    doc = context.doc
    honorifics = context.lexicon.honorifics
    for token in context.tokens:
        if not (
            token.lower_.rstrip(".") in honorifics
            and token.i + 1 < len(doc)
            and name_word(doc[token.i + 1])
        ):
            continue
        end = _name_end(doc, token.i + 1)
        if end > token.i + 1:
            found = context.candidate(doc[token.i : end], KG.Person, "honorific")
            if found is not None:
                yield found


def people_listed_after_a_role(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """The names listed right after a plural role noun ("rapporteurs Ana Lindqvist and Petros
    Vallis", "co-chairs Ana Lindqvist, Petros Vallis and Jo Reyes"): a role word in the plural
    says what each name is, a person, where the model reads none or an organisation. Each name
    is two or three capitalised proper nouns (one word is too often a body's short name)."""
    doc = context.doc
    for token in context.tokens:
        if token.tag_ != "NNS" or context.lexicon.role(token.lemma_.lower()) is None:
            continue
        start = token.i + 1
        while start < len(doc):
            end = _name_end(doc, start)
            if not 2 <= end - start or any(t.is_upper for t in doc[start:end]):
                break
            found = context.candidate(doc[start:end], KG.Person, "honorific")
            if found is not None:
                yield found
            if end + 1 < len(doc) and doc[end].lower_ in (",", "and"):
                start = end + 1 + int(doc[end].text == "," and doc[end + 1].lower_ == "and")
            else:
                break


def people_after_seat_letters(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """The name right after a member's seat letters in capitals ("Alba MSP Ash Regan",
    "Independent TD Jo Byrne"): British and Irish news write a member's party, then the letters
    of the seat, then the name, and the letters say the name is a person's, where the model
    often reads none. Two or three capitalised proper nouns that end the name, none of them
    in capitals or a body's name word ("MSP Health Committee" is no person); in a Title Case
    headline only a name written again ("Labour MP Criticises Health Secretary" is none)."""
    doc, lexicon = context.doc, context.lexicon
    for token in context.tokens:
        if not seat_letters(token, lexicon):
            continue
        start = token.i + 1
        end = _name_end(doc, start)
        if not 2 <= end - start or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        words = doc[start:end]
        if any(t.is_upper or lexicon.name_words.get(t.text) for t in words):
            continue
        if (
            words.end_char <= context.title_end
            and times_written(context.document.text, words.text) < 2
        ):
            continue  # "Labour MP Criticises Health Secretary": every word a name
        found = context.candidate(words, KG.Person, "honorific")
        if found is not None:
            yield found


def name_word(token: Token) -> bool:
    """A word written as a name: capitalised ("Lowe"), or with a capital inside after a
    capital and a small letter ("McLoughlin", "MacDonald"), which is no title case."""
    text = token.text
    return token.is_title or (
        len(text) > 2 and text[0].isupper() and text[1].islower() and token.is_alpha
    )


def _name_end(doc: Doc, start: int) -> int:
    """The end of the capitalised proper nouns from ``start``, up to three words (a
    double-barrelled name is one word: "Ashby-Reid"); ``start`` when there are none."""
    end, words = start, 0
    while (
        end < len(doc)
        and name_word(doc[end])
        and doc[end].pos_ == "PROPN"
        and words < _MAX_NAME_WORDS
    ):
        end += 1
        words += 1
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_title
        ):
            end += 2
    return end
