"""Acronyms defined in the text, in either direction, and every later use of them.

"multi-neighbourhood providers (MNP)" and "MNP (multi-neighbourhood providers)" both define
MNP; the long form is found with the Schwartz-Hearst letter alignment or by initials
("Association of Directors of Adult Social Services (ADASS)").

Example: "The Federation of Rural Clinics (FRC) met. FRC said no." gives "Federation of
Rural Clinics", the first "FRC" (same as the long form) and the second "FRC" (same again).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.elided_names import listed_names_index
from kg.extract.mentions.names import (
    QUOTES,
    acronym_core,
    head_class,
    is_acronym,
    name_class,
    policy_name,
)
from kg.extract.parse import tokens_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "defined_terms",
    "defined_term_pairs",
    "acronym_definitions",
    "acronym_pairs",
    "schwartz_hearst",
    "initials",
    "LINK_WORDS",
]

# words an acronym's letters may skip: "Association of Directors of Adult Social Services"
LINK_WORDS = frozenset({"of", "and", "for", "the", "&", "in", "on", "to", "'s", "’s", "'", "’"})
# the most words of a long form in brackets after its acronym: "NLH (North Lakes and Hill
# Hospitals NHS Foundation Trust)" has eight
MAX_LONG_FORM = 12


def acronym_definitions(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Both forms of each definition, linked, then every later use of a defined acronym."""
    doc = context.doc
    defined: dict[str, Candidate] = {}  # the acronym's letters, or the long form -> the long form
    for long_span, short_span in acronym_pairs(doc):
        long_type = _long_form_type(context, long_span)
        if long_type is None or acronym_core(short_span.text).lower() in context.lexicon.seats:
            continue  # "Members of the European Parliament (MEPs)": people, no organisation
        listed = _listed_with_kind_word(context, long_span, short_span)
        listed_id = None
        if listed is not None:
            long_type, listed_id = listed.type, listed.id
        long = context.candidate(long_span, long_type, "acronym", gazetteer_id=listed_id)
        short = context.candidate(
            short_span, long_type, "acronym", same_as=long, gazetteer_id=listed_id
        )
        yield from (c for c in (long, short) if c is not None)
        if long is not None and short is not None:
            defined[acronym_core(short_span.text)] = long
            defined[long_span.text.lower()] = long
    if not defined:
        return
    for token in context.tokens:
        core = acronym_core(token.text)
        if core in defined and is_acronym(token.text):
            long = defined[core]
            use = context.candidate(doc[token.i : token.i + 1], long.type, "acronym", same_as=long)
            if use is not None:
                yield use


def _listed_with_kind_word(
    context: Context, long_span: Span, short_span: Span
) -> GazetteerEntry | None:
    """The listed body a long form names with the word of its kind written after the acronym
    in brackets: "Public and Commercial Services (PCS) union" is the "Public and Commercial
    Services Union", its brackets cut into its name."""
    doc = context.doc
    after = short_span.end + 1  # past the closing bracket
    if long_span.end > short_span.start or after >= len(doc) or doc[after - 1].text != ")":
        return None
    kind = doc[after]
    if not kind.is_alpha or kind.lemma_.lower() not in context.lexicon.description_nouns:
        return None
    return listed_names_index(context.gazetteer).get(f"{long_span.text} {kind.text}".lower())


def defined_terms(context: Context) -> list[Span]:
    """Long forms of acronyms that are terms, not names ("National Insurance contributions
    (NICs)"): no name inside them is an organisation."""
    return [long for long, _ in defined_term_pairs(context)]


def defined_term_pairs(context: Context) -> list[tuple[Span, Span]]:
    """(long form, short form) of the acronyms defined for terms or for the holders of a post
    ("National Insurance contributions (NICs)", "Police and Crime Commissioners (PCC)"): no
    name inside the long form, nor the short form anywhere, is an organisation."""
    return [
        (long, short)
        for long, short in acronym_pairs(context.doc)
        if _long_form_type(context, long) is None
    ]


def _long_form_type(context: Context, span: Span) -> URIRef | None:
    """A proposal or event by its head noun, else an organisation (never a person's name);
    None for a term that ends in a common noun that names no organisation ("National
    Insurance contributions (NICs)", "personal protective equipment (PPE)"), or for the holders
    of a post ("Police and Crime Commissioners (PCCs)": a plural role word, ``lex:roleWord``,
    as the head of the term, not in a body's name after "of": "Guild of Hospital Chairs")."""
    lexicon = context.lexicon
    head = span.root if span.root.i < span.end else span[-1]
    found = head_class(span[-1], lexicon) or head_class(head, lexicon)
    if found is not None:
        return found
    if policy_name(span, lexicon):
        return KG.Policy  # "the Universal Service Obligation (USO)": a duty, no body
    last = span[-1]
    if (
        head.i == last.i  # "Guild of Hospital Chairs (GHC)" is a guild, not its chairs
        and last.tag_ in ("NNS", "NNPS")
        and last.lower_.endswith("s")
        and last.lower_[:-1] in lexicon.roles
    ):
        return None
    if last.is_lower and not (
        last.lemma_.lower() in lexicon.description_nouns
        or core_class(lexicon.head_nouns.get(last.lemma_.lower(), KG.Proposal)) == KG.Organisation
    ):
        return None
    # the model may call the long form a person ("Govia Thameslink Railway (GTR)"), but news
    # defines no initialism for a person's name: it is an organisation's
    return name_class(span, lexicon, KG.Organisation)


def schwartz_hearst(short: str, long_words: Sequence[str]) -> int | None:
    """Number of trailing words of ``long_words`` that spell ``short``, or None.

    Letters of the short form are matched right to left inside the long form;
    the first letter must start a word.

    >>> schwartz_hearst("MNP", ["the", "multi-neighbourhood", "providers"])
    2
    """
    short = acronym_core(short).lower()
    long_text = " ".join(long_words).lower()
    s_index, l_index = len(short) - 1, len(long_text) - 1
    while s_index >= 0:
        char = short[s_index]
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            long_text[l_index] != char
            or (s_index == 0 and l_index > 0 and long_text[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start_char = long_text.rfind(" ", 0, l_index + 1) + 1
    words_before = long_text[:start_char].split()
    used = len(long_words) - len(words_before)
    if (
        used < 2
        and len(short) > 2
        and " " not in long_text[start_char:]
        and "-" not in long_text[start_char:]
    ):
        return None
    return used


def initials(short: str, long_words: Sequence[str]) -> int | None:
    """Number of trailing words of ``long_words`` whose initials spell ``short`` (linking words
    such as "of" and "and" may be skipped), or None: "Association of Directors of Adult Social
    Services (ADASS)", "School Teachers' Review Body (STRB)".

    >>> initials("STRB", ["the", "School", "Teachers", "'", "Review", "Body"])
    5
    """
    letters = [c for c in acronym_core(short).lower() if c.isalnum()]
    used = 0
    for word in reversed(long_words):
        if not letters:
            break
        if word[:1].lower() == letters[-1]:
            letters.pop()
        elif word.lower() not in LINK_WORDS:
            return None
        used += 1
    return used if not letters and used >= 2 else None


def acronym_pairs(doc: Doc) -> list[tuple[Span, Span]]:
    """(long span, short span) pairs from "long form (SF)" and "SF (long form)"."""
    pairs = []
    for token in tokens_of(doc):
        if token.text != "(" or token.i + 2 >= len(doc):
            continue
        end = token.i + 2 + MAX_LONG_FORM
        close = next((t.i for t in doc[token.i + 1 : end] if t.text == ")"), None)
        if close is None:
            continue
        inner = doc[token.i + 1 : close]
        if len(inner) <= 2 and is_acronym(inner.text.replace(" ", "")):
            long_span = _long_form_before(doc, token, inner)
            if long_span is not None:
                pairs.append((long_span, inner))
        elif (
            2 <= len(inner) <= MAX_LONG_FORM and token.i >= 1 and is_acronym(doc[token.i - 1].text)
        ):
            short = doc[token.i - 1 : token.i]
            words = _join_hyphens([t.text for t in inner])
            if schwartz_hearst(short.text, words) == len(words):
                pairs.append((inner, short))
    return pairs


def _long_form_before(doc: Doc, bracket: Token, inner: Span) -> Span | None:
    """The long form an acronym in brackets spells, among the words of its sentence before it."""
    window_start = bracket.i - (len(inner.text) + 6)
    # within its line, not its sentence: the parser may start one inside a name ("Company |
    # Chemists’ Association"), and the punctuation that ends a sentence stops the words below
    line = [t for t in doc[max(0, window_start) : bracket.i] if "\n" in t.text]
    window_start = max(window_start, line[-1].i + 1 if line else 0)
    words = [t for t in doc[window_start : bracket.i] if not t.is_space]
    # do not cross punctuation other than hyphens, apostrophes and the commas of a name's list
    for k in range(len(words) - 1, -1, -1):
        if (
            words[k].is_punct
            and words[k].text not in ("-", "’", "'")
            and not _name_list_comma(words, k)
            or words[k].text in QUOTES
            and not _possessive_apostrophe(words[k])  # "School Teachers' Review Body"
        ):
            words = words[k + 1 :]
            break
    words = [w for w in words if w.text != ","]
    joined = _join_hyphens([w.text for w in words])
    short_text = inner.text.replace(" ", "")
    used = initials(short_text, joined) or schwartz_hearst(short_text, joined)
    if not used:
        return None
    return doc[_tokens_for_words(words, used)[0].i : bracket.i]


def _name_list_comma(words: Sequence[Token], k: int) -> bool:
    """A comma between capitalised words of a list that a name coordinates before its acronym
    ("the Rail, Maritime and Transport union (RMT)", "Food, Farming and Fisheries Board"):
    in English a list of three or more is written "A, B and C", so a comma between two title-case
    words with an "and" to come joins the name's parts rather than ending it."""
    if words[k].text != "," or k == 0 or k + 1 >= len(words):
        return False
    if not (words[k - 1].is_title and words[k + 1].is_title):
        return False
    later = words[k + 2 :]
    return any(
        w.lower_ in ("and", "&") and i + 1 < len(later) and later[i + 1].is_title
        for i, w in enumerate(later)
    )


def _possessive_apostrophe(token: Token) -> bool:
    """An apostrophe ending a plural's possessive ("Teachers' ", "Chemists’ "), however the
    tagger reads it: attached to a word ending in "s"."""
    if token.tag_ == "POS":
        return True
    if token.text not in ("’", "'") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text.endswith("s") and not before.whitespace_


def _join_hyphens(texts: Sequence[str]) -> list[str]:
    """Words as a reader sees them: 'multi', '-', 'neighbourhood' -> 'multi-neighbourhood'."""
    words: list[str] = []
    glue = False
    for text in texts:
        if text == "-" and words:
            words[-1] += "-"
            glue = True
        elif text in ("’", "'") and words:
            words[-1] += text  # "Chemists’": the apostrophe ends the word before it
        elif glue:
            words[-1] += text
            glue = False
        else:
            words.append(text)
    return words


def _tokens_for_words(tokens: Sequence[Token], used_words: int) -> Sequence[Token]:
    """The tokens that make up the last ``used_words`` hyphen-joined words."""
    count = 0
    index = len(tokens)
    while index > 0 and count < used_words:
        index -= 1
        # a hyphen and the token before it belong to the same word
        while index > 0 and (
            tokens[index - 1].text == "-" or tokens[index].text in ("-", "’", "'")
        ):
            index -= 1
        count += 1
    return tokens[index:]
