"""One-word names the model typed as people or places that the article names as
organisations: "the charity Mind ... Rethink and Mind signed a letter"; "told Sky that ..."
beside "Sky News"; "owners Jingye" beside "Jingye Group".

Run once every mention source has run (:func:`~kg.extract.mentions.find_mentions`): the
organisation's name may come after the one word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["people_named_as_organisations", "short_company_name"]


def people_named_as_organisations(
    context: Context, candidates: Sequence[Candidate]
) -> list[Candidate]:
    """A one-word "person" of the model that is an organisation's name elsewhere in the article
    ("the charity Mind ... Rethink and Mind signed a letter") is that organisation; so is a
    one-word "person" or "place" that is the first word of a company's or an outlet's name
    (:func:`short_company_name`: "told Sky that ..." beside "Sky News", "owners Jingye" beside
    "Jingye Group"), unless the word is a given name.

    Run once every source has run: the names may come after the person.
    """
    organisations = [
        c.span
        for c in candidates
        if core_class(c.type) == KG.Organisation and c.method in ("ner", "name-part", "gazetteer")
    ]
    organisation_names = {span.text for span in organisations}
    short_names = {
        span[0].text
        for span in organisations
        if short_company_name(span.text.split(), context.lexicon)
        and span[0].lower_ not in context.lexicon.given_names
    }
    return [
        replace(c, type=KG.Organisation)
        if (
            c.method == "ner"
            and len(c.span) == 1
            and c.span.text not in context.honorific_names
            and (
                c.type == KG.Person
                and c.span.text in organisation_names | short_names
                or core_class(c.type) == KG.Place
                and c.span.text in short_names
            )
        )
        else c
        for c in candidates
    ]


#: kinds of organisation whose names drop their kind word in use ("Sky" for "Sky News")
_DROPPED_KINDS = frozenset({KG.Organisation, KG.NewsOrganisation})


def short_company_name(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Two words, the second a word of a company's or an outlet's kind (``lex:nameWord`` of a
    plain organisation or a news organisation: "Jingye Group", "Sky News"), the first a
    capitalised name: the first word alone names the same body. A committee's or a union's
    kind word does not drop ("BMA Council" is a body of the BMA)."""
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[0].isalpha()
        and lexicon.name_words.get(words[1]) in _DROPPED_KINDS
    )
