"""Sieve pass: one branch named with either name of its parent ("Royal College of Nursing
Wales" ... "RCN Wales").

News names a branch or body of an organisation by the organisation's name and what sets the
branch apart (a nation, a body's word), and, once the organisation's acronym is given, by the
acronym and the same words. Two such names are one branch when their first words are two
names of one organisation (one gazetteer entry, or an acronym and its expansion) and the rest
is the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.mentions import normalise_name
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from kg.extract.entities.sieve_base import Sieve

__all__ = ["branches_by_their_parents_names"]


def branches_by_their_parents_names(sieve: Sieve) -> None:
    """Organisations' names that are a name of one parent and the same words after it are one
    ("Royal College of Nursing Wales" and "RCN Wales", where "RCN" and "Royal College of
    Nursing" are one entry or defined as one); the parent alone is never joined to them."""
    mentions = sieve.mentions
    parents = _parent_names(sieve)
    first: dict[tuple[int, str], int] = {}
    for k in sieve.named:
        m = mentions[k]
        if core_class(m.type) != KG.Organisation:
            continue
        words = normalise_name(m.text).split()
        for cut in range(1, len(words)):
            parent = parents.get(" ".join(words[:cut]))
            if parent is not None:
                sieve.union(first.setdefault((parent, " ".join(words[cut:])), k), k)
                break


def _parent_names(sieve: Sieve) -> dict[str, int]:
    """Normalised organisation names → one number per organisation: the names of one gazetteer
    entry an article names (all it lists), or names linked at the mention stage (an acronym and
    its expansion), share it."""
    mentions = sieve.mentions
    by_entry: dict[str, int] = {}
    names: dict[str, int] = {}
    for k in sieve.named:
        m = mentions[k]
        if core_class(m.type) == KG.Organisation and m.gazetteer_id:
            group = by_entry.setdefault(m.gazetteer_id, k)
            entry = sieve.gazetteer.get(m.gazetteer_id)
            for name in (m.text, *(entry.names if entry is not None else ())):
                names[normalise_name(name)] = group
    for a, b in sieve.found.same_as:
        ma, mb = mentions[a], mentions[b]
        if core_class(ma.type) == KG.Organisation == core_class(mb.type):
            name_a, name_b = normalise_name(ma.text), normalise_name(mb.text)
            group = names.get(name_a, names.get(name_b, a))
            names[name_a] = names[name_b] = group
    return names
