"""A surname of several words that the model reads as a place or a body ("von der Leyen" after
"Ursula von der Leyen") is the person's.

A name is shortened to its surname after its first mention, and surnames with particles or of
two words ("von der Leyen", "Little Pengelly") do not look like a person's name alone: the
model may read them as a place or an organisation. Where the article names a person whose
name ends in those words, they are that person's surname.

Example: in "Ursula von der Leyen said ... MEPs voted against von der Leyen", the second "von
der Leyen" is a person, not a place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.mentions.candidates import Candidate
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["surnames_read_as_other_names"]


def surnames_read_as_other_names(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The model's places and organisations of two or more words that are the last words of a
    longer person's name in the article, typed as persons."""
    people = [
        tuple(t.lower_ for t in c.span)
        for c in candidates
        if c.type == KG.Person and len(c.span) > 2
    ]
    tails = {name[i:] for name in people for i in range(1, len(name) - 1)}
    return [
        replace(c, type=KG.Person)
        if c.method == "ner"
        and core_class(c.type) in (KG.Place, KG.Organisation)
        and len(c.span) > 1
        and tuple(t.lower_ for t in c.span) in tails
        else c
        for c in candidates
    ]
