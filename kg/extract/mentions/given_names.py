"""People named by a given name and a surname that other readings would take for something
else: "Sarah Kent" (a county's name last), "Tom Derry" (a city's), "Leila Grant" (a
proposal's noun last).

Where the model reads two or three capitalised words as a person's name and the first is a
common given name (``lex:givenName``, ``ontology/given-names.ttl``), the name is a person's,
whatever the words inside it name on their own. The name-part reading ("a name ending in a
place is a body's", as in "Healthwatch England") and the noun-phrase reading ("Grant" as
the head of a funding package) are dropped there. A name with a word of a body's name
("John Lewis Partnership"), an institution's ("Chase Farm Hospital") or a law's ("... Act")
is left alone, and so is one inside or across a listed name of something else.

Run once every source has run, beside
:func:`~kg.extract.mentions.retyped_names.people_named_as_organisations`.

Example: in "Sarah Kent wrote to the council.", "Sarah Kent" is one person and "Kent" no
place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import ents_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["people_by_their_given_name"]


def people_by_their_given_name(
    context: Context, candidates: Sequence[Candidate]
) -> list[Candidate]:
    """The candidates with each such name a person's (see the module)."""
    names = [ent for ent in ents_of(context.doc) if _given_name_first(context, ent)]
    names = [name for name in names if not _crosses_a_listed_name(name, candidates)]
    if not names:
        return list(candidates)
    spans = {(name.start, name.end) for name in names}
    kept = [c for c in candidates if not _read_otherwise(c, spans)]
    have = {(c.span.start, c.span.end) for c in kept if core_class(c.type) == KG.Person}
    for name in names:
        if (name.start, name.end) not in have:
            found = context.candidate(name, KG.Person, "ner")
            if found is not None:
                kept.append(found)
    return kept


def _given_name_first(context: Context, ent: Span) -> bool:
    """A name the model reads as a person's: two or three capitalised words, the first a given
    name, none a word of a body's, an institution's or a law's name."""
    lexicon = context.lexicon
    return (
        ent.label_ == "PERSON"
        and 2 <= len(ent) <= 3
        and all(t.is_title and t.is_alpha for t in ent)
        and ent[0].lower_ in lexicon.given_names
        and not any(
            lexicon.name_words.get(t.text)
            or t.lower_ in lexicon.institution_name_words
            or t.lower_ in lexicon.law_name_words
            for t in ent
        )
    )


def _crosses_a_listed_name(name: Span, candidates: Sequence[Candidate]) -> bool:
    """A gazetteer name of something other than a person that holds the whole name or runs
    across its edge ("Grant Thornton" listed as a firm)."""
    for c in candidates:
        if c.method != "gazetteer" or core_class(c.type) == KG.Person:
            continue
        start, end = c.span.start, c.span.end
        holds = start <= name.start and name.end <= end
        across = start < name.start < end or start < name.end < end
        if holds or across:
            return True
    return False


def _read_otherwise(candidate: Candidate, spans: set[tuple[int, int]]) -> bool:
    """A reading of the name's words as something else than a person: the whole name, or a
    part of it (a place's name)."""
    if core_class(candidate.type) == KG.Person:
        return False
    start, end = candidate.span.start, candidate.span.end
    return any(s <= start and end <= e for s, e in spans)
