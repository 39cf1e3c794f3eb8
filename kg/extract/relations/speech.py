"""What speakers say: the stances they take by urging others or refusing, whom they criticise
or urge, where they speak, and who speaks (used by :mod:`~kg.extract.relations.verdicts`).

* **recommendation**: urging others to accept or to reject (or drop) a proposal is taking that
  stance on it: "the board is recommending that members vote to accept the offer" → the
  board ``supports`` the offer; "the union urged the government to scrap the levy" → it
  ``opposes`` the levy (``lex:recommendWord``, ``lex:acceptWord``, ``lex:rejectWord``);
* **refusal**: refusing, or saying one will not, accept a proposal opposes it: "we will not
  accept this offer", "the union refused to back the deal" (``lex:refuseVerb``);
* **criticism**: an actor a speaker says does wrong or does not listen is criticised by the
  speaker ("a government that is ignoring the crisis", ``lex:misconductVerb``,
  ``lex:regardVerb``): ``criticises``, a kind of ``communicatesWith``;
* **addressees**: a letter reproduced in the article is written to each actor its "To:"
  block names (``wroteTo``);
* **attribution role**: "Jo Hale, Chair, Tenby Council, said" → Hale ``chairOf`` the
  council (a role and its organisation in two appositions of a speaker);
* **outburst**: public criticism by a verb phrase ("hit out at", "took aim at", "lambasted",
  ``lex:criticismPhrase``): the subject ``criticises`` the actor, ``opposes`` the proposal;
* **exhortation**: a speaker saying another actor should, must or needs to act ``urges`` it
  (``lex:obligationWord``);
* **media**: speaking through a news organisation or in a parliament ("speaking on Sky News",
  "said in a statement to the BBC", "at the House of Commons, X said", ``lex:mediaWord``)
  ``communicatesWith`` it.

The speaker of words inside a quotation is its speaker (:mod:`kg.extract.entities.quotations`,
"I" and "we" included); of a reported clause, the subject of the verb of saying or of
opinion that governs it ("Hale said the deal was fair", ``lex:opinionVerb``). A stance
stated is a stance held, whatever the modal of the words: "we would never accept it" still
opposes; only a condition ("if the offer were fair") or an open question ("whether") keeps
it from being one.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Doc, Token

from kg.extract.relations.appraisals import speaker_feeling
from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, RoleFound, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = [
    "MAX_CLIMB",
    "actors",
    "addressees",
    "attribution_role",
    "criticism",
    "exhortation",
    "hypothetical",
    "judges_of",
    "media",
    "on_condition",
    "outburst",
    "recommendation",
    "refusal",
    "voice",
]

MAX_CLIMB = 5
# how an act urged on others hangs on the verb or noun that urges it
URGED_THROUGH = ("xcomp", "ccomp", "relcl", "advcl", "pobj", "pcomp", "prep", "acl", "dobj")
# verbs of urging that need someone else to act (an object, or a clause with its own subject)
NEEDS_ANOTHER = ("want", "ask", "press", "push", "demand", "plead", "appeal", "call", "tell")
REPORTING = ("ccomp", "conj", "xcomp", "advcl", "parataxis")
# where speaking is communicating with whoever runs the place: the press and parliaments
FORUMS = (KG.NewsOrganisation, KG.Legislature)


# -- recommendation -------------------------------------------------------------------------


def recommendation(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """An actor urging or recommending others to accept a proposal supports it; to reject,
    scrap or drop it, opposes it."""
    predicate = _stance_of_act(context, token)
    if predicate is None:
        return
    urging = _urging(context, token)
    if urging is None or has_child(urging, "neg") or hypothetical(context, urging):
        return
    if urging.lemma_.lower() in NEEDS_ANOTHER and not _another_acts(urging, token):
        return
    if _open_question(context, token, urging):
        return
    judges = actors(context, context.subject_entities(urging))
    if urging.pos_ == "NOUN":  # "the board's recommendation to accept", "made a recommendation"
        owners = [(k, c) for c in children(urging, "poss") if (k := context.entity(c, ACTORS))]
        judges = owners or actors(context, context.subject_entities(urging.head))
    yield from context.emit(
        rule,
        _not_urged(context, judges, urging),
        predicate,
        _proposals(context, token),
        [urging, token],
        voice(context, urging),
        _form(context, token),
    )


def _open_question(context: Context, act: Token, urging: Token) -> bool:
    """True when the act is asked about, not urged: "asked whether the guild would back the
    levy", "asked if members would accept the offer" (a mark of condition or doubt between the
    act and the verb of asking)."""
    marks = context.lexicon.conditional_marks | context.lexicon.uncertain_marks
    current = act
    while current.i != urging.i and current.head is not current:
        if any(c.dep_ == "mark" and c.lower_ in marks for c in current.children):
            return True
        current = current.head
    return False


def _not_urged(context: Context, judges: list[Found], urging: Token) -> list[Found]:
    """The urgers but whoever is urged: no one urges themselves, so a subject that is also the
    one urged ("it urged the government", with "it" taken for the government) is misread."""
    urged = children(urging, "dobj") + [
        o for p in children(urging, "prep") if p.lower_ in ("on", "upon") for o in objects_of(p)
    ]
    named = [t for t in urged if not context.is_group(t)]  # not "urged its members"
    told = {k for k, _ in context.object_entities(named, ACTORS, search=False)}
    return [(k, t) for k, t in judges if k not in told]


def _stance_of_act(context: Context, token: Token) -> URIRef | None:
    """``supports`` for an act of accepting, ``opposes`` for one of rejecting (an accepting act
    negated rejects: "urged members not to accept")."""
    words = context.lexicon
    if token.lemma_.lower() not in _first_words(words.accept_words, words.reject_words):
        return None
    form = _form(context, token)
    if form in context.lexicon.accept_words and _withdrawn(context, token):
        return KG.opposes  # "urged the party to withdraw (its) support for the levy"
    if form in context.lexicon.accept_words:
        return KG.opposes if has_child(token, "neg") else KG.supports
    if form in context.lexicon.reject_words and not has_child(token, "neg"):
        return KG.opposes
    return None


def _withdrawn(context: Context, token: Token) -> bool:
    """A noun of accepting that is the object of a verb of rejecting: "withdraw support for the
    levy", "drop its backing for the plan" reject what the support was for."""
    head = token.head
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and _form(context, head) in context.lexicon.reject_words
    )


@functools.lru_cache(maxsize=8)
def _first_words(*phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the lexicon's phrases: a word that starts none is none of them."""
    return frozenset(phrase.split()[0] for words in phrases for phrase in words)


def _form(context: Context, token: Token) -> str:
    """The lexicon's spelling of a verb or noun: with its particle or preposition when the
    lexicon has that form ("vote against", "turn down"), else its lemma."""
    lemma = token.lemma_.lower()
    words = context.lexicon
    for child in token.children:
        if child.dep_ in ("prt", "prep"):
            form = f"{lemma} {child.lower_}"
            if form in words.accept_words or form in words.reject_words:
                return form
            if form in words.recommend_words:
                return form
    return lemma


def _urging(context: Context, token: Token) -> Token | None:
    """The verb or noun of urging that the act at ``token`` is urged by, a few steps up:
    "recommending to members that they vote to [accept]", "urged the union to [scrap]"."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ not in URGED_THROUGH or current.head is current:
            return None
        head = current.head
        if (
            head.pos_ in ("VERB", "NOUN")
            and _form(context, head) in context.lexicon.recommend_words
        ):
            return head
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in ("vote", "be"):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and (
                head.dep_ not in URGED_THROUGH
            ):
                return None  # a clause with a subject of its own that nothing urges
        current = head
    return None


def _another_acts(urging: Token, act: Token) -> bool:
    """True when someone other than the urger is to act: the verb of urging has an object
    ("asked ministers to"), a "to"/"on" complement, or the act its own subject."""
    if has_child(urging, "dobj", "dative"):
        return True
    if any(p.lower_ in ("on", "upon", "to", "for") for p in children(urging, "prep")):
        return True
    return has_child(act, "nsubj", "nsubjpass")


def _proposals(context: Context, token: Token) -> list[Found]:
    """The proposals an act of accepting or rejecting is about: its object, its passive
    subject ("the levy to be withdrawn"), or the object of its preposition ("vote against the
    offer", "acceptance of the deal")."""
    objects = children(token, "dobj", "nsubjpass")
    for prep in children(token, "prep"):
        objects += children(prep, "pobj")
    return context.object_entities(objects, PROPOSALS, search=False)


# -- refusal --------------------------------------------------------------------------------


def refusal(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Saying one will not accept a proposal, or refusing to, opposes it: "we will not accept
    this offer", "the union refused to back the deal"."""
    words = context.lexicon
    if not is_verb(token) or token.lemma_.lower() not in _first_words(words.accept_words):
        return
    if _form(context, token) not in words.accept_words:
        return
    refused = token.dep_ == "xcomp" and token.head.lemma_.lower() in context.lexicon.refuse_verbs
    negated = has_child(token, "neg") and not any(c.lower_ == "yet" for c in token.children)
    unable = unable_clause(context, token)  # "not able to support the bill"
    if not refused and not negated and unable is None:
        return
    actor = token.head if refused else unable or token
    if hypothetical(context, actor):
        return
    refusers = actors(context, context.subject_entities(actor))
    if unable is not None and not refusers:
        refusers = speaker_feeling(context, unable)  # "said it was not able to": the speaker
    yield from context.emit(
        rule,
        refusers,
        KG.opposes,
        _proposals(context, token),
        [token],
        voice(context, token),
        _form(context, token),
    )


def unable_clause(context: Context, verb: Token) -> Token | None:
    """The clause saying its subject cannot or will not do what an infinitive says, after a
    negated adjective of ability (``lex:abilityWord``): "it was not able to support the
    bill", "the union is unable to accept the offer", "not prepared to back the deal"; None
    for any other verb ("able to support the plan")."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.lower_ not in context.lexicon.ability_words:
        return None
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    negative = adjective.lower_ in context.lexicon.negative_ability_words
    if not negative and not has_child(adjective, "neg") and not has_child(clause, "neg"):
        return None
    return clause


# -- criticism and the media ----------------------------------------------------------------


def criticism(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """An actor a speaker says does wrong ("a government that is ignoring the crisis") or does
    not heed others ("a minister who does not listen") is criticised by the speaker: public
    criticism is communication with the one criticised."""
    words = context.lexicon
    if not is_verb(token):
        return
    lemma = _with_particle(token, words.misconduct_verbs)  # "let down", "sell out"
    if lemma not in words.misconduct_verbs and lemma not in words.regard_verbs:
        return
    negated = has_child(token, "neg")
    if not (lemma in words.misconduct_verbs and not negated) and not (
        lemma in words.regard_verbs and negated
    ):
        return
    judges = judges_of(context, token)
    if not judges:
        return
    own = {key for key, _ in judges} | _posts_of(context, {key for key, _ in judges})
    criticised = [
        (k, t) for k, t in actors(context, context.subject_entities(token)) if k not in own
    ]
    yield from context.emit(rule, judges, KG.criticises, criticised, [token], KG.Reported, lemma)


def _with_particle(verb: Token, phrases: frozenset[str]) -> str:
    """The verb's lemma with its particle when the two make one of ``phrases`` ("let" and
    "down" of "has let schools down"), else the lemma."""
    lemma = verb.lemma_.lower()
    for particle in children(verb, "prt"):
        phrase = f"{lemma} {particle.lower_}"
        if phrase in phrases:
            return phrase
    return lemma


def outburst(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Public criticism by a verb phrase: "the union hit out at ministers over the plan", "the
    BMA took aim at the levy", "she lambasted the minister" → the subject ``criticises`` the
    actors it is aimed at and ``opposes`` the proposals (``lex:criticismPhrase``)."""
    words = context.lexicon
    lemma = token.lemma_.lower()
    if not is_verb(token) or lemma not in _first_words(words.criticism_phrases):
        return
    targets: list[Token] = []
    about: list[Token] = []
    if lemma in words.criticism_phrases:
        targets = children(token, "dobj")
    middle = [
        c.lower_
        for c in token.children
        if c.i > token.i
        and (c.dep_ in ("prt", "dobj") or c.dep_ == "advmod" and c.i == token.i + 1)
    ]  # "hit out at", "took aim at", "hit back at" (the parser may make "back" an adverb)
    for prep in children(token, "prep"):
        phrase = " ".join([lemma, *middle[:1], prep.lower_])
        if phrase in words.criticism_phrases:
            targets += children(prep, "pobj")
        elif prep.lower_ in ("over", "about"):
            about += children(prep, "pobj")
    if not targets or has_child(token, "neg"):
        return
    critics = actors(context, context.subject_entities(token))
    modality = context.modality(token)
    aimed = context.object_entities(targets, ACTORS + PROPOSALS, search=False)
    for key, found in aimed:
        predicate = KG.criticises if context.core(key) in ACTORS else KG.opposes
        yield from context.emit(rule, critics, predicate, [(key, found)], [token], modality, lemma)
    over = context.object_entities(about, PROPOSALS, search=False)
    yield from context.emit(rule, critics, KG.opposes, over, [token], modality, lemma)


def exhortation(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A speaker saying another actor should, must or needs to act urges them: "Downing Street
    said the union needs to negotiate in good faith", "“The council must return to talks”"
    (``lex:obligationWord``): ``urges``, a kind of ``communicatesWith``."""
    words = context.lexicon
    lemma = token.lemma_.lower()
    if lemma not in words.obligation_words or token.head is token and token.dep_ == "aux":
        return
    if token.dep_ == "aux":  # "the council must negotiate": at "must", the clause is its head
        token = token.head
        lemma = token.lemma_.lower()
    elif not has_child(token, "xcomp"):  # "the union needs to negotiate"
        return
    if hypothetical(context, token):
        return
    judges = judges_of(context, token)
    if not judges:
        return
    own = {key for key, _ in judges} | _posts_of(context, {key for key, _ in judges})
    urged = [
        (k, t)
        for k, t in actors(context, context.subject_entities(token))
        if k not in own and t.lower_ not in ("we", "i", "you")
    ]
    yield from context.emit(rule, judges, KG.urges, urged, [token], KG.Reported, lemma)


def _posts_of(context: Context, people: set[str]) -> set[str]:
    """The organisations the people hold a role in: a speaker does not criticise their own."""
    return {org for _link, holder, org in context.resolved.roles if holder in people and org}


def media(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Speaking through a news organisation: "speaking on Sky News", "writing in the
    Guardian", "said in a statement to the BBC" → the speaker ``communicatesWith`` it."""
    if token.dep_ != "prep" or token.head is token:
        return
    carrier = token.head
    if f"{carrier.lemma_.lower()} {token.lower_}" not in context.lexicon.media_words:
        return
    outlets = [
        (k, t)
        for t in children(token, "pobj")
        if (k := context.entity(t, ACTORS)) is not None
        and context.resolved.by_key[k].type in FORUMS
    ]
    if not outlets:
        return
    verb = carrier
    for _ in range(3):  # "said in a statement to the BBC": the verb over the noun
        if is_verb(verb) or verb.head is verb:
            break
        verb = verb.head
    speakers = actors(context, context.subject_entities(verb)) if is_verb(verb) else []
    yield from context.emit(
        rule,
        speakers,
        KG.communicatesWith,
        outlets,
        [token],
        context.modality(verb),
        f"{carrier.lemma_.lower()} {token.lower_}",
    )


# -- letters --------------------------------------------------------------------------------


def addressees(context: Context, doc: Doc, rule: Rule[Doc]) -> Iterator[Relation]:
    """A letter reproduced in the article is written to the people and bodies its "To:" block
    names, one a line ("To: Jo Hale MP, Secretary of State ..."): its author ``wroteTo`` each."""
    starts = [t.idx for t in context.tokens]
    for quotation in context.resolved.quotations:
        if quotation.speaker is None:
            continue
        for start, end in quotation.addressed:
            first = bisect.bisect_left(starts, start)
            if context.tokens[first].text == "To" and first + 2 < len(starts):
                first += 2  # "To" ":"
            if first >= len(starts) or starts[first] >= end:
                continue
            name = context.tokens[first]
            key = context.entity(name, ACTORS)
            if key is None:
                continue
            relation = context.relation(
                rule, quotation.speaker, KG.wroteTo, key, [name], KG.Asserted, "to"
            )
            if relation is not None:
                yield relation


# -- who the speaker is ---------------------------------------------------------------------


def attribution_role(
    context: Context, found: RoleFound, rule: Rule[RoleFound]
) -> Iterator[Relation]:
    """A speaker presented by a role and then its organisation, each set off by commas: "Jo
    Hale, Chair, Tenby Council, said" → Hale ``chairOf`` Tenby Council (the role phrase
    alone names no organisation)."""
    link, holder, organisation = found
    if organisation is not None:
        return
    mention = context.resolved.mentions[link.role_mention]
    role_head = context.doc[mention.token_end - 1]
    person = role_head.head
    if role_head.dep_ != "appos" or context.entity(person, (KG.Person,)) != holder:
        return
    if person.dep_ != "nsubj" or person.head.lemma_ not in context.lexicon.speech_verbs:
        return
    for sibling in children(person, "appos"):
        key = context.entity(sibling, (KG.Organisation,)) if sibling.i > role_head.i else None
        if key is not None:
            relation = context.relation(
                rule,
                holder,
                link.role.relation,
                key,
                [person, role_head, sibling],
                KG.Asserted,
                link.role.words,
            )
            if relation is not None:
                yield relation
            return


# -- who speaks -----------------------------------------------------------------------------


def judges_of(context: Context, token: Token) -> list[Found]:
    """Who says the clause of ``token``: the speaker of the quotation it is in, else the actors
    subject of the verb of saying or of opinion that governs it ("Hale said the deal was
    fair"). The token found is ``token`` itself for a quotation's speaker, whose name may be
    sentences away."""
    quotation = context.resolved.quotation_at(token.idx)
    if quotation is not None and quotation.speaker is not None:
        return [(key, token) for key in quotation.speakers or (quotation.speaker,)]
    words = context.lexicon
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ not in REPORTING or current.head is current:
            break
        current = current.head
        lemma = current.lemma_.lower()
        if is_verb(current) and (lemma in words.speech_verbs or lemma in words.opinion_verbs):
            found = actors(context, context.subject_entities(current))
            if found:
                return found
    return []


def actors(context: Context, found: list[Found]) -> list[Found]:
    return [(k, t) for k, t in found if context.core(k) in ACTORS]


def voice(context: Context, token: Token) -> URIRef:
    """Reported when said inside a quotation or under a verb of saying, else asserted."""
    if context.resolved.quotation_at(token.idx) is not None:
        return KG.Reported
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ not in REPORTING or current.head is current:
            break
        current = current.head
        if current.lemma_.lower() in context.lexicon.speech_verbs:
            return KG.Reported
    return KG.Asserted


def hypothetical(context: Context, token: Token, *, until: bool = False) -> bool:
    """True when a condition or an open question governs the clause: "if the union rejects
    it", "asked whether members would accept"; with ``until``, a state wished for too ("until
    a fair offer is made")."""
    words = context.lexicon
    marks = words.conditional_marks | words.uncertain_marks | ({"until"} if until else set())
    current = token
    for _ in range(MAX_CLIMB):
        for child in current.children:
            if child.dep_ == "mark" and child.lower_ in marks:
                return True
        if on_condition(context, current):
            return True
        if current.head is current or current.dep_ not in REPORTING + ("relcl", "pcomp"):
            return False
        current = current.head
    return False


def on_condition(context: Context, verb: Token) -> bool:
    """True for a verb with a condition hung on it ("would help sailors if it were extended",
    "the offer would be fair if it were backdated"): what it says is promised on a condition,
    not said of the proposal as it stands."""
    marks = context.lexicon.conditional_marks
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    )
