"""The resolution sieve: ordered passes that join one document's mentions into entities.

Each pass is a function ``(sieve) -> None`` that joins mentions naming one thing
(``sieve.union(a, b)``), drops mentions that name nothing (``sieve.drop(k)``) or, once,
corrects a mention's class. :data:`PASSES` runs them most precise first, as in Stanford's
multi-pass sieve (Lee et al., 2013). A pass reads the mentions and what earlier passes
changed in them, never the groups made so far, so a pass can be removed without touching
the others.

Example: in "Dr Katie Bramall wrote. Bramall said the College ..." ``surname_or_first_name``
joins "Bramall" to "Dr Katie Bramall", and ``descriptions_to_antecedents`` joins "College"
to the last earlier organisation with "College" in its name.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.entities.money import money_amount
from kg.extract.entities.names import name_words
from kg.extract.entities.resolved import UnionFind
from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import MentionSet, RoleLink, normalise_name
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Sieve",
    "Pass",
    "PASSES",
    "linked_forms",
    "same_gazetteer_entry",
    "same_name",
    "person_name_parts_are_people",
    "surname_or_first_name",
    "organisation_name_prefix",
    "events_by_descriptive_name",
    "one_collective_action",
    "head_noun_subset",
    "generic_proposals_by_topic",
    "light_head_nouns",
    "funding_by_amount",
    "descriptions_to_antecedents",
    "roles_to_holders",
]


@dataclass
class Sieve:
    """One document's mentions while the passes run: which are joined and which dropped.

    ``found`` is what the mention stage found (its links, descriptions and roles);
    ``mentions`` starts as its mentions plus bare name parts, and a pass may correct a
    mention's class in it. ``tokens`` are the parsed document's tokens (passes on noun
    phrases read the words around a mention).
    """

    found: MentionSet
    mentions: list[Mention]
    lexicon: Lexicon
    gazetteer: Mapping[str, GazetteerEntry] = field(default_factory=dict)
    tokens: Sequence[Token] = ()
    dropped: set[int] = field(default_factory=set)
    links: UnionFind = field(init=False)

    def __post_init__(self) -> None:
        self.links = UnionFind(len(self.mentions))

    @functools.cached_property
    def named(self) -> list[int]:
        """Mentions that are names: not role phrases, not descriptions (no pass changes which)."""
        return [
            k
            for k, m in enumerate(self.mentions)
            if not m.is_role and k not in self.found.descriptions
        ]

    @functools.cached_property
    def first_introductions(self) -> dict[URIRef, int]:
        """Class → the token of the first verb that introduces a thing of it ("consult" → the
        consultation, ``lex:introducingVerb``)."""
        verbs = self.lexicon.introducing_verbs
        found: dict[URIRef, int] = {}
        for t in self.tokens:
            cls = verbs.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
            if cls is not None:
                found.setdefault(cls, t.i)
        return found

    @functools.cached_property
    def actor_tokens(self) -> frozenset[int]:
        """Tokens inside a mention of a person or organisation."""
        return frozenset(
            i
            for m in self.mentions
            if core_class(m.type) in (KG.Person, KG.Organisation)
            for i in range(m.token_start, m.token_end)
        )

    @property
    def phrases(self) -> list[int]:
        """Names of proposals and events by noun phrase, gazetteer or acronym (by their class
        now: a pass may have corrected it)."""
        return [
            k
            for k in self.named
            if self.mentions[k].method in ("noun-phrase", "gazetteer", "acronym")
            and core_class(self.mentions[k].type) in (KG.Proposal, KG.Event)
        ]

    def union(self, a: int, b: int) -> None:
        """Mentions ``a`` and ``b`` name one thing."""
        self.links.union(a, b)

    def drop(self, k: int) -> None:
        """Mention ``k`` names nothing ("the committee" with no committee named)."""
        self.dropped.add(k)

    def groups(self) -> list[list[int]]:
        """The mentions of each entity (dropped ones left out), in order of their first member."""
        groups: dict[int, list[int]] = defaultdict(list)
        for k in range(len(self.mentions)):
            if k not in self.dropped:
                groups[self.links.find(k)].append(k)
        return list(groups.values())


Pass = Callable[[Sieve], None]


# ------------------------------------------------------------------ names


def linked_forms(sieve: Sieve) -> None:
    """Links the mention stage found: an acronym and its expansion, a name and its longer form."""
    for a, b in sieve.found.same_as:
        sieve.union(a, b)


def same_gazetteer_entry(sieve: Sieve) -> None:
    """Names that matched one gazetteer entry ("GPC England", "GP Committee England")."""
    first: dict[str, int] = {}
    for k in sieve.named:
        entry = sieve.mentions[k].gazetteer_id
        if entry:
            sieve.union(first.setdefault(entry, k), k)


def same_name(sieve: Sieve) -> None:
    """Names of one core class that are equal without case, articles, honorifics and
    possessives ("Dr Katie Bramall" = "Katie Bramall")."""
    first: dict[tuple[URIRef | None, str], int] = {}
    for k in sieve.named:
        m = sieve.mentions[k]
        key = (core_class(m.type), normalise_name(m.text))
        if key[1]:
            sieve.union(first.setdefault(key, k), k)


def person_name_parts_are_people(sieve: Sieve) -> None:
    """A one-word name the model typed otherwise that is a known person's first name or surname
    is that person's ("Amanda"): corrects its class, joins nothing."""
    mentions = sieve.mentions
    person_parts = {
        w.lower()
        for m in mentions
        if core_class(m.type) == KG.Person and not m.is_role
        for w in (name_words(m.text)[:1] + name_words(m.text)[-1:])
        if len(name_words(m.text)) >= 2
    }
    for k in sieve.named:
        m = mentions[k]
        if (
            m.method == "ner"
            and core_class(m.type) != KG.Person
            and " " not in m.text.strip()
            and m.text.lower() in person_parts
        ):
            mentions[k] = replace(m, type=KG.Person)


def surname_or_first_name(sieve: Sieve) -> None:
    """A person's surname or first name alone → the full name before it (or the first one after):
    "Mr Streeting", "Buckman", "Amanda". People who share only a surname stay apart only across
    documents; in one article the nearest earlier full name wins."""
    mentions = sieve.mentions
    people = [k for k in sieve.named if core_class(mentions[k].type) == KG.Person]
    full = [k for k in people if len(name_words(mentions[k].text)) >= 2]
    for k in people:
        words = name_words(mentions[k].text)
        if len(words) != 1:
            continue
        word = words[0].lower()
        matches = [f for f in full if name_words(mentions[f].text)[-1].lower() == word]
        if not matches:
            matches = [f for f in full if name_words(mentions[f].text)[0].lower() == word]
        if matches:
            before = [f for f in matches if mentions[f].start < mentions[k].start]
            sieve.union(k, (before[-1] if before else matches[0]))


def organisation_name_prefix(sieve: Sieve) -> None:
    """An organisation's name of two words or more that starts a longer one ("GP Committee" →
    "GP Committee England")."""
    mentions = sieve.mentions
    orgs = [k for k in sieve.named if core_class(mentions[k].type) == KG.Organisation]
    for k in orgs:
        words = normalise_name(mentions[k].text).split()
        if len(words) < 2:
            continue
        for other in orgs:
            longer = normalise_name(mentions[other].text).split()
            if len(longer) > len(words) and longer[: len(words)] == words:
                sieve.union(k, other)
                break


# ------------------------------------------------------------------ proposals and events


def _same_head_pairs(sieve: Sieve) -> list[tuple[int, int]]:
    """(noun phrase, other phrase) pairs with one head word and one core class."""
    mentions = sieve.mentions
    pairs = []
    for k in sieve.phrases:
        if mentions[k].method != "noun-phrase":
            continue
        for other in sieve.phrases:
            if (
                other != k
                and mentions[other].head == mentions[k].head
                and core_class(mentions[other].type) == core_class(mentions[k].type)
            ):
                pairs.append((k, other))
    return pairs


def events_by_descriptive_name(sieve: Sieve) -> None:
    """Two events with one head name one event when their modifiers only describe it
    ("scoping talks", "promised talks") or one names a kind of body and the other a body ("your
    committee meeting", "the GPCE meeting")."""
    mentions = sieve.mentions
    for k, other in _same_head_pairs(sieve):
        if core_class(mentions[k].type) == KG.Event and (
            _same_event(mentions[k], mentions[other], sieve.tokens, sieve.lexicon)
            or _same_event(mentions[other], mentions[k], sieve.tokens, sieve.lexicon)
        ):
            sieve.union(k, other)


def one_collective_action(sieve: Sieve) -> None:
    """Strikes and collective action in one article are one campaign ("further strikes", "the
    junior doctors' strike", "strike action"), unless they name different strikers ("the
    nurses' strike", "the RMT strike"): then only those of one striker are one."""
    mentions, tokens = sieve.mentions, sieve.tokens
    found = [
        k
        for k in [*sieve.named, *sieve.found.descriptions]
        if mentions[k].type == KG.CollectiveAction and k not in sieve.found.possessive
    ]
    by_striker: dict[frozenset[str], list[int]] = defaultdict(list)
    for k in found:
        by_striker[_strikers(mentions[k], tokens)].append(k)
    named = [strikers for strikers in by_striker if strikers]
    for strikers, members in by_striker.items():
        if not strikers and len(named) == 1:
            members = members + by_striker[named[0]]
        elif not strikers and named:
            continue  # whose strike "strike action" is, is not said
        for k in members[1:]:
            sieve.union(members[0], k)


def _strikers(m: Mention, tokens: Sequence[Token]) -> frozenset[str]:
    """Who strikes, by the names in the phrase and its possessor ("the RMT strike", "junior
    doctors' strike")."""
    if not tokens:
        return frozenset()
    words = {t.lower_ for t in tokens[m.token_start : m.token_end - 1] if t.pos_ == "PROPN"}
    head = tokens[m.token_end - 1]
    words.update(c.lemma_.lower() for c in head.lefts if c.dep_ == "poss" and c.pos_ != "PRON")
    return frozenset(words)


def head_noun_subset(sieve: Sieve) -> None:
    """Noun phrases with one head, one's modifiers among the other's: "current practice model"
    = "current GP practice model"; but a new or next version is another thing ("a new GMS
    contract", ``lex:versionWord``), unless it is definite ("the new contract") or one names a
    year."""
    mentions = sieve.mentions
    version_words = sieve.lexicon.version_words
    for k, other in _same_head_pairs(sieve):
        words = _modifier_words(mentions[k])
        other_words = _modifier_words(mentions[other])
        if (
            words
            and words < other_words
            and (
                not (other_words - words) & version_words
                or not _indefinite(mentions[other], sieve.tokens)
                or any(any(c.isdigit() for c in w) for w in words)  # one year names one thing
            )
            and not (words - other_words)
        ):
            sieve.union(k, other)
        elif words and other_words and words == other_words:
            sieve.union(k, other)


def generic_proposals_by_topic(sieve: Sieve) -> None:
    """Generic proposal words (``lex:genericProposalHead``) that share what they are about: "the
    polyclinic plan" and "proposals to build a network of polyclinics"."""
    mentions = sieve.mentions
    tokens = sieve.tokens
    lexicon = sieve.lexicon
    generic = [k for k in sieve.phrases if mentions[k].head in lexicon.generic_proposal_heads]
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}  # "polyclinic" tagged ADJ
    for k in generic:
        topics = _topic_lemmas(mentions[k], tokens, nouns, lexicon)
        for other in generic:
            if other > k and topics & _topic_lemmas(mentions[other], tokens, nouns, lexicon):
                sieve.union(k, other)


def light_head_nouns(sieve: Sieve) -> None:
    """ "the new GP contract arrangements" are the "new GP contract": a light head adds nothing."""
    mentions = sieve.mentions
    for k in sieve.phrases:
        m = mentions[k]
        if m.head not in sieve.lexicon.light_head_nouns:
            continue
        words = _modifier_words(m)
        for other in sieve.phrases:
            o = mentions[other]
            if other != k and o.head in words and _modifier_words(o) | {o.head} == words:
                sieve.union(k, other)


def funding_by_amount(sieve: Sieve) -> None:
    """Funding packages of the same amount: "£500m investment" = "half-a-billion-pound package"."""
    first: dict[float, int] = {}
    for k in sieve.named:
        if sieve.mentions[k].type == KG.FundingPackage:
            amount = money_amount(sieve.mentions[k].text)
            if amount is not None:
                sieve.union(first.setdefault(amount, k), k)


def _topic_lemmas(
    mention: Mention, tokens: Sequence[Token], nouns: set[str], lexicon: Lexicon
) -> set[str]:
    """Nouns a generic proposal is about, other than generic and vague words (``lex:vagueNoun``):
    "polyclinic plan" and "proposals to build a network of polyclinics" are both about
    polyclinics."""
    found = set()
    for t in tokens[mention.token_start : mention.token_end]:
        noun = t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.lemma_.lower() in nouns)
        if noun and t.i != mention.token_end - 1 or t.dep_ == "pobj":
            lemma = t.lemma_.lower()
            if lemma not in lexicon.generic_proposal_heads and lemma not in lexicon.vague_nouns:
                found.add(lemma)
    return found


def _indefinite(mention: Mention, tokens: Sequence[Token]) -> bool:
    """True when "a" or "an" stands right before the mention."""
    return mention.token_start > 0 and tokens[mention.token_start - 1].lower_ in ("a", "an")


def _same_event(a: Mention, b: Mention, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Two events with one head name one event when their modifiers only describe it
    ("scoping talks", "promised talks", "productive talks") or when one names a kind of body
    and the other a body ("your committee meeting", "the GPCE meeting")."""
    mods_a = [t for t in tokens[a.token_start : a.token_end - 1] if not t.is_punct]
    mods_b = [t for t in tokens[b.token_start : b.token_end - 1] if not t.is_punct]
    if not mods_a or not mods_b:
        return False

    def descriptive(mods: list[Token]) -> bool:
        return all(t.pos_ in ("ADJ", "VERB", "ADV") for t in mods)

    if descriptive(mods_a) and descriptive(mods_b):
        return True
    kinds = [t for t in mods_a if t.lower_ in lexicon.description_nouns]
    names = [t for t in mods_b if t.pos_ == "PROPN"]
    return bool(kinds) and len(kinds) == len(mods_a) and bool(names) and len(names) == len(mods_b)


def _modifier_words(mention: Mention) -> frozenset[str]:
    """The words of a noun phrase before its head, lower-cased: "current GP practice model" →
    {current, gp, practice}."""
    words = normalise_name(mention.text).replace("-", " ").split()
    head = mention.head
    if words and (words[-1] == head or words[-1].rstrip("s") == head):
        words = words[:-1]
    else:
        return frozenset()
    return frozenset(words)


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
        target = _antecedent(sieve, k, head)
        if target is None and m.sentence == 0:
            target = _antecedent(sieve, k, head, later=True)
        if target is not None:
            sieve.union(k, target)
        elif (
            core_class(m.type) in (KG.Proposal, KG.Event)
            and k not in sieve.found.possessive
            and (k in sieve.found.indefinite or _said_to_be_one_thing(sieve, m))
        ):
            earlier = unnamed.setdefault((m.type, head), k)
            if earlier != k:
                sieve.union(k, earlier)
        else:
            sieve.drop(k)


def _said_to_be_one_thing(sieve: Sieve, m: Mention) -> bool:
    """A definite description of a proposal or event with no antecedent still names one thing
    when a verb introduced it, an actor's relation verb is about it, or it happens on a date."""
    if not sieve.tokens:
        return False
    return (
        _introduced_by_verb(sieve, m)
        or _argument_of_an_actor(sieve, m)
        or core_class(m.type) == KG.Event
        and _dated(sieve, m)
    )


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
    its subject a person or organisation named, or a personal pronoun)."""
    head = sieve.tokens[m.token_end - 1]
    if head.dep_ in ("dobj", "nsubjpass"):
        verb, preposition = head.head, ""
    elif head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb, preposition = head.head.head, head.head.lower_
    else:
        return False
    if (verb.lemma_.lower(), preposition) not in sieve.lexicon.triggers:
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
    best = None
    by_word = None  # "the trust" -> the last name with "Trust" in it, before any of its class
    for other in reversed(sieve.named) if later else sieve.named:
        o = mentions[other]
        if (o.start <= m.start if later else o.start >= m.start) or core_class(o.type) != want:
            continue
        names = [o.text]
        if o.gazetteer_id and o.gazetteer_id in sieve.gazetteer:
            names.extend(sieve.gazetteer[o.gazetteer_id].names)
        words = {
            w.lower() for name in names for w in normalise_name(name).replace("-", " ").split()
        }
        if want == KG.Organisation:
            # "the College" -> a name with "College"; "the union" -> a trade union
            if head in words:
                by_word = other
            fits = head in words or sieve.lexicon.name_words.get(head.title()) == o.type
        else:
            generic = sieve.lexicon.generic_proposal_heads
            # "the plan", "a scheme" -> "the polyclinic proposals": one generic word for another
            fits = o.head == head or head in generic and o.head in generic
        if want == KG.Organisation and head in sieve.lexicon.generic_organisation_nouns:
            fits = True
        if m.type in (KG.FundingPackage, KG.Proposal) and o.type == m.type:
            fits = True  # "the funding" -> "a £500m package"; "the proposal" -> "the offer"
        if fits:
            best = other
    return by_word if by_word is not None else best


def roles_to_holders(sieve: Sieve) -> None:
    """A role phrase → its holder ("Health secretary Wes Streeting"); a role phrase on its own →
    the holder of the same phrase, or of a phrase ending in it, seen anywhere ("the health
    secretary"); with no holder, it is dropped."""
    mentions = sieve.mentions
    role_keys: dict[str, int] = {}
    role_links = {link.role_mention: link for link in sieve.found.roles}
    in_order = sorted(role_links, key=lambda i: mentions[i].start)
    for k in in_order:
        link = role_links[k]
        if link.holder is not None:
            sieve.union(k, link.holder)
            role_keys.setdefault(normalise_name(mentions[k].text), link.holder)
    for k in in_order:
        link = role_links[k]
        if link.holder is None:
            holder = role_keys.get(normalise_name(mentions[k].text))
            if holder is None:
                holder = _holder_by_role_word(mentions, role_links, k)
            if holder is not None:
                sieve.union(k, holder)
            else:
                sieve.drop(k)


def _holder_by_role_word(
    mentions: Sequence[Mention], role_links: dict[int, RoleLink], k: int
) -> int | None:
    """'the Prime Minister' when 'Prime Minister' was seen with a holder under a longer phrase."""
    text = normalise_name(mentions[k].text)
    for other, link in role_links.items():
        if other == k or link.holder is None:
            continue
        other_text = normalise_name(mentions[other].text)
        if other_text.endswith(text) or text.endswith(other_text):
            return link.holder
    return None


#: The passes, in the order they run (most precise first).
PASSES: tuple[Pass, ...] = (
    linked_forms,
    same_gazetteer_entry,
    same_name,
    person_name_parts_are_people,
    surname_or_first_name,
    organisation_name_prefix,
    events_by_descriptive_name,
    one_collective_action,
    head_noun_subset,
    generic_proposals_by_topic,
    light_head_nouns,
    funding_by_amount,
    descriptions_to_antecedents,
    roles_to_holders,
)
