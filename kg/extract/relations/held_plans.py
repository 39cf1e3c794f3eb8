"""Plans held: "the Government has plans to replace the council tax" puts the plan forward.

"X has plans to do Y" says what "X plans to do Y" says: the noun of intending
(``lex:intentionNoun``: "plan", "proposal") with an infinitive after it, as the object of
"have", names an intention of the clause's subject, so the subject ``proposes`` the plan. The
infinitive is required: "councils have a plan for winter" or "the union has a copy of the
plan" hold or see a plan that need not be theirs.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children, has_child, is_verb
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["held_plan"]


def held_plan(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The subject of "have" proposes the plan to do something that is its object."""
    if not is_verb(token) or token.lemma_.lower() != "have":
        return
    plans = [
        (key, noun)
        for noun in children(token, "dobj")
        if noun.lemma_.lower() in context.lexicon.intention_nouns
        and any(_infinitive(c) for c in children(noun, "acl", "relcl"))
        and (key := context.entity(noun, PROPOSALS)) is not None
    ]
    if plans:
        yield from context.emit(
            rule,
            context.subject_entities(token),
            KG.proposes,
            plans,
            [token],
            context.modality(token),
            "have",
        )


def _infinitive(clause: Token) -> bool:
    """A verb with "to" before it: "plans to replace the tax"."""
    return (
        clause.pos_ in ("VERB", "AUX")
        and has_child(clause, "aux")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )
