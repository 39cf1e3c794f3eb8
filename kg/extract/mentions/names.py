"""Words and helpers every mention source shares: articles, quotation marks, acronyms, names.

Determiners and quotation marks are closed sets of the language and stay here; the words
that say what a name is (``lex:headNoun``, ``lex:nameWord``, ``lex:honorific`` ...) are in
the lexicon.

Example:
    >>> normalise_name("the BMA’s")
    'bma'
    >>> is_acronym("RAHs"), is_acronym("Labour")
    (True, False)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.parse import text_of, tokens_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "NER_TYPES",
    "model_entity_class",
    "named_after_an_article",
    "times_written",
    "DETERMINERS",
    "DEFINITE",
    "DEMONSTRATIVES",
    "POSSESSIVE_PRONOUNS",
    "QUOTES",
    "normalise_name",
    "trim",
    "determiner",
    "is_acronym",
    "acronym_core",
    "with_honorific",
    "head_class",
    "event_name_class",
    "law_title",
    "name_class",
    "policy_name",
    "title_case_headline_end",
]

DETERMINERS = frozenset(
    "the a an this that these those such your its their his her our my any every each some".split()
)
DEFINITE = frozenset("the this that these those such your its their his her our my".split())
POSSESSIVE_PRONOUNS = frozenset("your its their his her our my".split())
DEMONSTRATIVES = frozenset("this that these those".split())
QUOTES = "‘’“”\"'"


@functools.lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Case-folded name without leading articles, honorifics (``lex:honorific``), possessive
    ending or quotes.

    >>> normalise_name("the BMA’s")
    'bma'
    >>> normalise_name("Dr Katie Bramall")
    'katie bramall'
    """
    text = text.replace("’", "'").strip(QUOTES + " ,.;:")
    text = re.sub(r"'s$", "", text)
    words = text.casefold().split()
    honorifics = load_lexicon().honorifics
    while words and (words[0] in DETERMINERS or words[0].rstrip(".") in honorifics):
        words = words[1:]
    return " ".join(words)


def trim(span: Span) -> Span | None:
    """Drop leading determiners and quotes, trailing possessives, punctuation (not the per cent
    sign of an amount), spaces and joining words ("and", "of"), and a bracket opened and not
    closed with what follows it ("physician associates (PAs": the name before it)."""
    doc = span.doc
    tokens = tokens_of(doc)
    start, end = span.start, span.end
    while start < end and (
        tokens[start].lower_ in DETERMINERS or tokens[start].is_punct or tokens[start].is_space
    ):
        start += 1
    while end > start and (
        tokens[end - 1].tag_ == "POS"
        or tokens[end - 1].is_punct
        and tokens[end - 1].text != "%"  # "a rise of 4%"
        or tokens[end - 1].is_space
        or tokens[end - 1].lower_ in ("’s", "'s")
        or tokens[end - 1].pos_ in ("CCONJ", "ADP")  # "the Water Inspectorate and"
        and not _stranded(tokens[end - 1], start)
    ):
        end -= 1
    opened = [k for k in range(start, end) if tokens[k].text == "("]
    if opened and not any(tokens[k].text == ")" for k in range(opened[-1], span.end)):
        end = opened[-1]  # "physician associates (PAs": the bracket the name does not close
        while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
            end -= 1
    if start >= end:
        return None
    if start == span.start and end == span.end:
        return span
    return doc[start:end]


def _stranded(token: Token, start: int) -> bool:
    """A preposition left at the end of a clause inside the span, without its object ("for" of
    "the award our members campaigned for"): it ends the name."""
    head = token.head
    return (
        token.dep_ == "prep"
        and not any(True for _ in token.children)
        and head.pos_ == "VERB"
        and start <= head.i < token.i
    )


def determiner(token: Token) -> str | None:
    """The determiner or possessive pronoun of a noun ("the", "its"), lower-cased."""
    for child in token.lefts:
        if child.dep_ in ("det", "poss", "predet") and child.lower_ in DETERMINERS:
            return str(child.lower_)
    return None


def is_acronym(text: str) -> bool:
    """Two to ten letters, (nearly) all capitals, maybe a plural "s": "NHS", "ICBs", "GPwSI"."""
    core = text[:-1] if text.endswith("s") and len(text) > 2 else text
    letters = [c for c in core if c.isalpha()]
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def acronym_core(text: str) -> str:
    """An acronym without its plural "s": "RAHs" -> "RAH"."""
    return text[:-1] if text.endswith("s") and text[:-1].isupper() else text


def with_honorific(span: Span, lexicon: Lexicon) -> Span:
    """The span with the honorific just before it, if there is one ("Dr" + "Katie Bramall");
    not a seat's letters in capitals ("MS Jo Reid": a Member of the Senedd, not "Ms")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in lexicon.honorifics:
        before = doc[span.start - 1]
        if not (before.is_upper and before.lower_ in lexicon.seat_letters):
            return doc[span.start - 1 : span.end]
    return span


def head_class(token: Token, lexicon: Lexicon) -> URIRef | None:
    """The proposal or event class named by a head noun (with its adjective, for 'collective action');
    none for a month's name ("in March", "the March budget": a date, not a march)."""
    if token.pos_ == "PROPN" and token.ent_type_ == "DATE":
        return None
    lemma = token.lemma_.lower()
    for child in token.lefts:
        if child.dep_ in ("amod", "compound"):
            found = lexicon.head_nouns.get(f"{child.lemma_.lower()} {lemma}")
            if found is not None:
                return found
    found = lexicon.head_nouns.get(lemma) or lexicon.head_nouns.get(token.lower_)
    if found is not None and core_class(found) in (KG.Proposal, KG.Event):
        return found
    return None


def event_name_class(span: Span, lexicon: Lexicon) -> URIRef | None:
    """The class of a name the model reads as an event: none without an event or proposal
    head noun ("the Second World War", "Easter": no event of policy); the proposal's class
    when its head noun names one ("the Spring Statement" is a budget); else an event."""
    named = head_class(span[-1], lexicon)
    if named is None:
        return None
    return named if core_class(named) == KG.Proposal else KG.Event


#: NER labels kg keeps, and the class each gives
NER_TYPES = {
    "PERSON": KG.Person,
    "ORG": KG.Organisation,
    "GPE": KG.Place,
    "LOC": KG.Place,
    "EVENT": KG.Event,
    "LAW": KG.Policy,
}


def model_entity_class(ent: Span, lexicon: Lexicon) -> URIRef | None:
    """The class of a model entity, by its label (:data:`NER_TYPES`), but a law's title is a
    law's whatever its label (:func:`law_title`), and a facility named as an institution with
    staff and a voice ("St Anne's Hospital", ``lex:institutionNameWord``) is an organisation;
    other facilities (bridges, stadiums) are none; a nation's adjective alone ("the Welsh",
    "by Welsh health bosses", ``lex:demonym``) is none."""
    if law_title(ent, lexicon):
        return KG.Policy
    if _nation_adjective_alone(ent, lexicon):
        return None
    if ent.label_ == "FAC":
        return KG.Organisation if ent[-1].lower_ in lexicon.institution_name_words else None
    if ent.label_ in ("ORG", "PERSON", "NORP") and _county_or_its_town(ent, lexicon):
        return KG.Place
    return NER_TYPES.get(ent.label_)


def _nation_adjective_alone(ent: Span, lexicon: Lexicon) -> bool:
    """A name of the model that is only a nation's adjective ("Welsh", "the British"): it
    names a people or qualifies the noun after it ("Welsh health bosses"), no body or person."""
    words = " ".join(t.lower_ for t in ent if t.pos_ != "DET" and t.lower_ != "the")
    return words in lexicon.demonyms


def _county_or_its_town(ent: Span, lexicon: Lexicon) -> bool:
    """A county named with its word ("Co Kerry", "County Down") or a town named before its
    county, as addresses are written ("Templemore, Co Tipperary"): a place, not a body; but
    "County Down Rural Council" ends in a body's name word, and a person the model reads before
    a county is one named with where they live ("Mary Byrne, Co Cork")."""
    words = [t for t in ent if t.pos_ != "DET"]
    if not words or lexicon.name_words.get(words[-1].text) is not None:
        return False
    if len(words) >= 2 and words[0].lower_ in lexicon.county_words and words[1].is_title:
        return all(t.is_title for t in words[1:])
    doc, end = ent.doc, ent.end
    return (
        ent.label_ != "PERSON"  # a letter's writer: "said Mary Byrne, Co Cork"
        and all(t.is_title for t in words)
        and end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in lexicon.county_words
        and doc[end + 2].is_title
    )


def times_written(text: str, words: str) -> int:
    """How often ``words`` stand in ``text`` as whole words ("Leaving Cert" is not in
    "Leaving Certificate")."""
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def named_after_an_article(span: Span) -> bool:
    """The words of ``span`` are written somewhere after "the", ending a noun phrase ("changes
    to the Leaving Cert were rushed"): the name of a thing; a person's name takes no article
    ("the Johnson government", before a noun, is the government's)."""
    doc, text = span.doc, text_of(span.doc)
    if f"he {span.text}" not in text:
        return False  # most names: no need to search further
    for found in re.finditer(rf"\b[Tt]he {re.escape(span.text)}\b", text):
        words = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if words is None or words.end == len(doc) or doc[words.end].pos_ not in ("NOUN", "PROPN"):
            return True
    return False


def law_title(span: Span, lexicon: Lexicon) -> bool:
    """A model entity of several capitalised words, read as an organisation or a work, that
    ends in a word of a law's title (``lex:lawNameWord``): "the General Data Protection
    Regulation", "the Water Framework Directive" are laws."""
    words = [t for t in span if t.pos_ != "DET"]
    return (
        span.label_ in ("ORG", "WORK_OF_ART")
        and len(words) >= 2
        and all(t.is_title or not t.is_alpha for t in words)
        and words[-1].lower_ in lexicon.law_name_words
    )


def policy_name(words: Span | Sequence[Token], lexicon: Lexicon) -> bool:
    """Two or more capitalised words ending in a word of a benefit, duty or scheme
    (``lex:policyNameWord``): "Winter Fuel Allowance", "Universal Service Obligation"; not
    a body's name ("Pension Credit Office" ends in "Office")."""
    return (
        len(words) >= 2
        and words[-1].lower_ in lexicon.policy_name_words
        and words[-1].text[:1].isupper()
        and words[0].text[:1].isupper()
    )


def name_class(span: Span, lexicon: Lexicon, default: URIRef) -> URIRef:
    """The class named by the last name word of a name ("... Union" is a trade union), else ``default``."""
    for token in reversed(span):
        found = lexicon.name_words.get(token.text)
        if found is not None:
            return found
    return default


def title_case_headline_end(text: str) -> int:
    """End of the first line when it is written in Title Case, else 0.

    >>> title_case_headline_end("Strike To Go Ahead As Union Rejects Offer\\nThe union said so.")
    41
    """
    end = text.find("\n")
    end = len(text) if end < 0 else end
    words = [w for w in text[:end].split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return end if len(words) >= 4 and capitalised >= 0.75 * len(words) else 0
