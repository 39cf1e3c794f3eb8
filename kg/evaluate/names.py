"""Names as the evaluation compares them (see the matching rules in :mod:`kg.evaluate`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["name_variants", "names_of", "normalise_name", "sentence_with", "surname"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "′": "'"})
_LEADING_WORDS = frozenset({"the", "a", "an", "your", "its", "their", "this", "his", "her", "our"})
_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame professor prof lord lady baroness councillor cllr rev".split()
)
_DROPPABLE = _LEADING_WORDS | _HONORIFICS
_EDGE_PUNCTUATION = " \t\n.,;:!?'\"“”«»"
_BRACKETED = re.compile(r"^(?P<outer>.*\S)\s*\((?P<inner>[^()]+)\)\s*$")


def normalise_name(name: str) -> str:
    """The form in which names are compared.

    Example:
        >>> normalise_name("the BMA’s"), normalise_name("Dr. Katie Bramall")
        ('bma', 'katie bramall')
    """
    text = " ".join(name.translate(_APOSTROPHES).casefold().split())
    text = text.strip(_EDGE_PUNCTUATION)
    words = text.split(" ")
    while len(words) > 1 and words[0].rstrip(".") in _DROPPABLE:
        words = words[1:]
    text = " ".join(words).rstrip(_EDGE_PUNCTUATION.replace("'", ""))
    if text.endswith("'s") and len(text) > 2:
        text = text[:-2]
    text = text.strip(_EDGE_PUNCTUATION)
    return text or " ".join(name.casefold().split())


def name_variants(name: str) -> tuple[str, ...]:
    """The normalised names a name stands for: ``"NHS England (NHSE)"`` is two."""
    match = _BRACKETED.match(name)
    parts = [match["outer"], match["inner"]] if match else [name]
    return tuple(dict.fromkeys(n for n in (normalise_name(p) for p in parts) if n))


def names_of(names: Iterable[str]) -> frozenset[str]:
    """Every normalised name that ``names`` stand for."""
    return frozenset(v for name in names for v in name_variants(name))


def surname(name: str) -> str:
    """The last word of a name's first normalised form ("Dr Katie Bramall" → "bramall")."""
    variants = name_variants(name)
    return variants[0].split(" ")[-1] if variants else ""


_BREAK_AFTER = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][’”\"'])\s+")


def sentence_with(text: str, names: Iterable[str]) -> str:
    """The first sentence of ``text`` naming any of ``names`` (case-insensitively), or ''."""
    folded = text.translate(_APOSTROPHES)
    positions = []
    for name in names:
        needle = name.translate(_APOSTROPHES).strip()
        if needle:
            found = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", folded, re.IGNORECASE)
            if found:
                positions.append(found.start())
    if not positions:
        return ""
    at = min(positions)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    start = line_start
    for match in _BREAK_AFTER.finditer(text, line_start, line_end):
        if match.start() >= at:
            return text[start : match.start()].strip()
        start = match.end()
    return text[start:line_end].strip()
