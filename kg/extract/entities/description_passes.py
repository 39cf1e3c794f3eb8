"""Sieve passes over descriptions: "the College" → the last organisation with "College" in
its name, "the plan" → the last plan (role phrases: :mod:`~kg.extract.entities.role_holders`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.entities.change_in_parts import whole_of_parts
from kg.extract.entities.head_kinds import names_a_kind_of
from kg.extract.entities.phrase_passes import head_key, versions_apart
from kg.extract.entities.salience import antecedent_candidates
from kg.extract.mentions import normalise_name
from kg.extract.mentions.names import DEMONSTRATIVES
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token
from kg.extract.entities.sieve_base import Sieve

__all__ = ["descriptions_to_antecedents"]


# ------------------------------------------------------------------ descriptions and roles


def descriptions_to_antecedents(sieve: Sieve) -> None:
    """A description → the last earlier name it fits ("the College" → "Royal College of GPs",
    "the plan" → "10-year plan"; in the headline, the first later one). With none, it names
    nothing and is dropped ("the committee", "its approach", "the plan"), except an event an
    earlier verb introduced ("will consult its members ... the consultation") and a
    description without "the" ("a fair offer"): each is one thing, whichever way it is
    described again."""
    unnamed: dict[tuple[URIRef | None, str], int] = {}
    for k, head in sorted(sieve.found.descriptions.items()):
        m = sieve.mentions[k]
        if core_class(m.type) == KG.Event and _named_already(sieve, k):
            continue  # "the annual conference of the Guild": its own long form says which
        if core_class(m.type) == KG.Proposal and _said_in_full(sieve, k):
            continue  # "her plan for more ferries": the words after it say which plan
        # "A union has warned ... The FBU said": the lede describes who it names later
        lede = k in sieve.found.indefinite and core_class(m.type) == KG.Organisation
        target = _in_apposition(sieve, k)
        if target is None:
            target = _named_after(sieve, k, head) if lede else _antecedent(sieve, k, head)
        if target is None and not lede and (m.sentence == 0 or core_class(m.type) == KG.Event):
            # in the headline, or an event: "Ahead of the meeting, ... the Saturday meeting"
            target = _antecedent(sieve, k, head, later=True)
        if target is None and not lede:
            target = _house_name_later(sieve, k, head)
        if target is not None:
            sieve.union(k, target)
        elif (
            core_class(m.type) in (KG.Proposal, KG.Event)
            and k not in sieve.found.possessive
            and (k in sieve.found.indefinite or _said_to_be_one_thing(sieve, m))
            or _owners_gathering(sieve, m)
        ):
            # "forthcoming negotiations ... constructive talks": one process (``head_key``)
            same = head_key(m)[0] if m.type == KG.Negotiation else head
            earlier = unnamed.setdefault((m.type, same), k)
            if earlier != k:
                sieve.union(k, earlier)
        elif (before := _told_of_before(sieve, unnamed, k, head)) is not None:
            sieve.union(k, before)
        else:
            sieve.drop(k)


def _house_name_later(sieve: Sieve, k: int, head: str) -> int | None:
    """A capitalised organisation word with no name before it ("the College and the Centre
    ... have long argued", then "President of the Royal College of X"): the house style of a
    body writing of itself, or of news about it, names it in full later. The first later
    name with the word in it."""
    m = sieve.mentions[k]
    if core_class(m.type) != KG.Organisation or not m.text[-1:].isalpha():
        return None
    if not m.text.split()[-1][0].isupper() or m.token_start == _sentence_start(sieve, m):
        return None  # "the college", or a capital that only opens the sentence
    target = _antecedent(sieve, k, head, later=True)
    if target is None or head not in _name_words(sieve, sieve.mentions[target]):
        return None
    return target


def _sentence_start(sieve: Sieve, m: Mention) -> int:
    tokens = sieve.tokens
    if not tokens or m.token_start >= len(tokens):
        return -1
    return tokens[m.token_start].sent.start


#: determiners that point back to a thing told of before
_POINTING_BACK = frozenset({"this", "that", "these", "those", "another", "such"})


def _said_in_full(sieve: Sieve, k: int) -> bool:
    """The description is the start of a longer form of itself that goes on past its head
    ("plan" of "her plan for more ferries"), already linked to it; not one a demonstrative
    points back with ("this derisory plan for general practice", "another offer to teachers":
    the words after it say who it is for, not which)."""
    m, root = sieve.mentions[k], sieve.links.find(k)
    tokens = sieve.tokens
    if not tokens or any(
        t.lower_ in _POINTING_BACK for t in tokens[max(0, m.token_start - 2) : m.token_end]
    ):
        return False
    return any(
        o.token_start == m.token_start
        and o.token_end > m.token_end
        and sieve.links.find(i) == root
        and _says_which(tokens[m.token_end : o.token_end])
        for i, o in enumerate(sieve.mentions)
    )


def _inside_another_proposal(sieve: Sieve, k: int) -> bool:
    """Mention ``k`` lies inside a longer proposal's words ("the levy" of "abolish the
    levy"): what that proposal changes, which "the decision" or "the move" does not restate
    ("announced a rise in fares ... condemned the decision": the rise)."""
    m = sieve.mentions[k]
    return any(
        core_class(o.type) == KG.Proposal
        and o.token_start <= m.token_start
        and m.token_end <= o.token_end
        and (o.token_start, o.token_end) != (m.token_start, m.token_end)
        for o in sieve.mentions
    )


def _says_which(tail: Sequence[Token]) -> bool:
    """Words after a head that say what a thing is ("for more ferries"), not only when ("on
    Thursday", "in May")."""
    return any(
        t.pos_ in ("NOUN", "PROPN", "VERB") and t.ent_type_ not in ("DATE", "TIME") for t in tail
    )


def _named_after(sieve: Sieve, k: int, head: str) -> int | None:
    """The organisation an indefinite description of the lede's subject ("A union has warned
    ...") describes: the first that it fits and a later sentence makes its speaker, not a
    government, a legislature or the press (whom news names as the other side)."""
    m = sieve.mentions[k]
    for other in sieve.named:
        o = sieve.mentions[other]
        if o.sentence <= m.sentence or core_class(o.type) != KG.Organisation:
            continue
        if not _a_speaker(sieve, o):
            continue
        fits = (
            head in _name_words(sieve, o)
            or _of_word_class(sieve, head, o)
            or head in sieve.lexicon.generic_organisation_nouns
        )
        if fits and o.type not in _OTHER_SIDES:
            return other
    return None


def _a_speaker(sieve: Sieve, o: Mention) -> bool:
    """The mention is the subject of a verb of saying, or owns it ("The Guild said", "The
    Guild's president warned"): news names the actor its lede described where it quotes it."""
    tokens = sieve.tokens
    if not tokens:
        return False
    span = range(o.token_start, o.token_end)
    roots = [tokens[i] for i in span if tokens[i].head.i not in span or tokens[i].head.i == i]
    subjects = [t if t.dep_ == "nsubj" else t.head for t in roots if t.dep_ in ("nsubj", "poss")]
    return any(
        t.dep_ == "nsubj" and t.head.lemma_.lower() in sieve.lexicon.speech_verbs for t in subjects
    )


def _name_words(sieve: Sieve, o: Mention) -> set[str]:
    """The words of a mention's name and, when listed, of the gazetteer's name for it ("the
    College" → "RCGP", listed as the Royal College of GPs); not of its other listed names,
    which the reader may never see ("Unite the Union" says nothing of "the union")."""
    names = [o.text]
    if o.gazetteer_id and o.gazetteer_id in sieve.gazetteer:
        names.append(sieve.gazetteer[o.gazetteer_id].label)
    return {w.lower() for name in names for w in normalise_name(name).replace("-", " ").split()}


def _named_already(sieve: Sieve, k: int) -> bool:
    """Description ``k`` is already one with its owner named: its own longer form says whose it
    is ("annual conference" of "annual conference of the Guild", joined by ``linked_forms``),
    so it is not an earlier one of another owner."""
    group = sieve.links.find(k)
    return any(
        sieve.links.find(n) == group and _OWNER_AFTER.search(sieve.mentions[n].text)
        for n in sieve.named
        if n != k
    )


_OWNER_AFTER = re.compile(r"\bof (the )?[A-Z]")  # "conference of the Guild", "talks of ACAS"


def _in_apposition(sieve: Sieve, k: int) -> int | None:
    """The name a description stands in apposition to: "the Upland Grazing Incentive, a scheme
    worth £40m", "GMB, the union for offshore workers," (the description says what it is)."""
    m = sieve.mentions[k]
    if not sieve.tokens or core_class(m.type) not in (KG.Proposal, KG.Event, KG.Organisation):
        return None
    head = sieve.tokens[m.token_end - 1]
    # the head of the name: the head's own head when it is in apposition, or a child of it so
    apposed = {c.i for c in head.children if c.dep_ == "appos"}
    if head.dep_ == "appos":
        apposed.add(head.head.i)
    if not apposed:
        return None
    for other in sieve.named:
        o = sieve.mentions[other]
        if o.token_end - 1 in apposed and core_class(o.type) == core_class(m.type):
            return other
    return None


def _said_to_be_one_thing(sieve: Sieve, m: Mention) -> bool:
    """A definite description of a proposal or event with no antecedent still names one thing
    when a verb introduced it, an actor's relation verb is about it, or it happens on a date."""
    if not sieve.tokens:
        return False
    return (
        _introduced_by_verb(sieve, m)
        or _argument_of_an_actor(sieve, m)
        or _classified(sieve, m)
        or core_class(m.type) == KG.Event
        and (_dated(sieve, m) or _setting_of_an_actor(sieve, m))
    )


#: endings of relational adjectives, formed from nouns ("statute" → "statutory", "nation" →
#: "national"): they say what kind a thing is, not what is thought of it
_CLASSIFYING_ENDINGS = ("ory", "ary", "al", "ic")


def _classified(sieve: Sieve, m: Mention) -> bool:
    """A definite description whose adjective classifies (a relational adjective, formed from
    a noun: "the statutory levy", "the national scheme") names the one thing of that kind the
    reader knows, named before or not; an adjective of amount, time or weight with the same
    ending ("the additional funding", "the final offer": ``lex:unclassifyingAdjective``) or
    of judgement (``lex:judgingWord``) does not."""
    lexicon = sieve.lexicon
    return any(
        t.pos_ == "ADJ"
        and t.lower_.endswith(_CLASSIFYING_ENDINGS)
        and t.lower_ not in lexicon.unclassifying_adjectives
        and t.lower_ not in lexicon.judging_words
        for t in sieve.tokens[m.token_start : m.token_end - 1]
    )


_GATHERINGS = frozenset({KG.Meeting, KG.Negotiation, KG.Conference, KG.Speech})
_SETTINGS = frozenset({"at", "during", "in"})


def _setting_of_an_actor(sieve: Sieve, m: Mention) -> bool:
    """A gathering (a meeting, talks, a conference) that an actor's clause is set in names
    one occasion, told of though not named before: "During the debate, the minister said",
    "Speaking at the conference, Ms Lowe said" (a person or organisation named, or a
    personal pronoun, is the clause's subject)."""
    head = sieve.tokens[m.token_end - 1]
    preposition = head.head
    if m.type not in _GATHERINGS or head.dep_ != "pobj" or preposition.lower_ not in _SETTINGS:
        return False
    verb = preposition.head
    if verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Speaking at the conference, X said": the participle's subject
    return verb.pos_ in ("VERB", "AUX") and any(
        t.i in sieve.actor_tokens or t.lower_ in _PERSONAL_PRONOUNS
        for s in verb.children
        if s.dep_ == "nsubj"
        for t in (s, *s.conjuncts)
    )


def _told_of_before(
    sieve: Sieve, unnamed: Mapping[tuple[URIRef | None, str], int], k: int, head: str
) -> int | None:
    """The event an earlier description kept as one thing told of, which a definite
    description of its class and head refers back to: "Drivers held a protest on Monday ...
    Lind, one of the organisers of the protest, said" (the second names the first)."""
    m = sieve.mentions[k]
    if core_class(m.type) != KG.Event or k in sieve.found.indefinite:
        return None
    same = head_key(m)[0] if m.type == KG.Negotiation else head
    return unnamed.get((m.type, same))


_OWNER_PRONOUNS = frozenset({"its", "their"})
_SPEAKER_PRONOUNS = frozenset({"his", "her"})


def _owners_gathering(sieve: Sieve, m: Mention) -> bool:
    """A gathering (a meeting, a conference) owned by "its" or "their", with no earlier one it
    could be, is its owner's own occasion: "the union's tone at its annual conference", "members
    heckled the minister at their conference"; a speech by "his" or "her" too. Unlike "its
    approach", which restates a thing named before, a body's own gathering is one event
    whether or not it was named."""
    if m.type not in _GATHERINGS or not sieve.tokens:
        return False
    head = sieve.tokens[m.token_end - 1]
    # a speech is one person's: "during his speech at the conference"
    owners = _OWNER_PRONOUNS | _SPEAKER_PRONOUNS if m.type == KG.Speech else _OWNER_PRONOUNS
    return any(c.dep_ == "poss" and c.lower_ in owners for c in head.children)


def _introduced_by_verb(sieve: Sieve, m: Mention) -> bool:
    """A thing of the description's class introduced by a verb before it, or in its sentence
    ("The union will consult its members. The consultation opens ...": ``lex:introducingVerb``)."""
    first = sieve.first_introductions.get(m.type)
    return first is not None and first < sieve.tokens[m.token_start].sent.end


_PERSONAL_PRONOUNS = frozenset("i we he she they".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _dated(sieve: Sieve, m: Mention) -> bool:
    """An event said to happen on a date: "the strike starts on 1 April" is one occurrence."""
    head = sieve.tokens[m.token_end - 1]
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        t.ent_type_ in ("DATE", "TIME") or t.pos_ == "PROPN" and t.lower_ in _MONTHS
        for child in verb.children
        if child.dep_ in ("prep", "npadvmod", "tmod")
        for t in child.subtree
    )


def _argument_of_an_actor(sieve: Sieve, m: Mention) -> bool:
    """The description is what an actor's relation verb is about: "Tom Hale defended the cap",
    "the union voted against the offer" (the verb or verb + preposition is a ``lex:trigger``,
    its subject a person or organisation named, or a personal pronoun); for an event, also a
    verb of staging or calling it off ("the union suspended the strike": its own strike)."""
    head = sieve.tokens[m.token_end - 1]
    if head.dep_ in ("dobj", "nsubjpass"):
        verb, preposition = head.head, ""
    elif head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb, preposition = head.head.head, head.head.lower_
    else:
        return False
    lemma = verb.lemma_.lower()
    lexicon = sieve.lexicon
    staged = (
        not preposition
        and core_class(m.type) == KG.Event
        and (lemma in lexicon.participation_verbs or lemma in lexicon.cancel_verbs)
    )
    if (lemma, preposition) not in lexicon.triggers and not staged:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    return any(
        t.i in sieve.actor_tokens or t.lower_ in _PERSONAL_PRONOUNS
        for s in subjects
        for t in (s, *s.conjuncts)
    )


def _antecedent(sieve: Sieve, k: int, head: str, *, later: bool = False) -> int | None:
    """The last earlier named mention a description fits (``later``: the first later one).

    It fits when it has the same head word ("the plan" → "the 10-year plan"),
    the same class of funding ("the funding" → "£500m investment"), or, for an
    organisation, a name containing the word ("the College" → RCGP, whose
    gazetteer name is "Royal College of GPs"; "the organisation" → any).
    """
    mentions = sieve.mentions
    m = mentions[k]
    want = core_class(m.type)
    demonstrative = _demonstrative(sieve, m)
    best = None
    by_word = None  # "the trust" -> the last name with "Trust" in it, before any of its class
    by_word_and_class = by_class = None  # ... but first a name of the class the word names
    same_head = None
    for other in antecedent_candidates(sieve, k, later=later):
        o = mentions[other]
        # core classes are the ontology's own terms, one object each: compared by identity
        if (o.start <= m.start if later else o.start >= m.start) or core_class(o.type) is not want:
            continue
        if want == KG.Organisation:
            has_word, of_class = head in _name_words(sieve, o), _of_word_class(sieve, head, o)
            by_word = other if has_word else by_word
            by_word_and_class = other if has_word and of_class else by_word_and_class
            by_class = other if of_class else by_class
            fits = has_word or of_class
        else:
            fits = _same_kind_of_phrase(sieve, head, m, o)
        if want == KG.Organisation and head in sieve.lexicon.generic_organisation_nouns:
            fits = True
        if m.type in (KG.FundingPackage, KG.Proposal) and o.type == m.type:
            fits = True  # "the funding" -> "a £500m package"; "the proposal" -> "the offer"
        if want == KG.Proposal and demonstrative:
            if o.head == head:
                same_head = other  # "this new plan" -> the last plan, if there is one
            fits = True  # "this pay award" -> the last proposal, whatever its head
        if want == KG.Proposal and head in sieve.lexicon.decision_nouns:  # "the decision"
            fits = not _inside_another_proposal(sieve, other)  # that rise, not the fares in it
        if want == KG.Proposal and _put_forward_as(sieve, head, o):
            fits = True  # "offered staff a 3% rise ... the offer"
        if _parts_of_a_change(sieve, head, m, o) or whole_of_parts(
            sieve, head, m, o, _plural(sieve, o)
        ):
            fits = True  # "the government's overhaul ... the plans"; "plans to X ... the plan"
        elif fits and want == KG.Proposal and _plural(sieve, m) != _plural(sieve, o):
            fits = False  # "the offers" are not "the 6% offer"
        if fits and versions_apart(m, o, sieve.lexicon):
            fits = False  # "the old scheme" is not "the new payment scheme"
        if fits and o.start <= m.start and m.end <= o.end and o.head != head:
            fits = False  # "an amendment to oppose the reforms": not what it holds
        if fits:
            best = other
            if want == KG.Proposal and o.head == head and o.sentence and not demonstrative:
                same_head = other  # "the plans" -> the body's plans, not a later reform
    if by_word is not None and mentions[by_word].type not in _BROAD_BODIES:
        by_class = None  # "the college" -> the Royal College of Nursing before any guild
    by_word = next((k for k in (by_word_and_class, by_class, by_word) if k is not None), None)
    return by_word if by_word is not None else same_head if same_head is not None else best


def _put_forward_as(sieve: Sieve, head: str, o: Mention) -> bool:
    """``o`` is the object of a verb whose noun is the description's head: "offered staff a 3%
    rise" ... "the offer", "proposed a levy" ... "the proposal"."""
    tokens = sieve.tokens
    if not tokens or o.token_end > len(tokens):
        return False
    inside = range(o.token_start, o.token_end)
    roots = [tokens[i] for i in inside if tokens[i].head.i not in inside]
    if len(roots) != 1 or roots[0].dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = roots[0].head.lemma_.lower()
    return head in (verb, verb + "al", verb[:-1] + "al", verb + "ment")


def _same_kind_of_phrase(sieve: Sieve, head: str, m: Mention, o: Mention) -> bool:
    """A proposal or event description fits ``o``: the same head; one generic word for another
    ("the plan", "a scheme" -> "the polyclinic proposals"); one word of a settlement for another
    ("the deal" -> "the 4% pay offer"); an event its verb named ("the consultation" -> "will
    consult")."""
    generic, deals = sieve.lexicon.generic_proposal_heads, sieve.lexicon.deal_heads
    return (
        o.head == head
        or (head in generic and o.head in generic)
        or (head in deals and o.head in deals)
        or names_a_kind_of(sieve.lexicon, head, o.head)  # "the ballot" -> "the vote"
        or (o.method == "verb" and o.type == m.type)
    )


def _parts_of_a_change(sieve: Sieve, head: str, m: Mention, o: Mention) -> bool:
    """A plural description of change (``lex:collectiveChangeNoun``: "the plans", "the
    reforms", "the changes") fits a reform or plan named before, though it is singular: it
    names the parts of that one change together ("an overhaul of the inspections ... the
    plans were rushed"). A settlement ("the offers") or a bill is not named so."""
    change_nouns = sieve.lexicon.collective_change_nouns
    return (
        head in change_nouns
        and o.type in (KG.Reform, KG.Plan)
        and bool(_plural(sieve, m))
        and (not _plural(sieve, o) or o.head in change_nouns)
    )


#: organisations a description of the lede's subject does not describe: the other side, or
#: those reporting
_OTHER_SIDES = frozenset({KG.GovernmentBody, KG.Legislature, KG.NewsOrganisation})

#: bodies whose name may hold a word that names a narrower class: "the union" is a trade union
#: named before, not the European Union (a name of a specific class keeps its word)
_BROAD_BODIES = frozenset({KG.Organisation, KG.GovernmentBody, KG.Legislature})


def _of_word_class(sieve: Sieve, head: str, o: Mention) -> bool:
    """``o`` is of the class the description's word names as a name word ("the union": a
    trade union), which it fits before a name that merely has the word (the European Union)."""
    return sieve.lexicon.name_words.get(head.title()) == o.type


def _demonstrative(sieve: Sieve, m: Mention) -> bool:
    """The description opens with "this", "that", "these" or "those": a demonstrative points
    to the thing last in view, however it was named ("a £1,900 uplift ... this pay award")."""
    if not sieve.tokens or m.token_start < 1:
        return False
    return sieve.tokens[m.token_start - 1].lower_ in DEMONSTRATIVES


def _plural(sieve: Sieve, m: Mention) -> bool | None:
    """Whether the mention's head word is plural (None when the tokens do not tell)."""
    if not sieve.tokens:
        return None
    heads = [t for t in sieve.tokens[m.token_start : m.token_end] if t.lemma_.lower() == m.head]
    return heads[-1].tag_ in ("NNS", "NNPS") if heads else None
