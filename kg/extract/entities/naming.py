"""An entity from its mentions: its class, its canonical name and its other names.

The gazetteer's name wins; then, for a person, the longest name ("Dr Katie Bramall" gives
"Katie Bramall"); for anything else, the long form of an acronym, else the name of the most
trusted method (``resolve`` column of :data:`~kg.extract.mentions.methods.METHODS`), the most
frequent, the shortest.

Example: mentions "British Medical Association" (acronym) and "BMA" (acronym) give the
entity labelled "British Medical Association" with alias "BMA".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.entities.names import clean, name_words
from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import METHODS
from kg.extract.mentions.described_names import without_describing_words
from kg.extract.parse import tokens_of
from kg.model import Document, Entity, Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["make_entity", "add_head_names", "resolve_rank"]


def resolve_rank(method: str) -> int:
    """How far a mention found by ``method`` may name its entity (higher first)."""
    return METHODS[method].resolve if method in METHODS else 0


def make_entity(
    doc_id: str,
    number: int,
    members: Sequence[Mention],
    anchors: Sequence[Mention],
    gazetteer: Mapping[str, GazetteerEntry],
) -> Entity:
    """The entity ``doc_id#number`` of a group of mentions, named and typed by its ``anchors``."""
    best = max(anchors, key=lambda m: (resolve_rank(m.method), m.confidence, -m.start))
    type_ = best.type
    if any(core_class(m.type) == KG.Person for m in anchors) and core_class(type_) != KG.Person:
        ner_people = [
            m
            for m in anchors
            if core_class(m.type) == KG.Person and m.method in ("ner", "honorific", "gazetteer")
        ]
        if ner_people and best.method not in ("gazetteer", "acronym"):
            type_ = KG.Person
    gazetteer_ids = sorted({m.gazetteer_id for m in members if m.gazetteer_id})
    label = None
    if gazetteer_ids and gazetteer_ids[0] in gazetteer:
        entry = gazetteer[gazetteer_ids[0]]
        label = entry.label
        listed = [m for m in members if m.gazetteer_id == entry.id]
        if any(core_class(m.type) == core_class(entry.type) for m in listed):
            type_ = entry.type  # unless a pass retyped them all (a body still to be created)
    if label is None:
        label = _choose_label(anchors, type_)
    names = {clean(m.text) for m in members if clean(m.text)}
    names |= {form for name in names | {label} for form in _bracket_forms(name)}
    aliases = sorted(names - {label})
    return Entity(
        key=f"{doc_id}#{number}",
        label=label,
        type=type_,
        aliases=tuple(aliases),
        mentions=tuple(sorted(members, key=lambda m: (m.start, m.end))),
        gazetteer_id=gazetteer_ids[0] if gazetteer_ids else None,
    )


#: a name with a bracketed short form inside it: "University and College Union's (UCU) higher
#: education committee"
_INNER_BRACKETS = re.compile(
    r"^(?P<long>[^()]+?)(?:['’]s)? \((?P<short>[^()]+)\) (?P<rest>[^()]+)$"
)


def _bracket_forms(name: str) -> tuple[str, ...]:
    """The forms a name with a bracketed short form inside it is written in without the
    brackets: "University and College Union (UCU) higher education committee" is also the
    "UCU higher education committee" and the "University and College Union higher
    education committee".

    >>> _bracket_forms("Guild of Pilots (GoP) pay committee")
    ('GoP pay committee', 'Guild of Pilots pay committee')
    """
    found = _INNER_BRACKETS.match(name)
    if found is None:
        return ()
    return (f"{found['short']} {found['rest']}", f"{found['long']} {found['rest']}")


def _choose_label(anchors: Sequence[Mention], type_: URIRef) -> str:
    label = _plain_label(anchors, type_)
    if core_class(type_) == KG.Organisation and any(m.method == "noun-phrase" for m in anchors):
        label = re.sub(r"['’]s\b", "", label)  # "the GPCE's executive" is the "GPCE executive"
    return label


def _plain_label(anchors: Sequence[Mention], type_: URIRef) -> str:
    if core_class(type_) == KG.Person:
        names = [" ".join(name_words(clean(m.text))) for m in anchors]
        return max(names, key=lambda s: (len(s.split()), len(s), s))
    acronym_long = [m for m in anchors if m.method == "acronym" and " " in m.text.strip()]
    if acronym_long:
        return clean(acronym_long[0].text)
    # a description names a thing less well than a name or noun phrase; an event is named
    # better even by a description ("the meeting") than by the verb that tells of it ("met")
    order = ("description", "verb") if core_class(type_) == KG.Event else ("description",)
    named = [m for m in anchors if m.method not in order]
    for method in order:
        named = named or [m for m in anchors if m.method == method]
    counts = Counter(clean(m.text) for m in named)
    ranked = sorted(
        counts,
        key=lambda t: (
            -max(resolve_rank(m.method) for m in anchors if clean(m.text) == t),
            -counts[t],
            all(m.sentence == 0 for m in anchors if clean(m.text) == t),  # headlines abridge
            len(t),
            t,
        ),
    )
    best = ranked[0]
    event = core_class(type_) == KG.Event
    # a sentence's first word is capitalised: "Talks resumed" names talks by a common noun
    if " " not in best and (best.islower() or event and best[1:].islower()):
        # a bare common noun says little: "motion of no confidence" rather than "motion"
        longer = sorted(
            (t for t in {clean(m.text) for m in anchors} if t.startswith(best + " ")),
            key=lambda t: (len(t), t),
        )
        if longer:
            best = longer[0]
    return _all_sides(best, {clean(m.text) for m in anchors}) if event else best


def _all_sides(best: str, names: set[str]) -> str:
    """An event named with the first of the sides joined by "and" is named with them all:
    "talks between the union and the council", not "talks between the union" (a phrase the
    noun-phrase pass may end at the first side)."""
    longer = sorted((t for t in names if t.startswith(best + " and ")), key=lambda t: (len(t), t))
    return longer[0] if longer else best


def add_head_names(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> None:
    """A proposal or event named with words that only describe it ("a mischievous campaign",
    "the promised talks") is also called by its head noun alone ("campaign", "talks")."""
    tokens = tokens_of(spacy_doc)
    for index, entity in enumerate(resolved.entities):
        if core_class(entity.type) not in (KG.Proposal, KG.Event):
            continue
        extra = set()
        for m in entity.mentions:
            if m.method not in ("noun-phrase", "description") or m.token_end - m.token_start < 2:
                continue
            head = tokens[m.token_end - 1]
            modifiers = [t for t in tokens[m.token_start : m.token_end - 1] if not t.is_punct]
            if (
                head.lemma_.lower() == m.head
                and modifiers
                and all(
                    t.pos_ in ("ADJ", "ADV") and t.dep_ in ("amod", "advmod") for t in modifiers
                )
            ):
                extra.add(head.text)
            for name in (
                _title_after_adjectives(tokens[m.token_start : m.token_end]),
                without_describing_words(tokens[m.token_start : m.token_end], lexicon),
                None  # "a 3% pay rise": a rise is told by its amount
                if m.head in lexicon.quantity_head_nouns
                else _after_its_amount(tokens[m.token_start : m.token_end]),
            ):  # "Basic Payment Scheme" of "old Basic ...", "obesity strategy" of "whole ..."
                if name:
                    extra.add(name)
        extra -= {entity.label, *entity.aliases}
        if extra:
            updated = replace(entity, aliases=tuple(sorted({*entity.aliases, *extra})))
            resolved.entities[index] = updated
            resolved.by_key[entity.key] = updated


#: words of an amount before a name: "€10.4-billion", "£500m", "a 5 per cent"
_AMOUNT_WORDS = frozenset({"-", "billion", "million", "bn", "m", "per", "cent", "%", "a", "an"})


def _after_its_amount(words: Sequence[Token]) -> str | None:
    """The name after the amount it opens with, when three words or more are left, a name of
    its own: "recovery and resilience plan" of "€10.4-billion recovery and resilience plan";
    not "additional uplift" of "a 7.4% additional uplift" (the amount tells it from others)."""
    k = 0
    while k < len(words) and (
        words[k].like_num or words[k].is_currency or words[k].lower_ in _AMOUNT_WORDS
    ):
        k += 1
    if k == 0 or not any(w.like_num for w in words[:k]) or len(words) - k < 3:
        return None
    return clean(" ".join(w.text for w in words[k:]))


def _title_after_adjectives(words: Sequence[Token]) -> str | None:
    """The capitalised name after the lower-case adjectives that open a phrase: "Basic Payment
    Scheme" of "old Basic Payment Scheme", the name the article's readers know."""
    k = 0
    while k < len(words) and words[k].is_lower and words[k].pos_ in ("ADJ", "VERB", "ADV"):
        k += 1
    rest = words[k:]
    if k == 0 or len(rest) < 2 or not all(t.is_title or t.is_upper for t in rest):
        return None
    return "".join(t.text_with_ws for t in rest).strip()
