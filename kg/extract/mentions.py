"""Find the spans of a parsed article that name actors, organisations, proposals and events.

Sources, most trusted first:

* gazetteer matches (``doc.spans["kg_gazetteer"]``), typed by the gazetteer;
* acronym definitions in either direction, "multi-neighbourhood providers
  (MNP)" or "MNP (multi-neighbourhood providers)", found with the
  Schwartz-Hearst letter alignment, then every later use of either form;
* spaCy's statistical entities, cleaned: honorifics kept in the span
  ("Dr Bramall"), leading articles and possessive endings dropped, false
  persons dropped ("Easter recess"), organisations re-typed by the words in
  their names (``lex:nameWord``) or as proposals by their head noun;
* people named with an honorific that NER missed ("Mr Streeting") and later
  uses of a known person's surname or first name;
* noun phrases whose head noun is a proposal or event word of the lexicon
  ("2026/27 contract changes", "scoping talks", "a motion"), with the longer
  form that includes a short modifier after the head ("timeline set out by
  GPCE") kept as another name of the same thing;
* definite descriptions that refer back ("the College", "your committee",
  "the plan", "such action");
* role phrases that name a post holder ("GPCE chair", "the health secretary").

Pronouns are resolved later, in :mod:`kg.entities`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.extract.lexicon import Lexicon, Role
from kg.extract.parse import GAZETTEER_SPANS, tokens_of
from kg.model import Document, Mention, Sentence
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = [
    "sentences_of",
    "find_mentions",
    "MentionSet",
    "RoleLink",
    "HONORIFICS",
    "normalise_name",
]

HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame professor prof lord lady baroness councillor cllr rev mx".split()
)
DETERMINERS = frozenset(
    "the a an this that these those such your its their his her our my any every each some".split()
)
DEFINITE = frozenset("the this that these those such your its their his her our my".split())
POSSESSIVE_PRONOUNS = frozenset("your its their his her our my".split())
# NER labels kg keeps, and the class each gives
NER_TYPES = {
    "PERSON": KG.Person,
    "ORG": KG.Organisation,
    "GPE": KG.Place,
    "LOC": KG.Place,
    "EVENT": KG.Event,
    "LAW": KG.Policy,
}
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "quantmod", "advmod"})
QUOTES = "‘’“”\"'"

CONFIDENCE = {
    "gazetteer": 0.95,
    "acronym": 0.9,
    "honorific": 0.85,
    "ner": 0.75,
    "role": 0.8,
    "name-part": 0.7,
    "noun-phrase": 0.6,
    "description": 0.55,
}


@functools.lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Case-folded name without leading articles, honorifics, possessive ending or quotes.

    >>> normalise_name("the BMA’s")
    'bma'
    >>> normalise_name("Dr Katie Bramall")
    'katie bramall'
    """
    text = text.replace("’", "'").strip(QUOTES + " ,.;:")
    text = re.sub(r"'s$", "", text)
    words = text.casefold().split()
    while words and (words[0] in DETERMINERS or words[0].rstrip(".") in HONORIFICS):
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class RoleLink:
    """A role phrase (mention index), who holds it and which organisation it is of."""

    role_mention: int
    role: Role
    holder: int | None
    organisation: int | None


@dataclass
class MentionSet:
    """The mentions of one document and the links found while finding them.

    ``same_as`` pairs mention indices known to name one thing (acronym and
    expansion, a short and a long form); ``refers_back`` maps a definite
    description to the head word it shares with an earlier mention.
    """

    mentions: list[Mention] = field(default_factory=list)
    same_as: list[tuple[int, int]] = field(default_factory=list)
    roles: list[RoleLink] = field(default_factory=list)
    descriptions: dict[int, str] = field(default_factory=dict)
    possessive: set[int] = field(default_factory=set)
    """Descriptions with a possessive pronoun ("its approach"): not a thing of their own."""


def sentences_of(document: Document, spacy_doc) -> list[Sentence]:  # type: ignore[no-untyped-def]
    """The non-blank sentences of a parsed document, numbered in order, with trimmed offsets."""
    sentences: list[Sentence] = []
    text = document.text
    tokens = tokens_of(spacy_doc)
    for sent in spacy_doc.sents:
        first = tokens[sent.start].idx
        last = tokens[sent.end - 1]
        raw = text[first : last.idx + len(last.text)]
        stripped = raw.strip()
        if not stripped or not any(c.isalnum() for c in stripped):
            continue
        start = first + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        sentences.append(
            Sentence(document.id, len(sentences), start, end, stripped, document.in_comments(start))
        )
    return sentences


class _Builder:
    """Collects candidate spans of one document, then settles overlaps."""

    def __init__(
        self,
        spacy_doc,
        document: Document,
        sentences: Sequence[Sentence],
        lexicon: Lexicon,
        *,
        include_comments: bool,
    ) -> None:  # type: ignore[no-untyped-def]
        self.doc = spacy_doc
        self.document = document
        self.lexicon = lexicon
        self.include_comments = include_comments
        self.sentence_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.candidates: list[dict] = []
        self.role_phrases: list[dict] | None = None

    # -- helpers ---------------------------------------------------------
    def sentence_index(self, char: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self.sentence_starts, char) - 1)

    def usable(self, span) -> bool:  # type: ignore[no-untyped-def]
        document = self.document
        if document.in_comments(span.start_char):
            if not self.include_comments:
                return False
            if span.start_char < document.text.find("\n", document.body_end) % (
                len(document.text) + 1
            ):
                return False  # the heading that ends the article ("Related Articles")
        return span.end > span.start

    def add(self, span, type_: URIRef, method: str, **extra) -> int | None:  # type: ignore[no-untyped-def]
        span = _trim(span)
        if span is None or not self.usable(span):
            return None
        self.candidates.append(
            {
                "span": span,
                "type": type_,
                "method": method,
                "confidence": CONFIDENCE[method],
                **extra,
            }
        )
        return len(self.candidates) - 1

    def head_type(self, token) -> URIRef | None:  # type: ignore[no-untyped-def]
        """The proposal or event class named by a head noun (with its adjective, for 'collective action')."""
        lemma = token.lemma_.lower()
        for child in token.lefts:
            if child.dep_ in ("amod", "compound"):
                found = self.lexicon.head_nouns.get(f"{child.lemma_.lower()} {lemma}")
                if found is not None:
                    return found
        found = self.lexicon.head_nouns.get(lemma) or self.lexicon.head_nouns.get(token.lower_)
        if found is not None and core_class(found) in (KG.Proposal, KG.Event):
            return found
        return None

    def name_type(self, span, default: URIRef) -> URIRef:  # type: ignore[no-untyped-def]
        for token in reversed(span):
            found = self.lexicon.name_words.get(token.text)
            if found is not None:
                return found
        return default


def _trim(span):  # type: ignore[no-untyped-def]
    """Drop leading determiners and quotes, trailing possessives, punctuation and spaces."""
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
        or tokens[end - 1].is_space
        or tokens[end - 1].lower_ in ("’s", "'s")
    ):
        end -= 1
    if start >= end:
        return None
    if start == span.start and end == span.end:
        return span
    return doc[start:end]


def _is_acronym(text: str) -> bool:
    core = text[:-1] if text.endswith("s") and len(text) > 2 else text
    letters = [c for c in core if c.isalpha()]
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def _acronym_core(text: str) -> str:
    return text[:-1] if text.endswith("s") and text[:-1].isupper() else text


def _schwartz_hearst(short: str, long_words: Sequence[str]) -> int | None:
    """Number of trailing words of ``long_words`` that spell ``short``, or None.

    Letters of the short form are matched right to left inside the long form;
    the first letter must start a word.
    """
    short = _acronym_core(short).lower()
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


_LINK_WORDS = frozenset({"of", "and", "for", "the", "&", "in", "on", "to", "'s", "’s", "'", "’"})


def _initials(short: str, long_words: Sequence[str]) -> int | None:
    """Number of trailing words of ``long_words`` whose initials spell ``short`` (linking words
    such as "of" and "and" may be skipped), or None: "Association of Directors of Adult Social
    Services (ADASS)", "School Teachers' Review Body (STRB)"."""
    letters = [c for c in _acronym_core(short).lower() if c.isalnum()]
    used = 0
    for word in reversed(long_words):
        if not letters:
            break
        if word[:1].lower() == letters[-1]:
            letters.pop()
        elif word.lower() not in _LINK_WORDS:
            return None
        used += 1
    return used if not letters and used >= 2 else None


def _acronym_pairs(doc, sentences_end: int) -> list[tuple[object, object]]:  # type: ignore[no-untyped-def]
    """(long span, short span) pairs from "long form (SF)" and "SF (long form)"."""
    pairs = []
    for token in tokens_of(doc):
        if token.text != "(" or token.i + 2 >= len(doc):
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 8] if t.text == ")"), None)
        if close is None:
            continue
        inner = doc[token.i + 1 : close]
        sentence_start = token.sent.start
        if len(inner) <= 2 and _is_acronym(inner.text.replace(" ", "")):
            # long form before the bracket: content words of the same sentence
            window_start = max(sentence_start, token.i - (len(inner.text) + 6))
            words = [t for t in doc[window_start : token.i] if not t.is_space]
            # do not cross punctuation other than hyphens and apostrophes
            for k in range(len(words) - 1, -1, -1):
                if (
                    words[k].is_punct
                    and words[k].text not in ("-", "’", "'")
                    or words[k].text in QUOTES
                    and words[k].tag_ != "POS"  # "School Teachers' Review Body"
                ):
                    words = words[k + 1 :]
                    break
            texts = [w.text for w in words]
            joined = _join_hyphens(texts)
            short_text = inner.text.replace(" ", "")
            used = _initials(short_text, joined) or _schwartz_hearst(short_text, joined)
            if used:
                long_tokens = _tokens_for_words(words, used)
                long_span = doc[long_tokens[0].i : token.i]
                pairs.append((long_span, inner))
        elif 2 <= len(inner) <= 8 and token.i >= 1 and _is_acronym(doc[token.i - 1].text):
            short = doc[token.i - 1 : token.i]
            if _schwartz_hearst(short.text, _join_hyphens([t.text for t in inner])) == len(
                _join_hyphens([t.text for t in inner])
            ):
                pairs.append((inner, short))
    return pairs


def _join_hyphens(texts: Sequence[str]) -> list[str]:
    """Words as a reader sees them: 'multi', '-', 'neighbourhood' -> 'multi-neighbourhood'."""
    words: list[str] = []
    glue = False
    for text in texts:
        if text == "-" and words:
            words[-1] += "-"
            glue = True
        elif glue:
            words[-1] += text
            glue = False
        else:
            words.append(text)
    return words


def _tokens_for_words(tokens, used_words: int):  # type: ignore[no-untyped-def]
    """The tokens that make up the last ``used_words`` hyphen-joined words."""
    count = 0
    index = len(tokens)
    while index > 0 and count < used_words:
        index -= 1
        # a hyphen and the token before it belong to the same word
        while index > 0 and (tokens[index - 1].text == "-" or tokens[index].text == "-"):
            index -= 1
        count += 1
    return tokens[index:]


def _noun_phrase_bounds(token):  # type: ignore[no-untyped-def]
    """The compact noun phrase headed by ``token``: modifiers to its left, no determiner or possessor."""
    start = token.i
    for child in token.lefts:
        if child.tag_ in ("VBD", "VBZ", "VBP"):
            continue  # a finite verb the parser hung here ("refusal ... meant strikes")
        if child.dep_ in MODIFIER_DEPS or (child.dep_ == "punct" and child.text == "-"):
            start = min(start, child.left_edge.i)
    doc = token.doc
    # a possessor ("BMA's") or the phrase's own determiner is not part of the name;
    # an "a" inside a compound ("half-a-billion-pound package") is
    for i in range(start, token.i):
        if (
            doc[i].dep_ == "poss"
            or doc[i].tag_ == "POS"
            or (
                doc[i].lower_ in DETERMINERS
                and doc[i].dep_ in ("det", "poss", "predet")
                and doc[i].head.i == token.i
            )
        ):
            start = i + 1
    while start < token.i and (doc[start].is_punct or doc[start].text in QUOTES):
        start += 1
    return start, token.i + 1


def _long_form_ends(token) -> list[int]:  # type: ignore[no-untyped-def]
    """Ends of short modifiers after the head: "of no confidence", "set out by GPCE", "to joint working".

    Prepositional phrases, infinitives ("plans to shake up ...") and
    participles with an agent ("set out by GPCE") count; "-ing" clauses do
    not. Both the phrase up to its first noun and the whole phrase (up to
    eight words) are returned.
    """
    ends: list[int] = []
    for child in token.rights:
        if child.left_edge.i != token.i + 1:
            continue
        if child.dep_ == "acl":
            infinitive = child.tag_ == "VB" and any(c.lower_ == "to" for c in child.lefts)
            with_agent = child.tag_ == "VBN" and any(c.dep_ == "agent" for c in child.children)
            if not (infinitive or with_agent):
                continue
        elif child.dep_ != "prep" or child.lower_ not in (
            "of",
            "to",
            "for",
            "on",
            "with",
            "into",
            "against",
            "by",
            "over",
        ):
            continue
        doc = token.doc
        whole = child.right_edge.i + 1
        stop = next(
            (t.i for t in doc[child.left_edge.i : whole] if t.is_punct and t.text not in "-/"), None
        )
        if stop is not None:
            whole = stop
        first_noun = next(
            (
                t.i + 1
                for t in doc[child.left_edge.i : whole]
                if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "dobj")
            ),
            None,
        )
        for end in (first_noun, whole):
            if end is None or end - token.i > 9 or end in ends:
                continue
            if any(t.tag_ in ("WRB", "WP", "WDT", "PRP") for t in doc[token.i + 1 : end]):
                continue  # "plans for how they wish to ..." is a clause, not a name
            if any(t.is_punct and t.text not in "-/" for t in doc[token.i + 1 : end]):
                continue
            ends.append(end)
    return ends


def find_mentions(
    spacy_doc,  # type: ignore[no-untyped-def]
    document: Document,
    sentences: Sequence[Sentence],
    lexicon: Lexicon,
    *,
    include_comments: bool = False,
) -> MentionSet:
    """All mentions of one parsed document, with the links found on the way."""
    b = _Builder(spacy_doc, document, sentences, lexicon, include_comments=include_comments)
    doc = spacy_doc
    same_as: list[tuple[int, int]] = []

    # 1. gazetteer; a party's name before "Government" names that government, not the party
    # ("the then Conservative Government")
    government_starts = {
        s.start
        for s in doc.spans[GAZETTEER_SPANS]
        if core_class(URIRef(s.label_)) == KG.Organisation and s[0].lower_ == "government"
    }
    if "administration" in doc.text.lower():
        government_starts |= {t.i for t in tokens_of(doc) if t.lower_ == "administration"}
    for span in doc.spans[GAZETTEER_SPANS]:
        if URIRef(span.label_) == KG.PoliticalParty and span.end in government_starts:
            continue
        b.add(span, URIRef(span.label_), "gazetteer", gazetteer_id=span.id_)

    # 2. acronyms and their expansions
    acronym_forms: dict[str, int] = {}
    for long_span, short_span in _acronym_pairs(doc, len(doc)):
        long_type = _long_form_type(b, long_span)
        i = b.add(long_span, long_type, "acronym", acronym=short_span.text)
        j = b.add(short_span, long_type, "acronym", acronym=short_span.text)
        if i is not None and j is not None:
            same_as.append((i, j))
            acronym_forms[_acronym_core(short_span.text)] = i
            acronym_forms[long_span.text.lower()] = i
    if acronym_forms:
        for token in tokens_of(doc):
            core = _acronym_core(token.text)
            if core in acronym_forms and _is_acronym(token.text):
                k = b.add(
                    doc[token.i : token.i + 1], b.candidates[acronym_forms[core]]["type"], "acronym"
                )
                if k is not None:
                    same_as.append((acronym_forms[core], k))

    # 3. statistical entities
    title_tokens = _role_title_tokens(b)
    organisation_words: dict[str, int] = {}  # a word of an organisation's name -> where it was seen
    for c in b.candidates:
        if core_class(c["type"]) == KG.Organisation and len(c["span"]) > 1:
            for t in c["span"]:
                organisation_words.setdefault(t.lower_, t.i)
    title_end = _title_case_headline_end(document.text)
    # words said after an honorific somewhere ("Ms Sandhu"): names of people
    honorific_names = {
        doc[k].text
        for t in tokens_of(doc)
        if t.lower_.rstrip(".") in HONORIFICS
        for k in range(t.i + 1, min(t.i + 4, len(doc)))
        if doc[k].is_title and doc[k].pos_ == "PROPN"
    }
    for ent in _split_possessives(_join_broken_names(doc.ents)):
        type_ = NER_TYPES.get(ent.label_)
        if type_ is None:
            continue
        span = _trim(ent)
        if span is None:
            continue
        if span.end_char <= title_end and document.text.count(span.text) < 2:
            continue  # in a Title Case Headline every word looks like a name
        if (
            len(span) == 1
            and span.start > 0
            and doc[span.start - 1].lower_ == "the"
            and organisation_words.get(span[0].lower_, span.start) < span.start
        ):
            # "the Guild" after "the Guild of Ferry Pilots": a description, not a new name
            b.add(span, KG.Organisation, "description", head=span[0].lower_)
            continue
        if type_ == KG.Place and not _plausible_place(span):
            continue
        if (
            type_ == KG.Organisation
            and 2 <= len(span) <= 3
            and span[-1].text in honorific_names
            and not any(lexicon.name_words.get(t.text) for t in span)
        ):
            type_ = KG.Person  # "Priya Sandhu" read as an organisation, "Ms Sandhu" later
        if type_ in (KG.Person, KG.Place) and _organisation_by_apposition(span, lexicon):
            type_ = KG.Organisation  # "Mind, the mental health charity,"; "the regulator Ofwat"
        if type_ == KG.Person:
            span = _with_honorific(span)
            if not _plausible_person(span):
                continue
            b.add(span, KG.Person, "ner")
        elif type_ == KG.Organisation:
            if not _plausible_organisation(span, lexicon) or _inside_role_title(span, title_tokens):
                continue
            head = span[-1]
            head_class = b.head_type(head)
            if head_class is not None and b.lexicon.name_words.get(head.text) is None:
                b.add(span, head_class, "ner")
            else:
                b.add(span, b.name_type(span, KG.Organisation), "ner")
        else:
            b.add(span, type_, "ner")
        if type_ == KG.Organisation:
            for t in span:
                organisation_words.setdefault(t.lower_, t.i)

    # names with an organisation word that NER missed: "the Federation of Rural Clinics"
    for span in _capitalised_names(doc, lexicon):
        b.add(span, b.name_type(span, KG.Organisation), "name-part")
    # a name ending in a country is an organisation: "Healthwatch England", "Age UK"
    for span in _names_ending_in_a_country(doc, title_end):
        b.add(span, b.name_type(span, KG.Organisation), "name-part", wraps_place=True)
    # an acronym nobody defined here is most likely an organisation ("The FRC rejected ...");
    # another article may define it, and entities merge across articles on it
    for token in tokens_of(doc):
        if (
            token.pos_ == "PROPN"
            and token.is_upper
            and len(token.text) >= 3
            and token.text.isalpha()
            and lexicon.role(token.lower_) is None
            and not (token.dep_ == "compound" and token.head.pos_ == "NOUN")  # "CPI inflation"
            and not (
                token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ == "NOUN"
                and doc[token.i + 1].is_lower
            )
            and not token.is_sent_start | (token.i + 1 < len(doc) and doc[token.i + 1].is_upper)
        ):
            b.add(doc[token.i : token.i + 1], KG.Organisation, "name-part")
    # a capitalised name NER missed, set beside a kind of organisation: "Mind, the mental
    # health charity,"
    for token in tokens_of(doc):
        if not token.is_title or token.pos_ not in ("PROPN", "NOUN") or token.ent_type_:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        span = doc[start : token.i + 1]
        if span[0].lower_ not in DETERMINERS and _organisation_by_apposition(span, lexicon):
            b.add(span, b.name_type(span, KG.Organisation), "name-part")

    # a one-word "person" that is an organisation's name elsewhere in the article ("the charity
    # Mind ... Rethink and Mind signed a letter") is that organisation
    organisation_names = {
        c["span"].text
        for c in b.candidates
        if core_class(c["type"]) == KG.Organisation and c["method"] in ("ner", "name-part")
    }
    for c in b.candidates:
        if (
            c["type"] == KG.Person
            and c["method"] == "ner"
            and len(c["span"]) == 1
            and c["span"].text in organisation_names
            and c["span"].text not in honorific_names
        ):
            c["type"] = KG.Organisation

    # 4. people named with an honorific that NER missed
    for token in tokens_of(doc):
        if (
            token.lower_.rstrip(".") in HONORIFICS
            and token.i + 1 < len(doc)
            and doc[token.i + 1].is_title
        ):
            end = token.i + 1
            while (
                end < len(doc)
                and doc[end].is_title
                and doc[end].pos_ == "PROPN"
                and end - token.i <= 3
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
                b.add(doc[token.i : end], KG.Person, "honorific")

    # 5. noun phrases headed by a proposal or event word
    for token in tokens_of(doc):
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or token.dep_ == "compound"
            and token.head.pos_ in ("NOUN", "PROPN")
        ):
            continue
        head_class = b.head_type(token)
        if head_class is None:
            continue
        if core_class(head_class) != KG.Event and any(
            (token.lemma_.lower(), c.lower_) in lexicon.triggers
            for c in token.children
            if c.dep_ == "prep"
        ):
            continue  # "in broad agreement with X" relates; it names nothing
        start, end = _noun_phrase_bounds(token)
        span = doc[start:end]
        determiner = _determiner(token)
        modifiers = [t for t in doc[start : token.i] if not t.is_punct]
        specific = [
            t
            for t in modifiers
            if t.pos_ in ("NOUN", "PROPN", "NUM") or "-" in t.text or t.like_num
        ]
        long_ends = _long_form_ends(token)
        lemma = token.lemma_.lower()
        if token.tag_ in ("NNS", "NNPS") and not modifiers and determiner is None and not long_ends:
            continue  # a bare plural is generic ("contracts", "plans")
        if (
            not specific
            and determiner in DEFINITE
            and all(t.pos_ in ("ADJ", "VERB", "ADV") for t in modifiers)
        ):
            index = b.add(  # "the plan", "the promised talks"
                span,
                head_class,
                "description",
                head=lemma,
                possessive=determiner in POSSESSIVE_PRONOUNS and not long_ends,
            )
            for end_ in long_ends:  # "the timeline set out by GPCE"
                longer = b.add(doc[start:end_], head_class, "noun-phrase", head=lemma, longer=True)
                if index is not None and longer is not None:
                    same_as.append((index, longer))
            continue
        multiword = any(f"{c.lemma_.lower()} {lemma}" in lexicon.head_nouns for c in token.lefts)
        if lemma in lexicon.weak_head_nouns and not specific and not long_ends and not multiword:
            continue  # "extra investment", "professed commitment"
        index = b.add(span, head_class, "noun-phrase", head=lemma)
        if index is None:
            continue
        variants = [doc[start:e] for e in long_ends]
        owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if (
            owner is not None and core_class(head_class) == KG.Event
        ):  # "the Labour Party's conference"
            variants.append(doc[owner.left_edge.i : end])
        for variant in variants:
            longer = b.add(variant, head_class, "noun-phrase", head=lemma, longer=True)
            if longer is not None:
                same_as.append((index, longer))

    # 6. descriptions of organisations ("the College", "your committee")
    for token in tokens_of(doc):
        if token.lower_ in lexicon.description_nouns and token.pos_ in ("NOUN", "PROPN"):
            det = _determiner(token)
            if det in DEFINITE and not any(c.dep_ in ("compound", "amod") for c in token.lefts):
                b.add(doc[token.i : token.i + 1], KG.Organisation, "description", head=token.lower_)

    # 7. a body of a named organisation: "the GPCE's executive", "the BMA's council"
    for token in tokens_of(doc):
        if token.lower_ in lexicon.description_nouns and token.pos_ in ("NOUN", "PROPN"):
            owners = [c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
            # a name the model or the gazetteer knows ("the BMA's GP Committee") is not a body
            named = (
                not token.is_lower
                or token.ent_type_ in ("ORG", "PERSON")
                or any(s.start <= token.i < s.end for s in doc.spans[GAZETTEER_SPANS])
            )
            # "Mind's chief executive" is a post, not a body of Mind
            post = any(
                lexicon.role(f"{c.lower_} {token.lower_}") is not None
                for c in token.lefts
                if c.dep_ in ("amod", "compound")
            )
            if not owners and not named and not post:
                owners = _owner_name_before(doc, token)
            if (
                owners
                and not named
                and not post
                and token.lower_ not in ("organisation", "organization", "body", "government")
            ):
                owner = owners[0]
                b.add(
                    doc[owner.left_edge.i : token.i + 1],
                    KG.Organisation,
                    "noun-phrase",
                    head=token.lower_,
                    nested=True,
                )

    # 8. role phrases are added once the other mentions are settled
    return _settle(b, same_as)


def _owner_name_before(doc, token) -> list:  # type: ignore[no-untyped-def]
    """An organisation's name that opens a lowercase name of one of its bodies: "the Commons
    health and social care committee", "the BMA consultants committee", "the GP committee" when
    the model read only "GP" as a name (the name's first token)."""
    names = [
        (s.start, s.end)
        for s in doc.spans[GAZETTEER_SPANS]
        if core_class(URIRef(s.label_)) == KG.Organisation
    ] + [(e.start, e.end) for e in doc.ents if e.label_ == "ORG"]
    for start, end in names:
        between = doc[end : token.i]
        if (
            end <= token.i
            and all(t.is_lower and t.is_alpha for t in between)
            and token.is_ancestor(doc[end - 1])
            and all(token.is_ancestor(t) for t in between)
            and (start == 0 or doc[start - 1].lower_ in DETERMINERS or doc[start - 1].is_space)
            # with nothing between, only after "the": "the GP committee", not "a Government
            # department"
            and (end < token.i or (start > 0 and doc[start - 1].lower_ in DEFINITE))
        ):
            return [doc[start]]
    return []


def _long_form_type(b: _Builder, span) -> URIRef:  # type: ignore[no-untyped-def]
    head = span.root if span.root.i < span.end else span[-1]
    head_class = b.head_type(span[-1]) or b.head_type(head)
    if head_class is not None:
        return head_class
    for ent in span.doc.ents:
        if ent.start <= span.start < ent.end or span.start <= ent.start < span.end:
            if ent.label_ == "PERSON":
                return KG.Person
    return b.name_type(span, KG.Organisation)


def _determiner(token) -> str | None:  # type: ignore[no-untyped-def]
    for child in token.lefts:
        if child.dep_ in ("det", "poss", "predet") and child.lower_ in DETERMINERS:
            return child.lower_
    return None


def _with_honorific(span):  # type: ignore[no-untyped-def]
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in HONORIFICS:
        return doc[span.start - 1 : span.end]
    return span


def _title_case_headline_end(text: str) -> int:
    """End of the first line when it is written in Title Case, else 0."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    words = [w for w in text[:end].split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return end if len(words) >= 4 and capitalised >= 0.75 * len(words) else 0


def _join_broken_names(ents):  # type: ignore[no-untyped-def]
    """Organisation names the model cut after a joining word: "the Association of Directors of"
    and "Adult Social Services'" are one name."""
    ents = list(ents)
    k = 0
    while k < len(ents):
        ent = ents[k]
        if (
            k + 1 < len(ents)
            and ent.label_ == "ORG"
            and ents[k + 1].label_ == "ORG"
            and ents[k + 1].start == ent.end
            and ent[-1].lower_ in ("of", "for", "and", "&")
        ):
            yield _relabel(ent.doc[ent.start : ents[k + 1].end], "ORG")
            k += 2
            continue
        yield ent
        k += 1


def _split_possessives(ents):  # type: ignore[no-untyped-def]
    """Entity spans split at a possessive inside them: "Dockers Association’s Pay Review
    Committee" is two names."""
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS" or t.lower_ in ("’s", "'s")), None)
        if cut is None:
            yield ent
            continue
        yield _relabel(ent.doc[ent.start : cut], ent.label_)
        yield _relabel(ent.doc[cut + 1 : ent.end], ent.label_)


def _relabel(span, label: str):  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    return Span(span.doc, span.start, span.end, label=label)


def _capitalised_names(doc, lexicon: Lexicon):  # type: ignore[no-untyped-def]
    """Runs of capitalised words (joined by "of", "for", "and", "&") with a word that names a kind
    of organisation ("Federation", "Union", "Committee") that no statistical entity covers."""
    tokens = tokens_of(doc)
    covered = {
        t
        for ent in doc.ents
        if ent.label_ in ("ORG", "PERSON", "GPE")
        for t in range(ent.start, ent.end)
    }
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
        words = tokens[i:j]
        if (
            len(words) >= 2
            and any(lexicon.name_words.get(t.text) for t in words)
            and not any(t.i in covered for t in words)
            and not any(t.is_sent_start for t in words[1:])
        ):
            yield doc[i:j]
        i = max(j, i + 1)


COMPASS = frozenset(
    "north south east west northern southern eastern western central rural greater".split()
)


def _names_ending_in_a_country(doc, title_end: int):  # type: ignore[no-untyped-def]
    """Capitalised proper nouns before a country's name ("Healthwatch England", "Community
    Pharmacy England") that no other name covers; not regions ("North East England")."""
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
            and doc[start - 1].lower_ not in COMPASS
            and not any(o.start <= start - 1 < o.end for o in gazetteer)
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
        if start < g.start and doc[start].lower_ not in DETERMINERS:
            yield doc[start : g.end]


def _plausible_place(span) -> bool:  # type: ignore[no-untyped-def]
    """A lone word that modifies a common noun is no place ("the Easter recess")."""
    if len(span) == 1:
        token = span[0]
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i >= span.end:
            return False
    return True


def _plausible_person(span) -> bool:  # type: ignore[no-untyped-def]
    """spaCy's false persons: a lone word that modifies a common noun ("Easter recess"), no capital."""
    names = [t for t in span if t.lower_.rstrip(".") not in HONORIFICS]
    if not names or not any(t.is_title or t.is_upper for t in names):
        return False
    if len(names) == 1:
        token = names[0]
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i >= span.end:
            return False
        if token.ent_type_ == "DATE":
            return False
    return True


def _organisation_by_apposition(span, lexicon: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """A name in apposition with a noun for a kind of organisation: "Ofsted, the schools
    inspectorate,", "the charity Mind"."""
    if any(t.lower_.rstrip(".") in HONORIFICS for t in span):
        return False
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    if span.start > 1:
        # "the watchdog Ofsted", "the mental health charity Mind"
        j = span.start - 2
        while (
            j > 0
            and span.start - j <= 4
            and span.doc[j].is_lower
            and span.doc[j].pos_ in ("ADJ", "NOUN")
            and span.doc[j].lower_ not in DETERMINERS
        ):
            j -= 1
        if span.doc[j].lower_ in ("the", "a"):
            nouns.append(span.doc[span.start - 1])
    if len(span) == 1 and span.end + 1 < len(span.doc) and span.doc[span.end].tag_ == "POS":
        role = span.doc[span.end + 1 :]
        for n in (3, 2, 1):  # "Mind's chief executive": a person has no chief executive
            found = lexicon.role(" ".join(t.lower_ for t in role[:n]))
            if found is not None and found.relation in (KG.leads, KG.chairOf):
                return True
    return any(
        n.pos_ == "NOUN"
        and n.lower_ in lexicon.description_nouns
        and n.tag_ not in ("NNS",)
        and lexicon.role(n.lower_) is None  # "its chief executive, Jane Okafor"
        for n in nouns
    )


def _plausible_organisation(span, lexicon: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Drop one-word fragments: a short generic acronym ("GP members") or a title word ("Health secretary")."""
    if len(span) == 1:
        token = span[0]
        head = token.head
        if len(token.text) <= 2:
            return False
        if (
            token.dep_ == "compound"
            and head.i > token.i
            and lexicon.role(head.lower_) is not None
            and not token.is_upper
        ):
            return False
    return True


def _role_title_tokens(b: _Builder) -> set[int]:
    """Tokens of role titles that are words of the title, not organisations: "Health and Social Care
    Secretary", "Secretary of State for Health and Social Care"."""
    tokens: set[int] = set()
    for r in _role_phrases(b):
        tokens.update(range(r["role_start"], r["end"]))
        left = [t for t in b.doc[r["start"] : r["role_start"]]]
        if left and (
            any(t.lower_ == "and" for t in left) or all(t.is_title and not t.is_upper for t in left)
        ):
            tokens.update(t.i for t in left)
    return tokens


def _inside_role_title(span, title_tokens: set[int]) -> bool:  # type: ignore[no-untyped-def]
    return any(t.i in title_tokens for t in span) and not any(_is_acronym(t.text) for t in span)


def _role_phrases(b: _Builder) -> list[dict]:
    """Role phrases with their holder and organisation, as candidate dicts (settled later).

    Computed once per document and kept on the builder.
    """
    if b.role_phrases is not None:
        return b.role_phrases
    doc = b.doc
    lexicon = b.lexicon
    found: list[dict] = []
    lengths = lexicon.role_lengths
    lowers = [t.lower_ for t in tokens_of(doc)]
    i = 0
    while i < len(doc):
        match = None
        for n in lengths.get(lowers[i], ()):
            role = lexicon.role(" ".join(lowers[i : i + n]))
            last = doc[i + n - 1]
            if (
                role is not None
                and last.pos_ in ("NOUN", "PROPN")
                and last.tag_ not in ("NNS", "NNPS")
            ):
                match = (n, role)
                break
        if match is None:
            i += 1
            continue
        n, role = match
        role_end = i + n
        head = doc[role_end - 1]
        # "Secretary of State for Health and Social Care": keep a capitalised "for/of ..." tail
        tail_end = role_end
        if (
            role_end < len(doc)
            and doc[role_end].lower_ in ("for", "of")
            and role_end + 1 < len(doc)
            and doc[role_end + 1].is_title
        ):
            k = role_end + 1
            while (
                k < len(doc)
                and (doc[k].is_title or doc[k].lower_ in ("and", "of", "for", "&", ","))
                and not (doc[k].text == "," and (k + 1 >= len(doc) or not doc[k + 1].is_title))
            ):
                if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON":
                    break
                k += 1
            tail_end = k
        # modifiers to the left: "GPCE chair", "Unison general secretary", "Health secretary"
        start = i
        while start > 0:
            before = doc[start - 1]
            inside = before.dep_ in ("compound", "amod", "nmod", "cc", "conj") and head.is_ancestor(
                before
            )
            if (
                not inside
                or before.is_punct
                or before.lower_ in DETERMINERS
                or before.ent_type_ == "PERSON"
            ):
                break
            start -= 1
        while start < i and doc[start].dep_ in ("cc",):
            start += 1
        found.append(
            {"start": start, "role_start": i, "end": tail_end, "role": role, "head": head.i}
        )
        i = tail_end
    b.role_phrases = found
    return found


def _settle(b: _Builder, same_as: list[tuple[int, int]]) -> MentionSet:
    """Resolve overlapping candidates and turn them into :class:`Mention` values."""
    candidates = b.candidates
    rank = {
        "gazetteer": 6,
        "acronym": 5,
        "honorific": 4,
        "ner": 3,
        "name-part": 2,
        "noun-phrase": 1,
        "description": 1,
    }
    # a longer name of an organisation around a listed one ("Northfield Hospitals NHS
    # Foundation Trust" around "NHS") is another organisation: it goes first
    gazetteer = [c["span"] for c in candidates if c["method"] == "gazetteer"]
    around = {
        k
        for k, c in enumerate(candidates)
        if c["method"] in ("ner", "name-part")
        and core_class(c["type"]) == KG.Organisation
        and (
            len(c["span"]) >= 3
            and b.lexicon.name_words.get(c["span"][-1].text) is not None
            or c.get("wraps_place")
        )
        and any(
            c["span"].start <= g.start
            and g.end <= c["span"].end
            and (g.start, g.end) != (c["span"].start, c["span"].end)
            for g in gazetteer
        )
    }
    order = sorted(
        range(len(candidates)),
        key=lambda k: (
            bool(candidates[k].get("longer")),  # longer variants of a name go last
            k not in around,
            -rank[candidates[k]["method"]],
            -(candidates[k]["span"].end - candidates[k]["span"].start),
            candidates[k]["span"].start,
        ),
    )
    accepted: list[int] = []
    occupied: dict[int, int] = {}  # token -> accepted candidate
    for k in order:
        c = candidates[k]
        span = c["span"]
        clash = {occupied[t] for t in range(span.start, span.end) if t in occupied}
        if not clash:
            accepted.append(k)
            for t in range(span.start, span.end):
                occupied[t] = k
            continue
        # a noun phrase may contain actors and places ("GPCE meeting", "BMA conference")
        if c["method"] in ("noun-phrase",) and (
            core_class(c["type"]) in (KG.Proposal, KG.Event) or c.get("nested")
        ):
            ok = True
            for other in clash:
                o = candidates[other]
                inside = o["span"].start >= span.start and o["span"].end <= span.end
                same_range = o["span"].start == span.start and o["span"].end == span.end
                if not inside or same_range:
                    ok = False
                    break
                if core_class(o["type"]) in (KG.Proposal, KG.Event) and not c.get("longer"):
                    if o["method"] not in ("gazetteer", "acronym", "ner"):
                        ok = False
                        break
                    head_inside = o["span"].start <= span[-1].i < o["span"].end
                    extra = [t for t in span if not (o["span"].start <= t.i < o["span"].end)]
                    if head_inside and not any(t.pos_ in ("ADJ", "NUM") for t in extra):
                        ok = False  # "ow multi-neighbourhood providers" is the gazetteer's entry
                        break
            if ok:
                accepted.append(k)
        elif c.get("longer"):
            accepted.append(k)
    accepted_set = set(accepted)
    by_range = {(candidates[k]["span"].start, candidates[k]["span"].end): k for k in accepted}
    redirect = {}
    for k, c in enumerate(candidates):
        if k not in accepted_set:
            other = by_range.get((c["span"].start, c["span"].end))
            if other is not None:
                redirect[k] = other

    result = MentionSet()
    index_of: dict[int, int] = {}
    for k in sorted(
        accepted, key=lambda k: (candidates[k]["span"].start, candidates[k]["span"].end)
    ):
        c = candidates[k]
        span = c["span"]
        mention = Mention(
            doc_id=b.document.id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            type=c["type"],
            sentence=b.sentence_index(span.start_char),
            method=c["method"],
            confidence=c["confidence"],
            gazetteer_id=c.get("gazetteer_id"),
            token_start=span.start,
            token_end=span.end,
            head=c.get("head", span[-1].lemma_.lower()),
        )
        index_of[k] = len(result.mentions)
        result.mentions.append(mention)
        if c["method"] == "description":
            result.descriptions[index_of[k]] = c.get("head", "")
            if c.get("possessive"):
                result.possessive.add(index_of[k])
    for a, c2 in same_as:
        a, c2 = redirect.get(a, a), redirect.get(c2, c2)
        if a in accepted_set and c2 in accepted_set and a != c2:
            result.same_as.append((index_of[a], index_of[c2]))

    # same-named short forms: "GP Committee" for "GP Committee England" is left to entities
    _add_roles(b, result)
    return result


def _mention_at(
    result: MentionSet, token_index: int, types: Iterable[URIRef] | None = None
) -> int | None:
    best = None
    for k, m in enumerate(result.mentions):
        if m.is_role or not (m.token_start <= token_index < m.token_end):
            continue
        if types is not None and core_class(m.type) not in types:
            continue
        if best is None or (m.token_end - m.token_start) > (
            result.mentions[best].token_end - result.mentions[best].token_start
        ):
            best = k
    return best


ACTORS = (KG.Person, KG.Organisation)


def _add_roles(b: _Builder, result: MentionSet) -> None:
    """Turn role phrases into role mentions linked to their holder and organisation."""
    doc = b.doc
    for r in _role_phrases(b):
        span = doc[r["start"] : r["end"]]
        if not b.usable(span):
            continue
        role: Role = r["role"]
        role_start, end = r["role_start"], r["end"]
        # organisation: a mention inside the modifiers, or "of/at ORG" after the role, or ", ORG" in a list item
        organisation = None
        for t in range(r["start"], role_start):
            k = _mention_at(result, t, (KG.Organisation,))
            if k is not None:
                organisation = k
        # a name just before the role that the parser left out of it: "Labour MP Daniel Okoro"
        if organisation is None and r["start"] > 0 and _starts_clause(doc, r["start"] - 1):
            k = _mention_at(result, r["start"] - 1, (KG.Organisation,))
            if k is not None and result.mentions[k].token_end == r["start"]:
                organisation = k
        if organisation is None and end < len(doc) and doc[end].lower_ in ("of", "at"):
            k = _mention_at(result, end + 1, (KG.Organisation,))
            if k is None and end + 2 < len(doc):
                k = _mention_at(result, end + 2, (KG.Organisation,))
            organisation = k
        if organisation is None and end + 1 < len(doc) and doc[end].text == ",":
            k = _mention_at(result, end + 1, (KG.Organisation,))
            if k is not None and (
                end + 2 >= len(doc)
                or result.mentions[k].token_end >= len(doc)
                or doc[result.mentions[k].token_end].is_space
                or doc[result.mentions[k].token_end].is_punct
            ):
                organisation = k
        holder = _role_holder(doc, result, r)
        if holder is None and not _refers_to_post(doc, r):
            continue
        head_token = doc[r["head"]]
        mention = Mention(
            doc_id=b.document.id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            type=KG.Person,
            sentence=b.sentence_index(span.start_char),
            method="role",
            confidence=CONFIDENCE["role"],
            is_role=True,
            token_start=span.start,
            token_end=span.end,
            head=head_token.lower_,
        )
        result.mentions.append(mention)
        result.roles.append(RoleLink(len(result.mentions) - 1, role, holder, organisation))


def _starts_clause(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the name ending at token ``i`` opens its clause (after a line start, "the" or a comma)."""
    k = i
    while k > 0 and doc[k - 1].is_title and not doc[k - 1].is_sent_start:
        k -= 1
    return (
        k == 0 or doc[k].is_sent_start or doc[k - 1].is_space or doc[k - 1].lower_ in ("the", ",")
    )


def _role_holder(doc, result: MentionSet, r: dict) -> int | None:  # type: ignore[no-untyped-def]
    """The person a role phrase names: "health secretary Wes Streeting", "Alan Johnson, the health secretary"."""
    start, end = r["start"], r["end"]
    # right after: "chair Dr Katie Bramall", "Chief Executive, Amanda Pritchard"
    k = end
    while k < len(doc) and (doc[k].text in (",",) or doc[k].lower_.rstrip(".") in HONORIFICS):
        k += 1
    if k < len(doc) and k - end <= 2:
        found = _mention_at(result, k, (KG.Person,))
        if found is not None and result.mentions[found].token_start >= end:
            return found
    # right before, as an apposition: "Alan Johnson, the health secretary"
    k = start - 1
    while k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    if k >= 1 and doc[k].text == ",":
        k -= 1
        while (
            k > 0 and doc[k].is_upper and len(doc[k].text) <= 4
        ):  # "Victoria Atkins MP, Secretary of State"
            k -= 1
        found = _mention_at(result, k, (KG.Person,))
        if found is not None:
            return found
    # "Victoria Atkins MP, Secretary of State ..." -- a person just before a short title
    if start >= 1:
        found = _mention_at(result, start - 1, (KG.Person,))
        if found is not None and result.mentions[found].token_end == start:
            return found
    # "X will be taking over as Transition CEO of NHSE" / "confirmed as the new chair of NHSE"
    head = doc[r["head"]]
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "as":
        verb = governor.head
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return _mention_at(result, subjects[0].i, (KG.Person,))
            if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head is not verb:
                verb = verb.head
            else:
                break
    if head.dep_ == "attr":
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
        if subjects:
            return _mention_at(result, subjects[0].i, (KG.Person,))
    # "X was appointed chair of Y", "Y elected X its president"
    if head.dep_ == "oprd":
        for dep in ("nsubjpass", "dobj"):
            subjects = [c for c in head.head.children if c.dep_ == dep]
            if subjects:
                return _mention_at(result, subjects[0].i, (KG.Person,))
    return None


def _refers_to_post(doc, r: dict) -> bool:  # type: ignore[no-untyped-def]
    """A definite role phrase on its own ("the health secretary said") refers to whoever holds the post."""
    start = r["start"]
    if start > 0 and doc[start - 1].lower_ in ("the", "your", "our"):
        return True
    head = doc[r["head"]]
    if head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "poss"):
        return any(t.is_title for t in doc[start : r["end"]])
    return False
