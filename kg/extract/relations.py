"""Typed relations between entities, read from the dependency parse, each with its evidence.

Rules, all driven by ``ontology/lexicon.ttl``:

* **roles**: "GPCE chair Dr Katie Bramall" → Bramall ``chairOf`` GPCE; a
  government post ("health secretary", "Prime Minister") → ``holdsPostIn``
  (or ``leads``) the Government when the article names it;
* **possessives and modifiers**: "the BMA's GP Committee England" → the
  committee ``committeeOf`` the BMA; "Johnson's polyclinic plan" → Johnson
  ``proposes`` it; "today's GPCE meeting", "the Labour Party's conference",
  "negotiations with the Government", "a referendum of BMA members" →
  ``participatesIn``;
* **verbs**: a trigger lemma (with its preposition) from the lexicon; the
  subject is found through ``nsubj``, the passive agent ("imposed by the
  Government"), or inherited from the governing clause ("writing ..., urging
  them", "planning to consult on"); objects through the direct object or the
  preposition's object, expanded over coordination ("MNPs, SNPs and the PCN
  DES"), and for proposals searched inside the object phrase ("advice on
  options to reform the Carr-Hill formula");
* **nouns** that carry a relation: "in broad agreement with X", "advice
  from X on Y", "an interview with X", "a letter to X".

Each relation gets a modality: negated, conditional (could, would, might,
should, if), planned (will, plan to), reported (inside a quotation or
reported speech) or asserted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rdflib import URIRef

from kg.extract.entities import SPEECH_VERBS, ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import tokens_of
from kg.model import Document, Evidence, Relation, Sentence
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class, core_property

__all__ = ["find_relations", "modality_of"]

ACTORS = (KG.Person, KG.Organisation)
PROPOSALS = (KG.Proposal,)
EVENTS = (KG.Event,)
CONDITIONAL_AUX = frozenset({"could", "would", "might", "may", "should", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})
PLANNING_VERBS = frozenset(
    {
        "plan",
        "intend",
        "expect",
        "aim",
        "hope",
        "want",
        "promise",
        "pledge",
        "seek",
        "propose",
        "prepare",
    }
)
CONTRARY_PREPOSITIONS = frozenset({"against", "despite", "instead", "without"})
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "await", "welcome"})
# what each core relation takes as subject and object
SIGNATURES: dict[URIRef, tuple[tuple[URIRef, ...], tuple[URIRef, ...]]] = {
    KG.memberOf: (ACTORS, (KG.Organisation,)),
    KG.leads: (ACTORS, (KG.Organisation,)),
    KG.communicatesWith: (ACTORS, ACTORS),
    KG.proposes: (ACTORS, PROPOSALS),
    KG.supports: (ACTORS, PROPOSALS),
    KG.opposes: (ACTORS, PROPOSALS),
    KG.advisesOn: (ACTORS, PROPOSALS),
    KG.partOf: (PROPOSALS, PROPOSALS),
    KG.participatesIn: (ACTORS, EVENTS),
}


def find_relations(
    spacy_doc,  # type: ignore[no-untyped-def]
    document: Document,
    sentences: Sequence[Sentence],
    resolved: ResolvedDocument,
    lexicon: Lexicon,
    *,
    include_comments: bool = False,
) -> list[Relation]:
    """Every relation the rules find in one document, de-duplicated per sentence."""
    finder = _Finder(spacy_doc, document, sentences, resolved, lexicon)
    relations: list[Relation] = []
    seen: set[tuple] = set()
    for relation in finder.all():
        if relation.evidence.in_comments and not include_comments:
            continue
        signature = (
            relation.subject,
            relation.predicate,
            relation.object,
            relation.evidence.sentence.index,
        )
        if signature in seen or relation.subject == relation.object:
            continue
        seen.add(signature)
        relations.append(relation)
    return relations


def _conjuncts(token) -> list:  # type: ignore[no-untyped-def]
    """The token and every token coordinated with it ("MNPs, SNPs and GMS")."""
    result = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in ("conj", "appos") and child not in result:
                result.append(child)
                stack.append(child)
    return result


def modality_of(verb, sentence_start: int | None = None, text: str | None = None) -> URIRef:  # type: ignore[no-untyped-def]
    """The modality of the clause headed by ``verb`` (negated, conditional, planned, reported, asserted)."""
    chain = [verb]
    current = verb
    for _ in range(4):
        if (
            current.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "relcl")
            and current.head is not current
        ):
            current = current.head
            chain.append(current)
        else:
            break
    negated = any(child.dep_ == "neg" for child in verb.children)
    if negated:
        return KG.Negated
    conditional = any(
        child.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children)
        for child in verb.children
    )
    planned = False
    reported = False
    for position, link in enumerate(chain):
        came_from = chain[position - 1] if position else None
        for child in link.children:
            lower = child.lower_
            if child.dep_ in ("aux", "auxpass") and lower in CONDITIONAL_AUX:
                conditional = True
            if child.dep_ == "mark" and lower in ("if", "unless", "whether"):
                conditional = True
            if child.dep_ in ("aux",) and lower in FUTURE_AUX:
                planned = True
        if link is not verb and link.lemma_ in PLANNING_VERBS:
            planned = True
        if came_from is not None and came_from.dep_ == "ccomp" and link.lemma_ in SPEECH_VERBS:
            reported = True  # "he said that ...", not "he wrote to X, urging ..."
        if link.dep_ == "neg":
            negated = True
    if conditional:
        return KG.Conditional
    if planned:
        return KG.Planned
    if reported or _inside_quote(verb, sentence_start, text):
        return KG.Reported
    return KG.Asserted


def _inside_quote(token, sentence_start: int | None = None, text: str | None = None) -> bool:  # type: ignore[no-untyped-def]
    """True when an opening quotation mark before ``token`` in its sentence is still open.

    ``text`` is the document's text (``Doc.text`` rebuilds it on every call).
    """
    if sentence_start is None:
        sentence_start = token.sent.start_char
    before = (text if text is not None else token.doc.text)[sentence_start : token.idx]
    opens = before.count("‘") + before.count("“")
    closes = before.count("’ ") + before.count("”")
    return opens > closes


class _Finder:
    def __init__(
        self,
        doc,
        document: Document,
        sentences: Sequence[Sentence],
        resolved: ResolvedDocument,
        lexicon: Lexicon,
    ) -> None:  # type: ignore[no-untyped-def]
        self.doc = doc
        self.document = document
        self.sentences = list(sentences)
        self.starts = [s.start for s in sentences]
        self.resolved = resolved
        self.lexicon = lexicon
        self.triggers = lexicon.triggers
        # verbs whose subject takes part in the event that is their object ("held a ballot")
        self.participation_verbs = {
            lemma
            for (lemma, preposition), prop in lexicon.triggers.items()
            if not preposition and core_property(prop) == KG.participatesIn
        } | lexicon.participation_verbs

    # -- helpers -----------------------------------------------------------
    def burdens(self, verb) -> list:  # type: ignore[no-untyped-def]
        """The objects of an amount verb that people bear (``lex:amountVerb``,
        ``lex:burdenNoun``): "raise prices", "cut waiting times"."""
        lexicon = self.lexicon
        if verb.lemma_.lower() not in lexicon.amount_verbs:
            return []
        found = []
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            head = obj.lemma_.lower()
            before = {
                form
                for c in obj.children
                if c.dep_ in ("compound", "amod")
                for form in (c.lemma_.lower(), c.lower_)
            }
            if head in lexicon.burden_nouns or any(
                f"{b} {head}" in lexicon.burden_nouns for b in before
            ):
                found.append(obj)
        return found

    def cancels(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """ "call off", "abandon", "suspend" ... (``lex:cancelVerb``): the verb stops its object."""
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        return lemma in self.lexicon.cancel_verbs or any(
            f"{lemma} {p}" in self.lexicon.cancel_verbs for p in particles
        )

    def modality(self, verb) -> URIRef:  # type: ignore[no-untyped-def]
        sentence = self.sentence_at(verb.idx)
        return modality_of(
            verb, sentence.start if sentence is not None else None, self.document.text
        )

    def sentence_at(self, char: int) -> Sentence | None:
        import bisect

        i = bisect.bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        return self.sentences[i]

    def entity(self, token, types=None) -> str | None:  # type: ignore[no-untyped-def]
        """The entity a token names; "representatives from the BMA" name the BMA."""
        key = self.resolved.entity_for_token(token.i, types)
        groups = self.lexicon.group_nouns
        if key is None and (token.lemma_.lower() in groups or token.lower_.rstrip("s") in groups):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            key = self.resolved.entity_for_token(pobj.i, ACTORS)
                            if key is not None and (types is None or self.core(key) in types):
                                return key
            return None
        return key

    def group_members(self, token, types=None) -> list[str]:  # type: ignore[no-untyped-def]
        """The organisations a group noun stands for: "representatives of CPE and the NPA"."""
        if self.resolved.entity_for_token(token.i, types) is not None:
            return []
        groups = self.lexicon.group_nouns
        if token.lemma_.lower() not in groups and token.lower_.rstrip("s") not in groups:
            return []
        keys: list[str] = []
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at"):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for conj in _conjuncts(pobj):
                        key = self.resolved.entity_for_token(conj.i, ACTORS)
                        if key is not None and (types is None or self.core(key) in types):
                            keys.append(key)
        return keys

    def core(self, key: str) -> URIRef | None:
        return core_class(self.resolved.by_key[key].type)

    def emit(
        self,
        subjects,  # type: ignore[no-untyped-def]
        predicate: URIRef,
        objects,  # type: ignore[no-untyped-def]
        middle,  # type: ignore[no-untyped-def]
        method: str,
        confidence: float,
        modality: URIRef,
        trigger: str = "",
    ) -> Iterator[Relation]:
        """One relation for each (entity, token) subject and object whose types fit the property;
        the evidence spans the subject's token, the ``middle`` tokens and the object's token."""
        for subject, subject_token in subjects:
            for obj, obj_token in objects:
                relation = self.relation(
                    subject,
                    predicate,
                    obj,
                    [subject_token, *middle, obj_token],
                    method,
                    confidence,
                    modality,
                    trigger,
                )
                if relation is not None:
                    yield relation

    def relation(
        self,
        subject: str,
        predicate: URIRef,
        obj: str,
        tokens,
        method: str,
        confidence: float,
        modality: URIRef,
        trigger: str = "",
    ) -> Relation | None:  # type: ignore[no-untyped-def]
        """A relation if the types fit the property's signature (after re-typing by object)."""
        predicate = self.retarget(predicate, subject, obj)
        if predicate is None:
            return None
        core = core_property(predicate) or predicate
        subject_types, object_types = SIGNATURES[core]
        if self.core(subject) not in subject_types or self.core(obj) not in object_types:
            return None
        positions = [t.idx for t in tokens] + [t.idx + len(t.text) for t in tokens]
        start, end = min(positions), max(positions)
        sentence = self.sentence_at(start)
        if sentence is None:
            return None
        evidence = Evidence(
            sentence,
            max(start, sentence.start),
            min(end, sentence.end),
            method,
            confidence,
            trigger,
        )
        return Relation(subject, predicate, obj, evidence, modality)

    def retarget(self, predicate: URIRef, subject: str, obj: str) -> URIRef | None:
        """Fit the property to what its object is: criticising a plan opposes it; proposing a strike is taking part."""
        core = core_property(predicate) or predicate
        obj_class = self.core(obj)
        if core == KG.leads and obj_class == KG.Person:
            return None
        if core == KG.communicatesWith and obj_class == KG.Proposal:
            return KG.opposes if predicate == KG.criticises else None
        if core == KG.opposes and obj_class in ACTORS:
            return KG.criticises
        if core in (KG.proposes,) and obj_class == KG.Event:
            return KG.organises if predicate == KG.organises else KG.participatesIn
        if core == KG.participatesIn and obj_class == KG.Proposal:
            return None
        if core == KG.leads and obj_class == KG.Proposal:  # "lead neighbourhood health"
            return KG.supports
        if core == KG.leads and obj_class == KG.Event:  # "chaired the meeting"
            return KG.organises
        return predicate

    def subjects_of(self, verb, depth: int = 0) -> list:  # type: ignore[no-untyped-def]
        """Subject tokens of a verb: nsubj, passive agent, or inherited from the governing clause."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
        )
        if passive:
            for child in verb.children:
                if child.dep_ == "agent":
                    return [t for p in child.children if p.dep_ == "pobj" for t in _conjuncts(p)]
            if depth > 0:  # "the committee is expected to vote": the raised subject
                return [t for c in verb.children if c.dep_ == "nsubjpass" for t in _conjuncts(c)]
            return []
        for child in verb.children:
            if child.dep_ == "csubj" and depth < 5:
                # a clause the parser made the subject ("Members of X working for Y have voted"):
                # its own subject acts
                inner = self.subjects_of(child, depth + 1)
                if inner:
                    return inner
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    return [verb.head]
                return _conjuncts(child)
        if verb.dep_ == "xcomp" and verb.head is not verb:
            # object control: "urged the BMA to accept", "call upon the Government to return"
            governor = verb.head
            controller = [c for c in governor.children if c.dep_ == "dobj"]
            controller += [
                g
                for c in governor.children
                if c.dep_ == "prep" and c.lower_ in ("upon", "on") and c.i < verb.i
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if controller:
                return _conjuncts(controller[0])
        if (
            depth < 5
            and verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp", "ccomp")
            and verb.head is not verb
        ):
            governor = verb.head
            if governor.dep_ == "prep" and governor.pos_ == "ADP":  # "committed to working"
                governor = governor.head
            return self.subjects_of(governor, depth + 1)
        if verb.dep_ in ("acl",):
            for child in verb.head.children:
                if child.dep_ == "poss":
                    return [child]
            # "arrangements set out in the recent letter from NHSE"
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for document in prep.children:
                        for part in document.children:
                            if part.dep_ == "poss":
                                return [part]
                            if part.dep_ == "prep" and part.lower_ == "from":
                                return [c for c in part.children if c.dep_ == "pobj"]
        return []

    def event_holders(self, verb) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
        """For a clause with no subject inside a sentence about an event ("a referendum of BMA
        members concluded with 98.9% voting to reject X"): the actors taking part in the event."""
        current = verb
        for _ in range(6):
            if current.head is current:
                break
            current = current.head
            for child in current.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if self.entity(child, ACTORS) is not None:
                        return []  # the clause has an actor of its own
                    key = self.entity(child, EVENTS)
                    if key is not None:
                        return [(actor, child) for actor in sorted(self.participants.get(key, ()))]
        return []

    def subject_entities(self, verb) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
        found = []
        for token in self.subjects_of(verb):
            key = self.entity(token, ACTORS + PROPOSALS)
            if key is None:
                # "Mr Streeting's letter revealed" -> the letter's author;
                # "The Health Foundation think tank said" -> the organisation named before the head
                for child in token.children:
                    if child.dep_ in ("poss", "compound") and key is None:
                        key = self.entity(child, ACTORS)
                        if key is not None:
                            token = child
            if key is not None:
                found.append((key, token))
        return found

    def object_entities(
        self, tokens, types, *, search: bool, search_actors: bool = False
    ) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
        """Entities the tokens (and their conjuncts) name; with ``search``, proposals and events
        anywhere inside the phrase too (actors only with ``search_actors``: "the Health
        Secretary's offer" is an offer, not the Health Secretary)."""
        found: list[tuple[str, object]] = []
        for token in tokens:
            for conj in _conjuncts(token):
                key = self.entity(conj, types)
                if key is not None:
                    found.append((key, conj))
                    # "representatives of CPE and the NPA" stand for both
                    for other in self.group_members(conj, types)[1:]:
                        if all(other != k for k, _ in found):
                            found.append((other, conj))
                elif search:
                    # "a fight against proposals" is no proposal of the fighter's
                    blocked = {
                        t.i
                        for prep in conj.subtree
                        if prep.dep_ == "prep" and prep.lower_ in CONTRARY_PREPOSITIONS
                        for t in prep.subtree
                    }
                    inner_types = tuple(t for t in types if search_actors or t not in ACTORS)
                    for inner in conj.subtree:
                        if inner.i == conj.i or inner.i in blocked or not inner_types:
                            continue
                        inner_key = self.entity(inner, inner_types)
                        if inner_key is not None and all(inner_key != k for k, _ in found):
                            found.append((inner_key, inner))
        return found

    # -- rules ---------------------------------------------------------------
    def all(self) -> Iterator[Relation]:
        yield from self.roles()
        self.participants: dict[str, set[str]] = {}
        for relation in self.structural():
            if core_property(relation.predicate) == KG.participatesIn:
                self.participants.setdefault(relation.object, set()).add(relation.subject)
            yield relation
        yield from self.verbs()
        yield from self.nouns()
        yield from self.warnings()
        yield from self.reforms()
        yield from self.parts()
        yield from self.analyses()
        yield from self.evaluations()
        yield from self.reciprocals()

    def reciprocals(self) -> Iterator[Relation]:
        """ "X and Y accused each other", "the two parties met one another": both directions.

        "The two parties" / "both sides" stand for the first two actors the sentence names.
        """
        for verb in tokens_of(self.doc):
            if verb.pos_ != "VERB":
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj")]
            objects += [
                g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            ]
            if not any(
                o.lower_ in ("other", "another")
                and any(c.lower_ in ("each", "one") for c in o.lefts)
                for o in objects
            ):
                continue
            lemma = verb.lemma_.lower()
            predicate = self.triggers.get((lemma, "")) or next(
                (p for (word, _), p in self.triggers.items() if word == lemma), None
            )
            if predicate is None or core_property(predicate) not in (
                KG.communicatesWith,
                KG.opposes,
            ):
                predicate = KG.communicatesWith
            pair = [(k, t) for k, t in self.subject_entities(verb) if self.core(k) in ACTORS]
            if len(pair) < 2:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None or not any(c.lower_ in ("two", "both") for c in subject.subtree):
                    continue
                seen: list[tuple[str, object]] = []
                for token in verb.sent:
                    key = self.entity(token, ACTORS)
                    if key is not None and all(key != k for k, _ in seen):
                        seen.append((key, token))
                pair = seen[:2]
            if len(pair) < 2:
                continue
            (a, ta), (b, tb) = pair[0], pair[1]
            modality = self.modality(verb)
            for s_key, s_tok, o_key, o_tok in ((a, ta, b, tb), (b, tb, a, ta)):
                relation = self.relation(
                    s_key,
                    predicate,
                    o_key,
                    [s_tok, verb, o_tok],
                    "reciprocal",
                    0.5,
                    modality,
                    lemma,
                )
                if relation is not None:
                    yield relation

    def parts(self) -> Iterator[Relation]:
        """ "As part of the plan, the Government will introduce two new contracts" → the contracts are
        part of the plan and the Government proposes the plan; "X is part of Y" → X part of Y."""
        for part in tokens_of(self.doc):
            if part.lower_ != "part" or part.pos_ != "NOUN":
                continue
            wholes = [
                (key, token)
                for prep in part.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for key, token in self.object_entities(
                    [c for c in prep.children if c.dep_ == "pobj"], PROPOSALS, search=False
                )
            ]
            if not wholes:
                continue
            governor = part.head
            if part.dep_ == "pobj" and governor.lower_ == "as":
                verb = governor.head
                items = self.object_entities(
                    [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")],
                    PROPOSALS,
                    search=False,
                )
                actors = self.subject_entities(verb) if verb.pos_ in ("VERB", "AUX") else []
            elif part.dep_ == "attr":
                verb = governor
                items = self.object_entities(
                    [c for c in verb.children if c.dep_ == "nsubj"], PROPOSALS, search=False
                )
                actors = []
            else:
                continue
            modality = self.modality(verb)
            yield from self.emit(
                items, KG.partOf, wholes, [part], "part-of", 0.7, modality, "part of"
            )
            yield from self.emit(
                actors, KG.proposes, wholes, [part], "part-of", 0.55, modality, "part of"
            )

    def evaluations(self) -> Iterator[Relation]:
        """What someone says a proposal will do: "Unison insisted more will be needed to deliver
        the national care service" → Unison supports it; "X said the plan would undermine ..."
        → X opposes it. The verb's lemma decides (``lex:positiveEffect``, ``lex:negativeEffect``)."""
        lexicon = self.lexicon
        for verb in tokens_of(self.doc):
            if verb.lemma_ not in SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            speakers = [(k, t) for k, t in self.subject_entities(verb) if self.core(k) in ACTORS]
            if not speakers:
                continue
            for clause in verb.children:
                if clause.dep_ != "ccomp":
                    continue
                for token in clause.subtree:
                    effect = token.lemma_.lower()
                    if token.pos_ != "VERB":
                        continue
                    positive = effect in lexicon.positive_effects
                    if not positive and effect not in lexicon.negative_effects:
                        continue
                    if any(c.dep_ == "neg" for c in token.children):
                        continue
                    burdens = self.burdens(token)
                    if burdens:  # raising a burden harms, cutting one helps
                        positive = effect not in lexicon.positive_effects
                    for argument in token.children:
                        if argument.dep_ not in ("dobj", "nsubj", "nsubjpass"):
                            continue
                        if argument in burdens:
                            continue
                        # what does good is supported; what does harm is opposed, and what it
                        # harms is defended: "the plan could undermine the GP model"
                        harmed = argument.dep_ == "dobj"
                        if harmed and positive and effect not in lexicon.delivery_effects:
                            continue  # "would protect frontline services": who benefits
                        predicate = KG.supports if positive or harmed else KG.opposes
                        yield from self._evaluated(speakers, predicate, argument, token, effect)

    def _evaluated(
        self, speakers, predicate: URIRef, argument, verb, effect: str
    ) -> Iterator[Relation]:  # type: ignore[no-untyped-def]
        yield from self.emit(
            speakers,
            predicate,
            self.object_entities([argument], PROPOSALS, search=False),
            [verb],
            "evaluation",
            0.5,
            KG.Reported,
            effect,
        )

    def analyses(self) -> Iterator[Relation]:
        """A think tank or research body saying something of a proposal gives analysis on it."""
        for verb in tokens_of(self.doc):
            if verb.lemma_ not in SPEECH_VERBS and verb.lemma_ not in (
                "estimate",
                "calculate",
                "find",
                "suggest",
            ):
                continue
            analysts = [
                (k, t)
                for k, t in self.subject_entities(verb)
                if self.resolved.by_key[k].type == KG.ThinkTank
            ]
            if not analysts:
                continue
            for clause in verb.children:
                if clause.dep_ != "ccomp":
                    continue
                yield from self.emit(
                    analysts,
                    KG.advisesOn,
                    self.object_entities([clause], PROPOSALS, search=True),
                    [verb],
                    "analysis",
                    0.55,
                    KG.Reported,
                    verb.lemma_,
                )

    def warnings(self) -> Iterator[Relation]:
        """ "X warned / raised concerns that the plan could undermine ..." → X opposes the plan."""
        lexicon = self.lexicon
        for verb in tokens_of(self.doc):
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            warned = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.warning_words
            if verb.lemma_.lower() not in lexicon.negative_effects and not warned:
                continue
            if not warned and self.burdens(verb):
                continue  # "the plan would cut waiting times" is no harm
            subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
            proposals = [(self.entity(t, PROPOSALS), t) for t in subjects]
            proposals = [(k, t) for k, t in proposals if k is not None]
            if not proposals:
                continue
            # climb to the clause of the warning: ccomp of "warn", or acl of "concerns"
            current = verb
            warner = None
            for _ in range(3):
                governor = current.head
                if governor is current:
                    break
                if governor.lemma_.lower() in lexicon.warning_words:
                    target = governor
                    if governor.pos_ == "NOUN":  # "raised concerns that"
                        target = governor.head
                    warner = self.subject_entities(target)
                    break
                current = governor
            yield from self.emit(
                warner or [],
                KG.opposes,
                proposals,
                [verb],
                "warning",
                0.6,
                KG.Asserted,
                verb.lemma_,
            )

    def reforms(self) -> Iterator[Relation]:
        """ "the Government remains committed to reform the GMS contract" → it proposes "GMS reform"
        when the article names that reform as a thing of its own."""
        reform_heads = {"reform", "abolition", "overhaul", "reorganisation", "amendment"}
        named_reforms: dict[str, tuple[str, object]] = {}
        for k, m in enumerate(self.resolved.mentions):
            key = self.resolved.mention_entity[k]
            if key is None or m.head not in reform_heads:
                continue
            for t in range(m.token_start, m.token_end - 1):
                for inner in sorted(self.resolved.entities_at(t) - {key}):
                    if self.core(inner) in (KG.Proposal, KG.Organisation):
                        named_reforms.setdefault(inner, (key, self.doc[m.token_start]))
        reform_verbs = (
            "reform",
            "abolish",
            "overhaul",
            "reorganise",
            "reorganize",
            "amend",
            "scrap",
            "replace",
        )
        # "the decision to abolish NHSE": a proposal whose own phrase holds the reform of X
        for k, m in enumerate(self.resolved.mentions):
            key = self.resolved.mention_entity[k]
            if key is None or self.core(key) != KG.Proposal:
                continue
            for verb in self.doc[m.token_start : m.token_end]:
                if verb.lemma_.lower() in reform_verbs and verb.pos_ == "VERB":
                    for obj in verb.children:
                        if obj.dep_ == "dobj":
                            for inner in sorted(self.resolved.entities_at(obj.i) - {key}):
                                named_reforms.setdefault(inner, (key, self.doc[m.token_start]))
        if not named_reforms:
            return
        for verb in tokens_of(self.doc):
            if verb.lemma_.lower() not in reform_verbs or verb.pos_ != "VERB":
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            subjects = self.subject_entities(verb)
            if not subjects and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_VERBS:
                subjects = self.subject_entities(
                    verb.head
                )  # "he announced that NHSE will be abolished"
            for obj_key, obj_token in self.object_entities(
                objects, PROPOSALS + (KG.Organisation,), search=False
            ):
                if obj_key not in named_reforms:
                    continue
                reform_key, _ = named_reforms[obj_key]
                for subject, subject_token in subjects:
                    relation = self.relation(
                        subject,
                        KG.proposes,
                        reform_key,
                        [subject_token, verb, obj_token],
                        f"verb:{verb.lemma_}",
                        0.6,
                        self.modality(verb),
                        verb.lemma_,
                    )
                    if relation is not None:
                        yield relation

    def roles(self) -> Iterator[Relation]:
        government = next(
            (
                e.key
                for e in self.resolved.entities
                if e.gazetteer_id == "government" or e.label.lower() == "government"
            ),
            None,
        )
        for link, holder, organisation in self.resolved.roles:
            role_mention = self.resolved.mentions[link.role_mention]
            target = organisation
            predicate = link.role.relation
            if target is None:
                # "Its chief executive, X", "the union's general secretary, X"
                target = self.possessor(role_mention.token_start)
            if target is None and link.role.government_post and government is not None:
                target = government
            if target is None:
                # "the leader of its section": a post in a part of the organisation is membership of it
                after = role_mention.token_end
                if after + 1 < len(self.doc) and self.doc[after].lower_ == "of":
                    key = self.resolved.pronouns.get(after + 1)
                    if key is not None and self.core(key) == KG.Organisation:
                        target, predicate = key, KG.holdsPostIn
            if target is None:
                continue
            tokens = list(self.doc[role_mention.token_start : role_mention.token_end])
            relation = self.relation(
                holder, predicate, target, tokens, "role", 0.85, KG.Asserted, link.role.words
            )
            if relation is not None:
                yield relation

    def possessor(self, start: int) -> str | None:
        """The organisation that owns the noun phrase starting at token ``start``: "its", "their",
        "the union's", "Mind's"."""
        if start < 1:
            return None
        before = self.doc[start - 1]
        if before.dep_ == "poss" and before.pos_ == "PRON":
            key = self.resolved.pronouns.get(before.i)
            if before.is_sent_start and before.i > 0:
                # "ASCL said it backed the NEU's demands. Its general secretary ...": the subject
                # of the sentence before, not its last organisation
                root = self.doc[before.i - 1].sent.root
                subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = self.entity(subjects[0], (KG.Organisation,)) if subjects else None
                key = found or key
        elif before.dep_ == "case" and start >= 2:
            key = self.entity(self.doc[start - 2], (KG.Organisation,))
        else:
            return None
        return key if key is not None and self.core(key) == KG.Organisation else None

    def structural(self) -> Iterator[Relation]:
        resolved = self.resolved
        for k, mention in enumerate(resolved.mentions):
            key = resolved.mention_entity[k]
            if key is None or mention.is_role:
                continue
            cls = self.core(key)
            span = self.doc[mention.token_start : mention.token_end]
            head = span.root
            # possessor: "the BMA's GP Committee England", "Johnson's polyclinic plan"
            for token in span:
                for child in token.children:
                    if child.dep_ != "poss":
                        continue
                    if mention.token_start <= child.i < mention.token_end and not (
                        cls == KG.Organisation and token.i == mention.token_end - 1
                    ):
                        continue  # a possessor inside a name, except "the GPCE's executive"
                    owners = [
                        k
                        for k in sorted(self.resolved.entities_at(child.i) - {key})
                        if self.core(k) in ACTORS
                    ]
                    owner = owners[0] if owners else self.resolved.pronouns.get(child.i)
                    if (
                        owner is None
                        or owner == key
                        or (child.pos_ == "PRON" and cls == KG.Proposal)
                    ):
                        continue
                    predicate = {
                        KG.Organisation: KG.committeeOf
                        if resolved.by_key[key].type == KG.Committee
                        else KG.memberOf,
                        KG.Proposal: KG.proposes,
                        KG.Event: KG.participatesIn,
                    }.get(cls)
                    if predicate is None:
                        continue
                    if cls == KG.Organisation:
                        if self.core(owner) != KG.Organisation:
                            continue
                        relation = self.relation(
                            key, predicate, owner, [child, head], "possessive", 0.75, KG.Asserted
                        )
                    else:
                        relation = self.relation(
                            owner, predicate, key, [child, head], "possessive", 0.7, KG.Asserted
                        )
                    if relation is not None:
                        yield relation
            if (
                cls == KG.Organisation
                and span[0].dep_ != "poss"
                and span[-1].is_lower
                and span[-1].lower_ in self.lexicon.description_nouns
            ):
                # a lowercase body named after its organisation: "the Commons health committee"
                owners = [
                    k
                    for k in sorted(self.resolved.entities_at(span[0].i) - {key})
                    if self.core(k) == KG.Organisation
                ]
                if owners:
                    predicate = (
                        KG.committeeOf if resolved.by_key[key].type == KG.Committee else KG.memberOf
                    )
                    relation = self.relation(
                        key, predicate, owners[0], [span[0], head], "body-of", 0.7, KG.Asserted
                    )
                    if relation is not None:
                        yield relation
            if cls == KG.Proposal:
                # "the pay award from the UK government", "the offer from ministers"
                for prep in head.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        authors = self.object_entities(
                            [c for c in prep.children if c.dep_ == "pobj"], ACTORS, search=False
                        )
                        yield from self.emit(
                            authors,
                            KG.proposes,
                            [(key, head)],
                            [],
                            "source",
                            0.6,
                            KG.Asserted,
                            "from",
                        )
            if cls == KG.Proposal and mention.method in ("noun-phrase", "description"):
                # "the initial investment in the agreement", "funding for the plan"
                for prep in head.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "for", "within"):
                        wholes = self.object_entities(
                            [c for c in prep.children if c.dep_ == "pobj"], PROPOSALS, search=False
                        )
                        yield from self.emit(
                            [(key, head)],
                            KG.partOf,
                            [(w, t) for w, t in wholes if w != key],
                            [],
                            "part-of",
                            0.55,
                            KG.Asserted,
                            prep.lower_,
                        )
            if cls == KG.Event:
                yield from self.event_arguments(key, mention, head)

    def event_arguments(self, key: str, mention, head) -> Iterator[Relation]:  # type: ignore[no-untyped-def]
        """Who takes part in an event: an actor in its name ("GPCE meeting"), after "with", "of",
        "between", "by" ("negotiations with the Government", "a referendum of BMA members"),
        the subject of the clause it is in ("X is in negotiations", "X won ... at the
        conference"), or the subject of a participation verb ("held a ballot", "attended")."""
        event = [(key, head)]
        inner = [
            (actor, self.doc[t])
            for t in range(mention.token_start, min(mention.token_end, head.i))
            if (actor := self.resolved.entity_for_token(t, ACTORS)) is not None and actor != key
        ]
        yield from self.emit(inner, KG.participatesIn, event, [], "modifier", 0.7, KG.Asserted)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "of", "between", "by"):
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                actors = self.object_entities(
                    pobjs, ACTORS, search=prep.lower_ == "of", search_actors=True
                )
                yield from self.emit(
                    actors, KG.participatesIn, event, [], "event-argument", 0.65, KG.Asserted
                )
        governor = head.head
        if (
            head.dep_ == "pobj"
            and governor.lower_ in ("in", "at", "during")
            and governor.head.pos_ in ("VERB", "AUX")
        ):
            verb = governor.head
            yield from self.emit(
                self.subject_entities(verb),
                KG.participatesIn,
                event,
                [],
                "event-argument",
                0.6,
                self.modality(verb),
            )
        if (
            head.dep_ == "dobj"
            and head.head.lemma_.lower() in self.participation_verbs
            and not self.cancels(head.head)
        ):
            verb = head.head
            yield from self.emit(
                self.subject_entities(verb),
                KG.participatesIn,
                event,
                [],
                "event-argument",
                0.65,
                self.modality(verb),
            )

    def verbs(self) -> Iterator[Relation]:
        triggers = self.triggers
        for verb in tokens_of(self.doc):
            if verb.pos_ not in ("VERB", "AUX") and not (
                verb.pos_ == "NOUN" and verb.dep_ == "ROOT"
            ):
                continue
            lemma = verb.lemma_.lower()
            plain = triggers.get((lemma, ""))
            routes: list[tuple[URIRef, list, str]] = []
            attached = list(verb.children)
            # a preposition the parser hung on the object: "delivered a petition to Downing Street"
            attached += [
                c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"
            ]
            for child in attached:
                if child.dep_ in ("prep", "dative", "prt"):
                    predicate = triggers.get((lemma, child.lower_))
                    if predicate is None:
                        continue
                    if child.dep_ == "prt":
                        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                        if verb.dep_ in ("relcl", "acl") and not objects:
                            objects = [verb.head]  # "the plan, drawn up by the DHSC,"
                        routes.append((predicate, objects, f"{lemma} {child.lower_}"))
                    else:
                        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                        routes.append((predicate, objects, f"{lemma} {child.lower_}"))
            if plain is not None and self.cancels(verb):
                plain = None  # "call off the strike" is not "call the strike"
            if plain is not None:
                objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                if verb.dep_ in ("relcl", "acl") and (
                    not objects or all(o.lower_ in ("which", "that") for o in objects)
                ):
                    objects = [verb.head]
                routes.append((plain, objects, lemma))
            if not routes:
                continue
            subjects = self.subject_entities(verb)
            if not subjects:
                subjects = self.event_holders(verb)
            if not subjects:
                continue
            modality = self.modality(verb)
            for predicate, object_tokens, trigger in routes:
                core = core_property(predicate) or predicate
                wanted = SIGNATURES[core][1]
                if core in (KG.proposes,):
                    wanted = PROPOSALS + EVENTS
                if predicate == KG.criticises or core == KG.opposes:
                    wanted = ACTORS + PROPOSALS  # criticising a plan opposes it
                search = core in (KG.proposes, KG.supports, KG.opposes, KG.advisesOn)
                if core == KG.proposes and not any(
                    self.resolved.by_key[k].type == KG.GovernmentBody for k, _ in subjects
                ):
                    # "published an analysis of the plan": advice on the plan, not the plan
                    analyses = [
                        t
                        for t in object_tokens
                        if t.lemma_.lower() in self.lexicon.analysis_nouns
                        and self.entity(t) is None
                    ]
                    if analyses:
                        yield from self.emit(
                            subjects,
                            KG.advisesOn,
                            self.object_entities(analyses, PROPOSALS, search=True),
                            [verb],
                            f"verb:{trigger}",
                            0.6,
                            modality,
                            trigger,
                        )
                        object_tokens = [t for t in object_tokens if t not in analyses]
                objects = self.object_entities(object_tokens, wanted, search=search)
                doers = subjects
                if trigger in self.lexicon.inverse:  # "the offer included funding"
                    doers, objects = objects, subjects
                yield from self.emit(
                    doers,
                    predicate,
                    objects,
                    [verb],
                    f"verb:{trigger}",
                    0.7,
                    modality,
                    trigger,
                )

    def nouns(self) -> Iterator[Relation]:
        """Nouns that carry a relation: "agreement with", "advice from X on Y", "interview with"."""
        triggers = self.triggers
        for noun in tokens_of(self.doc):
            if noun.pos_ != "NOUN":
                continue
            lemma = noun.lemma_.lower()
            preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
            if (
                noun.dep_ == "dobj"
            ):  # "receiving advice from the NIHR on ...": the verb holds the phrases
                for c in noun.head.children:
                    if c.dep_ == "prep":
                        preps.setdefault(c.lower_, c)
            routes = [
                (triggers[(lemma, p)], prep, p)
                for p, prep in preps.items()
                if (lemma, p) in triggers
            ]
            if not routes:
                continue
            # who: "from X", the possessor, or the subject of the clause the noun sits in
            subjects: list[tuple[str, object]] = []
            source = preps.get("from")
            if source is not None:
                subjects = self.object_entities(
                    [c for c in source.children if c.dep_ == "pobj"], ACTORS, search=False
                )
            if not subjects:
                for child in noun.children:
                    if child.dep_ == "poss":
                        key = self.entity(child, ACTORS)
                        if key is not None:
                            subjects.append((key, child))
            verb = noun.head
            if noun.dep_ == "pobj":
                verb = noun.head.head
            if not subjects and verb.pos_ in ("VERB", "AUX"):
                subjects = self.subject_entities(verb)
            if not subjects:
                continue
            modality = self.modality(verb) if verb.pos_ in ("VERB", "AUX") else KG.Asserted
            for predicate, prep, p in routes:
                core = core_property(predicate) or predicate
                wanted = SIGNATURES[core][1]
                search = core in (KG.proposes, KG.supports, KG.opposes, KG.advisesOn)
                objects = self.object_entities(
                    [c for c in prep.children if c.dep_ in ("pobj", "pcomp")], wanted, search=search
                )
                yield from self.emit(
                    subjects,
                    predicate,
                    objects,
                    [noun],
                    f"noun:{lemma} {p}",
                    0.65,
                    modality,
                    f"{lemma} {p}",
                )
            # advice or a letter received from X: X communicates with the receiver
            if source is not None and verb.lemma_ in RECEIVING_VERBS:
                receivers = self.subject_entities(verb)
                yield from self.emit(
                    subjects,
                    KG.communicatesWith,
                    receivers,
                    [noun],
                    f"noun:{lemma} from",
                    0.6,
                    self.modality(verb),
                    f"{lemma} from",
                )
