"""Mentions of the gazetteer's names (``doc.spans["kg_gazetteer"]``), typed by the gazetteer.

Example: "The BMA wrote to GPC England." gives "BMA" (id ``bma``) and "GPC England"
(id ``gpce``); in "the then Conservative Government" the party's name is left out, as it
names the government, not the party.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rdflib import URIRef

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import GAZETTEER_SPANS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["listed_names"]


def listed_names(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Every gazetteer match, but a party's name just before "Government" or "administration"."""
    doc = context.doc
    government_starts = {
        s.start
        for s in doc.spans[GAZETTEER_SPANS]
        if core_class(URIRef(s.label_)) == KG.Organisation and s[0].lower_ == "government"
    }
    if "administration" in doc.text.lower():
        government_starts |= {t.i for t in context.tokens if t.lower_ == "administration"}
    for span in doc.spans[GAZETTEER_SPANS]:
        if URIRef(span.label_) == KG.PoliticalParty and span.end in government_starts:
            continue
        found = context.candidate(span, URIRef(span.label_), "gazetteer", gazetteer_id=span.id_)
        if found is not None:
            yield found
