"""Names of collective action written as one hyphenated word: "a work-to-rule", "a
go-slow", "a work-to-rule action".

The tokenizer splits such a word at its hyphens ("work", "-", "to", "-", "rule") and the
parser reads its parts as a noun with a prepositional phrase, so no head noun of the lexicon
names it. A token pattern built from ``lex:hyphenedActionName`` finds the word whatever the
parse, with a head noun of action after it ("action", "protest") when one follows.

Example: in "Nurses began a work-to-rule on Monday.", "work-to-rule" is a collective action.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.parse import text_of
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

__all__ = ["hyphened_actions"]

#: nouns that may follow the hyphenated name as its head: "a work-to-rule action"
_HEADS = ["action", "protest", "campaign"]

_MATCHERS: dict[int, tuple[Vocab, Matcher]] = {}


def _pattern(name: str) -> list[dict[str, Any]]:
    """The tokens of a hyphenated name, its hyphens as their own tokens, and an optional head."""
    tokens: list[dict[str, Any]] = []
    for k, part in enumerate(name.split("-")):
        if k:
            tokens.append({"ORTH": "-"})
        tokens.append({"LOWER": part})
    return [*tokens, {"LOWER": {"IN": _HEADS}, "OP": "?"}]


def _matcher(vocab: Vocab, names: frozenset[str]) -> Matcher:
    """The matcher of the lexicon's hyphenated names for a vocabulary, made once."""
    made = _MATCHERS.get(id(vocab))
    if made is not None and made[0] is vocab:
        return made[1]
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    matcher.add("hyphened-action", [_pattern(n) for n in sorted(names)], greedy="LONGEST")
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def hyphened_actions(context: Context, earlier: Sequence[Candidate]) -> Iterator[Candidate]:
    """Each hyphenated name of collective action, one event (see the module)."""
    doc = context.doc
    names = context.lexicon.hyphened_action_names
    text = text_of(doc).lower()
    if not any(name in text for name in names):
        return  # none of the names written: nothing to match
    for _, start, end in _matcher(doc.vocab, names)(doc):
        span = doc[start:end]
        found = context.candidate(span, KG.CollectiveAction, "noun-phrase", head=span[-1].lower_)
        if found is not None:
            yield found
