"""Listed names whose shared last word is written once, after coordinated first words.

English leaves out the repeated head of coordinated names and writes it once, in the
plural: "the UK and Scottish governments" names the UK Government and the Scottish
Government; "the Welsh, Scottish and Northern Ireland executives" three bodies. Each first
word (or run of capitalised words) with the head makes a listed name; the first ones are
mentions on their own ("UK" names the government here, not the country), the last one takes
the head with it.

Example: in "Teachers wrote to the UK and Scottish governments." the listed names are
"UK" (the UK Government) and "Scottish governments" (the Scottish Government).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.gazetteer import GazetteerEntry, read_once_per_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ElidedName", "elided_names", "listed_names_index"]

#: words that join the coordinated first words
_JOINERS = frozenset({"and", "or", "&"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: at most this many capitalised words in one conjunct ("Northern Ireland")
_LONGEST_CONJUNCT = 3


@dataclass(frozen=True)
class ElidedName:
    """A listed entry named by a conjunct (``span``), its head written once after the last."""

    span: Span
    entry: GazetteerEntry


def elided_names(
    doc: Doc, gazetteer: Mapping[str, GazetteerEntry], tokens: Sequence[Token] | None = None
) -> list[ElidedName]:
    """The listed names of every plural head after coordinated capitalised words, when each
    conjunct with the head (as written, or in the singular) is a listed name; ``tokens`` are
    the doc's tokens, when the caller has them in a list."""
    found: list[ElidedName] = []
    for head in doc if tokens is None else tokens:
        if head.i < 3 or head.tag_ not in _PLURAL_TAGS or not _capitalised(doc[head.i - 1]):
            continue
        conjuncts = _conjuncts_before(doc, head)
        if not conjuncts:
            continue
        head_words = _singular_and_plural(head)
        wanted = {_name(c, word) for c in conjuncts for word in head_words}
        listed = _entries_named(gazetteer, wanted)
        entries = [
            entry
            for c in conjuncts
            if (entry := _first(listed, (_name(c, word) for word in head_words))) is not None
        ]
        if len(entries) < len(conjuncts):
            continue  # "the Welsh and Scottish farmers": not every pair is a name
        for k, (conjunct, entry) in enumerate(zip(conjuncts, entries, strict=True)):
            span = doc[conjunct.start : head.i + 1] if k == len(conjuncts) - 1 else conjunct
            found.append(ElidedName(span, entry))
    return found


def _singular_and_plural(head: Token) -> tuple[str, ...]:
    """The head as written and in the singular ("Governments", "Government")."""
    singular = head.text[:-1] if head.lower_.endswith("s") else head.lemma_
    return tuple(dict.fromkeys((head.text, head.lemma_, singular)))


def _name(conjunct: Span, head_word: str) -> str:
    return f"{conjunct.text} {head_word}".lower()


def _first(listed: Mapping[str, GazetteerEntry], names: Iterable[str]) -> GazetteerEntry | None:
    return next((listed[name] for name in names if name in listed), None)


def _conjuncts_before(doc: Doc, head: Token) -> list[Span]:
    """The runs of capitalised words before ``head`` joined by commas and "and"/"or"
    ("UK", "Scottish" of "the UK and Scottish governments"), first to last; [] unless there
    are two or more and a joining word."""
    conjuncts: list[Span] = []
    end, joined = head.i, False
    while True:
        start = end
        while start > 0 and end - start < _LONGEST_CONJUNCT and _capitalised(doc[start - 1]):
            start -= 1
        if start == end:
            return []
        conjuncts.insert(0, doc[start:end])
        k = start - 1
        if k >= 0 and doc[k].lower_ in _JOINERS:
            joined = True
            k -= 1
            if k >= 0 and doc[k].text == ",":  # "Welsh, Scottish, and Irish"
                k -= 1
        elif k >= 0 and doc[k].text == "," and len(conjuncts) > 1:
            k -= 1  # "Welsh, Scottish and Irish": a comma between earlier conjuncts
        else:
            break
        end = k + 1
    return conjuncts if joined and len(conjuncts) >= 2 else []


def _capitalised(token: Token) -> bool:
    """A word of a name: capitalised, no stop word at the start of a sentence ("The")."""
    return token.is_alpha and (token.is_title or token.is_upper) and not token.is_stop


def _entries_named(
    gazetteer: Mapping[str, GazetteerEntry], wanted: Iterable[str]
) -> dict[str, GazetteerEntry]:
    """The entries whose names (lower-cased) are among ``wanted``."""
    names = listed_names_index(gazetteer)
    return {name: names[name] for name in wanted if name in names}


@read_once_per_gazetteer
def listed_names_index(gazetteer: Mapping[str, GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """Every name of the gazetteer, lower-cased, with its entry."""
    return {name.lower(): entry for entry in gazetteer.values() for name in entry.names}
