"""A government in the name of its plan: "the Programme for Government", "its programme for
government priorities".

Scotland, Wales, Northern Ireland and Ireland name a government's plan for its term "the
Programme for Government". The word "government" after "for" and a noun of a plan
(``lex:headNoun`` of ``kg:Plan``: programme, plan, strategy ...) says whom or what the plan is
for; it names no government of the article. The name is a noun phrase whose head is the plan's
noun, the word before "for", not its last word: a plan, not an organisation.

Example: in "Stormont's Programme for Government included a pledge", "Government" is no
mention of a government, and the model's organisation "Programme for Government" is a plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["government_of_a_plan"]


def government_of_a_plan(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is the word "government" right after "for" and a plan's noun ("Programme for
    Government", "plan for government"): a word of the plan's name."""
    if token.lower_ != "government" or token.i < 2:
        return False
    preposition, noun = token.doc[token.i - 1], token.doc[token.i - 2]
    return (
        preposition.lower_ == "for"
        and lexicon.head_nouns.get(noun.lemma_.lower(), lexicon.head_nouns.get(noun.lower_))
        == KG.Plan
    )
