"""Announcements (ext-proprel): what a government says will be done is its proposal.

"The Treasury said the levy would be introduced in April" and "'The cap will be brought in
next year,' the minister said" → the Treasury and the minister ``proposes`` the levy and the
cap: a verb of proposing (``lex:trigger``) in the passive with no agent, reported by a
government body, a public body or a holder of a government post; a verb of confirming
(``lex:confirmingVerb``: "the ministry confirmed that the scheme will be introduced") reports
it as a verb of saying does. Said by anyone else ("the union said the
levy would be introduced") it is news of someone else's act, and gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Rule
from kg.extract.relations.governing import governing
from kg.extract.relations.grammar import children, has_child, is_verb
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["governing", "reported_passive"]


def reported_passive(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A government's report that a proposal will be introduced, set out or offered, with no
    one else named as doing it, proposes the proposal. The clause's own "would" is the report's
    tense, not a condition: the modality is the report's, unless the clause is negated."""
    if not is_verb(token) or not has_child(token, "nsubjpass") or has_child(token, "agent"):
        return
    speech = token.head
    reporting = context.lexicon.speech_verbs | context.lexicon.confirming_verbs
    if token.dep_ != "ccomp" or speech.lemma_.lower() not in reporting:
        return
    found = [
        route
        for route in routes(context, token)
        if context.schema.core_property(route.predicate) == KG.proposes
    ]
    if not found:
        return
    speakers = [(key, t) for key, t in context.subject_entities(speech) if governing(context, key)]
    items = context.object_entities(children(token, "nsubjpass"), PROPOSALS, search=False)
    modality = KG.Negated if has_child(token, "neg") else context.modality(speech)
    yield from context.emit(
        rule, speakers, KG.proposes, items, [speech, token], modality, found[0].trigger
    )
