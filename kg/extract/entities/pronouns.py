"""Pronouns: he/she → the most recent person of fitting gender (a subject pronoun prefers the
person who was the subject before), it/its → the most recent organisation nearby, they/their →
an organisation in the same sentence.

Pronouns are a closed grammatical set and stay here; the honorifics that tell a person's
gender ("Mr", "Dame") are in the lexicon (``lex:honorific`` of ``lex:male``, ``lex:female``).

Example: "Mr Streeting wrote to Dr Bramall. He said ..." resolves "He" to Mr Streeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import tokens_of
from kg.model import Document
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["resolve_pronouns", "genders", "MALE", "FEMALE", "NEUTER", "PLURAL"]

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})


def resolve_pronouns(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> None:
    """he/she -> the most recent person; it/its -> the most recent organisation nearby."""
    people: list[tuple[int, str]] = []
    organisations: list[tuple[int, int, str]] = []
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if key is None:
            continue
        cls = core_class(resolved.by_key[key].type)
        if cls == KG.Person:
            people.append((m.token_start, key))
        elif cls == KG.Organisation and not m.is_role:
            organisations.append((m.token_start, m.sentence, key))
    people.sort()
    organisations.sort()
    gender = genders(resolved, lexicon)
    # people who were the subject of a clause, in order: a subject pronoun prefers them
    # ("He moved to ensure Dr Bramall ... And he concluded": he is still the first "He")
    subjects: list[tuple[int, str]] = []
    person_at = {start: key for start, key in people}
    for token in tokens_of(spacy_doc):
        lower = token.lower_
        if token.dep_ == "nsubj" and token.pos_ == "PROPN":
            key = person_at.get(token.left_edge.i) or person_at.get(token.i)
            if key is not None:
                subjects.append((token.i, key))
        if token.pos_ != "PRON" and lower not in ("his", "her", "its"):
            continue
        if lower in MALE or lower in FEMALE:
            found = _person(token, people, subjects, gender)
            if found is not None:
                resolved.pronouns[token.i] = found
                if token.dep_ == "nsubj":
                    subjects.append((token.i, found))
        elif lower in NEUTER or lower in PLURAL:
            found = _organisation(token, organisations)
            if found is not None:
                resolved.pronouns[token.i] = found


def _person(
    token: Token,
    people: list[tuple[int, str]],
    subjects: list[tuple[int, str]],
    gender: dict[str, str],
) -> str | None:
    """The person a he/she pronoun points to: the last one before it whose gender fits; for a
    subject pronoun, the last subject of fitting gender in the 80 tokens before it."""
    wrong = "female" if token.lower_ in MALE else "male"
    before = [key for start, key in people if start < token.i and gender.get(key) != wrong]
    if token.dep_ == "nsubj":
        recent = [
            key for at, key in subjects if token.i - 80 < at < token.i and gender.get(key) != wrong
        ]
        if recent:
            before = recent
    return before[-1] if before else None


def _organisation(token: Token, organisations: list[tuple[int, int, str]]) -> str | None:
    """it/its: an organisation nearby (up to 60 tokens before its sentence); they/them/their:
    one in the same sentence only."""
    sentence_start = token.sent.start
    reach = 60 if token.lower_ in NEUTER else 0
    before = [
        key
        for start, _s, key in organisations
        if start < token.i and start >= sentence_start - reach
    ]
    return before[-1] if before else None


def genders(resolved: ResolvedDocument, lexicon: Lexicon) -> dict[str, str]:
    """The gender ("male", "female") of people named with a gendered honorific (Mr, Ms, Sir,
    Dame ...)."""
    gendered = lexicon.honorific_genders
    found: dict[str, str] = {}
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        first = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
        if key is not None and first in gendered:
            found.setdefault(key, gendered[first])
    return found
