"""Resolve mentions to entities: inside one document, then across documents.

Inside a document, mentions are one entity when:

* they match the same gazetteer entry, or are an acronym and its expansion;
* their names are equal once case, articles, honorifics and possessives are
  set aside ("Dr Katie Bramall" = "Katie Bramall");
* one is a person's surname or first name and the other the full name
  ("Mr Streeting", "Buckman", "Amanda");
* one organisation name starts another ("GP Committee" → "GP Committee England");
* one is a role phrase and the other its holder ("Health secretary Wes
  Streeting"), or the same role phrase on its own later ("the health secretary");
* one is a definite description and the other the last earlier mention it
  fits ("the College" → "Royal College of GPs", "the plan" → "10-year plan").

Pronouns (he, she, his, her, it, its) point to the most recent fitting
entity; first-person pronouns inside a quotation point to its speaker.

Across documents, entities merge when they share the gazetteer entry, the
canonical name, or a distinctive name (a full personal name, an acronym,
a multi-word proper name) and have the same core type. Two people who
share only a surname are never merged.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from rdflib import URIRef

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import HONORIFICS, QUOTES, MentionSet, RoleLink, normalise_name
from kg.extract.parse import tokens_of
from kg.model import Document, Entity, Extraction, Mention, Quote, Relation
from kg.rdf.namespaces import KG, slug
from kg.rdf.schema import core_class

__all__ = ["resolve_document", "merge_documents", "Merged", "ResolvedDocument", "SPEECH_VERBS"]

SPEECH_VERBS = frozenset(
    "say write tell add state announce warn insist remark conclude stress suggest argue explain "
    "claim comment reply respond admit note continue describe declare reveal assure reassure ensure "
    "pledge promise".split()
)
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
GENDERED_HONORIFICS = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "dame": "female",
    "lady": "female",
    "baroness": "female",
}
FIRST_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
)
METHOD_RANK = {
    "gazetteer": 6,
    "acronym": 5,
    "honorific": 4,
    "ner": 3,
    "name-part": 2,
    "noun-phrase": 1,
    "description": 0,
    "role": 0,
}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class ResolvedDocument:
    """The entities of one document and how its tokens point to them."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    mention_entity: list[str | None] = field(default_factory=list)
    roles: list[tuple[RoleLink, str, str | None]] = field(default_factory=list)
    pronouns: dict[int, str] = field(default_factory=dict)
    speakers: dict[int, str] = field(default_factory=dict)
    by_key: dict[str, Entity] = field(default_factory=dict)
    _token_index: dict[int, list[int]] = field(default_factory=dict)

    def index_tokens(self) -> None:
        self._token_index = defaultdict(list)
        for k, m in enumerate(self.mentions):
            if self.mention_entity[k] is None:
                continue
            for t in range(m.token_start, m.token_end):
                self._token_index[t].append(k)

    def mention_for_token(
        self, token_index: int, types: Iterable[URIRef] | None = None
    ) -> Mention | None:
        """The narrowest named mention covering a token (role phrases last), of the given core types."""
        allowed = tuple(types) if types is not None else None
        best: tuple[int, int] | None = None
        for k in self._token_index.get(token_index, ()):
            m = self.mentions[k]
            key = self.mention_entity[k]
            if key is None:
                continue
            if allowed is not None and core_class(self.by_key[key].type) not in allowed:
                continue
            score = (0 if m.is_role else 1, m.token_start - m.token_end)  # the narrowest name
            if best is None or score > best:
                best = (score[0], score[1])
                chosen = k
        return self.mentions[chosen] if best is not None else None

    def entities_at(self, token_index: int) -> set[str]:
        """Every entity a token is part of (a name inside a longer name gives both)."""
        return {self.mention_entity[k] for k in self._token_index.get(token_index, ())} - {None}  # type: ignore[return-value]

    def entity_for_token(
        self, token_index: int, types: Iterable[URIRef] | None = None
    ) -> str | None:
        allowed = tuple(types) if types is not None else None
        m = self.mention_for_token(token_index, allowed)
        if m is not None:
            return self._key_of(m)
        key = self.pronouns.get(token_index)
        if key is not None and (allowed is None or core_class(self.by_key[key].type) in allowed):
            return key
        return None

    def _key_of(self, mention: Mention) -> str | None:
        for k in self._token_index.get(mention.token_start, ()):
            if self.mentions[k] is mention:
                return self.mention_entity[k]
        return None


def _name_tokens(text: str) -> list[str]:
    return list(_name_words(text))


@functools.lru_cache(maxsize=65536)
def _name_words(text: str) -> tuple[str, ...]:
    words = text.replace("’", "'").split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return tuple(words)


def resolve_document(
    found: MentionSet,
    spacy_doc,  # type: ignore[no-untyped-def]
    document: Document,
    lexicon: Lexicon,
    gazetteer: dict[str, GazetteerEntry] | None = None,
) -> ResolvedDocument:
    """Group one document's mentions into entities and resolve its pronouns."""
    gazetteer = gazetteer or {}
    mentions = list(found.mentions)
    _add_name_parts(mentions, spacy_doc, document)
    n = len(mentions)
    uf = _UnionFind(n)
    for a, b in found.same_as:
        uf.union(a, b)

    named = [k for k, m in enumerate(mentions) if not m.is_role and k not in found.descriptions]
    by_gazetteer: dict[str, int] = {}
    by_name: dict[tuple[URIRef | None, str], int] = {}
    for k in named:
        m = mentions[k]
        if m.gazetteer_id:
            if m.gazetteer_id in by_gazetteer:
                uf.union(by_gazetteer[m.gazetteer_id], k)
            else:
                by_gazetteer[m.gazetteer_id] = k
        key = (core_class(m.type), normalise_name(m.text))
        if key[1]:
            if key in by_name:
                uf.union(by_name[key], k)
            else:
                by_name[key] = k

    # a one-word name NER typed otherwise that is a known person's name part is that person ("Amanda")
    person_parts = {
        w.lower()
        for m in mentions
        if core_class(m.type) == KG.Person and not m.is_role
        for w in (_name_tokens(m.text)[:1] + _name_tokens(m.text)[-1:])
        if len(_name_tokens(m.text)) >= 2
    }
    for k in named:
        m = mentions[k]
        if (
            m.method == "ner"
            and core_class(m.type) != KG.Person
            and " " not in m.text.strip()
            and m.text.lower() in person_parts
        ):
            mentions[k] = replace(m, type=KG.Person)

    # people: surname or first name alone -> the full name
    people = [k for k in named if core_class(mentions[k].type) == KG.Person]
    full = [k for k in people if len(_name_tokens(mentions[k].text)) >= 2]
    for k in people:
        words = _name_tokens(mentions[k].text)
        if len(words) != 1:
            continue
        word = words[0].lower()
        matches = [f for f in full if _name_tokens(mentions[f].text)[-1].lower() == word]
        if not matches:
            matches = [f for f in full if _name_tokens(mentions[f].text)[0].lower() == word]
        if matches:
            before = [f for f in matches if mentions[f].start < mentions[k].start]
            uf.union(k, (before[-1] if before else matches[0]))

    # organisations: a name that starts a longer one ("GP Committee" -> "GP Committee England")
    orgs = [k for k in named if core_class(mentions[k].type) == KG.Organisation]
    for k in orgs:
        words = normalise_name(mentions[k].text).split()
        if len(words) < 2:
            continue
        for other in orgs:
            longer = normalise_name(mentions[other].text).split()
            if len(longer) > len(words) and longer[: len(words)] == words:
                uf.union(k, other)
                break

    # noun phrases with one head, one's modifiers among the other's: "current practice model" =
    # "current GP practice model"; a new or next version is another thing ("new GMS contract")
    tokens = tokens_of(spacy_doc)
    phrases = [
        k
        for k in named
        if mentions[k].method in ("noun-phrase", "gazetteer", "acronym")
        and core_class(mentions[k].type) in (KG.Proposal, KG.Event)
    ]
    for k in phrases:
        if mentions[k].method != "noun-phrase":
            continue
        words = _modifier_words(mentions[k])
        for other in phrases:
            if (
                other == k
                or mentions[other].head != mentions[k].head
                or core_class(mentions[other].type) != core_class(mentions[k].type)
            ):
                continue
            other_words = _modifier_words(mentions[other])
            if core_class(mentions[k].type) == KG.Event and (
                _same_event(mentions[k], mentions[other], tokens, lexicon)
                or _same_event(mentions[other], mentions[k], tokens, lexicon)
            ):
                uf.union(k, other)
                continue
            if (
                words
                and words < other_words
                and (
                    not (other_words - words) & VERSION_WORDS
                    # "a new GMS contract" is another contract; "the new contract" is this one
                    or not _indefinite(mentions[other], tokens)
                    or any(any(c.isdigit() for c in w) for w in words)  # one year names one thing
                )
                and not (words - other_words)
            ):
                uf.union(k, other)
            elif words and other_words and words == other_words:
                uf.union(k, other)

    # generic proposal words that share what they are about: "the polyclinic plan" and
    # "proposals to build a network of polyclinics"
    generic = [k for k in phrases if mentions[k].head in GENERIC_PROPOSAL_HEADS]
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}  # "polyclinic" tagged ADJ
    for k in generic:
        topics = _topic_lemmas(mentions[k], tokens, nouns)
        for other in generic:
            if other > k and topics & _topic_lemmas(mentions[other], tokens, nouns):
                uf.union(k, other)

    # "the new GP contract arrangements" are the "new GP contract": a light head adds nothing
    for k in phrases:
        m = mentions[k]
        if m.head not in lexicon.light_head_nouns:
            continue
        words = _modifier_words(m)
        for other in phrases:
            o = mentions[other]
            if other != k and o.head in words and _modifier_words(o) | {o.head} == words:
                uf.union(k, other)

    # funding packages of the same amount: "£500m investment" = "half-a-billion-pound package"
    amounts: dict[float, int] = {}
    for k in named:
        if mentions[k].type == KG.FundingPackage:
            amount = money_amount(mentions[k].text)
            if amount is not None:
                if amount in amounts:
                    uf.union(amounts[amount], k)
                else:
                    amounts[amount] = k

    # descriptions -> the last earlier mention they fit
    dropped: set[int] = set()
    # "the plan" with no plan named before: a later "the plan" is the same one
    unnamed: dict[tuple[URIRef | None, str], int] = {}
    for k, head in sorted(found.descriptions.items()):
        m = mentions[k]
        target = _antecedent(mentions, named, k, head, gazetteer, lexicon)
        if target is not None:
            uf.union(k, target)
        elif core_class(m.type) == KG.Organisation or k in found.possessive:
            dropped.add(k)  # "the committee" with no committee named, "its approach"
        elif core_class(m.type) in (KG.Proposal, KG.Event):
            earlier = unnamed.setdefault((m.type, head), k)
            if earlier != k:
                uf.union(k, earlier)

    # roles -> holders; a role phrase on its own -> the holder of the same phrase
    role_keys: dict[str, int] = {}
    role_links = {link.role_mention: link for link in found.roles}
    for k in sorted(role_links, key=lambda i: mentions[i].start):
        link = role_links[k]
        if link.holder is not None:
            uf.union(k, link.holder)
            role_keys.setdefault(normalise_name(mentions[k].text), link.holder)
    for k in sorted(role_links, key=lambda i: mentions[i].start):
        link = role_links[k]
        if link.holder is None:
            holder = role_keys.get(normalise_name(mentions[k].text))
            if holder is None:
                holder = _holder_by_role_word(mentions, role_links, k)
            if holder is not None:
                uf.union(k, holder)
            else:
                dropped.add(k)

    groups: dict[int, list[int]] = defaultdict(list)
    for k in range(n):
        if k not in dropped:
            groups[uf.find(k)].append(k)

    resolved = ResolvedDocument(mentions=mentions, mention_entity=[None] * n)
    for members in sorted(groups.values(), key=lambda ks: min(mentions[k].start for k in ks)):
        anchors = [k for k in members if not mentions[k].is_role and k not in found.descriptions]
        if not anchors:
            proposals = [
                k
                for k in members
                if k in found.descriptions
                and core_class(mentions[k].type) in (KG.Proposal, KG.Event)
            ]
            if not proposals:
                continue
            anchors = proposals
        entity = _make_entity(
            document.id,
            len(resolved.entities),
            [mentions[k] for k in members],
            [mentions[k] for k in anchors],
            gazetteer,
        )
        resolved.entities.append(entity)
        resolved.by_key[entity.key] = entity
        for k in members:
            resolved.mention_entity[k] = entity.key
    resolved.index_tokens()

    for k, link in role_links.items():
        holder_key = resolved.mention_entity[k]
        org_key = (
            resolved.mention_entity[link.organisation] if link.organisation is not None else None
        )
        if holder_key is not None:
            resolved.roles.append((link, holder_key, org_key))

    _resolve_pronouns(resolved, spacy_doc)
    _resolve_speakers(resolved, spacy_doc, document)
    _add_event_details(resolved, spacy_doc, document.text)
    _add_head_names(resolved, spacy_doc)
    return resolved


def _add_head_names(resolved: ResolvedDocument, spacy_doc) -> None:  # type: ignore[no-untyped-def]
    """A proposal or event named with words that only describe it ("a mischievous campaign",
    "the promised talks") is also called by its head noun alone ("campaign", "talks")."""
    tokens = tokens_of(spacy_doc)
    for index, entity in enumerate(resolved.entities):
        if core_class(entity.type) not in (KG.Proposal, KG.Event):
            continue
        extra = set()
        for m in entity.mentions:
            if m.method not in ("noun-phrase", "description") or m.token_end - m.token_start < 2:
                continue
            head = tokens[m.token_end - 1]
            modifiers = [t for t in tokens[m.token_start : m.token_end - 1] if not t.is_punct]
            if (
                head.lemma_.lower() == m.head
                and modifiers
                and all(
                    t.pos_ in ("ADJ", "ADV") and t.dep_ in ("amod", "advmod") for t in modifiers
                )
            ):
                extra.add(head.text)
        extra -= {entity.label, *entity.aliases}
        if extra:
            updated = replace(entity, aliases=tuple(sorted({*entity.aliases, *extra})))
            resolved.entities[index] = updated
            resolved.by_key[entity.key] = updated


DETAIL_LABELS = {"DATE": "date", "TIME": "date", "PERCENT": "figure", "MONEY": "figure"}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_MONTH = re.compile(
    rf"\b(?:\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?|(?:{_MONTHS}) \d{{1,2}}(?:, \d{{4}})?)\b"
)


def _add_event_details(resolved: ResolvedDocument, spacy_doc, text: str) -> None:  # type: ignore[no-untyped-def]
    """Dates and figures said of an event: "A referendum ... concluded yesterday with 98.9%
    voting to reject" gives the referendum ("date", "yesterday") and ("figure", "98.9%");
    "collective action starting as early as 1 April" gives ("date", "1 April")."""
    tokens = tokens_of(spacy_doc)
    labelled = {t.i: DETAIL_LABELS[t.ent_type_] for t in tokens if t.ent_type_ in DETAIL_LABELS}
    spans = {ent.start: ent.text for ent in spacy_doc.ents if ent.label_ in DETAIL_LABELS}
    ends = {ent.start: ent.end for ent in spacy_doc.ents if ent.label_ in DETAIL_LABELS}
    for match in _DAY_MONTH.finditer(text):  # dates the model misses ("1 April")
        span = spacy_doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        # join it with a date phrase the model found around it ("as early as" + "3 May")
        start, end = span.start, span.end
        for ent_start, ent_end in list(ends.items()):
            if ent_start <= end and start <= ent_end and labelled.get(ent_start) == "date":
                start, end = min(start, ent_start), max(end, ent_end)
                spans.pop(ent_start, None)
                ends.pop(ent_start, None)
        labelled[start] = "date"
        spans[start] = spacy_doc[start:end].text
        ends[start] = end
    if not labelled:
        return
    # the words of each event phrase, with what modifies it ("today's GPCE meeting")
    event_tokens = {
        t: k
        for k, m in enumerate(resolved.mentions)
        if resolved.mention_entity[k] is not None
        and m.token_end > m.token_start
        and core_class(resolved.by_key[resolved.mention_entity[k]].type) == KG.Event  # type: ignore[index]
        # a head's subtree spans its left edge to its right edge (projective parses)
        for t in range(
            tokens[m.token_end - 1].left_edge.i, tokens[m.token_end - 1].right_edge.i + 1
        )
    }
    for index, entity in enumerate(resolved.entities):
        if core_class(entity.type) != KG.Event:
            continue
        found: set[tuple[str, str]] = set()
        for m in entity.mentions:
            if m.is_role or m.token_end <= m.token_start:
                continue
            head = tokens[m.token_end - 1]
            scope = [t for t in head.subtree if not m.token_start <= t.i < m.token_end]
            verb = head.head
            if head.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
                for child in verb.children:
                    if child.dep_ in ("npadvmod", "prep", "advmod", "tmod", "obl"):
                        scope.extend(child.subtree)
            for token in scope:
                other = event_tokens.get(token.i)
                if other is not None and resolved.mention_entity[other] != entity.key:
                    continue  # "in today's GPCE meeting": the date of another event
                if token.i in spans:
                    found.add((labelled[token.i], spans[token.i]))
        if found:
            updated = replace(entity, details=tuple(sorted(found)))
            resolved.entities[index] = updated
            resolved.by_key[entity.key] = updated


_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "trillion": 1e12,
}
_NUMBER_WORDS = {
    "half": 0.5,
    "quarter": 0.25,
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
}
_DIGITS = re.compile(
    r"[£$€]\s*(\d[\d,]*(?:\.\d+)?)\s*-?\s*(k|m|mn|bn|thousand|million|billion|trillion)?\b"
)
_WORDS = re.compile(
    r"\b(half|quarter|one|a|two|three|four|five|ten)[\s-]+(?:a[\s-]+)?(thousand|million|billion|trillion)[\s-]+pounds?\b"
)


def money_amount(text: str) -> float | None:
    """The sum of money a phrase names, in units: "£500m" and "half-a-billion-pound" give 5e8.

    >>> money_amount("£500 million investment") == money_amount("half-a-billion-pound package")
    True
    """
    lowered = text.lower().replace("’", "'")
    match = _DIGITS.search(lowered)
    if match:
        value = float(match.group(1).replace(",", ""))
        return value * _MULTIPLIERS.get(match.group(2) or "", 1)
    match = _WORDS.search(lowered)
    if match:
        return _NUMBER_WORDS[match.group(1)] * _MULTIPLIERS[match.group(2)]
    return None


VERSION_WORDS = frozenset(
    {"new", "next", "future", "revised", "draft", "alternative", "old", "previous", "interim"}
)


GENERIC_PROPOSAL_HEADS = frozenset({"plan", "proposal", "scheme", "policy", "strategy"})


def _topic_lemmas(mention: Mention, tokens, nouns: set[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """Nouns a generic proposal is about, other than generic words: "polyclinic plan" and
    "proposals to build a network of polyclinics" are both about polyclinics."""
    found = set()
    for t in tokens[mention.token_start : mention.token_end]:
        noun = t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.lemma_.lower() in nouns)
        if noun and t.i != mention.token_end - 1 or t.dep_ == "pobj":
            lemma = t.lemma_.lower()
            if lemma not in GENERIC_PROPOSAL_HEADS and lemma not in (
                "network",
                "number",
                "part",
                "way",
            ):
                found.add(lemma)
    return found


def _indefinite(mention: Mention, tokens) -> bool:  # type: ignore[no-untyped-def]
    """True when "a" or "an" stands right before the mention."""
    return mention.token_start > 0 and tokens[mention.token_start - 1].lower_ in ("a", "an")


def _same_event(a: Mention, b: Mention, tokens, lexicon: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Two events with one head name one event when their modifiers only describe it
    ("scoping talks", "promised talks", "productive talks") or when one names a kind of body
    and the other a body ("your committee meeting", "the GPCE meeting")."""
    mods_a = [t for t in tokens[a.token_start : a.token_end - 1] if not t.is_punct]
    mods_b = [t for t in tokens[b.token_start : b.token_end - 1] if not t.is_punct]
    if not mods_a or not mods_b:
        return False

    def descriptive(mods: list) -> bool:  # type: ignore[type-arg]
        return all(t.pos_ in ("ADJ", "VERB", "ADV") for t in mods)

    if descriptive(mods_a) and descriptive(mods_b):
        return True
    kinds = [t for t in mods_a if t.lower_ in lexicon.description_nouns]
    names = [t for t in mods_b if t.pos_ == "PROPN"]
    return bool(kinds) and len(kinds) == len(mods_a) and bool(names) and len(names) == len(mods_b)


def _modifier_words(mention: Mention) -> frozenset[str]:
    """The words of a noun phrase before its head, lower-cased: "current GP practice model" → {current, gp, practice}."""
    words = normalise_name(mention.text).replace("-", " ").split()
    head = mention.head
    if words and (words[-1] == head or words[-1].rstrip("s") == head):
        words = words[:-1]
    else:
        return frozenset()
    return frozenset(words)


def _antecedent(
    mentions: Sequence[Mention],
    named: Sequence[int],
    k: int,
    head: str,
    gazetteer: dict[str, GazetteerEntry],
    lexicon: Lexicon,
) -> int | None:
    """The last earlier named mention a description fits.

    It fits when it has the same head word ("the plan" → "the 10-year plan"),
    the same class of funding ("the funding" → "£500m investment"), or, for an
    organisation, a name containing the word ("the College" → RCGP, whose
    gazetteer name is "Royal College of GPs"; "the organisation" → any).
    """
    m = mentions[k]
    want = core_class(m.type)
    best = None
    by_word = None  # "the trust" -> the last name with "Trust" in it, before any of its class
    for other in named:
        o = mentions[other]
        if o.start >= m.start or core_class(o.type) != want:
            continue
        names = [o.text]
        if o.gazetteer_id and o.gazetteer_id in gazetteer:
            names.extend(gazetteer[o.gazetteer_id].names)
        words = {
            w.lower() for name in names for w in normalise_name(name).replace("-", " ").split()
        }
        if want == KG.Organisation:
            # "the College" -> a name with "College"; "the union" -> a trade union
            if head in words:
                by_word = other
            fits = head in words or lexicon.name_words.get(head.title()) == o.type
        else:
            fits = o.head == head
        if want == KG.Organisation and head in ("organisation", "organization", "body"):
            fits = True
        if m.type in (KG.FundingPackage, KG.Proposal) and o.type == m.type:
            fits = True  # "the funding" -> "a £500m package"; "the proposal" -> "the offer"
        if fits:
            best = other
    return by_word if by_word is not None else best


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


def _add_name_parts(mentions: list[Mention], spacy_doc, document: Document) -> None:  # type: ignore[no-untyped-def]
    """Add bare surnames and first names of people already named in full ("Buckman said")."""
    covered = set()
    for m in mentions:
        covered.update(range(m.token_start, m.token_end))
    parts: dict[str, Mention] = {}
    for m in mentions:
        if core_class(m.type) == KG.Person and not m.is_role:
            words = _name_tokens(m.text)
            if len(words) >= 2:
                parts.setdefault(words[-1], m)
                parts.setdefault(words[0], m)
    if not parts:
        return
    for token in tokens_of(spacy_doc):
        if token.i in covered or token.text not in parts or token.pos_ != "PROPN":
            continue
        if document.in_comments(token.idx) and not any(
            m.start >= document.body_end for m in mentions
        ):
            continue
        source = parts[token.text]
        mentions.append(
            Mention(
                document.id,
                token.idx,
                token.idx + len(token.text),
                token.text,
                KG.Person,
                _sentence_of(mentions, token.idx, source),
                "name-part",
                0.7,
                token_start=token.i,
                token_end=token.i + 1,
                head=token.lower_,
            )
        )


def _sentence_of(mentions: Sequence[Mention], char: int, fallback: Mention) -> int:
    best = fallback.sentence
    for m in mentions:
        if m.start <= char:
            best = max(best, m.sentence) if m.start <= char else best
    return best


def _make_entity(
    doc_id: str,
    number: int,
    members: Sequence[Mention],
    anchors: Sequence[Mention],
    gazetteer: dict[str, GazetteerEntry],
) -> Entity:
    best = max(anchors, key=lambda m: (METHOD_RANK.get(m.method, 0), m.confidence, -m.start))
    type_ = best.type
    if any(core_class(m.type) == KG.Person for m in anchors) and core_class(type_) != KG.Person:
        ner_people = [
            m
            for m in anchors
            if core_class(m.type) == KG.Person and m.method in ("ner", "honorific", "gazetteer")
        ]
        if ner_people and best.method not in ("gazetteer", "acronym"):
            type_ = KG.Person
    gazetteer_ids = sorted({m.gazetteer_id for m in members if m.gazetteer_id})
    label = None
    if gazetteer_ids and gazetteer_ids[0] in gazetteer:
        label = gazetteer[gazetteer_ids[0]].label
        type_ = gazetteer[gazetteer_ids[0]].type
    if label is None:
        label = _choose_label(anchors, type_)
    aliases = sorted(
        {_clean(m.text) for m in members if _clean(m.text) and _clean(m.text) != label}
    )
    return Entity(
        key=f"{doc_id}#{number}",
        label=label,
        type=type_,
        aliases=tuple(aliases),
        mentions=tuple(sorted(members, key=lambda m: (m.start, m.end))),
        gazetteer_id=gazetteer_ids[0] if gazetteer_ids else None,
    )


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(QUOTES + " ,.;:")


def _choose_label(anchors: Sequence[Mention], type_: URIRef) -> str:
    label = _plain_label(anchors, type_)
    if core_class(type_) == KG.Organisation and any(m.method == "noun-phrase" for m in anchors):
        label = re.sub(r"['’]s\b", "", label)  # "the GPCE's executive" is the "GPCE executive"
    return label


def _plain_label(anchors: Sequence[Mention], type_: URIRef) -> str:
    if core_class(type_) == KG.Person:
        names = [" ".join(_name_tokens(_clean(m.text))) for m in anchors]
        return max(names, key=lambda s: (len(s.split()), len(s), s))
    acronym_long = [m for m in anchors if m.method == "acronym" and " " in m.text.strip()]
    if acronym_long:
        return _clean(acronym_long[0].text)
    counts = Counter(_clean(m.text) for m in anchors if m.method != "description")
    if not counts:
        counts = Counter(_clean(m.text) for m in anchors)
    ranked = sorted(
        counts,
        key=lambda t: (
            -max(METHOD_RANK.get(m.method, 0) for m in anchors if _clean(m.text) == t),
            -counts[t],
            len(t),
            t,
        ),
    )
    best = ranked[0]
    if " " not in best and best.islower():
        # a bare common noun says little: "motion of no confidence" rather than "motion"
        longer = sorted(
            (t for t in {_clean(m.text) for m in anchors} if t.startswith(best + " ")),
            key=lambda t: (len(t), t),
        )
        if longer:
            return longer[0]
    return best


def _resolve_pronouns(resolved: ResolvedDocument, spacy_doc) -> None:  # type: ignore[no-untyped-def]
    """he/she -> the most recent person; it/its -> the most recent organisation nearby."""
    people: list[tuple[int, str]] = []
    organisations: list[tuple[int, int, str]] = []
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        if key is None:
            continue
        cls = core_class(resolved.by_key[key].type)
        if cls == KG.Person:
            people.append((m.token_start, key))
        elif cls == KG.Organisation and not m.is_role:
            organisations.append((m.token_start, m.sentence, key))
    people.sort()
    organisations.sort()
    gender = _genders(resolved)
    # people who were the subject of a clause, in order: a subject pronoun prefers them
    # ("He moved to ensure Dr Bramall ... And he concluded": he is still the first "He")
    subjects: list[tuple[int, str]] = []
    person_at = {start: key for start, key in people}
    for token in tokens_of(spacy_doc):
        lower = token.lower_
        if token.dep_ == "nsubj" and token.pos_ == "PROPN":
            start = token.left_edge.i
            key = person_at.get(start) or person_at.get(token.i)
            if key is not None:
                subjects.append((token.i, key))
        if token.pos_ != "PRON" and lower not in ("his", "her", "its"):
            continue
        if lower in MALE or lower in FEMALE:
            wrong = "female" if lower in MALE else "male"
            before = [key for start, key in people if start < token.i and gender.get(key) != wrong]
            if token.dep_ == "nsubj":
                recent = [
                    key
                    for at, key in subjects
                    if token.i - 80 < at < token.i and gender.get(key) != wrong
                ]
                if recent:
                    before = recent
            if before:
                resolved.pronouns[token.i] = before[-1]
                if token.dep_ == "nsubj":
                    subjects.append((token.i, before[-1]))
        elif lower in NEUTER or lower in PLURAL:
            # it/its: an organisation nearby; they/them/their: one in the same sentence only
            sentence_start = token.sent.start
            reach = 60 if lower in NEUTER else 0
            before = [
                key
                for start, _s, key in organisations
                if start < token.i and start >= sentence_start - reach
            ]
            if before:
                resolved.pronouns[token.i] = before[-1]


def _genders(resolved: ResolvedDocument) -> dict[str, str]:
    """ "male" or "female" for people named with a gendered honorific (Mr, Ms, Sir, Dame ...)."""
    found: dict[str, str] = {}
    for k, m in enumerate(resolved.mentions):
        key = resolved.mention_entity[k]
        first = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
        if key is not None and first in GENDERED_HONORIFICS:
            found.setdefault(key, GENDERED_HONORIFICS[first])
    return found


def _resolve_speakers(resolved: ResolvedDocument, spacy_doc, document: Document) -> None:  # type: ignore[no-untyped-def]
    """First-person pronouns inside quotations -> the speaker the sentence attributes them to."""
    previous: str | None = None
    previous_paragraph = -1
    tokens = tokens_of(spacy_doc)
    line_breaks = [i for i, c in enumerate(document.text) if c == "\n"]
    for sent in spacy_doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        paragraph = bisect.bisect_left(line_breaks, sent.start_char)
        speaker = None
        sentence_tokens = tokens[sent.start : sent.end]
        for token in sentence_tokens:
            if token.lemma_ in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                for child in token.children:
                    if child.dep_ == "nsubj":
                        key = resolved.entity_for_token(child.i, (KG.Person, KG.Organisation))
                        if key is not None:
                            speaker = key
                            break
            if speaker:
                break
        has_quote = any(c in text for c in '‘“"')
        if (
            speaker is None
            and previous is not None
            and (text[0] in "‘“\"'" or paragraph == previous_paragraph)
        ):
            speaker = previous
        if speaker is not None and (has_quote or text[0] in QUOTES):
            for token in sentence_tokens:
                if token.lower_ in FIRST_PERSON:
                    resolved.pronouns[token.i] = speaker
            resolved.speakers[sent.start] = speaker
            previous = speaker
        elif speaker is None or not has_quote:
            previous = speaker if has_quote else None
        previous_paragraph = paragraph


# ---------------------------------------------------------------------------
# across documents


def _strong_names(entity: Entity) -> set[str]:
    """Names distinctive enough to identify the entity in another article.

    A full personal name; otherwise a name with a capital, a digit or several
    words. A bare common noun ("motion", "negotiations") names different
    things in different articles, and so do roles ("health secretary").
    """
    names: set[str] = set()
    role_texts = {
        normalise_name(m.text) for m in entity.mentions if m.is_role or m.method == "description"
    }
    for alias in (entity.label, *entity.aliases):
        norm = normalise_name(alias)
        if not norm or norm in role_texts:
            continue
        if core_class(entity.type) == KG.Person:
            if len(_name_tokens(alias)) >= 2:
                names.add(norm)
        elif any(c.isupper() for c in alias) or any(c.isdigit() for c in alias) or " " in norm:
            names.add(norm)
    return {n for n in names if n}


class Merged(NamedTuple):
    """Entities, relations and quotations of a corpus, with one entity per real-world thing."""

    entities: list[Entity]
    relations: list[Relation]
    quotes: list[Quote]


def merge_documents(extractions: Sequence[Extraction]) -> Merged:
    """One entity per real-world thing across all documents; relations and quotations re-pointed
    to the merged keys."""
    entities = [e for x in extractions for e in x.entities]
    uf = _UnionFind(len(entities))
    seen: dict[tuple[URIRef | None, str], int] = {}
    for i, entity in enumerate(entities):
        cls = core_class(entity.type)
        keys = {(cls, "gaz:" + entity.gazetteer_id)} if entity.gazetteer_id else set()
        keys |= {(cls, name) for name in _strong_names(entity)}
        for key in sorted(keys, key=str):
            if key in seen:
                uf.union(seen[key], i)
            else:
                seen[key] = i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entities)):
        groups[uf.find(i)].append(i)

    merged: list[Entity] = []
    new_key: dict[str, str] = {}
    used_slugs: dict[str, URIRef] = {}
    for members in sorted(groups.values()):
        parts = [entities[i] for i in members]
        gazetteered = [e for e in parts if e.gazetteer_id]
        lead = (
            gazetteered[0]
            if gazetteered
            else max(parts, key=lambda e: (len(e.mentions), len(e.label), e.label))
        )
        label = lead.label
        cls = core_class(lead.type)
        if slug(label) in used_slugs:
            # another thing with the same name: qualify it so that it gets its own IRI
            if used_slugs[slug(label)] != cls:
                label = f"{label} ({str(cls).rsplit('#', 1)[-1]})"
            if slug(label) in used_slugs:
                label = f"{label} ({lead.doc_ids[0]})"
        used_slugs.setdefault(slug(label), cls)  # type: ignore[arg-type]
        aliases = sorted({a for e in parts for a in (e.label, *e.aliases)} - {label})
        mentions = tuple(
            sorted((m for e in parts for m in e.mentions), key=lambda m: (m.doc_id, m.start, m.end))
        )
        details = tuple(sorted({d for e in parts for d in e.details}))
        entity = Entity(
            label, label, lead.type, tuple(aliases), mentions, lead.gazetteer_id, details
        )
        merged.append(entity)
        for e in parts:
            new_key[e.key] = entity.key

    relations: list[Relation] = []
    seen_relations: set[tuple] = set()
    for x in extractions:
        for r in x.relations:
            s, o = new_key.get(r.subject), new_key.get(r.object)
            if s is None or o is None or s == o:
                continue
            signature = (s, r.predicate, o, r.evidence.doc_id, r.evidence.start, r.evidence.end)
            if signature in seen_relations:
                continue
            seen_relations.add(signature)
            relations.append(Relation(s, r.predicate, o, r.evidence, r.modality))
    quotes = [
        Quote(new_key.get(q.speaker) if q.speaker else None, q.text, q.evidence)
        for x in extractions
        for q in x.quotes
    ]
    return Merged(sorted(merged, key=lambda e: e.key), relations, quotes)
