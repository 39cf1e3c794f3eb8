"""Items of what is put forward: "the minister announced four steps to restore confidence,
including increased oversight of the regulator" names a proposal, "increased oversight of the
regulator", as well as "four steps".

News writing lists after "including" the parts of what an actor announces, outlines, adopts
or sets out (a verb whose ``lex:trigger`` is ``kg:proposes`` or one of its sub-properties),
and each part is a measure put forward in its own right, whatever its head noun ("a
substantial increase in capacity", "creating a real-time map of spills": the gerund's object).
The whole must be a set of measures: a noun of ``lex:listNoun`` ("steps", "five of the
recommendations"), a proposal found before, or a noun with an infinitive of purpose ("action
to cut waiting times"); "announced a pay rise for staff, including nurses" lists people, not
measures, and an item that is a workforce (``lex:workforceNoun``), a name or a word of an
event or actor's class is no proposal. The parser hangs "including" on the nearest noun, so
the verb is found by climbing from "including" (:mod:`kg.extract.relations.inclusions` reads
the relation).

A set of measures may also be the subject of a verb of including (``lex:inverseTrigger``:
"the measures will include specialist teams in every ward", "the plan, which contains
longer opening hours for clinics"): the whole a list noun or a proposal, each object item is
a part of it, named the same way (:func:`items_a_whole_includes`). A listed item's name runs
on through an "in" phrase that says where it applies ("specialist teams in every ward").

Example: "The minister announced four steps, including increased oversight of the regulator."
gives "increased oversight" with its longer form "increased oversight of the regulator".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.names import head_class
from kg.extract.mentions.phrase_extent import long_form_ends, noun_phrase_bounds
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class, core_property

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["included_items", "items_a_whole_includes", "listed_whole"]

MAX_CLIMB = 10  # "including" hangs at most this far below the object it lists the parts of
MAX_WORDS = 9  # a longer item is a clause, not a name


def included_items(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Each common-noun item after an "including" that lists the parts of a set of measures
    an actor puts forward, with its short modifiers."""
    proposals: set[int] = set()
    others: set[int] = set()  # tokens of the actors, places and events found before
    for found in earlier:
        named = proposals if core_class(found.type) == KG.Proposal else others
        named.update(range(found.span.start, found.span.end))
    for token in context.tokens:
        if token.lower_ != "including":
            continue
        whole = listed_whole(token, context.lexicon, proposals)
        if whole is None:
            continue
        for item in _items(token, context.lexicon):
            if item.i not in others:
                yield from _named(context, item)
        for item in _misread_appositions(token, whole, context.lexicon):
            if item.i not in others and item.i not in proposals:
                yield from _named(context, item)


def items_a_whole_includes(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """Each common-noun object item of a verb of including whose subject is a set of measures
    (a list noun, a proposal noun or a proposal found before), or of a verb of putting forward
    whose subject is a proposal ("the motion demanded X": a document or motion puts forward
    what it contains), with its short modifiers."""
    proposals: set[int] = set()
    others: set[int] = set()
    for found in earlier:
        named = proposals if core_class(found.type) == KG.Proposal else others
        named.update(range(found.span.start, found.span.end))
    lexicon = context.lexicon
    for verb in context.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG":
            continue  # "including" is read by included_items
        including = verb.lemma_.lower() in lexicon.inverse
        if not including and not _contents_verb(verb, lexicon):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "relcl":  # "the plan, which contains X"
            subjects = [verb.head]
        if not subjects:
            continue
        if not (
            _a_set_of_measures(subjects[0], lexicon, proposals)
            if including
            else _a_proposal(subjects[0], lexicon, proposals)
        ):  # "the motion demands X", "the plan promises X": what it puts forward is its part
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            for item in _common_items(obj, lexicon):
                if item.i not in others and item.i not in proposals:  # named already
                    yield from _named(context, item)


def _a_set_of_measures(whole: Token, lexicon: Lexicon, proposals: set[int]) -> bool:
    """A list noun ("measures", also capitalised at a sentence's start), a proposal noun or a
    proposal found before."""
    cls = head_class(whole, lexicon)
    return (
        whole.lemma_.lower() in lexicon.list_nouns
        or whole.lower_.rstrip("s") in lexicon.list_nouns
        or whole.i in proposals
        or cls is not None
        and core_class(cls) == KG.Proposal
    )


def listed_whole(including: Token, lexicon: Lexicon, proposals: set[int]) -> Token | None:
    """The set of measures an "including" lists the parts of: the direct object of a verb of
    putting forward that "including" hangs under (past objects of other verbs), or None."""
    token = including
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i or token.dep_ == "ccomp":
            return None  # the sentence's root, or a clause said by someone
        if token.dep_ == "dobj" and token.i < including.i and _puts_forward(token.head, lexicon):
            return token if _measures(token, lexicon, proposals) else None
        token = token.head
    return None


def _a_proposal(noun: Token, lexicon: Lexicon, proposals: set[int]) -> bool:
    """A proposal found before, or a noun of a proposal's class ("motion", "plan")."""
    if noun.i in proposals:
        return True
    cls = head_class(noun, lexicon) if noun.pos_ == "NOUN" else None
    return cls is not None and core_class(cls) == KG.Proposal


def _contents_verb(verb: Token, lexicon: Lexicon) -> bool:
    """A verb by which a proposal puts forward what it contains (``lex:contentsVerb``:
    "promised", "demanded"), active: not a passive nor a bare participle."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return False
    return verb.lemma_.lower() in lexicon.contents_verbs


def _puts_forward(verb: Token, lexicon: Lexicon) -> bool:
    """A verb whose trigger (with its particle, if any) is ``kg:proposes`` or below it."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"] or [""]
    for particle in particles:
        predicate = lexicon.triggers.get((verb.lemma_.lower(), particle))
        if predicate is not None and core_property(predicate) == KG.proposes:
            return True
    return False


def _measures(whole: Token, lexicon: Lexicon, proposals: set[int]) -> bool:
    """The object names a set of measures: a list noun, also after "of" ("five of the
    recommendations"), a proposal found before, or a noun with an infinitive of purpose."""
    heads = [whole] + [o for p in whole.children if p.lower_ == "of" for o in p.children]
    return any(
        head.lemma_.lower() in lexicon.list_nouns
        or head.i in proposals
        or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in head.children)
        for head in heads
    )


def _items(including: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The head nouns of the listed items: the objects of "including" (a gerund's object for
    "including creating a map") and their conjuncts, common nouns that name no people and no
    event or actor."""
    for child in including.children:
        if child.dep_ == "pcomp" and child.tag_ == "VBG":
            child = next((c for c in child.children if c.dep_ == "dobj"), child)
        elif child.dep_ != "pobj":
            continue
        yield from _common_items(child, lexicon)


def _common_items(first: Token, lexicon: Lexicon) -> Iterator[Token]:
    """An item and its conjuncts that are common nouns naming no people, event or actor."""
    for item in [first, *first.conjuncts]:
        named = head_class(item, lexicon)
        if (
            item.pos_ == "NOUN"
            and item.lemma_.lower() not in lexicon.workforce_nouns
            and (named is None or core_class(named) == KG.Proposal)
        ):
            yield item


def _where_ends(item: Token) -> list[int]:
    """The end of an "in" phrase right after a listed item, which says where the measure
    applies ("specialist teams in emergency departments"), when it holds no punctuation and
    no clause: a listed measure is named with it, as a change is ("a rise in X")."""
    after = item.i + 1
    doc = item.doc
    if after >= len(doc) or doc[after].lower_ != "in" or doc[after].head.i != item.i:
        return []
    words = list(doc[after].subtree)
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return []
    return [doc[after].right_edge.i + 1]


def _misread_appositions(including: Token, whole: Token, lexicon: Lexicon) -> Iterator[Token]:
    """Items of the list the parser hung on the whole as an apposition ("outlined action to
    cut waiting times, including a rise in capacity, more investment in X and improved use of
    data": "investment" read as in apposition to "action", "use" its conjunct). An apposition
    does not follow an "including" list in its sentence: what comes there continues the list."""
    for child in whole.children:
        if child.dep_ == "appos" and child.i > including.i and child.sent == including.sent:
            yield from _common_items(child, lexicon)


def _named(context: Context, item: Token) -> Iterator[Candidate]:
    """The item from its first modifier to its head, then its longer forms. A bare head
    ("nurses", "services") names a kind, not a measure, unless a complement says what it
    acts on ("the postponement of the reductions", "reform of pay scales"): then the item is
    named from its head to the complement's end."""
    start = noun_phrase_bounds(item)[0]
    ends = [
        end
        for end in sorted(set(long_form_ends(item)) | set(_where_ends(item)))
        if end - start <= MAX_WORDS
    ]
    if start == item.i:
        if not ends:
            return
        first_end, ends = ends[0], ends[1:]
    else:
        first_end = item.i + 1
    first = context.candidate(
        context.doc[start:first_end], KG.Proposal, "noun-phrase", head=item.lemma_.lower()
    )
    if first is None:
        return
    yield first
    for end in ends:
        longer = context.candidate(
            context.doc[start:end],
            KG.Proposal,
            "noun-phrase",
            head=item.lemma_.lower(),
            longer=True,
            same_as=first,
        )
        if longer is not None:
            yield longer
