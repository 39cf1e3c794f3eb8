"""Mentions of the gazetteer's names (``doc.spans["kg_gazetteer"]``), typed by the gazetteer.

Example: "The BMA wrote to GPC England." gives "BMA" (id ``bma``) and "GPC England"
(id ``gpce``); in "the then Conservative Government" the party's name is left out, as it
names the government, not the party.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.mentions.acronyms import acronym_pairs
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.elided_names import elided_names
from kg.extract.mentions.government_senses import government_in_general
from kg.extract.mentions.jurisdictions import (
    bodies_of_named_governments,
    the_assembly_word,
    the_executive_word,
    the_governments_word,
)
from kg.extract.mentions.model_entities import constituency_name
from kg.extract.mentions.plan_names import government_of_a_plan
from kg.extract.parse import GAZETTEER_SPANS, text_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["listed_names", "PAST_GOVERNMENT_WORDS"]


#: words that set a government apart from the one in office: "the then Conservative Government"
PAST_GOVERNMENT_WORDS = frozenset({"then", "previous", "former", "last", "outgoing"})
_PAST = PAST_GOVERNMENT_WORDS


def listed_names(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Every gazetteer match, but a party's name just before "Government" or "administration":
    "the Labour government" is a name of the government; "the then Conservative Government"
    names a government of the past, and "the previous government" none the article names;
    "local government" is the tier of councils, no government. Names written with their
    last word once, after coordinated first words ("the UK and Scottish governments"), are
    each their entry's, and take the place of what their first words name alone ("UK"); a
    name several governments give their departments ("Department of Health") is the
    department of the government the article names."""
    doc = context.doc
    spans, named = _names_read_in_context(context)
    governments = {
        s.start: s
        for s in spans
        if core_class(URIRef(s.label_)) == KG.Organisation and s[0].lower_ == "government"
    }
    government_starts = set(governments)
    if "administration" in text_of(doc).lower():
        government_starts |= {t.i for t in context.tokens if t.lower_ == "administration"}
    parties = {
        s.end: s
        for s in spans
        if URIRef(s.label_) == KG.PoliticalParty and s.end in government_starts
    }
    past = {s for s, g in governments.items() if s > 0 and doc[s - 1].lower_ in _PAST}
    # "local government cannot support the bill" speaks for councils (lex:governmentTierWord)
    tier_words = context.lexicon.government_tier_words
    tiers = {s for s in governments if s > 0 and doc[s - 1].lower_ in tier_words}
    # "the Programme for Government" names a plan: its "Government" is no government here
    tiers |= {s for s, g in governments.items() if government_of_a_plan(g[0], context.lexicon)}
    ends = {(s.end, s.id_) for s in spans}  # "European Parliament" before its committee
    redefined = acronyms_defined_otherwise(context)
    for span in spans:
        if span.start in parties or span.start in past | tiers or span in parties.values():
            continue
        if (span.text, span.id_) in redefined:
            continue
        if _in_a_members_title(span) or _a_legislatures_term(span):
            continue
        if government_in_general(span, context.lexicon):
            continue  # "in government", "government-funded": the state, no government acting
        if core_class(URIRef(span.label_)) == KG.Place and constituency_name(span, context.lexicon):
            continue  # "MP for South Suffolk": a seat, no place the article is about
        if _in_another_committee_name(context, span, ends):
            continue
        found = _listed_candidate(context, span)
        if found is not None:
            yield found
    for named_span, entry in named:
        found = context.candidate(named_span, entry.type, "gazetteer", gazetteer_id=entry.id)
        if found is not None:
            yield found
    yield from _governments_named(context, governments, parties, past)


def _governments_named(
    context: Context, governments: dict[int, Span], parties: dict[int, Span], past: set[int]
) -> Iterator[Candidate]:
    """The governments named with a party ("the Labour government") or set in the past ("the
    previous government"); a party's government is in the past everywhere when the article
    sets it there once ("the previous Conservative government ... the Conservative
    government")."""
    doc = context.doc
    past_parties = {
        p.id_ for p in parties.values() if p.start > 0 and doc[p.start - 1].lower_ in _PAST
    }
    for start, government in governments.items():
        party = parties.get(start)
        if party is not None:
            yield from _party_government(context, party, government, party.id_ in past_parties)
        elif start in past:  # "the previous government"
            found = context.candidate(
                doc[start - 1 : government.end], KG.GovernmentBody, "name-part"
            )
            if found is not None:
                yield found


def acronyms_defined_otherwise(context: Context) -> set[tuple[str, str]]:
    """(acronym, gazetteer id) for each acronym the text defines as something other than the
    listed body it abbreviates elsewhere, a long form sharing no word with the body's names:
    "the Rural Councils Network (RCN)" makes "RCN" the network in this text, not the Royal
    College of Nursing."""
    if not context.gazetteer:
        return set()
    found: set[tuple[str, str]] = set()
    spans = {s.start: s for s in context.doc.spans[GAZETTEER_SPANS]}
    for long, short in acronym_pairs(context.doc):
        listed = spans.get(short.start)
        if listed is None or listed.end != short.end or listed.id_ not in context.gazetteer:
            continue
        listed_words = {w for n in context.gazetteer[listed.id_].names for w in _content_words(n)}
        if not _content_words(long.text) & listed_words:
            found.add((short.text, listed.id_))
    return found


#: words that say nothing of which body a name is
_LINK_WORDS = frozenset({"the", "of", "for", "and", "&", "in", "on", "to"})


def _content_words(name: str) -> set[str]:
    """The words of a name that tell one body from another: "Rural Councils Network" shares none
    with "Royal College of Nursing"; "Royal College of General Practitioners" shares two with
    "Royal College of GPs"."""
    return {w for w in name.lower().replace("-", " ").split() if w not in _LINK_WORDS}


def _names_read_in_context(
    context: Context,
) -> tuple[list[Span], list[tuple[Span, GazetteerEntry]]]:
    """The gazetteer's matches, less the words the context gives another reading, and those
    readings: names written with a shared head ("the UK and Scottish governments", of which
    "UK" alone named the country) and a department's name several governments share."""
    doc = context.doc
    elided = elided_names(doc, context.gazetteer, context.tokens) if context.gazetteer else []
    conjuncts = {(e.span.start, e.span.end) for e in elided} | {
        (e.span.start, e.span.end - 1) for e in elided
    }
    spans = [s for s in doc.spans[GAZETTEER_SPANS] if (s.start, s.end) not in conjuncts]
    shared = bodies_of_named_governments(doc, context.gazetteer, spans)
    shared |= the_governments_word(doc, context.gazetteer, spans)
    shared |= the_executive_word(doc, context.gazetteer, spans)
    shared |= the_assembly_word(doc, context.gazetteer, spans)
    spans = [s for s in spans if (s.start, s.end) not in shared]
    named = [(e.span, e.entry) for e in elided]
    named += [(doc[start:end], entry) for (start, end), entry in shared.items()]
    return spans, named


def _listed_candidate(context: Context, span: Span) -> Candidate | None:
    """The entry's candidate, or the listed place's where a body's short name is the place's
    name after a preposition of place ("talks in Brussels": the city, not the Commission)."""
    place = _the_place_a_body_is_named_after(context, span)
    if place is not None:
        return context.candidate(span, place.type, "gazetteer", gazetteer_id=place.id)
    return context.candidate(span, URIRef(span.label_), "gazetteer", gazetteer_id=span.id_)


#: prepositions after which a place's name is where something is, not a body named after it
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "throughout", "within"})


def _the_place_a_body_is_named_after(context: Context, span: Span) -> GazetteerEntry | None:
    """The listed place whose name a body's ambiguous short name is ("Brussels" of the European
    Commission), where the name is the object of a preposition of place ("protests in
    Brussels"): there it is where something happens, not the body that speaks or acts
    ("Brussels said")."""
    token = span[0]
    if len(span) != 1 or token.dep_ != "pobj" or token.head.lower_ not in _LOCATIVE:
        return None
    entry = context.gazetteer.get(span.id_)
    if entry is None or core_class(entry.type) == KG.Place or span.text not in entry.ambiguous:
        return None
    places = [
        other
        for other in context.gazetteer.values()
        if core_class(other.type) == KG.Place and span.text in other.names
    ]
    return places[0] if len(places) == 1 else None


def _in_a_members_title(span: Span) -> bool:
    """A legislature named in the title of its members ("150 members of parliament", "a Member
    of the Scottish Parliament"): the phrase names people (MPs, MSPs), not the legislature."""
    if URIRef(span.label_) != KG.Legislature:
        return False
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    return (
        start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() == "member"
    )


#: words before a legislature's name that make it one of its terms: "the next parliament"
_TERM_WORDS = frozenset({"next", "last", "previous", "current", "whole", "entire"})
#: prepositions of time before "this parliament" (its term): "by the end of this parliament"
_TIME_PREPOSITIONS = frozenset({"of", "during", "throughout", "within", "over", "in"})


def _a_legislatures_term(span: Span) -> bool:
    """A one-word legislature's name that names one of its terms, a span of years: "the next
    parliament", "for the rest of this parliament", "during this Parliament" ("This Parliament
    voted" is the body)."""
    if URIRef(span.label_) != KG.Legislature or len(span) != 1 or span.start == 0:
        return False
    doc, before = span.doc, span.doc[span.start - 1].lower_
    if before in _TERM_WORDS:
        return True
    return before == "this" and span.start >= 2 and doc[span.start - 2].lower_ in _TIME_PREPOSITIONS


def _in_another_committee_name(context: Context, span: Span, ends: set[tuple[int, str]]) -> bool:
    """A listed legislature's committee ("Committee on Public Health", of the European
    Parliament) right after a capitalised word that is no name of that legislature: the end
    of a longer name, another legislature's committee ("the Joint Committee on Public Health",
    "the Dail Committee on ..."). Legislatures name committees by their business, which many
    share; "the European Parliament Committee on Public Health" is the listed one. (A union's
    committee after a nation's name is its branch, read elsewhere.)"""
    entry = context.gazetteer.get(span.id_)
    if entry is None or entry.type != KG.Committee or entry.parent is None or span.start == 0:
        return False
    parent = context.gazetteer.get(entry.parent)
    if parent is None or parent.type != KG.Legislature:
        return False
    before = span.doc[span.start - 1]
    return before.is_title and not before.is_sent_start and (span.start, entry.parent) not in ends


def _party_government(
    context: Context, party: Span, government: Span, past_party: bool = False
) -> Iterator[Candidate]:
    """ "the Labour government" (the government's name) or "the then Conservative Government"
    (a government of the past, a name of its own, with the word that sets it apart); with
    ``past_party``, the party's government is one the article sets in the past elsewhere
    ("the previous Conservative government ... the Conservative government")."""
    doc = context.doc
    span = doc[party.start : government.end]
    if party.start > 0 and doc[party.start - 1].lower_ in _PAST:
        # "the previous Conservative government" is named with its word; "then" is no name's
        start = party.start - int(doc[party.start - 1].lower_ != "then")
        found = context.candidate(doc[start : span.end], KG.GovernmentBody, "name-part")
    elif past_party:
        found = context.candidate(span, KG.GovernmentBody, "name-part")
    else:
        government_id = _nation_government(context, party) or government.id_
        found = context.candidate(
            span, URIRef(government.label_), "gazetteer", gazetteer_id=government_id
        )
    if found is not None:
        yield found


def _nation_government(context: Context, party: Span) -> str | None:
    """The government of the nation a party's name is of ("the SNP Government": the Scottish
    National Party governs Scotland, so it is the Scottish Government): the listed government
    named "<Word> Government" whose word is in the party's listed name; None for a party of no
    one nation ("the Labour government")."""
    entry = context.gazetteer.get(party.id_)
    if entry is None:
        return None
    words = set(entry.label.split())
    found = {
        other.id
        for other in context.gazetteer.values()
        if other.type == KG.GovernmentBody
        and len(name := other.label.split()) == 2
        and name[1] == "Government"
        and name[0] in words
    }
    return found.pop() if len(found) == 1 else None
