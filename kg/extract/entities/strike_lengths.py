"""Strikes of different lengths (parts27): "a 48-hour strike in July ... 24 hour strike action
planned for October" are two strikes, and "three days of industrial action" is not "three
one-day strikes".

News tells a strike's length in its name, by a number and a noun of time (``lex:lengthNoun``:
"48-hour strike", "three days of action", "strike action for 24 hours"); a strike of one length
is not a strike of another. :func:`~kg.extract.entities.phrase_passes.one_collective_action`
joins one striker's action by :func:`by_length`: the names told with no length join the strike
whose length the story tells first, the one it is about; a description ("the strikes") is left
to its antecedent.
"""

from __future__ import annotations

from kg.extract.entities.sieve_base import Sieve
from kg.model import Mention

__all__ = ["by_length"]


def by_length(sieve: Sieve, members: list[int]) -> list[list[int]]:
    """The mentions ``members`` of one striker's action in groups of one length each: one group
    when at most one length is told, else one a length, the names told with none in the group
    of the length told first (descriptions in none)."""
    mentions = sieve.mentions
    lengths = {k: _length(sieve, mentions[k]) for k in members}
    told: list[tuple[str, str]] = []
    for k in sorted(members, key=lambda k: mentions[k].start):
        length = lengths[k]
        if length is not None and length not in told:
            told.append(length)
    if len(told) < 2:
        return [members]
    groups: dict[tuple[str, str], list[int]] = {length: [] for length in told}
    for k in members:
        length = lengths[k]
        if length is None and k in sieve.found.descriptions:
            continue  # "the strikes": its antecedent says which (``descriptions_to_antecedents``)
        groups[length or told[0]].append(k)
    return list(groups.values())


def _length(sieve: Sieve, m: Mention) -> tuple[str, str] | None:
    """The number and noun of time a mention's words tell its length by ("48-hour" → ("48",
    "hour"), "three days of" → ("three", "day")), or None."""
    tokens = sieve.tokens
    if not tokens or m.token_start < 0:
        return None
    nouns = sieve.lexicon.length_nouns
    for i in range(m.token_start, m.token_end):
        unit = tokens[i]
        if unit.lemma_.lower() not in nouns and unit.lower_.rstrip("s") not in nouns:
            continue
        j = i - 1
        while j >= m.token_start and tokens[j].text == "-":
            j -= 1
        if j >= m.token_start and tokens[j].like_num:
            return tokens[j].lower_, unit.lower_.rstrip("s")
    return None
