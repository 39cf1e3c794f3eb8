"""Undertakings: an act told by an infinitive on a noun of one's own undertaking is its taker's.

"The union is launching a campaign to appeal to the minister", "the minister accepted an
invitation to meet the board", "the council made a bid to win over the union": the infinitive
has no subject of its own, and the noun (``lex:undertakingNoun``: a campaign, a bid, an
invitation) is what the subject of the verb governing it takes on (``lex:undertakingVerb``:
launch, make, accept). English reads the infinitive's act as that subject's, so whoever it tells,
asks or meets, the subject does (the communication triggers of the verb rule, ``lex:trigger``).
Not a noun of others' doing ("backed calls to meet the board", "welcomed the decision to write
to the minister"): the act is theirs.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Rule
from kg.extract.relations.grammar import has_child
from kg.extract.relations.speech import actors
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["undertaking"]


def undertaking(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The subject of "launched a campaign to appeal to X" (or "accepted an invitation to meet
    X") ``communicatesWith`` X, as the trigger of the infinitive says."""
    taker = _taking_verb(context, token)
    if taker is None:
        return
    found = [
        r
        for r in routes(context, token)
        if (context.schema.core_property(r.predicate) or r.predicate) == KG.communicatesWith
    ]
    if not found:
        return
    subjects = actors(context, context.subject_entities(taker))
    own = {k for k, _ in subjects}
    modality = context.modality(taker)
    for predicate, objects, trigger in found:
        addressed = context.object_entities(objects, ACTORS, search=False)
        addressed = [(k, t) for k, t in actors(context, addressed) if k not in own]
        yield from context.emit(rule, subjects, predicate, addressed, [token], modality, trigger)


def _taking_verb(context: Context, token: Token) -> Token | None:
    """The verb whose subject takes on the undertaking an infinitive completes: "to appeal" of
    "launching a campaign to appeal", the noun the object of a verb of undertaking."""
    if token.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    noun = token.head
    lexicon = context.lexicon
    if noun.lemma_.lower() not in lexicon.undertaking_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in lexicon.undertaking_verbs or has_child(verb, "neg"):
        return None
    return verb
