"""A singular description of a change ("the plan", "the proposal", "an ill-conceived plan")
refers back to a plural one named with what it changes ("proposals to close the ward"): news
writing names one change by its parts in the plural and, later, by the whole in the singular,
as it names it by the whole first and its parts later ("an overhaul ... the plans",
``description_passes._parts_of_a_change``).

Example: in "The trust unveiled proposals to close the ward. Nurses said the plan was rushed."
"the plan" is the trust's proposals, not a plan of its own.
"""

from __future__ import annotations

from kg.extract.entities.sieve_base import Sieve
from kg.model import Mention
from kg.rdf.namespaces import KG

__all__ = ["whole_of_parts"]


def whole_of_parts(sieve: Sieve, head: str, m: Mention, o: Mention, plural: bool | None) -> bool:
    """Description ``m`` (head ``head``, ``lex:collectiveChangeNoun``, singular) fits ``o``, a
    plural change named with a complement after its head ("plans to close the ward", "proposals
    for the site"): ``plural`` tells whether ``o``'s head is plural."""
    changes = sieve.lexicon.collective_change_nouns
    whole = head in changes or m.type == KG.Reform  # "the plan", "the overhaul"
    if not whole or o.head not in changes or not plural or not sieve.tokens:
        return False
    heads = [t for t in sieve.tokens[o.token_start : o.token_end] if t.lemma_.lower() == o.head]
    if not heads or heads[-1].tag_ not in ("NNS", "NNPS"):
        return False
    complement = heads[-1].i + 1 < o.token_end
    singular = [t for t in sieve.tokens[m.token_start : m.token_end] if t.lemma_.lower() == head]
    return complement and bool(singular) and singular[-1].tag_ in ("NN", "NNP")
