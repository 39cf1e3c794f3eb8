"""Forecasts (proposes8): what a government says its proposal will do puts the proposal forward.

"The Treasury said the new settlement will total £17bn", "'This reform will sweep away decades
of failure,' the minister said" → the Treasury and the minister ``proposes`` the settlement and
the reform: a clause reported by a verb of saying or confirming whose subject is a proposal and
whose verb looks ahead ("will", "would", "could"), said by a government body, a public body or
a holder of a government post (``announcements.governing``). A government that foretells what
a proposal will do speaks for it as its author; said by anyone else ("the union said the offer
would not go far enough") it is a verdict, and gives nothing. A proposal owned by someone other
than the speaker ("the union's demands would cost £1bn"), a warning ("warned the cut would
hurt"), a negated clause ("said the levy will not raise prices") and a harm foretold ("said a
pay freeze would damage morale": a verdict against the proposal, ``lex:negativeEffect``, or
"would raise prices", a burden raised) give nothing either.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.announcements import governing
from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, is_verb
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["foretold"]

#: auxiliaries of a clause that looks ahead ("will total", "would raise", "could come")
AHEAD = frozenset({"will", "would", "could", "'ll", "wo", "shall"})
#: possessive pronouns by which a speaker names their own proposal ("our reform", "my plan")
OWN = frozenset({"our", "my"})


def foretold(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A government speaker's forecast of what a proposal will do proposes the proposal."""
    if token.dep_ != "ccomp" or not is_verb(token) or has_child(token, "neg"):
        return
    if not any(a.lower_ in AHEAD for a in children(token, "aux")) or _harm(context, token):
        return
    speech = token.head
    lemma = speech.lemma_.lower()
    lexicon = context.lexicon
    if lemma in lexicon.warning_words or lemma not in (
        lexicon.speech_verbs | lexicon.confirming_verbs
    ):
        return
    speakers = [(k, t) for k, t in context.subject_entities(speech) if governing(context, k)]
    if not speakers:
        return
    items = [
        found
        for found in context.object_entities(children(token, "nsubj"), PROPOSALS, search=False)
        if _unowned(context, found, {k for k, _ in speakers})
    ]
    yield from context.emit(
        rule, speakers, KG.proposes, items, [speech, token], context.modality(speech), lemma
    )


def _harm(context: Context, verb: Token) -> bool:
    """The clause's verb does harm: a verb of harm ("damage"), or one of good that raises a
    burden people bear ("raise prices"), as the rule 'evaluation' reads it."""
    lexicon = context.lexicon
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.negative_effects and lemma not in lexicon.positive_effects:
        return False
    return (lemma in lexicon.negative_effects) != bool(context.burdens(verb))


def _unowned(context: Context, found: Found, speakers: set[str]) -> bool:
    """True unless the proposal's phrase names an owner other than the speaker: a possessor
    ("the union's demands", "its offer" for another body) or an actor before its head."""
    head = found[1]
    for child in children(head, "poss", "compound"):
        if child.lower_ in OWN:
            continue
        owner = context.entity(child, ACTORS)
        if child.pos_ == "PRON" and owner is None:
            owner = context.resolved.pronouns.get(child.i)
            if owner is None:
                return False  # "its offer": whose is not known
        if owner is not None and owner not in speakers:
            return False
    return True
