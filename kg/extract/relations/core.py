"""The core of the relation rules: the rule table's types (from
:mod:`~kg.extract.relations.table`, re-exported here), the context every rule reads, and the
one constructor of relations.

A :class:`Rule` is a function with a name and a confidence; a :class:`Pass` walks the
document (its tokens, its named phrases, its role links ...: the walks of
:mod:`~kg.extract.relations.walks`, re-exported here) and applies its rules, in order, at
each item. :func:`run` runs passes in order. :class:`Context` holds what the rules read (the
parse, the resolved entities, the lexicon, the schema) and the helpers they share: which
entity a token names, the subjects and objects of a verb, a clause's modality, and
:meth:`Context.emit`, which makes a relation only when its subject and object fit the
property (``schema:domainIncludes``/``rangeIncludes`` in ``ontology/kg.ttl``).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, cast

from rdflib import URIRef
from spacy.tokens import Doc, Token

from kg.extract.entities import ResolvedDocument
from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import RoleLink
from kg.extract.parse import lemmas_of, tokens_of
from kg.extract.relations import phrase_search as finder
from kg.extract.relations.charges import accused_of
from kg.extract.relations.fitting import fit_to_object
from kg.extract.relations.grammar import (
    children,
    conjuncts,
    is_verb,
    objects_of,
    preps,
    subjects_of,
)
from kg.extract.relations.joint_subjects import more_subjects
from kg.extract.relations.modality import inside_quote, modality_of
from kg.extract.relations.participants import participants_of
from kg.extract.relations.table import Pass, Rule, run
from kg.extract.relations.walks import (
    CARRIERS,
    Phrase,
    RoleFound,
    phrases,
    role_links,
    tokens,
    whole,
)
from kg.model import Document, Evidence, Relation, Sentence
from kg.rdf.namespaces import KG
from kg.rdf.schema import CORE_CLASSES, Schema, load_schema

__all__ = [
    "ACTORS",
    "EVENTS",
    "PROPOSALS",
    "Context",
    "Found",
    "Pass",
    "Phrase",
    "RoleFound",
    "Rule",
    "Types",
    "participants_of",
    "phrases",
    "role_links",
    "run",
    "tokens",
    "whole",
]

Types = Collection[URIRef]
"""Classes an entity may be of (core classes: ``KG.Person``, ``KG.Proposal`` ...)."""
Found = tuple[str, Token]
"""An entity key and the token that names it."""

# the very objects ``core_class`` returns (``CORE_CLASSES``), so that ``core in ACTORS`` finds
# them by identity: ``KG.Person`` makes a new term at each read, which compares in Python
_PERSON, _ORGANISATION, _PROPOSAL, _EVENT, _PLACE = CORE_CLASSES
ACTORS: tuple[URIRef, ...] = (_PERSON, _ORGANISATION)
PROPOSALS: tuple[URIRef, ...] = (_PROPOSAL,)
EVENTS: tuple[URIRef, ...] = (_EVENT,)
GROUP_PREPOSITIONS = ("from", "of", "at", "on", "for")  # "representatives from the BMA"
NOT_DONE = ("against", "without")  # "warned against rejecting the offer"

# -- the context ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What the rules read about one document, and the helpers they share."""

    doc: Doc
    tokens: Sequence[Token]
    document: Document
    sentences: Sequence[Sentence]
    starts: Sequence[int]
    resolved: ResolvedDocument
    lexicon: Lexicon
    schema: Schema
    participation_verbs: frozenset[str]
    """Verbs whose subject takes part in the event that is their object ("held a ballot")."""
    participants: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Event key → actors taking part, from the pass that gives them (empty before it)."""
    gazetteer: Mapping[str, GazetteerEntry] = field(default_factory=dict)
    """Gazetteer id → entry: background knowledge about the entities named in the text."""
    _subjects_read: dict[int, list[Found]] = field(default_factory=dict, init=False, repr=False)
    """Token index → what :meth:`subject_entities` found there."""
    _modalities: dict[int, URIRef] = field(default_factory=dict, init=False, repr=False)
    """Token index → the modality :meth:`modality` found there."""
    _carriers_by_pos: dict[frozenset[str], list[Token]] = field(
        default_factory=dict, init=False, repr=False
    )
    _carriers_named: dict[tuple[str, frozenset[str] | None], list[Token]] = field(
        default_factory=dict, init=False, repr=False
    )
    _cores: dict[str, URIRef | None] = field(default_factory=dict, init=False, repr=False)
    """Entity key → its core class, as :meth:`core` found it."""
    _entities: dict[tuple[int, tuple[URIRef, ...] | None], str | None] = field(
        default_factory=dict, init=False, repr=False
    )
    """(token index, types) → what :meth:`entity` found there."""

    @functools.cached_property
    def pos_tags(self) -> list[str]:
        """Each token's part of speech, by token index, read once (``token.pos_`` looks the
        name up in the vocabulary's strings on every read)."""
        return [t.pos_ for t in self.tokens]

    @functools.cached_property
    def carriers(self) -> list[Token]:
        """The tokens a relation can be read at (:data:`CARRIERS`), worked out once."""
        tags = self.pos_tags
        return [t for t in self.tokens if tags[t.i] in CARRIERS]

    @functools.cached_property
    def forms(self) -> list[str]:
        """Each token's text in lower case, by token index, read once."""
        return [t.lower_ for t in self.tokens]

    @functools.cached_property
    def deps(self) -> list[str]:
        """Each token's dependency label, by token index, read once."""
        return [t.dep_ for t in self.tokens]

    @functools.cached_property
    def _word_index(self) -> dict[str, list[int]]:
        """Lower-case lemma or form → the indices of the carriers that have it, in order."""
        index: dict[str, list[int]] = {}
        lemmas, forms = lemmas_of(self.doc), self.forms
        for token in self.carriers:
            i = token.i
            index.setdefault(lemmas[i], []).append(i)
            if forms[i] != lemmas[i]:
                index.setdefault(forms[i], []).append(i)
        return index

    def carriers_named(self, names: str, pos: frozenset[str] | None = None) -> list[Token]:
        """The carriers (with one of the parts of speech ``pos``, if given) whose lower-case
        lemma or form starts an entry of the lexicon's sets ``names`` (see ``Rule.words``), in
        order: looked up in an index of the document's words, made once."""
        found = self._carriers_named.get((names, pos))
        if found is None:
            firsts, index = self.lexicon.first_words(names), self._word_index
            words = firsts if len(firsts) <= len(index) else [w for w in index if w in firsts]
            hits = sorted({i for word in words for i in index.get(word, ())})
            tags, tokens = self.pos_tags, self.tokens
            found = [tokens[i] for i in hits if pos is None or tags[i] in pos]
            self._carriers_named[(names, pos)] = found
        return found

    def carriers_of(self, pos: frozenset[str]) -> list[Token]:
        """The carriers with one of the parts of speech ``pos``, in order, worked out once."""
        found = self._carriers_by_pos.get(pos)
        if found is None:
            tags = self.pos_tags
            found = self._carriers_by_pos[pos] = [t for t in self.carriers if tags[t.i] in pos]
        return found

    def with_participants(self, found: list[Relation]) -> Context:
        """This context with the ``participatesIn`` relations ``found`` as who takes part in
        each event (``Context.participants``), for the passes after the one that found them.
        It keeps what this one has read of the document (tags, word index, the entities,
        subjects and modalities found at tokens): none of that depends on who takes part."""
        given = {f.name for f in fields(self) if f.init}
        read = {name: value for name, value in vars(self).items() if name not in given}
        context = replace(self, participants=participants_of(found, self.schema))
        vars(context).update(read)
        return context

    @classmethod
    def of(
        cls,
        doc: Doc,
        document: Document,
        sentences: Sequence[Sentence],
        resolved: ResolvedDocument,
        lexicon: Lexicon,
        gazetteer: Mapping[str, GazetteerEntry] | None = None,
    ) -> Context:
        schema = load_schema()
        participation = (
            frozenset(
                lemma
                for (lemma, preposition), prop in lexicon.triggers.items()
                if not preposition and schema.core_property(prop) == KG.participatesIn
            )
            | lexicon.participation_verbs
        )
        return cls(
            doc,
            tokens_of(doc),
            document,
            list(sentences),
            [s.start for s in sentences],
            resolved,
            lexicon,
            schema,
            participation,
            gazetteer=gazetteer or {},
        )

    # -- entities ---------------------------------------------------------------------------
    def core(self, key: str) -> URIRef | None:
        """The core class of an entity, looked up once per key (the rules ask it of the same
        entities thousands of times; an rdflib term compares in Python)."""
        try:
            return self._cores[key]
        except KeyError:
            found = self._cores[key] = self.schema.core_class(self.resolved.by_key[key].type)
            return found

    def entity(self, token: Token, types: Types | None = None) -> str | None:
        """The entity a token names; "representatives from the BMA", "BMA members" and "its
        members" name the BMA; "NHS workers" name no one (where they work: ``employer_before``).
        Worked out once per token and tuple of types (the rules ask about the same words)."""
        if types is not None and type(types) is not tuple:
            return self._entity(token, types)
        asked = (token.i, types)
        try:
            return self._entities[asked]
        except KeyError:
            found = self._entities[asked] = self._entity(token, types)
            return found

    def _entity(self, token: Token, types: Types | None) -> str | None:
        key = self.resolved.entity_for_token(token.i, types)
        if key is not None and finder.employer_before(token, self.resolved, self.lexicon):
            return None
        if key is None and (group := finder.share_of_a_group(token, self.is_group)) is not None:
            return self.entity(group, types)  # "78% of its members": the members' body
        if key is None and (union := finder.union_of_workers(token, self.resolved, self.lexicon)):
            return union if types is None or self.core(union) in types else None  # "doctors in X"
        if key is None and token.lemma_.lower() in self.lexicon.outlet_nouns:
            return finder.outlet_of(token, self.resolved, types)
        if key is not None or not self.is_group(token):
            return key
        # the body named before the noun first: "GMB members at Acme" are the GMB's, working
        # at Acme (their employer, not their body)
        owners = children(token, "poss", "compound", "nmod")
        owners += [p for prep in preps(token, *GROUP_PREPOSITIONS) for p in objects_of(prep)]
        for owner in owners:
            # "91% of Unite's members": a group of a group
            member = self.entity(owner, (KG.Organisation,))  # "her officials": not hers
            if member is not None and (types is None or self.core(member) in types):
                return member
        return None

    def group_members(self, token: Token, types: Types | None = None) -> list[str]:
        """The organisations a group noun stands for: "representatives of CPE and the NPA"."""
        if self.resolved.entity_for_token(token.i, types) is not None or not self.is_group(token):
            return []
        keys: list[str] = []
        for prep in preps(token, *GROUP_PREPOSITIONS):
            for pobj in objects_of(prep):
                for conj in conjuncts(pobj):
                    key = self.resolved.entity_for_token(conj.i, ACTORS)
                    if key is not None and (types is None or self.core(key) in types):
                        keys.append(key)
        return keys

    def with_their_bodies(self, found: Sequence[Found]) -> set[str]:
        """The keys of ``found`` and of the organisations their role phrases put them in: a
        speaker's own side ("the union's chair said ..." speaks for the union too), which a
        rule reading a speaker's words about others leaves out."""
        keys = {key for key, _ in found}
        return keys | {
            org
            for link, holder, org in self.resolved.roles
            if org and holder in keys and not self._not_held(link)
        }

    def _not_held(self, link: RoleLink) -> bool:
        """The role phrase says its holder does not hold the post ("shadow care minister",
        "former chair": ``lex:notHoldingWord``): no side of theirs."""
        start = self.resolved.mentions[link.role_mention].token_start
        before = self.doc[max(0, start - 2) : start + 2]
        return any(t.lower_ in self.lexicon.not_holding_words for t in before)

    def is_group(self, token: Token) -> bool:
        """True for a noun for the people of an organisation ("members", ``lex:groupNoun``)."""
        groups = self.lexicon.group_nouns
        return token.lemma_.lower() in groups or token.lower_.rstrip("s") in groups

    def event_named_by(self, verb: Token, actors: Collection[str] = ()) -> list[Found]:
        """The event a verb names (``lex:eventVerb``: "ballot" → the ballot): one of its class
        named in the verb's sentence, else the only one of its class in the document named by
        a noun (another verb's act is that verb's), unless others take part in that one and none
        of ``actors`` does (``Context.participants``: "the committee will vote" is no vote in "a
        referendum of BMA members"; but a negotiation has two sides)."""
        if (own := self.resolved.entity_for_token(verb.i, EVENTS)) is not None:
            return [(own, verb)]  # the event the verb names itself ("agreed to meet again")
        lemma = verb.lemma_.lower()
        cls = self.lexicon.event_verbs.get(lemma)
        for particle in children(verb, "prt", "advmod"):  # "walk out", out an advmod
            cls = self.lexicon.event_verbs.get(f"{lemma} {particle.lower_}", cls)
        if cls is None or not is_verb(verb):
            return []
        named = self._events_by_class.get(cls, {})
        sentence = self.sentence_at(verb.idx)
        here = [k for k, sentences in named.items() if sentence and sentence.index in sentences]
        # another verb's act is not this verb's: "met on Monday" is not "will meet next week"
        elsewhere = [k for k in named if k not in self._acts_of_verbs]
        keys = here or (elsewhere if len(elsewhere) == 1 else [])
        if not here and keys and cls != KG.Negotiation:
            # a negotiation has two sides: "talks with the department" are also the talks
            # the union's negotiators "negotiated the deal" in
            taking_part = self.participants.get(keys[0], frozenset())
            if taking_part and not taking_part & set(actors):
                return []
        return [(key, verb) for key in keys]

    @functools.cached_property
    def _acts_of_verbs(self) -> frozenset[str]:
        """Events named only by verbs ("the union will consult its members"): each is the act
        of its verb (:mod:`~kg.extract.mentions.verb_events`)."""
        resolved = self.resolved
        methods: dict[str, set[str]] = {}
        for mention, key in zip(resolved.mentions, resolved.mention_entity, strict=True):
            if key is not None and self.core(key) == KG.Event:
                methods.setdefault(key, set()).add(mention.method)
        return frozenset(k for k, found in methods.items() if found <= {"verb", "verb-again"})

    @functools.cached_property
    def _events_by_class(self) -> dict[URIRef, dict[str, set[int]]]:
        """Event class → event key → the sentences naming it."""
        found: dict[URIRef, dict[str, set[int]]] = {}
        resolved = self.resolved
        for mention, key in zip(resolved.mentions, resolved.mention_entity, strict=True):
            if key is None or self.core(key) != KG.Event:
                continue
            cls = resolved.by_key[key].type
            found.setdefault(cls, {}).setdefault(key, set()).add(mention.sentence)
        return found

    def subject_entities(self, verb: Token) -> list[Found]:
        """The actors and proposals a verb's subjects name (see ``grammar.subjects_of``). An
        act after "against" or "without" is one nobody does ("warned the union against
        rejecting the offer", "campaigned against scrapping the plan"); not the people of an
        employer ("NHS workers": :func:`phrase_search.employer_before`). Worked out
        once per token (many rules ask about the same verb); each call gets its own list."""
        known = self._subjects_read.get(verb.i)
        if known is None:
            known = self._subjects_read[verb.i] = self._subject_entities(verb)
        return list(known)

    def _subject_entities(self, verb: Token) -> list[Found]:
        if verb.dep_ == "pcomp" and verb.head.lower_ in NOT_DONE:
            return []
        found: list[Found] = []
        for token in (subjects := accused_of(verb, self.lexicon) or subjects_of(verb)):
            key = self.entity(token, ACTORS + PROPOSALS)
            if key is None:
                # "Mr Streeting's letter revealed" -> its author; "The Health Foundation think
                # tank said" -> the body before the head; not "NHS workers said" (no one)
                for child in children(token, "poss", "compound"):
                    key = self.entity(child, ACTORS)
                    if key is not None:
                        token = child
                        break
            if key is not None:
                found.append((key, token))
        # "Lowe and chair Hart", a joint "we", "said the offer was fair and urged ..."
        return found + more_subjects(self, subjects, found, verb)

    def object_entities(
        self, tokens: Iterable[Token], types: Types, *, search: bool, search_actors: bool = False
    ) -> list[Found]:
        """Entities the tokens (and their conjuncts) name; with ``search``, proposals and events
        anywhere inside the phrase too (actors only with ``search_actors``: "the Health
        Secretary's offer" is an offer, not the Health Secretary)."""
        found: list[Found] = []
        for token in tokens:
            for conj in conjuncts(token):
                key = self.entity(conj, types)
                if key is not None:
                    found.append((key, conj))
                    # "representatives of CPE and the NPA" stand for both
                    for other in self.group_members(conj, types)[1:]:
                        if all(other != k for k, _ in found):
                            found.append((other, conj))
                elif search:
                    inner_types = tuple(t for t in types if search_actors or t not in ACTORS)
                    for inner in finder.searchable(conj, self.lexicon) if inner_types else ():
                        inner_key = self.entity(inner, inner_types)
                        if inner_key is not None and all(inner_key != k for k, _ in found):
                            found.append((inner_key, inner))
        return found

    # -- words of the lexicon -----------------------------------------------------------------
    def burdens(self, verb: Token) -> list[Token]:
        """The objects of an amount verb that people bear (``lex:amountVerb``,
        ``lex:burdenNoun``): "raise prices", "cut waiting times"."""
        lexicon = self.lexicon
        if verb.lemma_.lower() not in lexicon.amount_verbs:
            return []
        found = []
        for obj in children(verb, "dobj"):
            head = obj.lemma_.lower()
            before = {
                form
                for c in children(obj, "compound", "amod")
                for form in (c.lemma_.lower(), c.lower_)
            }
            if head in lexicon.burden_nouns or any(
                f"{b} {head}" in lexicon.burden_nouns for b in before
            ):
                found.append(obj)
        return found

    def cancels(self, verb: Token) -> bool:
        """ "call off", "abandon", "suspend" ... (``lex:cancelVerb``): the verb stops its object."""
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in children(verb, "prt")]
        return lemma in self.lexicon.cancel_verbs or any(
            f"{lemma} {p}" in self.lexicon.cancel_verbs for p in particles
        )

    def modality(self, verb: Token) -> URIRef:
        """The modality of the clause headed by ``verb`` (see ``modality.modality_of``), worked
        out once per token."""
        known = self._modalities.get(verb.i)
        if known is None:
            sentence = self.sentence_at(verb.idx)
            known = self._modalities[verb.i] = modality_of(
                verb,
                sentence.start if sentence is not None else None,
                self.document.text,
                lexicon=self.lexicon,
                same_speaker=self._same_speaker,
            )
        return known

    def inside_quote(self, token: Token) -> bool:
        """True when ``token`` is inside a quotation opened earlier in its sentence
        (:func:`~kg.extract.relations.modality.inside_quote`, with the sentence known)."""
        sentence = self.sentence_at(token.idx)
        start = sentence.start if sentence is not None else None
        return inside_quote(token, start, self.document.text)

    def _same_speaker(self, clause: Token, speech: Token) -> bool:
        """True when the subject of a reported clause is its speaker ("X said it would"); the
        speaker is a verb of saying or the owner of a noun of saying ("X's announcement")."""
        speakers = {key for key, _ in self.subject_entities(speech)} | {self.entity(speech, ACTORS)}
        return any(key in speakers for key, _ in self.subject_entities(clause))

    # -- making relations -----------------------------------------------------------------------
    def sentence_at(self, char: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        return self.sentences[i]

    def objects_for(self, prop: URIRef) -> Types:
        """The classes the object of ``prop`` (or of its core property) may be of."""
        core = self.schema.core_property(prop) or prop
        return cast(Types, self.schema.signature(core)[1])

    def emit(
        self,
        rule: Rule[Any],
        subjects: Iterable[Found],
        predicate: URIRef,
        objects: Iterable[Found],
        middle: Sequence[Token],
        modality: URIRef,
        trigger: str = "",
        *,
        case: str = "",
    ) -> Iterator[Relation]:
        """One relation for each subject and object whose types fit the property; the evidence
        spans the subject's token, the ``middle`` tokens and the object's token."""
        for subject, subject_token in subjects:
            for obj, obj_token in objects:
                relation = self.relation(
                    rule,
                    subject,
                    predicate,
                    obj,
                    [subject_token, *middle, obj_token],
                    modality,
                    trigger,
                    case=case,
                )
                if relation is not None:
                    yield relation

    def relation(
        self,
        rule: Rule[Any],
        subject: str,
        predicate: URIRef,
        obj: str,
        tokens: Sequence[Token],
        modality: URIRef,
        trigger: str = "",
        *,
        case: str = "",
    ) -> Relation | None:
        """A relation if the types fit the property's signature (after re-typing by object),
        with evidence naming the rule's method and confidence; none of an entity with itself
        ("the union consulted its members")."""
        if subject == obj:
            return None
        # fit the property to what its object is: criticising a plan opposes it
        core = self.schema.core_property(predicate) or predicate
        fit = fit_to_object(predicate, core, self.core(obj), trigger in self.lexicon.request_verbs)
        if fit is None:
            return None
        core = self.schema.core_property(fit) or fit
        subject_types, object_types = self.schema.signature(fit)
        if self.core(subject) not in subject_types or self.core(obj) not in object_types:
            return None
        start, end = self._extent(tokens)
        sentence = self.sentence_at(start)
        if sentence is None:
            return None
        evidence = Evidence(
            sentence,
            max(start, sentence.start),
            min(end, sentence.end),
            rule.method_for(trigger),
            rule.confidence_for(case),
            trigger,
            rule.name if rule.borrows_method else "",
        )
        return Relation(subject, fit, obj, evidence, modality)

    def _extent(self, tokens: Sequence[Token]) -> tuple[int, int]:
        """The characters a relation's evidence covers: from its first to its last token, each
        widened to the whole name it is part of ("The Homecare Workers Union has rejected the
        Home Care Plan", not "Union has rejected the Home Care Plan")."""
        spans = [(token.idx, token.idx + len(token.text)) for token in tokens]
        spans += [extent for t in tokens if (extent := self.resolved.name_extent(t.i))]
        return min(s for s, _ in spans), max(e for _, e in spans)
