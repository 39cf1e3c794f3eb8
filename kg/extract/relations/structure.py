"""Structure: what a phrase naming an entity says by its possessor, modifiers and prepositions.

"the BMA's GP Committee England" → the committee ``committeeOf`` the BMA; "Johnson's
polyclinic plan" → Johnson ``proposes`` it; "the Commons health committee" → the committee
``committeeOf`` the Commons; "the offer from ministers" → ministers ``proposes`` it;
"funding for the plan" → the funding ``partOf`` the plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Span, Token

from kg.extract.parse import GAZETTEER_SPANS
from kg.extract.relations.coordinated import coordinated_with
from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Phrase, Rule
from kg.extract.relations.grammar import is_verb, objects_of, preps
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = [
    "author_modifier",
    "body_of",
    "component",
    "possessive",
    "possessors",
    "source",
    "sub_unit",
]

COMPONENT_PREPOSITIONS = ("in", "within")  # "the investment in the agreement" ("for": a purpose)
MAX_CLIMB = 4  # steps from a possessive pronoun up to its clause's verb
# who, named before a proposal's head, is its author: "the Scottish Government pay offer",
# "the Labour plan" (not "the NHS pay offer" or "the BMA contract": what it is for or about;
# nor "government policy", policy in general)
AUTHORS = (KG.GovernmentBody, KG.PoliticalParty)


def possessive(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A possessor outside the name: an organisation's body is its member or committee (case
    ``body``); a proposal is the possessor's, an event one the possessor takes part in."""
    key, cls = phrase.key, phrase.cls
    owned = list(possessors(context, phrase))
    if cls == KG.Proposal:
        owned += _misread_possessor(context, phrase)
        # "the ministry's plans to close X and to cut Y": the ministry's both
        shared = coordinated_with(context, [(key, phrase.head)])
        yield from context.emit(rule, owned, KG.proposes, shared, [phrase.head], KG.Asserted)
    for owner, token in owned:
        if cls == KG.Organisation:
            if context.core(owner) != KG.Organisation:
                continue
            relation = context.relation(
                rule,
                key,
                _body_relation(context, key),
                owner,
                [token, phrase.head],
                KG.Asserted,
                case="body",
            )
        elif cls == KG.Proposal or cls == KG.Event:
            predicate = KG.proposes if cls == KG.Proposal else KG.participatesIn
            relation = context.relation(
                rule, owner, predicate, key, [token, phrase.head], KG.Asserted
            )
        else:
            continue
        if relation is not None:
            yield relation


def affiliation(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A person named with the organisation they are from: its possessive before the name
    ("the union's Jo Reyes", case ``possessive``) or "of"/"from" after it ("Jo Reyes of the
    Ferry Guild", case ``of``) makes them a member of it."""
    if phrase.cls != KG.Person:
        return
    doc, start = context.doc, phrase.mention.token_start
    found: list[tuple[str, Token, str]] = [
        (owner, token, "possessive")
        for owner, token in possessors(context, phrase)
        if token.pos_ != "PRON"
        and context.core(owner) == KG.Organisation
        # straight before the name: "ISBA's director-general X" is the role rule's
        and all(t.dep_ == "case" for t in doc[token.i + 1 : start])
    ]
    party = _party_before(context, start)
    if party is not None:
        found.append((party, doc[start - 1], "possessive"))  # "Labour councillor Jo Hale"
    for prep in preps(phrase.head, "of", "from"):
        if _no_longer(context, prep):
            continue  # "Jo Reyes, formerly of the Guild"
        for obj in objects_of(prep):
            key = context.entity(obj, (KG.Organisation,))
            if key is not None:
                found.append((key, prep, "of"))
    for organisation, token, case in found:
        relation = context.relation(
            rule,
            phrase.key,
            KG.memberOf,
            organisation,
            [phrase.head, token],
            KG.Asserted,
            case=case,
        )
        if relation is not None:
            yield relation


def _party_before(context: Context, start: int) -> str | None:
    """A political party named right before a person's name that opens with an honorific
    ("Labour councillor Jo Hale", "Green Party Cllr Ann Dale"): the person is its member, as
    "Labour MP Jo Hale" is by the role rule."""
    doc = context.doc
    if start == 0 or doc[start].lower_.rstrip(".") not in context.lexicon.honorifics:
        return None
    key = context.entity(doc[start - 1], (KG.Organisation,))
    return (
        key if key is not None and context.resolved.by_key[key].type == KG.PoliticalParty else None
    )


def _no_longer(context: Context, prep: Token) -> bool:
    """The preposition is said of a past tie: "formerly of", "previously at", "ex-" (a word of
    ``lex:notHoldingWord`` or an adverb of the past just before it)."""
    before = context.doc[prep.i - 1] if prep.i > 0 else None
    words = context.lexicon.not_holding_words | {"formerly", "previously", "once"}
    return before is not None and before.lower_ in words


def possessors(context: Context, phrase: Phrase) -> Iterator[tuple[str, Token]]:
    """The actors owning a phrase ("the BMA's", "its") and the possessive token, except a
    possessor inside the name itself (but "the GPCE's executive" ends with its owner's)."""
    mention, key, cls = phrase.mention, phrase.key, phrase.cls
    resolved = context.resolved
    owned = False
    for token in phrase.span:
        for child in token.children:
            if child.dep_ != "poss":
                continue
            if mention.token_start <= child.i < mention.token_end and not (
                cls == KG.Organisation and token.i == mention.token_end - 1
            ):
                continue
            owners = [
                k
                for k in sorted(resolved.entities_at(child.i) - {key})
                if context.core(k) in ACTORS
            ]
            owner = owners[0] if owners else resolved.pronouns.get(child.i)
            if child.pos_ == "PRON" and cls == KG.Proposal:
                owner = _bound_owner(context, child, owner)
            elif child.pos_ == "PRON" and cls == KG.Organisation and child.lower_ != "its":
                continue  # "their union" is the members' union, not another body's
            if owner is None or owner == key:
                continue
            owned = True
            yield owner, child
    if not owned and cls == KG.Organisation and (marked := marked_owner(context, phrase)):
        yield marked


def marked_owner(context: Context, phrase: Phrase) -> Found | None:
    """The organisation a possessive ending right before a body's name marks as its owner,
    however the parser hung it ("the Guild’s Welsh Retired Members Committee", the owner
    read as a modifier of the name): the genitive before a noun phrase determines it."""
    start = phrase.mention.token_start
    marker = context.doc[start - 1] if start >= 2 else None
    if marker is None or not (marker.tag_ == "POS" or marker.dep_ == "case"):
        return None
    owner = context.doc[start - 2]
    key = context.entity(owner, (KG.Organisation,))
    if key is None or key == phrase.key:
        return None
    return key, owner


def _misread_possessor(context: Context, phrase: Phrase) -> list[tuple[str, Token]]:
    """The actor before a possessive mark right before a proposal's name, where the parser hung
    the mark as something else (proposes28): in "the government's plans to open clinics" it
    may read "plans" as a verb whose subject is "'s"; the mark still makes the word before it
    the owner."""
    start = phrase.mention.token_start
    if start < 2:
        return []
    mark = context.doc[start - 1]
    if mark.tag_ != "POS" or mark.dep_ == "case":
        return []  # an ordinary possessive: ``possessors`` reads it
    owner = context.entity(context.doc[start - 2], ACTORS)
    return [] if owner is None or owner == phrase.key else [(owner, mark)]


PRONOUN_OWNERS = {"its": KG.Organisation, "his": KG.Person, "her": KG.Person}


def _bound_owner(context: Context, pronoun: Token, resolved: str | None) -> str | None:
    """The owner of a proposal named with a possessive pronoun: the subject of its clause,
    when the pronoun fits it ("the Government improves its offer", "he will not improve his
    offer") and no other antecedent is resolved; none in a clause against the proposal ("the
    union rejected its offer" may be anyone's offer)."""
    wanted = PRONOUN_OWNERS.get(pronoun.lower_)
    verb = pronoun.head
    for _ in range(MAX_CLIMB):
        if is_verb(verb) or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if wanted is None or not is_verb(verb):
        return None
    if any(
        context.schema.core_property(route.predicate) == KG.opposes
        for route in routes(context, verb)
    ):
        return None
    for key, _ in context.subject_entities(verb):
        if context.core(key) == wanted and resolved in (None, key):
            return key
    return None


def body_of(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A lowercase body named after its organisation: "the Commons health committee"; or a
    body that runs it, named so in capitals ("the CBA Executive")."""
    span = phrase.span
    lexicon = context.lexicon
    if (
        phrase.cls != KG.Organisation
        or span[0].dep_ == "poss"
        or not (
            span[-1].is_lower
            or phrase.mention.method == "noun-phrase"
            and span[-1].lower_ in lexicon.governing_body_nouns
        )
        or span[-1].lower_ not in lexicon.description_nouns
    ):
        return
    owners = [
        k
        for k in sorted(context.resolved.entities_at(span[0].i) - {phrase.key})
        if context.core(k) == KG.Organisation
    ]
    if owners:
        relation = context.relation(
            rule,
            phrase.key,
            _body_relation(context, phrase.key),
            owners[0],
            [span[0], phrase.head],
            KG.Asserted,
        )
        if relation is not None:
            yield relation


def sub_unit(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A sub-unit is a member of its parent organisation when the text names the parent too:
    one the gazetteer knows ("BMA Scotland", "the Senedd's health committee"), or a name the
    gazetteer does not list that starts with the parent's name and goes on with a place or a
    body's word ("RCN Wales Board", "Dockers Association Pensions Committee")."""
    entity = context.resolved.by_key[phrase.key]
    entry = context.gazetteer.get(entity.gazetteer_id or "")
    if entry is not None:
        if entry.parent is None or marked_owner(context, phrase) is not None:
            return  # the owner the text marks ("the BMA's ...") is the one it means
        parents = [e.key for e in context.resolved.entities if e.gazetteer_id == entry.parent]
    elif phrase.cls == KG.Organisation and phrase.mention.method in ("ner", "name-part"):
        parents = _parents_by_name(context, phrase)
    else:
        return
    for parent in parents:
        relation = context.relation(
            rule,
            phrase.key,
            _body_relation(context, phrase.key),
            parent,
            [phrase.head],
            KG.Asserted,
        )
        if relation is not None:
            yield relation


def _parents_by_name(context: Context, phrase: Phrase) -> list[str]:
    """Organisations of the text whose name opens the phrase's name, followed by capitalised
    words with a place or ending in a committee's name word ("RCN" in "RCN Wales Board"; not
    "Labour" in "Labour Party", nor "NHS" in "NHS England", which the gazetteer lists as a
    body of its own)."""
    span = phrase.span
    words = [t.lower_ for t in span]
    found = []
    for entity in context.resolved.entities:
        if entity.key == phrase.key or context.core(entity.key) != KG.Organisation:
            continue
        if _known_by_a_common_noun(context, entity.key):
            continue  # "its executive" is no name, so no start of "Executive Council"
        entry = context.gazetteer.get(entity.gazetteer_id or "")
        listed = entry.names if entry is not None else ()
        for name in {entity.label, *entity.aliases, *listed}:
            parent = name.lower().split()
            if _named_after_parent(context, span, words, parent):
                found.append(entity.key)
                break
    return found


def _known_by_a_common_noun(context: Context, key: str) -> bool:
    """Every mention of the entity is a noun phrase: it is known by no name."""
    resolved = context.resolved
    methods = {
        m.method for k, m in enumerate(resolved.mentions) if resolved.mention_entity[k] == key
    }
    return methods == {"noun-phrase"}


def _named_after_parent(context: Context, span: Span, words: list[str], parent: list[str]) -> bool:
    """The name is the parent's followed by capitalised words with a place or a committee's
    name word ("RCN Wales Board"), or a place's name and then the parent's name of two words
    or more ("Kent Police Federation": a county's branch)."""
    n = len(parent)
    if not 0 < n < len(words):
        return False
    if words[:n] == parent:
        rest = span[n:]
        kind = context.lexicon.name_words.get(rest[-1].text)
        places = [t for t in rest if t.ent_type_ in ("GPE", "LOC") or _listed_place(t)]
        named = all(t.is_title or t.is_upper or t.text == "/" for t in rest)  # "Cymru/Wales"
        return named and bool(places or kind == KG.Committee)
    if n >= 2 and words[-n:] == parent:
        rest = span[: len(words) - n]
        return all(t.is_title and t.pos_ == "PROPN" for t in rest)
    return False


def _listed_place(token: Token) -> bool:
    """The token is in a place's name the gazetteer lists ("Cymru", which the model may read as
    part of an organisation's name)."""
    return any(
        s.start <= token.i < s.end and core_class(URIRef(s.label_)) == KG.Place
        for s in token.doc.spans[GAZETTEER_SPANS]
    )


def source(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """Who a proposal comes from: "the pay award from the UK government", "plans by the
    Treasury" (the agent of a noun), "the recommendations of the review body" (the "of" of a
    noun of putting forward, ``lex:authorOfNoun``)."""
    if phrase.cls != KG.Proposal:
        return
    words: tuple[str, ...] = ("from", "by")
    if phrase.head.lemma_.lower() in context.lexicon.author_of_nouns:
        words = ("from", "by", "of")
    for prep in preps(phrase.head, *words):
        if prep.lower_ == "by" and _theme_of_act(phrase.head):
            continue  # "the rejection of the pay rise by the union": the rejecter
        if prep.lower_ == "from" and _asked_for(context, phrase.head):
            continue  # "requested a pay rise from the review body": who is asked
        authors = context.object_entities(objects_of(prep), ACTORS, search=False)
        yield from context.emit(
            rule, authors, KG.proposes, [(phrase.key, phrase.head)], [], KG.Asserted, prep.lower_
        )


def _asked_for(context: Context, head: Token) -> bool:
    """True for the object of a verb of asking (``lex:requestVerb``: "requested", "sought"):
    a "from" after it names whom it is asked of, not where it comes from."""
    return head.dep_ == "dobj" and head.head.lemma_.lower() in context.lexicon.request_verbs


def _theme_of_act(head: Token) -> bool:
    """True for the object of "of", "to" or "for" after a noun ("the rejection of the offer by
    the union", "changes to the law by the council", "the endorsement for the plan by the
    union"): a "by" after it names who does what the noun names, as in the clause "the union
    rejected the offer"."""
    governor = head.head
    return (
        head.dep_ == "pobj"
        and governor.lower_ in ("of", "to", "for")
        and governor.head.pos_ == "NOUN"
    )


def component(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A proposal described as part of another: "the initial investment in the agreement",
    "funding for the plan"."""
    if phrase.cls != KG.Proposal or phrase.mention.method not in ("noun-phrase", "description"):
        return
    for prep in preps(phrase.head, *COMPONENT_PREPOSITIONS):
        wholes = context.object_entities(objects_of(prep), PROPOSALS, search=False)
        yield from context.emit(
            rule,
            [(phrase.key, phrase.head)],
            KG.partOf,
            [(w, t) for w, t in wholes if w != phrase.key],
            [],
            KG.Asserted,
            prep.lower_,
        )


def _body_relation(context: Context, key: str) -> URIRef:
    """A committee is ``committeeOf`` its organisation; any other body ``memberOf`` it."""
    return KG.committeeOf if context.resolved.by_key[key].type == KG.Committee else KG.memberOf


def author_modifier(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A government or party named by name before a proposal's head is its author: "the
    Scottish Government pay offer", "the Labour plan"; so is a person named before a report's
    ("the Hale review")."""
    if phrase.cls != KG.Proposal:
        return
    mention, resolved = phrase.mention, context.resolved
    authors: tuple[URIRef, ...] = AUTHORS
    if resolved.by_key[phrase.key].type == KG.Report:
        authors = (*AUTHORS, KG.Person)
    inner: list[Found] = []
    for t in range(mention.token_start, min(mention.token_end, phrase.head.i)):
        key = resolved.entity_for_token(t, ACTORS)
        token = context.doc[t]
        party = key is not None and resolved.by_key[key].type == KG.PoliticalParty
        if token.pos_ != "PROPN" and not (party and token.is_title):
            continue  # "government policy" is policy in general; "the Conservative manifesto"
        if key is not None and key != phrase.key and resolved.by_key[key].type in authors:
            if all(key != k for k, _ in inner):
                inner.append((key, context.doc[t]))
    yield from context.emit(
        rule, inner, KG.proposes, [(phrase.key, phrase.head)], [], KG.Asserted, "author"
    )
