"""The words of a name as resolution compares them.

Example:
    >>> name_words("Dr Katie Bramall")
    ('Katie', 'Bramall')
    >>> clean(" ‘the plan’, ")
    'the plan'
"""

from __future__ import annotations

import functools

from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import QUOTES

__all__ = ["name_words", "clean"]


@functools.lru_cache(maxsize=65536)
def name_words(text: str) -> tuple[str, ...]:
    """The words of a name without a leading honorific (``lex:honorific``), apostrophes made
    plain."""
    words = text.replace("’", "'").split()
    honorifics = load_lexicon().honorifics
    while words and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return tuple(words)


def clean(text: str) -> str:
    """A name as written, on one line, without quotes or trailing punctuation."""
    return " ".join(text.split()).strip(QUOTES + " ,.;:")
