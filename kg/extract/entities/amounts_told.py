"""The amounts and years a proposal's names tell ("2% pay rise", "three per cent pay rise",
"2024/25 contract"): proposals that tell different ones are different proposals."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.entities.sieve_base import Sieve

__all__ = ["numbers_told", "group_numbers"]


def numbers_told(sieve: Sieve, k: int) -> set[str]:
    """The words with digits in a mention or in the longer forms that start where it does
    ("pay increase" of "a pay increase of 2%"), amounts told in words ("double-digit") and
    numbers written in words, as digits ("three per cent" → "3")."""
    m = sieve.mentions[k]
    texts = [m.text]
    for a, b in sieve.found.same_as:
        for i, j in ((a, b), (b, a)):
            if i == k and sieve.mentions[j].token_start == m.token_start:
                texts.append(sieve.mentions[j].text)
    told = sieve.lexicon.amount_words  # "double-digit": an amount told in words
    words = [w for t in texts for w in t.lower().split()]
    return (
        {w.strip(".,%£$€") for w in words if any(c.isdigit() for c in w)}
        | {part for w in words for part in w.split("-") if part in told}
        | {str(_NUMBER_WORDS.index(w)) for w in words if w in _NUMBER_WORDS}  # "three per cent"
    )


#: numbers written in words, at their value: "three per cent" is "3 per cent"
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def group_numbers(sieve: Sieve, amounts: dict[int, set[str]], k: int) -> set[str]:
    """The amounts and years the names of ``k``'s group tell, as far as this pass has joined
    it: a rise of no amount joined to "a 2% rise" is that rise, and no longer fits "a 5%
    rise"."""
    return amounts.get(sieve.links.find(k)) or numbers_told(sieve, k)
