"""A proposal named by a plan or decision to change something is also named by the change:
"the decision to abolish the agency" is the "abolition of the agency", "plans to extend the
levy to ferries" the "extension of the levy to ferries".

Writers name one policy both ways, the plan to do it and the doing of it, and readers (and
annotators) take the noun of the change for its name. The noun comes from the verb by the
lexicon (``lex:nominalForm``: "abolish abolition of"); the words after the verb up to the end
of the mention are its object. A verb with a particle ("plans to phase out X") or with no
object of its own ("plans to move to Y") gives no such name.

Example: the entity of "plans to scrap the ferry levy" gets the other name "scrapping of the
ferry levy".
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import tokens_of
from kg.model import Document, Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["add_nominal_names"]


def add_nominal_names(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> None:
    """Give each proposal named "<plan> to <verb> X" the other name "<noun of the change> X"."""
    nominals = _nominals(lexicon.nominal_forms)
    if not nominals:
        return
    tokens = tokens_of(spacy_doc)
    for index, entity in enumerate(resolved.entities):
        if core_class(entity.type) != KG.Proposal:
            continue
        extra = {_nominal_name(tokens, m, nominals) for m in entity.mentions}
        extra -= {"", entity.label, *entity.aliases}
        if extra:
            updated = replace(entity, aliases=tuple(sorted({*entity.aliases, *extra})))
            resolved.entities[index] = updated
            resolved.by_key[entity.key] = updated


@functools.cache
def _nominals(forms: frozenset[str]) -> dict[str, str]:
    """The lexicon's "abolish abolition of" as ``{"abolish": "abolition of"}``."""
    pairs = (form.split(" ", 1) for form in forms)
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


def _nominal_name(tokens: Sequence[Token], mention: Mention, nominals: dict[str, str]) -> str:
    """The name by the change of a mention "<head> to <verb> X", else ''."""
    if mention.token_start < 0 or mention.token_end - mention.token_start < 4:
        return ""
    words = tokens[mention.token_start : mention.token_end]
    for k in range(1, len(words) - 2):
        head, to, verb = words[k - 1], words[k], words[k + 1]
        if head.lemma_.lower() != mention.head or to.lower_ != "to" or verb.tag_ != "VB":
            continue
        noun = nominals.get(verb.lemma_.lower())
        rest = words[k + 2 :]
        if noun is None or rest[0].dep_ == "prt" or rest[0].pos_ in ("ADP", "ADV", "PART"):
            return ""
        return f"{noun} {''.join(t.text_with_ws for t in rest).strip()}"
    return ""
