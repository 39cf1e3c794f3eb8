"""Stances read from what someone says a proposal will do.

* **warning**: "the BMA warned / raised concerns that the plan could undermine general
  practice" → the BMA ``opposes`` the plan (``lex:warningWord``, ``lex:negativeEffect``),
  and ``supports`` a proposal the plan would harm ("undermine the GP model", case ``defends``);
* **analysis**: a think tank saying, estimating or finding something of a proposal ("the
  Health Foundation estimated the cap would cost £2bn") ``advisesOn`` it
  (``lex:speechVerb``, ``lex:findingVerb``);
* **evaluation**: "Unison insisted more will be needed to deliver the national care
  service" → Unison ``supports`` it; "X said the plan would undermine ..." → X ``opposes``
  it (``lex:positiveEffect``, ``lex:negativeEffect``, ``lex:deliveryEffect``, and raising or
  cutting a ``lex:burdenNoun``); "X said the plan would not fix the shortage" → X ``opposes``
  it (good denied), while harm denied says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of, preps
from kg.extract.relations.speech import on_condition
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["analysis", "doubted", "evaluation", "raises_doubt", "warner_of", "warning"]

MAX_CLIMB = 3
MAX_CONDITION_DEPTH = 8  # from a verb of effect up to the clause that was said


def warning(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A proposal said in a warning to do harm: whoever warns opposes it."""
    lexicon = context.lexicon
    if not is_verb(token):
        return
    warned = token.dep_ == "ccomp" and token.head.lemma_.lower() in lexicon.warning_words
    if token.lemma_.lower() not in lexicon.negative_effects and not warned:
        return
    if not warned and context.burdens(token):
        return  # "the plan would cut waiting times" is no harm
    if warned and token.lemma_.lower() not in lexicon.negative_effects and _copula(token):
        return  # "cautioned that it was only a start": what it is, read by the verdict rules
    proposals = [(context.entity(t, PROPOSALS), t) for t in children(token, "nsubj")]
    found = [(k, t) for k, t in proposals if k is not None]
    if not found:
        return
    warners = warner_of(context, token)
    yield from context.emit(rule, warners, KG.opposes, found, [token], KG.Asserted, token.lemma_)
    if token.lemma_.lower() in lexicon.negative_effects and not has_child(token, "neg"):
        # what the warned-of plan would harm is defended: "could undermine the GP model"
        harmed = [
            (k, t)
            for k, t in context.object_entities(children(token, "dobj"), PROPOSALS, search=False)
            if all(k != f for f, _ in found)
        ]
        yield from context.emit(
            rule, warners, KG.supports, harmed, [token], KG.Asserted, token.lemma_, case="defends"
        )


def _copula(verb: Token) -> bool:
    """True for "be" as the verb of a clause (stance5): a warning that a proposal *is*
    something ("warned the funding was only a start") judges it only by the words of its
    attribute, which the verdict rules read; the warning itself says no harm."""
    return verb.lemma_.lower() == "be"


def raises_doubt(context: Context, verb: Token) -> bool:
    """True for a verb of effect whose object is a doubt, a word of warning ("the levy raises
    questions", "raised concerns", "raises a number of questions") (stance5): no good,
    whatever the verb does to an amount."""
    doubts = context.lexicon.warning_words
    objects = children(verb, "dobj")
    objects += [o for obj in objects for p in preps(obj, "of") for o in objects_of(p)]
    return any(o.lemma_.lower() in doubts for o in objects)


DOUBTING_ADVERBS = ("less", "hardly", "barely", "scarcely", "far")  # "less than persuaded"


def doubted(context: Context, verb: Token) -> bool:
    """True for a clause a speaker says they are not persuaded of (stance5): "we are less than
    persuaded that the bill will deliver this", "we are not convinced the plan will help"
    (``lex:convictionWord``): the good it says is denied, not said."""
    belief = verb.head
    if verb.dep_ != "ccomp" or belief.lemma_.lower() not in context.lexicon.conviction_words:
        return False
    holders = [belief, belief.head] if belief.dep_ == "acomp" else [belief]
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in DOUBTING_ADVERBS)
        for h in holders
        for c in h.children
    )


def warner_of(context: Context, token: Token) -> list[Found]:
    """Who gives the warning a clause is in: the subject of "warn" (its ccomp), or of the verb
    of "concerns" ("raised concerns that", the noun's acl)."""
    current = token
    for _ in range(MAX_CLIMB):
        governor = current.head
        if governor is current:
            break
        if governor.lemma_.lower() in context.lexicon.warning_words:
            target = governor
            if governor.pos_ == "NOUN":  # "raised concerns that"
                target = governor.head
            return context.subject_entities(target)
        current = governor
    return []


def analysis(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A think tank or research body saying something of a proposal gives analysis on it."""
    lexicon = context.lexicon
    if token.lemma_ not in lexicon.speech_verbs and token.lemma_ not in lexicon.finding_verbs:
        return
    analysts = [
        (k, t)
        for k, t in context.subject_entities(token)
        if context.resolved.by_key[k].type == KG.ThinkTank
    ]
    if not analysts:
        return
    for clause in children(token, "ccomp"):
        yield from context.emit(
            rule,
            analysts,
            KG.advisesOn,
            context.object_entities([clause], PROPOSALS, search=True),
            [token],
            KG.Reported,
            token.lemma_,
        )


def evaluation(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """What a speaker says a proposal will do: doing good is supported, doing harm opposed,
    and what it harms defended ("the plan could undermine the GP model"). Not what a think
    tank says: its estimate of what a proposal will do ("the levy would raise £2bn") is
    analysis, which ``analysis`` reads as advice, not a side taken."""
    if token.lemma_ not in context.lexicon.speech_verbs or not is_verb(token):
        return
    speakers = [
        (k, t)
        for k, t in context.subject_entities(token)
        if context.core(k) in ACTORS and context.resolved.by_key[k].type != KG.ThinkTank
    ]
    if not speakers:
        return
    effects = context.lexicon.positive_effects | context.lexicon.negative_effects
    for clause in children(token, "ccomp"):
        for effect in clause.subtree:
            if effect.pos_ != "VERB" or effect.lemma_.lower() not in effects:
                continue  # what _effect reads: a verb of effect (checked first, for speed)
            if not _conditional(context, effect, clause):
                yield from _effect(context, rule, speakers, effect)


def _conditional(context: Context, verb: Token, clause: Token) -> bool:
    """True for a verb in a condition inside what was said ("members would strike unless the
    levy was improved"), or in an open question ("members will decide whether the offer meets
    their needs"): the effect is wished for, feared or asked about, not said of the proposal."""
    lexicon = context.lexicon
    marks = lexicon.conditional_marks | lexicon.uncertain_marks | lexicon.precondition_marks
    current = verb
    for _ in range(MAX_CONDITION_DEPTH):
        if on_condition(context, current):
            return True
        if current.i == clause.i or current.head.i == current.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ in marks for c in current.children):
            return True
        current = current.head
    return False


def _effect(
    context: Context, rule: Rule[Token], speakers: list[Found], token: Token
) -> Iterator[Relation]:
    """The stance of ``speakers`` on the arguments of one verb of effect in what they said."""
    lexicon = context.lexicon
    effect = token.lemma_.lower()
    if token.pos_ != "VERB":
        return
    positive = effect in lexicon.positive_effects
    if not positive and effect not in lexicon.negative_effects:
        return
    if has_child(token, "neg"):
        # "the plan will not improve care": denied good opposes the plan; denied harm says nothing
        if positive:
            yield from _denied_good(context, rule, speakers, token)
        return
    if raises_doubt(context, token):
        return  # "the levy raises questions": no good done (stance5)
    if positive and any(a.lower_ in lexicon.focus_adverbs for a in children(token, "advmod")):
        return  # "would only benefit the board": good done to few, no praise
    burdens = context.burdens(token)
    if burdens:  # raising a burden harms, cutting one helps
        positive = effect not in lexicon.positive_effects
    own = context.resolved.entity_for_token(token.i, PROPOSALS)
    for argument in children(token, "dobj", "nsubj", "nsubjpass"):
        if argument in burdens:
            continue
        # what does good is supported; what does harm is opposed, and what it harms is
        # defended: "the plan could undermine the GP model"
        harmed = argument.dep_ in ("dobj", "nsubjpass")  # "the levy was improved": done to it
        if harmed and positive and effect not in lexicon.delivery_effects:
            continue  # "would protect frontline services": who benefits
        if argument.dep_ == "dobj" and not _done_by_proposal(context, token):
            continue  # "the trusts who deliver frontline services": no proposal acts
        predicate = KG.supports if positive or harmed else KG.opposes
        judged = context.object_entities([argument], PROPOSALS, search=False)
        yield from context.emit(
            rule,
            speakers,
            predicate,
            [(k, t) for k, t in judged if k != own],  # "the approach to supporting councils"
            [token],
            KG.Reported,
            effect,
        )


PRONOUN_DOERS = ("it", "this", "that", "they", "which")


def _done_by_proposal(context: Context, verb: Token) -> bool:
    """True when what a verb of effect does is done by a proposal ("the plan would undermine
    the model", "it would undermine", "a levy which would undermine"), not by people ("the
    trusts who deliver frontline services"): only then is its object helped or harmed by a
    proposal that someone judges."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in context.lexicon.ability_words:
        return False  # "not able to support the bill": the subject's own act
    doers = children(verb, "nsubj")
    if verb.dep_ == "relcl" and all(d.lower_ in PRONOUN_DOERS for d in doers):
        doers = [verb.head]  # "a levy which would undermine": the levy
    if not doers:
        return True  # "more is needed to deliver the service": what is needed, for it
    return any(d.lower_ in PRONOUN_DOERS or context.entity(d, PROPOSALS) is not None for d in doers)


def _denied_good(
    context: Context, rule: Rule[Token], speakers: list[Found], token: Token
) -> Iterator[Relation]:
    """A proposal said not to do good ("the plan will not fix the shortage", "the levy does
    not help"): ``speakers`` oppose the proposal that is its subject."""
    if context.burdens(token):
        return  # "will not raise prices": no harm denied is no good denied either
    yield from context.emit(
        rule,
        speakers,
        KG.opposes,
        context.object_entities(children(token, "nsubj"), PROPOSALS, search=False),
        [token],
        KG.Reported,
        f"not {token.lemma_.lower()}",
    )
