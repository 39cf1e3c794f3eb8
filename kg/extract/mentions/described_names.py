"""Names said with a description before them: "the whole obesity strategy", "the
newly-announced Major Conditions Strategy", "ambitious reform commitments" are also called
"obesity strategy", "Major Conditions Strategy", "reform commitments".

A proposal's name is its head with the nouns and names that classify it ("obesity strategy");
words in lower case that only describe it, an adjective or participle hung on the head, with
an adverb of its own ("whole", "ambitious", "newly-announced", "much-derided"), may stand
before that name in one sentence and not in the next, and a reader names the thing without
them: the phrase from its first noun or name on is another name of the same thing (an alias
given after resolution, :func:`~kg.extract.entities.naming.add_head_names`, so it merges
nothing and the label keeps the words the article wrote). An adjective of a noun before the
head classifies that noun and is part of the name ("mental" of "mental health reforms",
"public" of "public sector pay deal"); a word that marks a version ("a new GMS contract" is
another contract than "the GMS contract": ``lex:versionWord``, ``lex:priorVersionWord``), an
ordinal ("a second compromise proposal") or a capitalised word ("Scottish" of "the Scottish
Government plan") is never left out.

Example: "the whole obesity strategy" is also "obesity strategy".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["without_describing_words"]

_DESCRIBING = frozenset({"ADJ", "VERB"})  # "whole", "proposed"; "newly-announced" with "newly"


def without_describing_words(words: Sequence[Token], lexicon: Lexicon) -> str | None:
    """The phrase ``words`` (its head last) from its first noun or name on, when only
    describing words in lower case stand before that noun (see the module), else None."""
    if len(words) < 3:
        return None
    head = words[-1]
    k = 0
    while k < len(words) - 1 and _describes(words[k], head, lexicon):
        k += 1
    if k == 0 or k >= len(words) - 1 or words[k].pos_ not in ("NOUN", "PROPN"):
        return None
    return "".join(t.text_with_ws for t in words[k:]).strip()


def _describes(word: Token, head: Token, lexicon: Lexicon) -> bool:
    """A word in lower case that describes the head itself and marks no version or order (an
    adjective or participle hung on the head, or an adverb or hyphen inside one:
    "newly-announced"), not one that classifies a noun before the head."""
    if word.text == "-" and not word.whitespace_:
        return True
    if not word.is_lower or word.ent_type_ or word.lower_ in lexicon.version_words:
        return False
    if word.lower_ in lexicon.prior_version_words:
        return False
    if word.pos_ == "ADV":
        word = word.head  # "newly" of "newly-announced", "much" of "much-derided"
    return word.pos_ in _DESCRIBING and word.dep_ == "amod" and word.head.i == head.i
