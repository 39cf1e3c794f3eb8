"""Sieve passes over proposals and events named by noun phrases: one event under descriptive
names, one collective action per article, modifiers that are a subset of another's, generic
proposals about one thing, light head nouns, funding packages of one amount."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.entities.money import money_amount
from kg.extract.entities.strike_lengths import by_length
from kg.extract.entities.titled_proposals import TitledGroups
from kg.extract.entities.verb_nouns import named_after
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import normalise_name
from kg.extract.mentions.planned_bodies import verb_words
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token
from kg.extract.entities.amounts_told import group_numbers, numbers_told
from kg.extract.entities.event_descriptions import consultations_of_one_body, descriptive
from kg.extract.entities.sieve_base import Sieve

__all__ = [
    "events_by_descriptive_name",
    "events_by_verb",
    "gatherings_by_day",
    "one_collective_action",
    "vote_in_the_consultation",
    "head_noun_subset",
    "generic_proposals_by_topic",
    "proposals_by_topic",
    "reports_by_name",
    "light_head_nouns",
    "funding_by_amount",
    "versions_apart",
    "modifier_words",
    "head_key",
    "headline_proposals_to_body",
    "plans_for_a_proposal",
    "topic_lemmas",
]


# ------------------------------------------------------------------ proposals and events


def _same_head_pairs(sieve: Sieve) -> list[tuple[int, int]]:
    """(noun phrase, other phrase) pairs with one head word and one core class."""
    mentions = sieve.mentions
    phrases = sieve.phrases
    by_head: dict[tuple[str, str], list[int]] = {}
    for k in phrases:
        by_head.setdefault(head_key(mentions[k]), []).append(k)
    pairs = []
    for k in phrases:
        if mentions[k].method != "noun-phrase":
            continue
        for other in by_head[head_key(mentions[k])]:
            if other != k:
                pairs.append((k, other))
    return pairs


def head_key(mention: Mention) -> tuple[str, str]:
    """A mention's head word and core class; "talks" and "negotiations" are one head, words
    for one process (``kg:Negotiation``: "forthcoming negotiations", "constructive talks")."""
    if mention.type == KG.Negotiation:
        return ("negotiation", str(KG.Event))
    return (mention.head, str(core_class(mention.type)))


def events_by_descriptive_name(sieve: Sieve) -> None:
    """Two events with one head name one event when their modifiers only describe it
    ("scoping talks", "promised talks") or one names a kind of body and the other a body ("your
    committee meeting", "the GPCE meeting"); a described consultation is the one consultation
    named with a body (:func:`~kg.extract.entities.event_descriptions.consultations_of_one_body`)."""
    mentions = sieve.mentions
    for k, other in _same_head_pairs(sieve):
        if core_class(mentions[k].type) == KG.Event and (
            _same_event(mentions[k], mentions[other], sieve.tokens, sieve.lexicon)
            or _same_event(mentions[other], mentions[k], sieve.tokens, sieve.lexicon)
        ):
            sieve.union(k, other)
    if sieve.tokens:
        consultations_of_one_body(sieve)


def events_by_verb(sieve: Sieve) -> None:
    """An event named by a verb ("will consult its members") is the event of its class named
    before it, or in its sentence ("voted in the referendum"), when there is one; events named
    by a verb alone are one when of one class ("to be consulted" in the headline, "is to
    consult" in the body). An act done once more ("meet again", method "verb-again") is
    another event: no verb is joined to it."""
    mentions = sieve.mentions
    events = [k for k in sieve.named if core_class(mentions[k].type) == KG.Event]
    for k in events:
        m = mentions[k]
        if m.method != "verb":
            continue
        same = [o for o in events if o != k and _same_kind(m, mentions[o], sieve.lexicon)]
        by_noun = [o for o in same if mentions[o].method not in ("verb", "verb-again")]
        candidates = (
            [o for o in by_noun if mentions[o].sentence == m.sentence]
            or [o for o in by_noun if mentions[o].start < m.start][-1:]
            or [o for o in same if mentions[o].start < m.start][-1:]
            or named_after(sieve, m, by_noun)  # "to be balloted ... the ballot opens"
        )
        if candidates:
            sieve.union(k, candidates[0])


# "will protest" names a protest, not the campaign it is part of
def _same_kind(verb: Mention, other: Mention, lexicon: Lexicon) -> bool:
    """The event a verb names is of the other's kind: its class, and for a verb of protest
    (``lex:protestNoun``) a protest named as one, not the campaign it is a part of ("the
    campaign began in spring ... its members will protest at the town hall")."""
    protests = lexicon.protest_nouns
    return other.type == verb.type and (verb.head not in protests or other.head in protests)


# a meeting or talks on one weekday are one gathering
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
GATHERINGS_OF_A_DAY = (KG.Meeting, KG.Negotiation)


def gatherings_by_day(sieve: Sieve) -> None:
    """Meetings and talks told of as held on one weekday are one gathering: "talks with the
    unions on Friday ... the constructive talks with the unions and the councils on Friday",
    "new talks on Monday ... the committee will meet on Monday" (the weekday after "on", in the
    noun's phrase or on the verb that names the event). An act done once more on that day
    ("will meet again on Monday") is that day's gathering too."""
    tokens = sieve.tokens
    if not tokens:
        return
    by_day: dict[str, int] = {}
    for k in sieve.named:
        m = sieve.mentions[k]
        if m.type not in GATHERINGS_OF_A_DAY:
            continue
        span = tokens[m.token_start].doc[m.token_start : m.token_end]
        day = _weekday(tokens[m.token_start] if m.method.startswith("verb") else span.root)
        if day is None:
            continue
        first = by_day.setdefault(day, k)
        if first != k:
            sieve.union(first, k)


def _weekday(head: Token) -> str | None:
    """The weekday after an "on" that hangs on the head: "talks on Friday", "meet on Monday"."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for day in prep.children:
            if day.dep_ == "pobj" and day.lower_ in WEEKDAYS:
                return day.lower_
    return None


def vote_in_the_consultation(sieve: Sieve) -> None:
    """ "This vote", "the vote" in an article that names no vote, by noun or verb, but one
    consultation: the consultation members vote in ("The consultation of members closed ...
    This vote ends the dispute"). A union consults its members by a vote; with a vote of its
    own named ("MPs will vote", "the ballot"), the description is that one's."""
    mentions = sieve.mentions
    tokens = sieve.tokens
    if not tokens or any(mentions[k].type == KG.Vote for k in sieve.named):
        return
    consultations = [
        k
        for k in sieve.named
        if mentions[k].type == KG.Consultation and mentions[k].method != "verb"
    ]
    for k in sieve.found.descriptions:
        m = mentions[k]
        if m.type != KG.Vote or m.head != "vote" or m.token_end - m.token_start != 1:
            continue
        before = [c for c in consultations if mentions[c].start < m.start]
        if before and m.token_start > 0 and tokens[m.token_start - 1].lower_ in ("the", "this"):
            sieve.union(k, before[-1])


def one_collective_action(sieve: Sieve) -> None:
    """Strikes and collective action in one article are one campaign ("further strikes", "the
    junior doctors' strike", "strike action"), unless they name different strikers ("the
    nurses' strike", "the RMT strike"): then only those of one striker are one. A boycott or an
    overtime ban (``lex:distinctActionNoun``) is action short of a strike, one with the others
    of its kind, not with the strikes ("voted to strike, and to investigate a boycott of the
    tests"). So are its
    protests, demonstrations and rallies (``lex:protestNoun``: "the tax protest", "Tuesday's
    demonstration on Whitehall"), unless they name different protesters."""
    mentions = sieve.mentions
    protests = sieve.lexicon.protest_nouns
    kept = [k for k in [*sieve.named, *sieve.found.descriptions] if k not in sieve.found.possessive]
    # a boycott or an overtime ban is one with its own kind, not with strikes
    by_kind: dict[str, list[int]] = defaultdict(list)
    for k in kept:
        if mentions[k].type == KG.CollectiveAction:
            by_kind[_kind_of_action(mentions[k], sieve.lexicon.distinct_action_nouns)].append(k)
    for found in by_kind.values():
        _one_campaign(sieve, found)
    _one_campaign(
        sieve,
        [k for k in kept if mentions[k].type == KG.Campaign and mentions[k].head in protests],
    )


def _kind_of_action(m: Mention, distinct: frozenset[str]) -> str:
    """The noun of an action of its own kind (``lex:distinctActionNoun``: "boycott", "overtime
    ban") that the mention's head is the last word of; "" for strikes and other action."""
    return next((noun for noun in sorted(distinct) if noun.split()[-1] == m.head), "")


def _one_campaign(sieve: Sieve, found: list[int]) -> None:
    """The mentions ``found`` of one kind of action are one, by who takes it."""
    mentions = sieve.mentions
    by_striker: dict[frozenset[str], list[int]] = defaultdict(list)
    for k in found:
        by_striker[_strikers(sieve, mentions[k])].append(k)
    named = [strikers for strikers in by_striker if strikers]
    for strikers, members in by_striker.items():
        if not strikers and len(named) == 1:
            members = members + by_striker[named[0]]
        elif not strikers and named:
            continue  # whose strike "strike action" is, is not said
        for group in by_length(sieve, members):  # "48-hour" is not "24 hour"
            for k in group[1:]:
                sieve.union(group[0], k)


def _strikers(sieve: Sieve, m: Mention) -> frozenset[str]:
    """Who strikes: the actors named in the phrase ("the RMT strike"), its possessor ("junior
    doctors' strike") and who it is by ("strike action by senior doctors")."""
    tokens = sieve.tokens
    if not tokens:
        return frozenset()
    span = tokens[m.token_start : m.token_end]
    words = {t.lower_ for t in span if t.pos_ == "PROPN" and t.i in sieve.actor_tokens}
    agents: set[str] = set()
    for t in span:
        if t.dep_ == "poss" and t.pos_ != "PRON" and t.head.i < m.token_end:
            words.add(t.lemma_.lower())
        if t.dep_ == "pobj" and t.head.lower_ == "by":
            agents.update(
                w.lemma_.lower() for w in (t, *t.lefts) if w.dep_ != "det" and w.i < m.token_end
            )
    return frozenset(words or agents)


def head_noun_subset(sieve: Sieve) -> None:
    """Noun phrases with one head, one's modifiers among the other's: "current practice model"
    = "current GP practice model"; but a new or next version is another thing ("a new GMS
    contract", ``lex:versionWord``), unless it is definite ("the new contract"), one names a
    year, or its head is capitalised, a proper name ("a new Harbour Charter")."""
    mentions = sieve.mentions
    version_words = sieve.lexicon.version_words
    longer = _longer_forms(sieve)
    titled = TitledGroups(sieve)
    for k, other in _same_head_pairs(sieve):
        if versions_apart(mentions[k], mentions[other], sieve.lexicon):
            continue
        words = modifier_words(mentions[k]) - _grading_adverbs(sieve, mentions[k])
        other_words = modifier_words(mentions[other]) - _grading_adverbs(sieve, mentions[other])
        if k in longer and any(_amount_word(w, sieve.lexicon) for w in other_words - words):
            continue  # "an additional uplift for X" is not "a 7.4% additional uplift"
        if (
            words
            and words < other_words
            and (
                not (other_words - words) & version_words
                or not _indefinite(mentions[other], sieve.tokens)
                or any(any(c.isdigit() for c in w) for w in words)  # one year names one thing
                or _proper_head(mentions[other], sieve.tokens)  # "a new Harbour Charter"
            )
            and not (words - other_words)
        ):
            titled.join(k, other)
        elif words and other_words and words == other_words:
            titled.join(k, other)


def _grading_adverbs(sieve: Sieve, mention: Mention) -> frozenset[str]:
    """Adverbs that grade an adjective of the phrase ("significantly" of "a significantly
    improved offer"): they say how much, not which thing, so "the improved pay offer" and "a
    significantly improved offer" have one set of modifiers."""
    span = sieve.tokens[mention.token_start : mention.token_end] if sieve.tokens else ()
    return frozenset(
        t.lower_
        for t in span
        if t.tag_ == "RB" and t.dep_ == "advmod" and t.head.dep_ == "amod" and t.head in span
    )


def _amount_word(word: str, lexicon: Lexicon) -> bool:
    """A word of an amount: with a digit ("7.4%"), or one of an amount told in words
    (``lex:amountWord``: "digit" of "double-digit", "inflation" of "above-inflation")."""
    return any(c.isdigit() for c in word) or word in lexicon.amount_words


def _longer_forms(sieve: Sieve) -> set[int]:
    """Mentions that have a longer form with a modifier after the head ("additional uplift" of
    "additional uplift for associate specialists")."""
    mentions = sieve.mentions
    found = set()
    for a, b in sieve.found.same_as:
        short, long = (a, b) if mentions[a].token_end < mentions[b].token_end else (b, a)
        if mentions[short].token_start == mentions[long].token_start:
            found.add(short)
    return found


def generic_proposals_by_topic(sieve: Sieve) -> None:
    """Generic proposal words (``lex:genericProposalHead``) that share what they are about: "the
    polyclinic plan" and "proposals to build a network of polyclinics"."""
    mentions = sieve.mentions
    tokens = sieve.tokens
    lexicon = sieve.lexicon
    generic = [k for k in sieve.phrases if mentions[k].head in lexicon.generic_proposal_heads]
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}  # "polyclinic" tagged ADJ
    titled = TitledGroups(sieve)
    for k in generic:
        topics = topic_lemmas(mentions[k], tokens, nouns, lexicon)
        for other in generic:
            if other > k and topics & topic_lemmas(mentions[other], tokens, nouns, lexicon):
                if not versions_apart(mentions[k], mentions[other], lexicon):
                    titled.join(k, other)


def proposals_by_topic(sieve: Sieve) -> None:
    """Proposals with one head that share what they are about are one ("the government's
    changes to inheritance tax rules" = "the inheritance tax changes"), unless they name
    different years ("2024/25 contract", "2025/26 contract") or one is a new version of the
    other ("the GMS contract", "a new GMS contract")."""
    mentions, tokens, lexicon = sieve.mentions, sieve.tokens, sieve.lexicon
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}
    titled = TitledGroups(sieve)
    amounts: dict[int, set[str]] = {}  # a group's root -> the amounts its names tell
    for k, other in _same_head_pairs(sieve):
        a, b = mentions[k], mentions[other]
        if other < k or core_class(a.type) != KG.Proposal or not tokens:
            continue
        if versions_apart(a, b, lexicon):
            continue
        topics = topic_lemmas(a, tokens, nouns, lexicon) - {a.head}
        if not topics & (topic_lemmas(b, tokens, nouns, lexicon) - {b.head}):
            continue
        years = [group_numbers(sieve, amounts, i) for i in (k, other)]
        if years[0] and years[1] and years[0] != years[1]:
            continue  # "2024/25 contract", "2025/26 contract"; "1% pay rise", "pay rise of 2%"
        versions = [bool(modifier_words(m) & lexicon.version_words) for m in (a, b)]
        if versions[0] != versions[1] and any(
            v and _indefinite(m, tokens) for v, m in zip(versions, (a, b), strict=True)
        ):
            continue
        if titled.join(k, other):
            root = sieve.links.find(k)
            amounts[root] = years[0] | years[1]


def reports_by_name(sieve: Sieve) -> None:
    """Reports named by one proper name are one, whatever their head: "the Hale review" and
    "the Hale report" (a review is published as a report)."""
    mentions, tokens = sieve.mentions, sieve.tokens
    first: dict[str, int] = {}
    for k in sieve.phrases:
        m = mentions[k]
        if m.type != KG.Report or not tokens:
            continue
        words = list(tokens[m.token_start : m.token_end])
        heads = [t for t in words if t.lemma_.lower() == m.head]
        owners = [c for c in heads[-1].children if c.dep_ == "poss"] if heads else []
        names = [t.lower_ for t in (*owners, *words) if t.pos_ == "PROPN"]  # "Dr Hale's report"
        if names:
            earlier = first.setdefault(" ".join(names), k)
            if earlier != k:
                sieve.union(earlier, k)


def headline_proposals_to_body(sieve: Sieve) -> None:
    """A proposal the headline names is the first proposal of its head the body names ("New
    Teacher pay Offer ... rejected the latest revised pay offer"): a headline names the
    article's subject in few words, which the body then names in full; unless one is an old and
    the other a new version, or one is plural and the other not. A headline's settlement
    (``lex:dealHead``) is the first the body names by any word of settlement ("pay agreement"
    ... "a pay offer"), and may give an amount ("5.5% pay offer"), which the body's must not
    contradict: one amount is one offer, two amounts are two."""
    mentions, tokens = sieve.mentions, sieve.tokens
    deals = sieve.lexicon.deal_heads
    phrases = [k for k in sieve.phrases if core_class(mentions[k].type) == KG.Proposal]
    for k in phrases:
        m = mentions[k]
        amounts = numbers_told(sieve, k)
        if m.sentence != 0 or m.method != "noun-phrase" or amounts and m.head not in deals:
            continue
        body = [
            o
            for o in phrases
            if mentions[o].sentence > 0
            and (mentions[o].head == m.head or {m.head, mentions[o].head} <= deals)
            and not versions_apart(m, mentions[o], sieve.lexicon)
            and (not amounts or not numbers_told(sieve, o) or numbers_told(sieve, o) == amounts)
        ]
        if body and (not tokens or _number(tokens, m) == _number(tokens, mentions[body[0]])):
            sieve.union(k, body[0])


def plans_for_a_proposal(sieve: Sieve) -> None:
    """A generic proposal word (``lex:genericProposalHead``) whose modifier after "for" or "of",
    or object of an infinitive of bringing in (``lex:bringingInVerb``: "plans to introduce a
    levy"), is a named proposal is that proposal: "plans for a £100m funding package" are the package,
    which names it (the generic phrase only describes it, so it neither names nor types it).
    So is a word of settlement (``lex:dealHead``) whose "of" names another settlement: "the
    offer of a three-year pay deal" is the deal offered (an offer of a rise is not the rise: a
    rise is one part of what is offered). Runs after descriptions have found what they refer
    to."""
    mentions, tokens, lexicon = sieve.mentions, sieve.tokens, sieve.lexicon
    if not tokens:
        return
    proposals = [k for k in sieve.phrases if core_class(mentions[k].type) == KG.Proposal]
    last_word = {mentions[k].token_end - 1: k for k in proposals}
    for k in proposals:
        m = mentions[k]
        deal = m.head in lexicon.deal_heads - lexicon.generic_proposal_heads
        decision = m.head in lexicon.decision_nouns  # "the decision to impose a pay freeze"
        if m.head not in lexicon.generic_proposal_heads and not deal and not decision:
            continue
        heads = [t for t in tokens[m.token_start : m.token_end] if t.lemma_.lower() == m.head]
        objects = [
            o
            for p in (heads[0].children if heads else ())
            if p.dep_ == "prep"
            and not decision
            and p.lower_ in (("of",) if deal else ("for", "of"))
            or p.dep_ == "acl"
            and not deal
            and verb_words(p) in lexicon.bringing_in_verbs
            for o in p.children
            if o.dep_ in ("pobj", "dobj")
        ]
        for o in objects:
            other = last_word.get(o.i)
            if other is None or deal and mentions[other].head not in lexicon.deal_heads:
                continue
            if other != k and mentions[other].head != m.head:
                sieve.union(k, other)
                _describes(sieve, k)


def _describes(sieve: Sieve, k: int) -> None:
    """Mention ``k``, and its longer forms, only describe what they name."""
    start = sieve.mentions[k].token_start
    for a, b in sieve.found.same_as:
        for i in (a, b):
            if (
                sieve.links.find(i) == sieve.links.find(k)
                and sieve.mentions[i].token_start == start
            ):
                sieve.found.descriptions[i] = sieve.mentions[i].head
    sieve.found.descriptions[k] = sieve.mentions[k].head


def _number(tokens: Sequence[Token], mention: Mention) -> str:
    """The tag of a mention's last word: singular or plural."""
    return str(tokens[mention.token_end - 1].tag_).rstrip("P")


def light_head_nouns(sieve: Sieve) -> None:
    """ "the new GP contract arrangements" are the "new GP contract": a light head adds nothing."""
    mentions = sieve.mentions
    phrases = sieve.phrases
    for k in phrases:
        m = mentions[k]
        if m.head not in sieve.lexicon.light_head_nouns:
            continue
        words = modifier_words(m)
        for other in phrases:
            o = mentions[other]
            if other != k and o.head in words and modifier_words(o) | {o.head} == words:
                sieve.union(k, other)


def funding_by_amount(sieve: Sieve) -> None:
    """Funding packages of the same amount: "£500m investment" = "half-a-billion-pound package"."""
    first: dict[float, int] = {}
    for k in sieve.named:
        if sieve.mentions[k].type == KG.FundingPackage:
            amount = money_amount(sieve.mentions[k].text)
            if amount is not None:
                sieve.union(first.setdefault(amount, k), k)


def topic_lemmas(
    mention: Mention, tokens: Sequence[Token], nouns: set[str], lexicon: Lexicon
) -> set[str]:
    """Nouns a generic proposal is about, other than generic and vague words (``lex:vagueNoun``):
    "polyclinic plan" and "proposals to build a network of polyclinics" are both about
    polyclinics. An owner is whose it is, not what it is about: "the union's plans" and
    "plans to meet by the union's deadline" share no topic."""
    found = set()
    for t in tokens[mention.token_start : mention.token_end]:
        if t.dep_ == "poss":
            continue
        noun = t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.lemma_.lower() in nouns)
        if (noun and t.i != mention.token_end - 1 or t.dep_ == "pobj") and t.is_alpha:
            lemma = t.lemma_.lower()
            if lemma not in lexicon.generic_proposal_heads and lemma not in lexicon.vague_nouns:
                found.add(lemma)
    return found


def _proper_head(mention: Mention, tokens: Sequence[Token]) -> bool:
    """The mention's last word is capitalised inside a sentence of the body (a headline
    capitalises every word): a proper name ("a new Harbour Charter"), which "new" introduces
    rather than sets apart from an old version."""
    if not tokens or mention.token_end < 1 or mention.sentence == 0:
        return False
    last = tokens[mention.token_end - 1]
    return last.is_title and not last.is_sent_start


def _indefinite(mention: Mention, tokens: Sequence[Token]) -> bool:
    """True when "a" or "an" stands right before the mention."""
    return mention.token_start > 0 and tokens[mention.token_start - 1].lower_ in ("a", "an")


def _same_event(a: Mention, b: Mention, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Two events with one head name one event when their modifiers only describe it
    ("scoping talks", "promised talks", "productive talks", "a two-week member consultation")
    or when one names a kind of body and the other a body ("your committee meeting", "the GPCE
    meeting")."""
    mods_a = [t for t in tokens[a.token_start : a.token_end - 1] if not t.is_punct]
    mods_b = [t for t in tokens[b.token_start : b.token_end - 1] if not t.is_punct]
    if not mods_a or not mods_b:
        return False

    if descriptive(mods_a, lexicon) and descriptive(mods_b, lexicon):
        return True
    names = [t for t in mods_b if t.pos_ == "PROPN"]
    kinds = [t for t in mods_a if t.lower_ in lexicon.description_nouns]
    return bool(kinds) and len(kinds) == len(mods_a) and bool(names) and len(names) == len(mods_b)


def versions_apart(a: Mention, b: Mention, lexicon: Lexicon) -> bool:
    """One names a version that came before (``lex:priorVersionWord``: "the old scheme", "the
    previous offer") and the other a new one (``lex:versionWord``: "the new payment scheme"):
    two versions are two things, whatever else their names share."""
    prior = lexicon.prior_version_words
    later = lexicon.version_words - prior
    words_a, words_b = _premodifiers(a), _premodifiers(b)
    return bool(words_a & prior and words_b & later or words_b & prior and words_a & later)


def _premodifiers(mention: Mention) -> frozenset[str]:
    """The words before a noun phrase's head, whatever follows it: "original pay offer of
    3.6 per cent" → {original, pay} (a version word stands before the head)."""
    words = normalise_name(mention.text).replace("-", " ").split()
    at = [i for i, w in enumerate(words) if mention.head in (w, w.rstrip("s"))]
    return frozenset(words[: at[0]]) if at else frozenset()


def modifier_words(mention: Mention) -> frozenset[str]:
    """The words of a noun phrase before its head, lower-cased: "current GP practice model" →
    {current, gp, practice}."""
    words = normalise_name(mention.text).replace("-", " ").split()
    head = mention.head
    if words and (words[-1] == head or words[-1].rstrip("s") == head):
        words = words[:-1]
    else:
        return frozenset()
    return frozenset(words)
