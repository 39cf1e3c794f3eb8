"""Events told of only by how they are held: "a two-week online consultation", "scoping talks".

Such modifiers say how, by whom in general or for how long an event runs, not which event it
is; :func:`descriptive` tells them, and :func:`consultations_of_one_body` joins a described
consultation to the one consultation an article names with a body.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities.sieve_base import Sieve
    from kg.extract.lexicon import Lexicon

__all__ = ["consultations_of_one_body", "descriptive"]

#: spans of time that say how long an event runs ("a two-week consultation")
_SPANS_OF_TIME = frozenset({"day", "week", "month", "year", "hour"})


def descriptive(
    mods: Sequence[Token], lexicon: Lexicon, *, of_a_consultation: bool = False
) -> bool:
    """Modifiers that only say how an event is held: "scoping", "promised"; of a consultation
    also by whom in general and for how long ("member", "two-week"): a strike's length tells
    one strike from another ("a 24-hour strike", "a 48-hour strike"), a consultation's does
    not."""
    return all(
        t.pos_ in ("ADJ", "VERB", "ADV")
        or of_a_consultation
        and (
            t.pos_ == "NUM"
            or t.lemma_.lower() in lexicon.polled_nouns
            or t.lemma_.lower() in _SPANS_OF_TIME
        )
        for t in mods
    )


def consultations_of_one_body(sieve: Sieve) -> None:
    """A consultation only described ("the two-week online consultation") is the one a body
    is named with ("the Guild consultation") when one body's is named: a body consults its
    members once on a question."""
    mentions, tokens = sieve.mentions, sieve.tokens
    described: list[int] = []
    named: dict[str, int] = {}
    for k in sieve.phrases:
        m = mentions[k]
        if m.type != KG.Consultation:
            continue
        mods = [t for t in tokens[m.token_start : m.token_end - 1] if not t.is_punct]
        if mods and descriptive(mods, sieve.lexicon, of_a_consultation=True):
            described.append(k)
        elif mods and all(t.pos_ == "PROPN" for t in mods):
            named.setdefault(" ".join(t.lower_ for t in mods), k)
    if len(named) == 1:
        (body,) = named.values()
        for k in described:
            sieve.union(k, body)
