"""Dates and figures said of an event, kept on the event's entity (``Entity.details``).

Example: "A referendum ... concluded yesterday with 98.9% voting to reject" gives the
referendum ``("date", "yesterday")`` and ``("figure", "98.9%")``; "collective action starting
as early as 1 April" gives ``("date", "1 April")``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import ents_of, tokens_of
from kg.model import Document
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["add_event_details", "DETAIL_LABELS"]

DETAIL_LABELS = {"DATE": "date", "TIME": "date", "PERCENT": "figure", "MONEY": "figure"}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_MONTH = re.compile(
    rf"\b(?:\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?|(?:{_MONTHS}) \d{{1,2}}(?:, \d{{4}})?)\b"
)


def add_event_details(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> None:
    """Give each event the dates and figures of its phrase and of the clause it is subject
    or object of (not those of another event inside it: "in today's GPCE meeting")."""
    labelled, spans = _details(spacy_doc, document.text)
    if not labelled:
        return
    tokens = tokens_of(spacy_doc)
    event_tokens = _event_tokens(resolved, tokens)
    for index, entity in enumerate(resolved.entities):
        if core_class(entity.type) != KG.Event:
            continue
        found: set[tuple[str, str]] = set()
        for m in entity.mentions:
            if m.is_role or m.token_end <= m.token_start:
                continue
            head = tokens[m.token_end - 1]
            scope = [t for t in head.subtree if not m.token_start <= t.i < m.token_end]
            verb = head.head
            if head.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
                for child in verb.children:
                    if child.dep_ in ("npadvmod", "prep", "advmod", "tmod", "obl"):
                        scope.extend(child.subtree)
            for token in scope:
                other = event_tokens.get(token.i)
                if other is not None and resolved.mention_entity[other] != entity.key:
                    continue  # "in today's GPCE meeting": the date of another event
                if token.i in spans:
                    found.add((labelled[token.i], spans[token.i]))
        if found:
            updated = replace(entity, details=tuple(sorted(found)))
            resolved.entities[index] = updated
            resolved.by_key[entity.key] = updated


def _details(spacy_doc: Doc, text: str) -> tuple[dict[int, str], dict[int, str]]:
    """Where each date or figure starts: its kind ("date", "figure") and its words; with the
    dates the model misses ("1 April"), joined to a date phrase around them ("as early as")."""
    tokens = tokens_of(spacy_doc)
    labelled = {t.i: DETAIL_LABELS[t.ent_type_] for t in tokens if t.ent_type_ in DETAIL_LABELS}
    spans = {ent.start: ent.text for ent in ents_of(spacy_doc) if ent.label_ in DETAIL_LABELS}
    ends = {ent.start: ent.end for ent in ents_of(spacy_doc) if ent.label_ in DETAIL_LABELS}
    for match in _DAY_MONTH.finditer(text):
        span = spacy_doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        start, end = span.start, span.end
        for ent_start, ent_end in list(ends.items()):
            if ent_start <= end and start <= ent_end and labelled.get(ent_start) == "date":
                start, end = min(start, ent_start), max(end, ent_end)
                spans.pop(ent_start, None)
                ends.pop(ent_start, None)
        labelled[start] = "date"
        spans[start] = spacy_doc[start:end].text
        ends[start] = end
    return labelled, spans


def _event_tokens(resolved: ResolvedDocument, tokens: list[Token]) -> dict[int, int]:
    """The words of each event phrase, with what modifies it ("today's GPCE meeting"): token →
    mention index."""
    event_tokens: dict[int, int] = {}
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if key is None or m.token_end <= m.token_start:
            continue
        if core_class(resolved.by_key[key].type) != KG.Event:
            continue
        # a head's subtree spans its left edge to its right edge (projective parses)
        head = tokens[m.token_end - 1]
        for t in range(head.left_edge.i, head.right_edge.i + 1):
            event_tokens[t] = k
    return event_tokens
