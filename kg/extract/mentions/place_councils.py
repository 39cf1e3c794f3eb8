"""A council named by its place: "Birmingham council" is the article's Birmingham City Council.

News calls a local council by its place and a lower-case "council" ("Birmingham council
leaders", "Kent council said") after naming it in full, or before. Where the article names
one council in full whose name opens with that place and ends in "Council", the short form
is that council.

Example: in "Birmingham City Council declared a major incident. The minister met Birmingham
council leaders." the second sentence names Birmingham City Council.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["councils_named_by_their_place"]


def councils_named_by_their_place(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """ "Birmingham council": a place's name and a lower-case "council", when the article
    names exactly one organisation "<place> ... Council" (the candidates found so far)."""
    doc = context.doc
    if " council" not in context.document.text:
        return
    councils: dict[str, list[Candidate]] = {}
    for c in earlier:
        if (
            core_class(c.type) == KG.Organisation
            and len(c.span) >= 2
            and c.span[-1].text == "Council"
        ):
            councils.setdefault(c.span[0].text, []).append(c)
    if not councils:
        return
    for token in context.tokens:
        if token.text != "council" or token.i == 0 or _a_council_service(token, context):
            continue
        place = doc[token.i - 1]
        named = councils.get(place.text)
        if named is None or not place.is_title or place.ent_type_ not in ("GPE", "LOC", "ORG"):
            continue
        if len({c.span.text for c in named}) != 1:
            continue  # "Birmingham City Council" and "Birmingham County Council": which?
        found = context.candidate(
            doc[place.i : token.i + 1],
            named[0].type,
            "name-part",
            same_as=named[0],
            wraps_place=True,  # before the listed place's name alone ("Birmingham")
        )
        if found is not None:
            yield found


def _a_council_service(council: Token, context: Context) -> bool:
    """ "council" as the modifier of what a council levies or lets ("Leeds council tax",
    "Leeds council houses"): the phrase names the tax or the houses, not the council."""
    head = council.head
    return (
        council.dep_ == "compound"
        and head.i > council.i
        and head.lemma_.lower() in context.lexicon.council_service_nouns
    )
