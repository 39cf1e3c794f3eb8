"""Subjects that stand for several actors where the parse or a pronoun gives one (stance29).

* **hidden**: "QNI chief executive Ann Lowe and chair Tom Hart wrote to the minister": the
  parser makes "Hart" the subject and hangs "Lowe", with the "and", inside its premodifiers
  (:func:`kg.extract.coordination.premodifier_conjuncts`). Each name joined by "and" is a
  subject of the verb when it names an actor of the same kind as a subject found (two people,
  two bodies), so "Lowe" writes to the minister too; a body before a person's title ("former
  BMA and RCN chair Jo Lowe said") is no speaker.
* **joint**: "we" in the words of a quotation that several speak together ("Lowe and Hart
  said: “We are concerned that the council …”") is each of them, not only the first named
  (the pronoun's resolution gives one entity: :mod:`kg.extract.entities.speakers`).
* **joined to bodies**: "The BMA and other unions condemned the bill", "Labour and trade
  unions condemned it": the parser reads "(Labour and trade) unions", hanging the name
  before "and" on a plural noun of bodies (``lex:descriptionNoun``) as a modifier; a name
  before "and" does not modify "unions" but is joined to them, so it is a subject too.
* **joined to what is said**: "Hale said the offer was fair and urged the union to
  reconsider": the parser joins "urged" to the reported "was", whose subject is the offer;
  a verb of saying or asking others to act (``lex:speechVerb``, ``lex:directiveVerb``) with no
  actor for subject is the speaker's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.coordination import premodifier_conjuncts
from kg.extract.relations.plural_subjects import Found, Reader, bodies_named_together
from kg.rdf.namespaces import KG

__all__ = ["more_subjects"]


ACTOR_TYPES = (KG.Person, KG.Organisation)  # core.ACTORS (core imports this module)
JOINT = "we"  # the pronoun of several speakers speaking together


def more_subjects(
    context: Reader, subjects: Sequence[Token], found: Sequence[Found], verb: Token | None = None
) -> list[Found]:
    """The actors ``subjects`` stand for besides ``found``: names hidden in their
    premodifiers, of the kind (person, organisation) of an actor found, the other speakers
    of a joint quotation their "we" is in, and the bodies a plural subject stands for
    (:mod:`kg.extract.relations.plural_subjects`)."""
    kinds = {context.core(k) for k, _ in found}
    extra: list[Found] = []
    for subject in subjects:
        for name in premodifier_conjuncts(subject):
            key = context.entity(name, ACTOR_TYPES)
            if key is not None and context.core(key) in kinds:
                extra.append((key, name))
        if subject.lower_ == JOINT and any(t.i == subject.i for _, t in found):
            quotation = context.resolved.quotation_at(subject.idx)
            if quotation is not None and len(quotation.speakers) > 1:
                extra += [(key, subject) for key in quotation.speakers]
        extra += _names_joined_to_bodies(context, subject)
    extra += bodies_named_together(context, subjects)  # "Forsa and the INMO ... the unions"
    if verb is not None and not any(context.core(k) in ACTOR_TYPES for k, _ in found):
        extra += _speaker_of_a_joined_act(context, verb)
    known = {k for k, _ in found}
    fresh: list[Found] = []
    for key, token in extra:
        if key not in known:
            known.add(key)
            fresh.append((key, token))
    return fresh


def _names_joined_to_bodies(context: Reader, noun: Token) -> list[Found]:
    """The actors named before "and" hung as modifiers on a plural noun of bodies (see the
    module: "Labour and trade unions")."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in context.lexicon.description_nouns:
        return []
    found: list[Found] = []
    for modifier in noun.lefts:
        if (
            modifier.dep_ in ("amod", "nmod", "compound")
            and modifier.is_title
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in modifier.children)
        ):
            key = context.entity(modifier, ACTOR_TYPES)
            if key is not None:
                found.append((key, modifier))
    return found


def _speaker_of_a_joined_act(context: Reader, verb: Token) -> list[Found]:
    """The actors who say a reported clause that a verb of saying or asking is joined to, when
    that verb has no subject of its own (see the module: "... and urged the union to act")."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.dep_ != "ccomp"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return []
    lexicon = context.lexicon
    lemma = verb.lemma_.lower()
    asking = {phrase.split()[0] for phrase in lexicon.directive_verbs}
    if lemma not in lexicon.speech_verbs and lemma not in asking:
        return []
    speakers = [c for c in head.head.children if c.dep_ == "nsubj"]
    found = [(context.entity(t, ACTOR_TYPES), t) for t in speakers]
    return [(k, t) for k, t in found if k is not None]
