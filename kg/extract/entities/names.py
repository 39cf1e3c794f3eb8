"""The words of a name as resolution compares them.

Example:
    >>> name_words("Dr Katie Bramall")
    ('Katie', 'Bramall')
    >>> surname_words(("Ursula", "von", "der", "Leyen"))
    ('von', 'der', 'Leyen')
    >>> clean(" ‘the plan’, ")
    'the plan'
"""

from __future__ import annotations

import functools

from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import QUOTES

__all__ = ["name_words", "surname_words", "clean"]


@functools.lru_cache(maxsize=65536)
def name_words(text: str) -> tuple[str, ...]:
    """The words of a name without a leading honorific (``lex:honorific``), apostrophes made
    plain."""
    words = text.replace("’", "'").split()
    honorifics = load_lexicon().honorifics
    while words and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return tuple(words)


def surname_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The surname of a person's name: its last word, or the words from a particle that starts a
    surname of several words (``lex:surnameParticle``: "von der Leyen") to the end."""
    particles = load_lexicon().surname_particles
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in particles:
            return words[i:]
    return words[-1:]


def clean(text: str) -> str:
    """A name as written, on one line, without quotes or trailing punctuation; double quotation
    marks inside it are the writer's, no part of the name.

    >>> clean("the “shared care” deal,")
    'the shared care deal'
    """
    text = " ".join(text.split()).strip(QUOTES + " ,.;:")
    if any(mark in text for mark in _DOUBLE_QUOTES):
        text = " ".join(text.translate(_NO_DOUBLE_QUOTES).split())
    return text


_DOUBLE_QUOTES = '“”"„'
_NO_DOUBLE_QUOTES = str.maketrans("", "", _DOUBLE_QUOTES)
