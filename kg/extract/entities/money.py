"""Sums of money named in a phrase, so that two names of one funding package can be matched.

Example:
    >>> money_amount("£500 million investment") == money_amount("half-a-billion-pound package")
    True
"""

from __future__ import annotations

import re

__all__ = ["money_amount"]

_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "trillion": 1e12,
}
_NUMBER_WORDS = {
    "half": 0.5,
    "quarter": 0.25,
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
}
_DIGITS = re.compile(
    r"[£$€]\s*(\d[\d,]*(?:\.\d+)?)\s*-?\s*(k|m|mn|bn|thousand|million|billion|trillion)?\b"
)
_WORDS = re.compile(
    r"\b(half|quarter|one|a|two|three|four|five|ten)[\s-]+(?:a[\s-]+)?(thousand|million|billion|trillion)[\s-]+pounds?\b"
)


def money_amount(text: str) -> float | None:
    """The sum of money a phrase names, in units: "£500m" and "half-a-billion-pound" give 5e8.

    >>> money_amount("£500 million investment") == money_amount("half-a-billion-pound package")
    True
    """
    lowered = text.lower().replace("’", "'")
    match = _DIGITS.search(lowered)
    if match:
        value = float(match.group(1).replace(",", ""))
        return value * _MULTIPLIERS.get(match.group(2) or "", 1)
    match = _WORDS.search(lowered)
    if match:
        return _NUMBER_WORDS[match.group(1)] * _MULTIPLIERS[match.group(2)]
    return None
