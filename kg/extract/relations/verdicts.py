"""Verdicts: what a speaker says a proposal is, or does, as a stance on it.

* **verdict**: a judgement of a proposal in a speaker's words: "this offer is a betrayal",
  "the offer falls short", "the chair called the plan derisory", "she described the deal as
  a step forward", "a fair offer" said by a speaker → the speaker (or the subject of the
  verb of labelling) ``supports`` or ``opposes`` it (``lex:approvalWord``,
  ``lex:disapprovalWord``, ``lex:labelVerb``). "This is another inadequate offer" judges the
  offer spoken of before it, not a new one;
* **attitude**: a speaker's feeling about a proposal: "we are pleased with the offer", "we
  are satisfied that this offer delivers", "the union is disappointed by the plan";
* **reproach**: a disapproving word for what an actor does or offers ("smoke and mirrors from
  the government") → the speaker ``criticises`` the actor;
* **effect**: what a speaker says a proposal will do, in a quotation or under a verb of
  opinion: "this offer delivers on our ambition" supports it, "the levy will damage
  rural surgeries" opposes it (``lex:positiveEffect``, ``lex:negativeEffect``; raising a
  ``lex:burdenNoun`` harms, cutting one helps). Reported speech ("X said the plan would
  ...") is read by ``stances.evaluation``.

Who speaks is :func:`kg.extract.relations.speech.judges_of`. A comparative ("a more
credible offer") or a wish ("until a fair offer is made") is no verdict on a proposal made.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.entities.pronouns import main_pronoun_subject
from kg.extract.relations.appraisals import speaker_feeling
from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import (
    children,
    has_child,
    labelled_in_passive,
    objects_of,
    preps,
    spelt,
)
from kg.extract.relations.phrase_search import undoes
from kg.extract.relations.pronoun_topics import main_it_topic
from kg.extract.relations.speech import MAX_CLIMB, actors, hypothetical, judges_of, voice
from kg.extract.relations.stances import doubted, raises_doubt
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["attitude", "effect", "reproach", "reverses", "verdict"]

# verbs that say what their subject is: "the offer is / represents / amounts to a betrayal"
COPULAS = ("be", "seem", "remain", "look", "sound", "become", "prove", "represent", "constitute")
VERB_PHRASE = ("advmod", "acomp", "dobj", "prt", "attr", "oprd")  # "falls short", "does nothing"
LONGEST_VERDICT = 5  # words in the longest verdict phrase ("step in the right direction")
ABOUT = ("with", "by", "about", "at", "over", "of")  # "pleased with the offer"
ANTECEDENT_REACH = 150  # tokens back to the proposal a "This is an X offer" judges
LABELLED = ("oprd", "xcomp", "prep", "ccomp")
VERDICTS_READ = "kg_verdict_words"  # the doc's user_data: token index → verdict word read
NAME_USES = 2
DEICTIC = (
    "this",
    "that",
    "it",
)  # subjects that point to what was spoken of  # mentions of a proposal with an adjective that make the adjective part of its name  # "called it derisory", "described it as ..."
Judged = tuple[list[Found], list[Found], bool]


# -- verdict --------------------------------------------------------------------------------


def verdict(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A judgement of a proposal: said of it ("the offer is derisory"), given to it by a verb
    of labelling ("called the offer derisory"), or said of it in a speaker's words ("this
    derisory offer")."""
    positive = verdict_word(context, token)
    if positive is None or hypothetical(context, _clause_of(token), until=True):
        return
    found = _judged(context, token, positive)
    if found is None:
        return
    judges, proposals, positive = found
    own = _owned_by(context, judges, proposals)
    yield from context.emit(
        rule,
        judges,
        KG.supports if positive else KG.opposes,
        [(k, t) for k, t in proposals if k not in own],
        [token],
        KG.Reported,
        token.lower_,
    )
    if positive:  # "our fair proposals": praised by the side that made them
        owners = [(k, t) for k, t in judges if any(k == o for o, _ in own.values())]
        mine = [(k, t) for k, t in proposals if k in own]
        yield from context.emit(
            rule, owners, KG.proposes, mine, [token], KG.Reported, token.lower_, case="own"
        )


def _owned_by(context: Context, judges: list[Found], proposals: list[Found]) -> dict[str, Found]:
    """The judged proposals a judge owns ("our fair proposals", "the union's fair claim": a
    possessor that is one of the judges), each with its owner. Praise of one's own proposal is
    no backing of another's: the side that made it puts it forward (an offer made is proposed
    by the offering side only), and a fault found in it is not read at all."""
    keys = {k for k, _ in judges}
    owned: dict[str, Found] = {}
    for key, token in proposals:
        for owner in children(token, "poss"):
            found = context.entity(owner, ACTORS)
            if found is not None and found in keys:
                owned[key] = (found, owner)
    return owned


def verdict_word(context: Context, token: Token) -> bool | None:
    """True for a word (or the first of a phrase) of approval, False for one of disapproval:
    "derisory", "a step in the right direction"; for a verb, with what hangs on it: "falls
    (some way) short", "will do nothing", "has not moved far enough", "poses a risk". Read
    once per token (six rules ask it of the same words)."""
    first = context.lexicon.first_words("approval_words disapproval_words")
    if token.lower_ not in first and token.lemma_.lower() not in first:
        return None  # what ``_verdict_word`` asks of every word, asked before the memo
    known: dict[int, bool | None] = token.doc.user_data.setdefault(VERDICTS_READ, {})
    try:
        return known[token.i]
    except KeyError:
        found = known[token.i] = _verdict_word(context, token)
        return found


def _verdict_word(context: Context, token: Token) -> bool | None:
    if token.pos_ not in ("ADJ", "NOUN", "VERB") and not _hyphen_after(token):
        return None  # an adverb opens a hyphenated verdict: "an ill-thought-out plan"
    words = context.lexicon
    first = _first_words(words.approval_words, words.disapproval_words)
    if token.lower_ not in first and token.lemma_.lower() not in first:
        return None
    return _verdict_of_phrase(context, token)


def _hyphen_after(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-"


def _verdict_of_phrase(context: Context, token: Token) -> bool | None:
    words = context.lexicon
    doc = token.doc
    forms: set[str] = set()
    # a verb judges only with what hangs on it: "the plan would cut waiting times" is no verdict
    for n in range(2 if token.pos_ == "VERB" else 1, LONGEST_VERDICT + 1):
        if token.i + n <= len(doc):
            rest = [t.lower_ for t in doc[token.i + 1 : token.i + n]]
            forms |= {spelt([token.lower_, *rest]), spelt([token.lemma_.lower(), *rest])}
    if token.pos_ == "VERB":
        lemma = token.lemma_.lower()
        for child in children(token, *VERB_PHRASE):
            forms.add(f"{lemma} {child.lemma_.lower()}")
            forms.add(" ".join([lemma, *(t.lower_ for t in child.subtree)]))
    if forms & words.disapproval_words:
        return False
    if forms & words.approval_words:
        return True
    return None


@functools.lru_cache(maxsize=4)
def _first_words(*phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the verdict phrases: a word that starts none is no verdict."""
    # "short" opens "short-term fix" too: the tokenizer splits at the hyphen
    firsts = [phrase.split()[0] for words in phrases for phrase in words]
    return frozenset(firsts + [first.split("-")[0] for first in firsts])


def _judged(context: Context, token: Token, positive: bool) -> Judged | None:
    """Who judges which proposals, and whether favourably, for the verdict word ``token``:
    said of a proposal by a copula or a verb phrase, given by a verb of labelling, or
    attributed to it in a speaker's words."""
    word = token
    if token.dep_ == "conj" and token.head.dep_ in ("attr", "acomp", "oprd"):
        token = token.head  # "was progressive and fair"
    head = token.head
    # "a fair deal" as the attribute: the verdict is said of the subject of the copula
    if token.dep_ == "amod" and head.dep_ in ("attr", "acomp", "oprd", "pobj"):
        token, head = head, head.head
    if token.dep_ == "pobj" and head.lower_ in ("as", "to"):  # "described it as", "amounts to"
        token, head = head, head.head
    elif token.dep_ in ("amod", "acomp") and head.lower_ == "as" and head.dep_ == "prep":
        token, head = head, head.head  # "described it as unworkable", the adjective hung on "as"
    if token.lower_ == "as" and head.dep_ == "dobj":  # "as" hung on the object, not the verb
        head = head.head
    found: Judged | None = None
    if (token.dep_ in ("attr", "acomp", "dobj") and head.lemma_.lower() in COPULAS) or (
        token.lower_ == "to" and head.lemma_.lower() == "amount"
    ):
        found = _said_of(context, head, token, positive)
    elif token.pos_ == "VERB" and token is word:  # "the offer falls short", "does nothing"
        found = _said_of(context, token, None, positive)
    elif head.lemma_.lower() in context.lexicon.label_verbs and (
        token.dep_ in LABELLED or (token.dep_ == "dobj" and has_child(head, "dative"))
    ):
        found = _labelled(context, head, positive)
    if found is None and word.dep_ == "amod" and _plain_adjective(context, word):
        # "this derisory offer" in a speaker's words
        judged = context.object_entities([word.head], PROPOSALS, search=False)
        judges = judges_of(context, word) or judges_of(context, _clause_of(word))
        found = (judges, judged, positive) if judged and judges else None
    return found


def _said_of(
    context: Context, verb: Token, attribute: Token | None, positive: bool
) -> Judged | None:
    """The verdict of a copula or verb phrase on its subject: "the offer is derisory", "the
    offer is not good enough" (a negated approval disapproves; a negated disapproval says
    nothing; the parser may hang the "not" on the attribute: "is not fit for purpose"). Of
    "this" or "it", the verdict is on the proposal the attribute names: "This is another
    inadequate offer" → the offer spoken of before."""
    negated = has_child(verb, "neg") or (attribute is not None and has_child(attribute, "neg"))
    if negated or _under_denied_opinion(context, verb):
        if not positive:
            return None
        positive = False
    subjects = children(verb, "nsubj")
    judged = context.object_entities(subjects, PROPOSALS, search=False)
    if not judged and attribute is None:
        judged = main_it_topic(context, subjects)
    if not judged and any(_is_actor(context, s) for s in subjects):
        return None  # "we are pleased": an attitude, read by ``attitude``
    if (
        not judged
        and attribute is not None
        and any(s.lower_ in DEICTIC for s in subjects)
        and not _extraposed(verb, attribute)
        and verb.dep_ != "conj"  # "..., and this is unacceptable": the clause
    ):
        judged = _antecedent(context, attribute)
    judges = judges_of(context, verb)
    return (judges, judged, positive) if judged and judges else None


def _under_denied_opinion(context: Context, verb: Token) -> bool:
    """A verdict clause under a denied verb of opinion: "they do not feel the offer goes far
    enough", "I don't think the plan is fair". Such a denial is the clause's own ("I don't
    think it is fair" says it is not fair), so an approval there disapproves."""
    holder = verb.head
    return (
        verb.dep_ == "ccomp"
        and holder.lemma_.lower() in context.lexicon.opinion_verbs
        and has_child(holder, "neg")
    )


EXTRAPOSED = ("xcomp", "ccomp", "csubj")  # "it is important (for X) to ...", "it is fair that"


def _extraposed(verb: Token, attribute: Token) -> bool:
    """True when "it" stands for a clause that comes after: "it is important for councils to
    save", "it is good that talks resume": a judgement of that act, not of a proposal said
    before."""
    return any(
        c.dep_ in EXTRAPOSED or (c.dep_ == "advcl" and _infinitive(c))
        for t in (verb, attribute)
        for c in t.children
    )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _labelled(context: Context, verb: Token, positive: bool) -> Judged | None:
    """ "called the offer derisory", "a decision which the union called misguided"; "branded
    the offer a betrayal" when the parser makes the offer an indirect object."""
    objects = children(verb, "dative") or children(verb, "dobj") or labelled_in_passive(verb)
    if verb.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objects):
        objects = [verb.head]
    if any(o.lower_ == "what" for o in objects):
        objects = _labels(verb)  # "what the minister described as the best offer": the offer
    judged = context.object_entities(objects, PROPOSALS, search=False)
    judges = actors(context, context.subject_entities(verb))
    return (judges, judged, positive) if judged and judges else None


def _labels(verb: Token) -> list[Token]:
    """What a verb of labelling gives its object ("described it as [the best offer]", "called
    it [a fair deal]"): with a free relative for object ("what the minister described as the
    best offer"), the label is the only name of the thing labelled."""
    return [o for p in preps(verb, "as") for o in objects_of(p)] + children(
        verb, "oprd", "xcomp", "ccomp"
    )


def _antecedent(context: Context, attribute: Token) -> list[Found]:
    """The proposal a predicate noun phrase judges ("This is another inadequate offer"): of the
    proposals with the same head noun named shortly before the sentence, the one named most
    often (then the latest), else the phrase's own, else the topic of the sentence before."""
    resolved = context.resolved
    own = context.entity(attribute, PROPOSALS)
    sentence_start = attribute.sent.start
    counts: dict[str, tuple[int, int]] = {}
    for k, mention in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if (
            key is None
            or key == own
            or not sentence_start - ANTECEDENT_REACH <= mention.token_start < sentence_start
            or context.core(key) not in PROPOSALS
            or context.doc[mention.token_end - 1].lemma_.lower() != attribute.lemma_.lower()
            or _plural(context.doc[mention.token_end - 1]) != _plural(attribute)  # --- stance27
        ):
            continue
        count, _last = counts.get(key, (0, 0))
        counts[key] = (count + 1, mention.token_start)
    best = max(counts, key=lambda key: counts[key], default=None)
    key = best or own or _topic(context, attribute)
    return [(key, attribute)] if key is not None else []


def _topic(context: Context, attribute: Token) -> str | None:
    """What "this" is in a speaker's "This is a kick in the teeth": the first proposal named in
    the sentence before, its topic ("The offer covers a bonus and a rise. This is the best we
    could get": the offer, not the rise listed in it)."""
    start = attribute.sent.start
    if start == 0 or context.resolved.quotation_at(attribute.idx) is None:
        return None
    previous = context.doc[start - 1].sent.start
    if _pronoun_topic(context.doc[previous:start]) and previous > 0:  # --- stance27
        start, previous = previous, context.doc[previous - 1].sent.start
    resolved = context.resolved
    found = [
        (mention.token_start, key)
        for k, mention in enumerate(resolved.mentions)
        if (key := resolved.mention_entity[k]) is not None
        and previous <= mention.token_start < start
        and context.core(key) in PROPOSALS
    ]
    return min(found)[1] if found else None  # the first: the sentence's topic, not a detail


def _plural(token: Token) -> bool:
    """A plural noun: "This is another inadequate offer" judges an offer, not "the offers"
    rejected before it (a singular predicate noun agrees with a singular antecedent)."""
    return token.tag_ in ("NNS", "NNPS")


def _pronoun_topic(sentence: Span) -> bool:
    """A sentence whose main subject is "it" or "this": it goes on with the topic of the
    sentence before it ("Members will vote on the offer. It has been criticised, with ...
    saying it falls short of the award they want. X said: 'It is a step forward'": the
    offer, not the award), so a "This is ..." after it judges that topic."""
    return main_pronoun_subject(sentence, ("it", "this")) is not None


def _plain_adjective(context: Context, word: Token) -> bool:
    """An adjective that judges the noun it modifies: not a comparative ("a more credible
    offer" is wished for), nor a superlative (a rank, mostly one aimed at: "the best service
    we can deliver"), and not a word of the proposal's name ("fair pay agreements", met again
    and again with their adjective)."""
    if word.tag_ in ("JJR", "RBR") or any(c.lower_ in ("more", "less") for c in word.children):
        return False
    if word.tag_ in ("JJS", "RBS") or any(c.lower_ in ("most", "least") for c in word.children):
        return False
    between = word.doc[word.i + 1 : word.head.i]
    if word.i > word.head.i or not all(t.pos_ in ("ADJ", "ADV", "NOUN", "PUNCT") for t in between):
        return False
    if all(t.pos_ != "NOUN" for t in between):
        return True
    key = context.entity(word.head, PROPOSALS)
    if key is None:
        return True
    resolved = context.resolved
    named = [
        m
        for k, m in enumerate(resolved.mentions)
        if resolved.mention_entity[k] == key and word.lower_ in m.text.lower()
    ]
    return len(named) < NAME_USES


def _is_actor(context: Context, token: Token) -> bool:
    return context.entity(token, ACTORS) is not None


def _clause_of(token: Token) -> Token:
    """The verb of the clause a word is in."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX") or current.head is current:
            return current
        current = current.head
    return current


# -- reproach ------------------------------------------------------------------------------


def reproach(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A speaker's disapproving word for what an actor does or offers: "yet more smoke and
    mirrors from the government", "a betrayal by ministers" → the speaker ``criticises`` the
    actor."""
    if token.pos_ != "NOUN" or verdict_word(context, token) is not False:
        return
    blamed = [
        found
        for prep in children(token, "prep")
        if prep.lower_ in ("from", "by")
        for found in context.object_entities(children(prep, "pobj"), ACTORS, search=False)
    ]
    judges = judges_of(context, token) or judges_of(context, _clause_of(token))
    own = {key for key, _ in judges}
    blamed = [(k, t) for k, t in blamed if k not in own]
    yield from context.emit(rule, judges, KG.criticises, blamed, [token], KG.Reported, token.lower_)


# -- attitude and effect --------------------------------------------------------------------


def attitude(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """An actor's feeling about a proposal: "we are pleased with the offer", "we are
    satisfied that this offer delivers", "the union is disappointed by the plan"."""
    if token.dep_ != "acomp" or not (token.pos_ == "ADJ" or token.tag_ == "VBN"):
        return
    positive = verdict_word(context, token) if token.pos_ == "ADJ" else _felt(context, token)
    copula = token.head
    if positive is None or hypothetical(context, copula):
        return
    if has_child(copula, "neg"):
        if not positive:
            return
        positive = False
    holders = actors(context, context.subject_entities(copula)) or speaker_feeling(context, copula)
    objects = [o for p in children(token, "prep") if p.lower_ in ABOUT for o in children(p, "pobj")]
    reversed_objects: list[Token] = []
    for clause in children(token, "ccomp"):  # "satisfied that this offer delivers"
        if reverses(context, clause):  # "disappointed that ministers rejected the plan"
            reversed_objects += children(clause, "dobj", "nsubjpass")
            continue
        objects += children(clause, "nsubj", "nsubjpass", "dobj")
    for act in children(token, "xcomp"):  # "keen to make inroads on the reform"
        objects += children(act, "dobj") + [
            o for p in children(act, "prep") for o in children(p, "pobj")
        ]
    yield from context.emit(
        rule,
        holders,
        KG.supports if positive else KG.opposes,
        context.object_entities(objects, PROPOSALS, search=False),
        [token],
        voice(context, copula),
        token.lower_,
    )
    yield from context.emit(
        rule,
        holders,
        KG.opposes if positive else KG.supports,
        context.object_entities(reversed_objects, PROPOSALS, search=False),
        [token],
        voice(context, copula),
        token.lower_,
    )
    if not positive:
        yield from context.emit(
            rule,
            holders,
            KG.criticises,
            _blamed(context, token, holders),
            [token],
            voice(context, copula),
            token.lower_,
        )


def _blamed(context: Context, feeling: Token, holders: list[Found]) -> list[Found]:
    """The actors a bad feeling is about: the subject of the clause it is felt at
    ("disappointed that the council has walked away", "that the members of the union have
    walked out"), an actor it is felt with ("angry with the minister"), or the actor whose act it
    is felt at ("disappointed to hear of the union's ballot": not a proposal's owner, whom
    opposing the proposal is about). Never the holders themselves or their own body."""
    own = context.with_their_bodies(holders)
    doers = [
        (k, t)
        for clause in children(feeling, "ccomp")
        for k, t in actors(context, context.subject_entities(clause))
        if t.pos_ != "PRON"  # "concerned that it represents ...": what?
    ]
    felt_at = [o for p in children(feeling, "prep") if p.lower_ in ABOUT for o in objects_of(p)]
    for act in children(feeling, "xcomp"):  # "disappointed to hear of the union's ballot"
        felt_at += children(act, "dobj") + [o for p in children(act, "prep") for o in objects_of(p)]
    for thing in felt_at:
        if thing.pos_ == "PRON":
            continue
        if context.entity(thing, ACTORS) is not None:
            doers += actors(context, context.object_entities([thing], ACTORS, search=False))
        elif context.entity(thing, PROPOSALS) is None:
            owners = [o for o in children(thing, "poss", "compound") if o.pos_ != "PRON"]
            doers += actors(context, context.object_entities(owners, ACTORS, search=False))
    return [(k, t) for k, t in doers if k not in own]


def _felt(context: Context, participle: Token) -> bool | None:
    """The verdict of a feeling the tagger reads as a participle ("I'm disappointed that ...",
    "we are pleased"): the word alone, as an adjective of approval or disapproval."""
    words = context.lexicon
    if participle.lower_ in words.disapproval_words:
        return False
    if participle.lower_ in words.approval_words:
        return True
    return None


def conduct(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A grievance at an actor's conduct criticises the actor publicly: "the college is
    disappointed at the Government's failure to act", "angry at the minister's refusal"
    (``lex:grievanceAdjective`` as an adjective or a passive participle; the conduct, a
    ``lex:conductNoun`` that the actor owns)."""
    words = context.lexicon
    if token.lower_ not in words.grievance_adjectives or has_child(token, "neg"):
        return
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        copula = token.head
        holders = context.subject_entities(copula)
    elif token.tag_ == "VBN" and has_child(token, "auxpass"):  # "is disappointed at": felt
        copula = token
        holders = context.object_entities(children(token, "nsubjpass"), ACTORS, search=False)
    else:
        return
    if has_child(copula, "neg") or hypothetical(context, copula):
        return
    holders = actors(context, holders)
    # the conduct's owner: its possessor ("the Government's failure"), or after "of" or "by"
    # ("the decision of the union to reject it", "the refusal by ministers")
    owners = [
        owner
        for p in children(token, "prep")
        if p.lower_ in ABOUT
        for o in children(p, "pobj")
        if o.lemma_.lower() in words.conduct_nouns
        for owner in children(o, "poss") + [a for q in preps(o, "of", "by") for a in objects_of(q)]
    ]
    own = {k for k, _ in holders}
    found = context.object_entities(owners, ACTORS, search=False)
    yield from context.emit(
        rule,
        holders,
        KG.criticises,
        [(k, t) for k, t in found if k not in own],
        [token],
        voice(context, copula),
        f"{token.lower_} at",
    )


def effect(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """What a speaker says a proposal will do: good supports it, harm opposes it ("this offer
    delivers on our ambition", "the levy will damage rural surgeries")."""
    lemma = token.lemma_.lower()
    words = context.lexicon
    if token.pos_ != "VERB":
        return
    positive = lemma in words.positive_effects
    if not positive and lemma not in words.negative_effects:
        return
    negated = has_child(token, "neg") or doubted(context, token)
    if (negated and not positive) or hypothetical(context, token):
        return  # "will not harm the service" says nothing
    if raises_doubt(context, token):
        return  # "the levy raises questions" (stance5)
    if positive and any(a.lower_ in words.focus_adverbs for a in children(token, "advmod")):
        return  # "would only benefit the board": good done to few, no praise
    if context.burdens(token):  # raising a burden harms, cutting one helps
        if negated:
            return
        positive = lemma not in words.positive_effects
    judged = context.object_entities(children(token, "nsubj"), PROPOSALS, search=False)
    if not judged:
        return
    if negated:  # "this plan will not fix the shortage": denied good opposes the plan
        positive = False
        lemma = f"not {lemma}"
    yield from context.emit(
        rule,
        judges_of(context, token),
        KG.supports if positive else KG.opposes,
        judged,
        [token],
        KG.Reported,
        lemma,
    )


def reverses(context: Context, verb: Token) -> bool:
    """True for a verb that goes against its object ("reject", "scrap", "call off"): a feeling
    about its being done is the opposite stance on the object ("pleased that the council
    rejected the plan" opposes the plan)."""
    if context.cancels(verb) or undoes(verb, context.lexicon):
        return True
    return any(
        context.schema.core_property(route.predicate) == KG.opposes
        for route in routes(context, verb)
    )
