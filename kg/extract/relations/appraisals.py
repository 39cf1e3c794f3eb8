"""Appraisals: what a speaker calls a proposal, says it is, or feels about it.

* **label**: "Unite called the award a betrayal", "described the plan as a step in the
  right direction" (``lex:labelVerb`` with a second complement);
* **reported**: "Unison said the award was an insult", "the BMA said the package did not go
  far enough" (a clause of reported speech whose subject is the proposal, or the creation
  of it: "said the launch of the agency was a welcome step");
* **feeling**: "the union was disappointed with the award", "said it was pleased with".

The words are ``lex:positiveAppraisal`` (→ ``supports``) and ``lex:negativeAppraisal`` (→
``opposes``); "not" turns them round. Direct quotations are left to the rules for what
quoted speakers say.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import (
    children,
    has_child,
    is_verb,
    labelled_in_passive,
    objects_of,
    preps,
    spelt,
)
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["appraisal", "disposition", "polarity", "speaker_feeling"]

LONGEST = 5  # words in the longest appraisal phrase ("a step in the right direction")
COMPLEMENTS = ("oprd", "xcomp", "attr", "acomp", "ccomp")  # "called it a betrayal"
FEELING_PREPOSITIONS = ("with", "by", "at", "about", "over", "of")
CLAUSE_PARTS = ("attr", "acomp", "advmod", "oprd", "dobj", "prep", "neg", "npadvmod")
NESTED = ("relcl", "acl", "advcl", "ccomp", "appos", "xcomp", "csubj", "neg")  # clauses apart


def appraisal(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The stance of a speaker who appraises a proposal: by a label, in reported speech, or
    by a feeling about it."""
    lexicon = context.lexicon
    lemma = token.lemma_.lower()
    if is_verb(token) and lemma in lexicon.label_verbs:
        yield from _label(context, token, rule)
    if is_verb(token) and lemma in lexicon.speech_verbs:
        yield from _reported(context, token, rule)
    if token.lower_ in lexicon.positive_appraisals or token.lower_ in lexicon.negative_appraisals:
        yield from _feeling(context, token, rule)


def _label(context: Context, verb: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """ "X called the award a betrayal", "described the plan as a step forward"."""
    labels = [c for c in verb.children if c.dep_ in COMPLEMENTS]
    # "described the plan as short-sighted": the adjective after "as" is often hung on it
    labels += [o for p in preps(verb, "as") for o in children(p, "pobj", "amod", "acomp")]
    words = [t for label in labels for t in _own_words(label)]
    stance = polarity(context, words, negated=has_child(verb, "neg"))
    if stance is None:
        return
    yield from _emit(
        context,
        rule,
        _speakers(context, verb),
        stance,
        context.object_entities(_labelled(context, verb), PROPOSALS, search=False),
        verb,
        context.modality(verb),
    )


def _labelled(context: Context, verb: Token) -> list[Token]:
    """What a verb of labelling labels: its object; for a relative pronoun, the noun the
    clause is on; and for an indefinite noun that sums up the phrase before its comma, that
    phrase ("rules to strip councils of powers, a decision which the union called misguided":
    the rules; news sums up a measure this way to hang a reaction on it)."""
    found: list[Token] = []
    for obj in children(verb, "dobj") or labelled_in_passive(verb):
        if obj.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl" and verb.head != verb:
            obj = verb.head
            if context.entity(obj, PROPOSALS) is None and _sums_up(obj):
                obj = obj.head
        found.append(obj)
    return found


def _sums_up(noun: Token) -> bool:
    """True for "a decision" set after a comma beside the phrase before it (the parser's
    ``appos`` or ``conj``, no "and" or "or" between)."""
    doc = noun.doc
    start = noun.left_edge.i
    return (
        noun.dep_ in ("appos", "conj")
        and start > 0
        and doc[start - 1].lower_ == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and not any(c.dep_ == "cc" for c in noun.head.children if c.i < noun.i)
    )


def _reported(context: Context, verb: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """ "X said the award was an insult": a reported clause whose subject is a proposal."""
    for clause in children(verb, "ccomp"):
        if not is_verb(clause) or context.inside_quote(clause):
            continue
        proposals = _judged(context, clause)
        if not proposals:
            continue
        words = [clause] + [
            t for c in clause.children if c.dep_ in CLAUSE_PARTS for t in _own_words(c)
        ]
        stance = polarity(context, words, negated=_negated(clause))
        if stance is not None:
            speakers = _speakers(context, verb)
            yield from _emit(context, rule, speakers, stance, proposals, clause, KG.Reported)


def _negated(clause: Token) -> bool:
    """The reported clause is denied: by a "not" on its verb, or on the adjective or noun it
    says of its subject, where the parser often hangs it ("the plans were not fit for
    purpose": fit → neg "not"); two denials cancel."""
    said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    return has_child(clause, "neg") != any(has_child(c, "neg") for c in said)


def _judged(context: Context, clause: Token) -> list[Found]:
    """The proposals a reported clause's subject names, or that a noun of bringing one into
    being names after its "of" (``lex:creationNoun``): "the creation of the agency is a welcome
    step" judges the agency."""
    found: list[Found] = []
    for subject in children(clause, "nsubj", "nsubjpass"):
        if subject.pos_ == "PRON" and _feels(context, clause):
            continue  # "the union said it was disappointed": "it" is the union
        subject = _antecedent(subject, clause)
        key = context.entity(subject, PROPOSALS)
        if key is not None:
            found.append((key, subject))
        elif subject.lemma_.lower() in context.lexicon.creation_nouns:
            found += context.object_entities(
                [o for p in preps(subject, "of") for o in objects_of(p)], PROPOSALS, search=False
            )
    return found


def _feeling(context: Context, word: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """ "the union was disappointed with the award": the feeler's stance on its cause; also
    where only the feeling is quoted ("said the body is “deeply disappointed by the
    decision”": its subject stands outside the quotation)."""
    if word.dep_ not in ("acomp", "ccomp", "ROOT", "conj"):
        return
    if context.inside_quote(word) and not _said_of_a_subject_outside(context, word):
        return
    stance = polarity(context, [word], negated=has_child(word, "neg"))
    causes = [o for p in preps(word, *FEELING_PREPOSITIONS) for o in objects_of(p)]
    causes += [o for p in children(word, "agent") for o in objects_of(p)]  # "was angered by"
    proposals = context.object_entities(causes, PROPOSALS, search=False)
    if stance is None or not proposals:
        return
    clause = word if is_verb(word) else word.head
    # "it was disappointed with": the passive's subject is who feels
    feelers = [
        (key, t)
        for t in children(clause, "nsubj", "nsubjpass")
        if (key := context.entity(t, ACTORS)) is not None
    ] or [(k, t) for k, t in context.subject_entities(clause) if context.core(k) in ACTORS]
    feelers = feelers or speaker_feeling(context, clause)
    yield from _emit(context, rule, feelers, stance, proposals, word, context.modality(clause))


def _said_of_a_subject_outside(context: Context, word: Token) -> bool:
    """The quoted feeling's clause has its subject outside the quotation: a quoted fragment
    of reported speech, not the speaker's own words."""
    clause = word if is_verb(word) else word.head
    subjects = children(clause, "nsubj", "nsubjpass")
    return bool(subjects) and not any(context.inside_quote(t) for t in subjects)


def polarity(context: Context, words: Iterable[Token], *, negated: bool = False) -> URIRef | None:
    """``supports`` or ``opposes`` for the appraisal phrase in ``words`` (by word or lemma,
    the longest phrase first), turned round when ``negated``."""
    tokens = sorted(set(words), key=lambda t: t.i)
    if not tokens:
        return None
    positive, negative = context.lexicon.positive_appraisals, context.lexicon.negative_appraisals
    forms = [t.lower_ for t in tokens], [t.lemma_.lower() for t in tokens]
    for n in range(LONGEST, 0, -1):
        for start in range(len(tokens) - n + 1):
            for form in forms:
                phrase = spelt(form[start : start + n])  # "short-term fix"
                if phrase in negative or phrase in positive:
                    good = (phrase in positive) != negated
                    return KG.supports if good else KG.opposes
    return None


def _own_words(phrase: Token) -> list[Token]:
    """The words of a phrase but its clauses: "rules to strip councils of powers, a decision
    the LGA called misguided" says nothing of the rules' worth itself."""
    words = [phrase]
    for child in phrase.children:
        if child.dep_ not in NESTED:
            words += _own_words(child)
    return words


def _speakers(context: Context, verb: Token) -> list[Found]:
    return [(k, t) for k, t in context.subject_entities(verb) if context.core(k) in ACTORS]


def _emit(
    context: Context,
    rule: Rule[Token],
    speakers: list[Found],
    stance: URIRef,
    proposals: list[Found],
    at: Token,
    modality: URIRef,
) -> Iterator[Relation]:
    yield from context.emit(
        rule,
        speakers,
        stance,
        proposals,
        [at],
        modality,
        "praise" if stance == KG.supports else "condemn",
    )


def _feels(context: Context, clause: Token) -> bool:
    """True for a clause that says its subject feels something ("it was disappointed"):
    ``lex:feelingWord`` as its complement."""
    words = context.lexicon.feeling_words
    return any(c.lower_ in words for c in children(clause, "acomp")) or clause.lower_ in words


def speaker_feeling(context: Context, clause: Token) -> list[Found]:
    """Who "it" or "they" is in a feeling reported of them: "the union said it was
    disappointed by the offer" → the union, the speaker."""
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in context.lexicon.speech_verbs:
        return []
    if not any(t.pos_ == "PRON" for t in children(clause, "nsubj", "nsubjpass")):
        return []
    return _speakers(context, speech)


RELATIVE_SUBJECTS = ("which", "that")


def _antecedent(subject: Token, clause: Token) -> Token:
    """What a relative pronoun that is the subject of a reported clause stands for: "the levy,
    which the union said was unfair" judges the levy (the verb of saying is the relative
    clause of the levy)."""
    speech = clause.head
    if subject.lower_ in RELATIVE_SUBJECTS and speech.dep_ == "relcl" and speech.head != speech:
        return speech.head
    return subject


def disposition(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """ "the union is opposed to the bill", "remains critical of the plan", "was supportive of
    the reforms": an adjective of disposition with its preposition (``lex:opposingDisposition``,
    ``lex:supportingDisposition``) is the stance of the clause's subject on its object."""
    lexicon = context.lexicon
    if token.dep_ not in ("acomp", "ROOT", "conj", "relcl"):
        return
    for prep in children(token, "prep"):
        phrase = f"{token.lower_} {prep.lower_}"
        if phrase in lexicon.opposing_dispositions:
            stance = KG.opposes
        elif phrase in lexicon.supporting_dispositions:
            stance = KG.supports
        else:
            continue
        proposals = context.object_entities(objects_of(prep), PROPOSALS, search=False)
        if not proposals:
            continue
        clause = token.head if token.dep_ == "acomp" else token  # "is not opposed to"
        modality = KG.Negated if has_child(token, "neg") else context.modality(clause)
        yield from context.emit(
            rule, _feelers(context, clause), stance, proposals, [token], modality, phrase
        )


def _feelers(context: Context, clause: Token) -> list[Found]:
    """Who a clause of feeling or disposition is said of: its subject (a relative pronoun
    stands for the noun the clause is hung on), else the speaker of "it" or "they"."""
    subjects = [
        clause.head if t.lower_ in RELATIVE_SUBJECTS and clause.dep_ == "relcl" else t
        for t in children(clause, "nsubj", "nsubjpass")
    ]
    found = [(k, t) for t in subjects if (k := context.entity(t, ACTORS)) is not None]
    found = found or [
        (k, t) for k, t in context.subject_entities(clause) if context.core(k) in ACTORS
    ]
    return found or speaker_feeling(context, clause)
