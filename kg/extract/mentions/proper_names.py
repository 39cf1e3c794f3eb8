"""Names of organisations the statistical model missed ("name-part" mentions).

* a run of capitalised words with a word for a kind of organisation: "the Federation of
  Rural Clinics";
* a run of capitalised words that ends in a word of a benefit or duty: "the Winter Fuel
  Allowance" (a policy, not an organisation);
* proper nouns before a country's name: "Healthwatch England", "Age UK" (not regions:
  "North East England", by the lexicon's ``lex:regionWord``);
* an acronym nobody defined here: "The FRC rejected the offer" (another article may define
  it, and entities merge across articles on it);
* a capitalised name set beside a kind of organisation: "Mind, the mental health charity,".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.acronyms import defined_term_pairs
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.names import (
    DETERMINERS,
    acronym_core,
    head_class,
    name_class,
    policy_name,
)
from kg.extract.mentions.ner import organisation_by_apposition
from kg.extract.mentions.plan_names import government_of_a_plan
from kg.extract.parse import GAZETTEER_SPANS, ents_of, tokens_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "names_with_an_organisation_word",
    "names_of_policies",
    "names_ending_in_a_country",
    "undefined_acronyms",
    "names_beside_an_organisation_noun",
]


def names_with_an_organisation_word(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """Capitalised names with a word of the lexicon's ``lex:nameWord``, typed by that word;
    not a name ending in a word of a kind of event or proposal ("the Guild AGM")."""
    lexicon = context.lexicon
    for span in _capitalised_names(context.doc, lexicon):
        if government_of_a_plan(span[-1], lexicon):
            continue  # "the Programme for Government": a plan (plan_names.py)
        if lexicon.name_words.get(span[-1].text) is None and head_class(span[-1], lexicon):
            continue  # "the Guild AGM": the guild's meeting (noun_phrases.py), no body
        found = context.candidate(span, name_class(span, lexicon, KG.Organisation), "name-part")
        if found is not None:
            yield found


def names_of_policies(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Capitalised names that end in a word of a benefit, duty or scheme
    (``lex:policyNameWord``): "the Winter Fuel Allowance", "the Warm Home Discount" are
    policies; "an allowance" alone names none."""
    lexicon = context.lexicon
    marked = partial(policy_name, lexicon=lexicon)
    for span in _capitalised_names(context.doc, lexicon, marked):
        found = context.candidate(span, KG.Policy, "name-part")
        if found is not None:
            yield found


def names_ending_in_a_country(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """A name ending in a country is an organisation: "Healthwatch England", "Age UK"; a
    listed body's name before a country's is its branch there ("Unison Cymru"), and so is a
    place's name before a listed body's ("Kent Police Federation")."""
    doc = context.doc
    spans = [
        (span, name_class(span, context.lexicon, KG.Organisation))
        for span in _before_a_country(doc, context.title_end, context.lexicon.region_words)
    ]
    branches = [
        *_branches_of_listed_bodies(doc),
        *_local_branches_of_listed_bodies(doc, context.lexicon.seat_letters),
    ]
    for span, cls in [*spans, *branches]:
        found = context.candidate(span, cls, "name-part", wraps_place=True)
        if found is not None:
            yield found


def undefined_acronyms(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """A capitalised word of three letters or more that is no role and no modifier of a common
    noun ("CPI inflation") or honour after a name ("OBE") is most likely an organisation, unless the text brings it in, in
    brackets, after words that are no name ("foods high in fat, salt and sugar (HFSS)": a
    term's short form). Before a noun it is one when an earlier source found it as an
    organisation elsewhere in the text ("the FRC said ... 900 FRC members voted")."""
    doc = context.doc
    lexicon = context.lexicon
    term_shorts = {acronym_core(short.text) for _, short in defined_term_pairs(context)}
    named = _named_organisations(earlier)
    for token in context.tokens:
        if (
            token.pos_ == "PROPN"
            and token.is_upper
            and len(token.text) >= 3
            and token.text.isalpha()
            and token.text not in context.term_acronyms
            and acronym_core(token.text)
            not in term_shorts  # "PCCs": "Police and Crime Commissioners (PCC)"
            and lexicon.role(token.lower_) is None
            and token.lower_ not in lexicon.post_nominals  # "Jo Hill OBE": an honour, no body
            and token.lower_ not in lexicon.head_nouns  # "the AGM": a meeting, no body
            and (token.text in named or not _modifies_a_noun(token))  # "CPI inflation"
            and not (token.is_sent_start or (token.i + 1 < len(doc) and doc[token.i + 1].is_upper))
        ):
            found = context.candidate(doc[token.i : token.i + 1], KG.Organisation, "name-part")
            if found is not None:
                yield found


def _modifies_a_noun(token: Token) -> bool:
    """The word stands before a common noun it modifies ("CPI inflation", "NHS pay")."""
    doc = token.doc
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return True
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN" and doc[token.i + 1].is_lower


def _named_organisations(earlier: Sequence[Candidate]) -> frozenset[str]:
    """One-word names an earlier source found as organisations in the text ("NEU" in the
    headline): the same word before a noun elsewhere ("195,000 NEU members") is the same
    organisation, not a modifier of a term ("CPI inflation" names no organisation anywhere)."""
    return frozenset(
        c.span.text
        for c in earlier
        if len(c.span) == 1 and c.span.text.isupper() and core_class(c.type) == KG.Organisation
    )


def names_beside_an_organisation_noun(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """A capitalised name NER missed, in apposition with a kind of organisation: "Mind, the
    mental health charity,"."""
    doc = context.doc
    lexicon = context.lexicon
    for token in context.tokens:
        if not token.is_title or token.pos_ not in ("PROPN", "NOUN") or token.ent_type_:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        span = doc[start : token.i + 1]
        if span[0].lower_ not in DETERMINERS and organisation_by_apposition(span, lexicon):
            found = context.candidate(span, name_class(span, lexicon, KG.Organisation), "name-part")
            if found is not None:
                yield found


def _capitalised_names(
    doc: Doc, lexicon: Lexicon, marked: Callable[[Sequence[Token]], bool] | None = None
) -> Iterator[Span]:
    """Runs of capitalised words (joined by "of", "for", "and", "&") that no statistical entity
    covers, with a word that names a kind of organisation ("Federation", "Union", "Committee"),
    or with what ``marked`` asks of the words."""
    if marked is None:
        marked = partial(_with_an_organisation_word, lexicon=lexicon)
    tokens = tokens_of(doc)
    covered = {
        t
        for ent in ents_of(doc)
        if ent.label_ in ("ORG", "PERSON", "GPE")
        for t in range(ent.start, ent.end)
    }
    verbs = lexicon.speech_verbs | lexicon.headline_verbs
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            not (token.is_title or token.is_upper)
            or token.is_sent_start
            and token.lower_ in DETERMINERS
        ):
            i += 1
            continue
        j = i
        while j < len(tokens) and (
            tokens[j].is_title
            or (tokens[j].is_upper and len(tokens[j]) > 1)
            or (
                tokens[j].lower_ in ("of", "for", "and", "&")
                and j + 1 < len(tokens)
                and tokens[j + 1].is_title
            )
        ):
            j += 1
        start = i
        while start < j - 2 and _headline_verb(tokens[start], verbs):
            start += 1  # "Says" of "Plan Is Welcome, Says Harbour Guild": a Title Case verb
        words = tokens[start:j]
        if (
            len(words) >= 2
            and marked(words)
            and not any(t.i in covered for t in words)
            and not any(t.is_sent_start for t in words[1:])
        ):
            yield doc[start:j]
        i = max(j, i + 1)


def _with_an_organisation_word(words: Sequence[Token], lexicon: Lexicon) -> bool:
    return any(lexicon.name_words.get(t.text) for t in words)


def _headline_verb(token: Token, verbs: frozenset[str]) -> bool:
    """A verb of saying or of a headline's stance written with a capital ("Says", "Warns",
    "Urge"), which a Title Case headline puts before the name of who says it."""
    word = token.lower_
    return word in verbs or word.endswith("s") and word[:-1] in verbs


def _branches_of_listed_bodies(doc: Doc) -> list[tuple[Span, URIRef]]:
    """A listed organisation's name just before listed places' ("Unison Cymru", "Aslef Wales",
    "BMA Cymru Wales", "Unite Cymru/Wales"), and no listed name for them together: the body's branch for that
    nation, of the body's class."""
    gazetteer = list(doc.spans[GAZETTEER_SPANS])
    whole = {(g.start, g.end) for g in gazetteer}
    bodies = {g.end: g for g in gazetteer if core_class(URIRef(g.label_)) == KG.Organisation}
    places = {g.start: g for g in gazetteer if core_class(URIRef(g.label_)) == KG.Place}
    found = []
    for end, body in bodies.items():
        if end not in places:
            continue
        while end in places:  # "Cymru Wales", "Cymru/Wales": the nation in both languages
            end = places[end].end
            if end + 1 in places and doc[end].text == "/":
                end += 1
        covered = any(w.start <= body.start and w.end >= end and w != body for w in gazetteer)
        if (body.start, end) not in whole and not covered:
            found.append((doc[body.start : end], URIRef(body.label_)))
    return found


def _local_branches_of_listed_bodies(
    doc: Doc, seat_letters: Collection[str] = ()
) -> list[tuple[Span, URIRef]]:
    """A place's name just before a listed organisation's, in one name with no listed name for
    both ("Kent Police Federation", "Glasgow Unison"): the body's branch for that place, of the
    body's class. A place after a determiner or a possessive is not part of the name ("the
    Kent ...", "Kent's ..."). The place may be one the model reads as the start of the
    organisation's name, when no listed name is in it. A place and a party before a member's
    seat letters (``seat_letters``: "Kent Labour MP Jo Hart") say where the member sits and
    for which party, no branch."""
    gazetteer = list(doc.spans[GAZETTEER_SPANS])
    places = {g.end: g for g in gazetteer if core_class(URIRef(g.label_)) == KG.Place}
    places.update({e.end: e for e in ents_of(doc) if e.label_ == "GPE" and e.end not in places})
    bodies = [g for g in gazetteer if core_class(URIRef(g.label_)) == KG.Organisation]
    organisations = {e.end: e for e in ents_of(doc) if e.label_ == "ORG"}
    for body in bodies:
        e = organisations.get(body.end)
        if e is not None and e.start < body.start:
            prefix = doc[e.start : body.start]
            if all(t.pos_ == "PROPN" for t in prefix) and not any(
                g.start < body.start and g.end > e.start for g in gazetteer if g != body
            ):
                places.setdefault(body.start, prefix)
    found = []
    for body in bodies:
        place = places.get(body.start)
        if place is None:
            continue
        if not all(t.is_title or t.is_upper for t in (*place, body[0])):
            continue
        if body.end < len(doc) and doc[body.end].lower_ in seat_letters:
            continue
        covered = any(g.start <= place.start and g.end >= body.end and g != body for g in gazetteer)
        if not covered and (place.start == 0 or doc[place.start - 1].lower_ not in DETERMINERS):
            found.append((doc[place.start : body.end], URIRef(body.label_)))
    return found


def _before_a_country(doc: Doc, title_end: int, region_words: frozenset[str]) -> Iterator[Span]:
    """Capitalised proper nouns before a country's name ("Healthwatch England", "Community
    Pharmacy England") that no other name covers; not regions ("North East England",
    ``lex:regionWord``)."""
    gazetteer = list(doc.spans[GAZETTEER_SPANS])
    for g in gazetteer:
        if core_class(URIRef(g.label_)) != KG.Place or g.start == 0 or g.end_char <= title_end:
            continue
        start = g.start
        while (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].pos_ == "PROPN"
            and (
                doc[start - 1].ent_type_ not in ("PERSON", "GPE", "NORP", "DATE")
                # the model reads "Healthwatch England" as a person: no person is named after a country
                or doc[start - 1].ent_type_ == doc[g.start].ent_type_ == "PERSON"
            )
            and doc[start - 1].lower_ not in region_words
            and not any(o.start <= start - 1 < o.end for o in gazetteer)
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
        if start < g.start and doc[start].lower_ not in DETERMINERS:
            yield doc[start : g.end]
