"""People named with an honorific (``lex:honorific``) that the statistical model missed.

Example: "Mr Streeting wrote to Dr Kwame Ashby-Reid." gives "Mr Streeting" and "Dr Kwame
Ashby-Reid" (a double-barrelled surname is one word), both ``kg:Person``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG

__all__ = ["people_with_honorifics"]


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
            and doc[token.i + 1].is_title
        ):
            continue
        end = token.i + 1
        while (
            end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end - token.i <= 3
        ):
            end += 1
            # a double-barrelled surname is one word: "Dr Kwame Ashby-Reid"
            while (
                end + 1 < len(doc)
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].is_title
            ):
                end += 2
        if end > token.i + 1:
            found = context.candidate(doc[token.i : end], KG.Person, "honorific")
            if found is not None:
                yield found
