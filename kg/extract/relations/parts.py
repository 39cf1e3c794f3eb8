"""Parts: "part of" a proposal, and the items of a list.

"As part of the plan, the Government will introduce two new contracts" → the contracts
``partOf`` the plan, and the Government ``proposes`` the plan (case ``author``); "X is part
of Y" → X ``partOf`` Y. "The offer, including a pay rise" → the rise ``partOf`` the offer;
"the union's demands include a pay rise" and "The union sets out nine demands:" followed by
one demand a line → the union ``proposes`` each (``lex:listNoun``). A proposal is also part
of a whole it is "one of" ("the levy is one of the plan's measures") or that it stands beside
as "part of" ("the levy, part of the plan,"), and of a proposal that brings it into being ("the
plan sets up a premium", ``brought_in``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rdflib import URIRef
from spacy.tokens import Doc, Token

from kg.extract.relations.antecedents import described_proposal
from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Phrase, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, modified, objects_of, preps
from kg.extract.relations.verbs import routes
from kg.model import Relation, Sentence
from kg.rdf.namespaces import KG

__all__ = [
    "brought_in",
    "list_owners",
    "listed",
    "listed_lines",
    "one_of",
    "part_noun",
    "under_a_whole",
    "part_of",
    "put_in",
]

MAX_ITEMS = 15  # lines read after a list's colon
OPENING = 12  # characters from a line's start in which its item begins ("1. ", "• ")
MAX_CLIMB = 6  # steps up from the noun "including" hangs on to the proposal it lists from


def part_of(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The proposals a clause puts into a whole with "part of", and who proposes the whole."""
    if token.pos_ != "NOUN" or not (
        token.lower_ == "part" or token.lemma_.lower() in context.lexicon.part_nouns
    ):  # "a key element of the plan", "the centrepiece of the bill"
        return
    wholes = [
        found
        for prep in preps(token, "of")
        for found in context.object_entities(objects_of(prep), PROPOSALS, search=False)
    ]
    if not wholes:
        return
    governor = token.head
    actors: list[Found] = []
    if token.dep_ == "pobj" and governor.lower_ == "as":  # "as part of the plan, X will ..."
        verb = _clause_of(governor)
        items = context.object_entities(
            children(verb, "dobj", "nsubjpass", "nsubj"), PROPOSALS, search=False
        )
        items += _planned_by(context, verb)
        if is_verb(verb):
            actors = context.subject_entities(verb)
    elif token.dep_ == "attr":  # "X is part of Y"
        verb = governor
        items = context.object_entities(children(verb, "nsubj"), PROPOSALS, search=False)
        if not items:  # "The service is part of ...": the one named before
            items = [f for s in children(verb, "nsubj") if (f := described_proposal(context, s))]
    elif token.dep_ == "appos":  # "the levy, part of the plan, ..."
        verb = governor
        items = context.object_entities([governor], PROPOSALS, search=False)
    else:
        return
    keys = {k for k, _ in wholes}
    items = [(k, t) for k, t in items if k not in keys]
    modality = context.modality(verb) if is_verb(verb) else KG.Asserted
    yield from context.emit(rule, items, KG.partOf, wholes, [token], modality, "part of")
    yield from context.emit(
        rule, actors, KG.proposes, wholes, [token], modality, "part of", case="author"
    )


def _clause_of(as_: Token) -> Token:
    """The verb "as part of" modifies: it says how a clause's act fits a plan, though the
    parser may hang it on the clause's object ("set up to handle day-to-day running as part
    of a reorganisation": "handle", not "running")."""
    head = as_.head
    while head.dep_ in ("dobj", "pobj", "prep") and head.head is not head:
        head = head.head
    return head


def _planned_by(context: Context, verb: Token) -> list[Found]:
    """The proposal a clause of "as part of" is the content of: "plans to expand X as part of
    the investment" (the noun the infinitive hangs on)."""
    if verb.dep_ != "acl":
        return []
    return context.object_entities([verb.head], PROPOSALS, search=False)


def under_a_whole(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """What a clause brings in "under" a proposal is part of it: "Under the deal, nurses will
    get a 5% rise", "the council set up a £5m fund under its Housing Plan" (the rise and the
    fund ``partOf`` the deal and the plan), as "as part of the plan" puts it there."""
    if token.lower_ != "under" or token.dep_ != "prep":
        return
    wholes = context.object_entities(objects_of(token), PROPOSALS, search=False)
    if not wholes:
        return
    verb = _clause_of(token)
    if not is_verb(verb):
        return
    keys = {k for k, _ in wholes}
    items = context.object_entities(children(verb, "dobj", "nsubjpass"), PROPOSALS, search=False)
    items = [(k, t) for k, t in items if k not in keys]
    yield from context.emit(
        rule, items, KG.partOf, wholes, [token], context.modality(verb), "under"
    )


def one_of(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A proposal said to be "one of" a set of proposals is part of it: "the levy is one of
    the plan's five pledges" (the set, or the proposal that owns it or holds it after "in":
    "one of the measures in the strategy"), "the levy, one of the strategy's measures,"."""
    one = token.head
    if token.lower_ != "of" or token.dep_ != "prep" or one.lower_ != "one":
        return
    if one.dep_ == "attr" and one.head.lemma_ == "be":
        items = context.object_entities(children(one.head, "nsubj"), PROPOSALS, search=False)
    elif one.dep_ == "appos":
        items = context.object_entities([one.head], PROPOSALS, search=False)
    else:
        return
    wholes: list[Found] = []
    for group in objects_of(token):
        wholes = context.object_entities([group], PROPOSALS, search=False)
        owners = children(group, "poss") + [
            o for p in preps(group, "in", "of", "within") for o in objects_of(p)
        ]
        wholes = wholes or context.object_entities(owners, PROPOSALS, search=False)
    keys = {k for k, _ in wholes}
    parts = [(k, t) for k, t in items if k not in keys]
    modality = context.modality(one.head) if is_verb(one.head) else KG.Asserted
    yield from context.emit(rule, parts, KG.partOf, wholes[:1], [one], modality, "one of")


def part_noun(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """A proposal headed by a noun of a part (``lex:partNoun``: "the year two element of the
    offer") is a part of the whole the noun names after "of". (Without "of", the last offer
    named before is often another one: no guess is made.)"""
    if phrase.cls != KG.Proposal or phrase.head.lemma_.lower() not in context.lexicon.part_nouns:
        return
    wholes = [
        (k, t)
        for p in preps(phrase.head, "of")
        for k, t in context.object_entities(objects_of(p), PROPOSALS, search=False)
        if k != phrase.key
    ]
    yield from context.emit(
        rule, [(phrase.key, phrase.head)], KG.partOf, wholes[:1], [], KG.Asserted, "part"
    )


def listed(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Items a whole includes: "nine demands, including a pay rise" (``including``) and "the
    union's demands include a pay rise and a cap" (an inverse ``partOf`` trigger whose subject
    names no proposal): each item ``partOf`` the whole when it is a proposal (after
    "including"; the verb rule reads "the offer includes"), and proposed by the owner of a
    list (``lex:listNoun``) that names none."""
    if token.lower_ == "including" and token.dep_ == "prep":
        whole, items = token.head, children(token, "pobj", "pcomp")
        if is_verb(whole):  # "published the plan, including X": hung on the verb
            whole = next(iter(children(whole, "dobj")), whole)
    elif token.lower_ == "among" and token.dep_ == "prep" and token.head.lemma_ == "be":
        # "among the measures in the plan are a levy and a cap"
        groups = [g for g in children(token, "pobj") if context.entity(g) is None]
        if not groups or not is_list_noun(context, groups[0]):
            return
        whole, items = groups[0], children(token.head, "nsubj", "attr")
    elif is_verb(token) and token.lemma_.lower() in context.lexicon.inverse:
        subjects = children(token, "nsubj")
        if not subjects and token.dep_ == "relcl":  # "the package, which includes"
            subjects = [token.head]
        if not subjects:
            return
        whole, items = subjects[0], children(token, "dobj")
    else:
        return
    found = context.object_entities(items, PROPOSALS, search=True)
    whole_key = context.entity(whole, PROPOSALS)
    if whole_key is None and token.lower_ == "including" and not is_list_noun(context, whole):
        whole_key, whole = _listing_whole(context, whole)
    modality = context.modality(token if is_verb(token) else whole.head)
    if whole_key is not None:
        if token.lower_ == "including":
            parts = [(k, t) for k, t in found if k != whole_key]
            yield from context.emit(
                rule, parts, KG.partOf, [(whole_key, whole)], [token], modality, "including"
            )
    elif is_list_noun(context, whole):
        owners = list_owners(context, whole)
        yield from context.emit(
            rule, owners, KG.proposes, found, [whole], modality, whole.lemma_.lower()
        )
        yield from _into_list_whole(context, rule, whole, found, modality)


def _listing_whole(context: Context, noun: Token) -> tuple[str | None, Token]:
    """The proposal a list after "including" is the parts of when the parser hung it on a
    noun that names none: "including" follows the whole phrase it lists from, and the parser
    takes the last noun before it ("four steps the government will take to restore confidence
    in the system, including X": "system", not "steps"). The nearest proposal above that noun,
    a few steps up its clauses and phrases."""
    head = noun
    for _ in range(MAX_CLIMB):
        if head.head is head:
            break
        head = head.head
        key = context.entity(head, PROPOSALS)
        if key is not None:
            return key, head
    return None, noun


def is_list_noun(context: Context, token: Token) -> bool:
    """True for a noun of a list of things put forward (``lex:listNoun``), also when the
    tagger took a capitalised plural opening a sentence for a name ("Measures in the bill
    include ...", lemma "Measures")."""
    nouns = context.lexicon.list_nouns
    return token.lemma_.lower() in nouns or token.lower_.rstrip("s") in nouns


def list_wholes(context: Context, noun: Token) -> list[Found]:
    """The proposal a list noun naming none is a list of the parts of: its possessor or the
    proposal after "in", "of", "within" or "under" ("the measures in the bill", "the plan's
    proposals"). Actors there are owners (``list_owners``), not wholes."""
    heads = children(noun, "poss") + [
        o for p in preps(noun, "in", "of", "within", "under") for o in objects_of(p)
    ]
    return context.object_entities(heads, PROPOSALS, search=False)[:1]


def _into_list_whole(
    context: Context, rule: Rule[Token], noun: Token, items: list[Found], modality: URIRef
) -> Iterator[Relation]:
    """Each item of a list of a proposal's parts ("the measures in the bill include a levy")
    is part of that proposal."""
    wholes = list_wholes(context, noun)
    keys = {k for k, _ in wholes}
    parts = [(k, t) for k, t in items if k not in keys]
    yield from context.emit(rule, parts, KG.partOf, wholes, [noun], modality, noun.lemma_.lower())


def list_owners(context: Context, noun: Token) -> list[Found]:
    """Who a list of demands or measures is from: its possessor ("the union's demands"), the
    actor after "from" or "by", or the subject of the verb that puts it forward ("the union
    set out nine demands")."""
    owners = [
        (key, c) for c in children(noun, "poss") if (key := context.entity(c, ACTORS)) is not None
    ]
    owners += context.object_entities(
        [o for p in preps(noun, "from", "by", "of") for o in objects_of(p)], ACTORS, search=False
    )
    verb = noun.head
    if not owners and noun.dep_ == "dobj" and is_verb(verb):
        proposing = any(
            context.schema.core_property(route.predicate) == KG.proposes
            for route in routes(context, verb)
        )
        if proposing:
            owners = [
                (k, t) for k, t in context.subject_entities(verb) if context.core(k) in ACTORS
            ]
    return owners


def listed_lines(context: Context, doc: Doc, rule: Rule[Doc]) -> Iterator[Relation]:
    """A line that ends with a colon after a list ("The union sets out nine demands:") and the
    lines after it, one item each: every proposal that opens an item line is proposed by the
    list's owner, and part of the list when the list is a proposal itself."""
    sentences = context.sentences
    for k, sentence in enumerate(sentences):
        if not sentence.text.rstrip().endswith(":") or _introduces_speech(context, sentence):
            continue
        head = _list_head(context, sentence)
        if head is None:
            continue
        owners = list_owners(context, head)
        whole = context.entity(head, PROPOSALS)
        if whole is None:  # "Measures in the bill include:"
            whole = next((k for k, _ in list_wholes(context, head)), None)
        for item in _items(context, sentences[k + 1 : k + 1 + MAX_ITEMS]):
            yield from context.emit(
                rule, owners, KG.proposes, [item], [head], KG.Asserted, "listed", case="line"
            )
            if whole is not None and whole != item[0]:
                yield from context.emit(
                    rule, [item], KG.partOf, [(whole, head)], [], KG.Asserted, "listed"
                )


def _introduces_speech(context: Context, sentence: Sentence) -> bool:
    """True for a line that gives a speaker before a quotation ("Responding to the plan, the
    chair said:"): its colon opens what they said, not a list. Its last verb is a verb of
    saying (``lex:speechVerb``), with nothing after it but its subject or addressee."""
    span = context.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return False
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if not verbs or verbs[-1].lemma_.lower() not in context.lexicon.speech_verbs:
        return False
    return not any(c.dep_ in ("dobj", "ccomp") for c in verbs[-1].children)


def _list_head(context: Context, sentence: Sentence) -> Token | None:
    """The last list noun, or proposal (by a noun, or by a pronoun that refers to one: "It
    includes:"), of a line."""
    span = context.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return None
    found = [
        t
        for t in span
        if is_list_noun(context, t)
        or (t.pos_ in ("NOUN", "PRON") and context.entity(t, PROPOSALS) is not None)
    ]
    return found[-1] if found else None


def _items(context: Context, lines: Sequence[Sentence]) -> Iterator[Found]:
    """The proposal that opens each line of a list, up to the first line that opens none."""
    resolved = context.resolved
    starts: dict[int, Found] = {}
    for mention, key in zip(resolved.mentions, resolved.mention_entity, strict=True):
        if key is not None and context.core(key) == KG.Proposal:
            starts.setdefault(mention.start, (key, context.doc[mention.token_start]))
    for line in lines:
        opening = [f for start, f in starts.items() if line.start <= start < line.start + OPENING]
        if not opening:
            return
        yield min(opening, key=lambda f: f[1].i)


def brought_in(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A proposal that a proposal brings into being or puts forward is part of it: "the plan
    sets up a new premium", "the bill, which creates a regulator" (``lex:constituentVerb``),
    "the motion demanded a new contract", "the plan promised an agreement"
    (``lex:contentsVerb``: a document or motion is said to put forward what it holds). The
    subject must name a proposal ("the ministry set up a fund" is proposing) and the verb be
    active ("will see the plan's staff given a rise" puts nothing forward)."""
    if not is_verb(token):
        return
    lemma = token.lemma_.lower()
    said = [f"{lemma} {p.lower_}" for p in children(token, "prt")] or [lemma]
    lexicon = context.lexicon
    trigger = next(
        (s for s in said if s in lexicon.constituent_verbs | lexicon.contents_verbs), None
    )
    if trigger is None or not _active(token):
        return
    wholes = [(k, t) for k, t in context.subject_entities(token) if context.core(k) in PROPOSALS]
    if not wholes:
        return
    keys = {k for k, _ in wholes}
    parts = [
        (k, t)
        for k, t in context.object_entities(children(token, "dobj"), PROPOSALS, search=False)
        if k not in keys
    ]
    yield from context.emit(
        rule, parts, KG.partOf, wholes[:1], [token], context.modality(token), trigger
    )


def put_in(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A proposal put forward in another is one of its parts: "the levy, announced in the
    Budget,", "the cap was set out in the plan", "the pledges outlined in the manifesto" (a verb
    whose trigger puts forward, in the passive or as a participle, with "in" and a proposal;
    "announced in March", "set out in a letter", "announced in the Commons" name no proposal).
    """
    if not is_verb(token):
        return
    places = [o for p in preps(token, "in") for o in objects_of(p)]
    if not places:
        return
    items = _put_items(token)
    wholes = context.object_entities(places, PROPOSALS, search=False)[:1] if items else []
    if not wholes or not _puts_forward(context, token):
        return
    keys = {k for k, _ in wholes}
    parts = [
        (k, t) for k, t in context.object_entities(items, PROPOSALS, search=False) if k not in keys
    ]
    yield from context.emit(
        rule, parts, KG.partOf, wholes, [token], context.modality(token), f"{token.lemma_} in"
    )


def _put_items(verb: Token) -> list[Token]:
    """What a verb of putting forward puts in a whole: the noun its participle modifies, its
    passive subject, or the subject of a participle the parser took for the main verb ("the
    levy announced in the Budget will deliver ...": no object, the rest of the sentence read as
    its clause; a proposal announces nothing, which the caller's types check). No pronoun: "it was announced in the review that ..." is empty."""
    if verb.dep_ == "acl":
        items = [modified(verb)]
    elif has_child(verb, "auxpass"):
        items = children(verb, "nsubjpass")
    elif not any(c.dep_ in ("dobj", "xcomp", "dative") for c in verb.children):
        items = children(verb, "nsubj")
    else:
        return []
    return [t for t in items if t.pos_ != "PRON"]


def _active(verb: Token) -> bool:
    """An active verb: no passive auxiliary, and no bare past participle, which with a
    subject is a passive small clause ("will see staff given a rise")."""
    if has_child(verb, "auxpass"):
        return False
    return verb.tag_ != "VBN" or has_child(verb, "aux")


def _puts_forward(context: Context, verb: Token) -> bool:
    """True for a verb with a trigger of putting forward (``kg:proposes`` and its narrower
    properties: "announce", "set out", "unveil"), or of including ("the grant is included in
    the plan", ``lex:inverseTrigger``)."""
    if verb.lemma_.lower() in context.lexicon.inverse:
        return True
    return any(
        context.schema.core_property(route.predicate) == KG.proposes
        for route in routes(context, verb)
    )
