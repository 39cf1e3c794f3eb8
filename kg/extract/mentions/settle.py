"""Settle overlapping candidates: choose which spans are mentions, and turn them into
:class:`~kg.model.Mention` values.

Candidates are taken in order of trust (``settle`` column of
:data:`~kg.extract.mentions.methods.METHODS`), longer spans first; a candidate that overlaps
one already kept is dropped, except a proposal or event phrase that holds other names
("GPCE meeting", "BMA conference") and the longer forms of names. An organisation's name
around a listed one ("Northfield Hospitals NHS Foundation Trust" around "NHS") goes first.

Example: the gazetteer's "GPC England" and the model's "GPC" overlap; "GPC England" is kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract.mentions.candidates import Candidate, Context, MentionSet
from kg.extract.mentions.methods import METHODS
from kg.extract.parse import text_of
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["settle"]


def settle(context: Context, candidates: Sequence[Candidate]) -> MentionSet:
    """The mentions the candidates make, in document order, with the links between them."""
    parents = {
        entry_id: entry.parent
        for entry_id, entry in context.gazetteer.items()
        if entry.parent is not None
    }
    accepted = _accept(candidates, _settling_order(context, candidates), parents)
    accepted = _without_names_only_inside_proposals(context, candidates, accepted)
    candidates = _proposals_written_as_names(candidates, accepted)
    return _mention_set(context, candidates, accepted)


def _proposals_written_as_names(
    candidates: Sequence[Candidate], accepted: Sequence[int]
) -> list[Candidate]:
    """A name the model takes for an organisation is a proposal's when the article writes the
    same words in lower case as that proposal's name ("sets up a new patient premium" ... "this
    New Patient Premium"): it takes the proposal's class."""
    proposals = {
        candidates[k].span.text.lower(): candidates[k].type
        for k in accepted
        if candidates[k].method == "noun-phrase"
        and not candidates[k].longer
        and core_class(candidates[k].type) == KG.Proposal
        and not candidates[k].span.text.istitle()
    }
    settled = list(candidates)
    for k in accepted:
        c = candidates[k]
        cls = proposals.get(c.span.text.lower())
        if cls is not None and c.method == "ner" and core_class(c.type) == KG.Organisation:
            settled[k] = replace(c, type=cls)
    return settled


def _settling_order(context: Context, candidates: Sequence[Candidate]) -> list[int]:
    """Candidate indices, most trusted first."""
    # a longer name of an organisation around a listed one ("Northfield Hospitals NHS
    # Foundation Trust" around "NHS") is another organisation: it goes first, unless the
    # gazetteer lists the longer name too ("NHS Pay Review Body"): then the listing is it; so
    # is a listed place's name with a body's name word after it ("Kent Council"); the long
    # form of an acronym defined in the text counts as the model's names do
    gazetteer = [c.span for c in candidates if c.method == "gazetteer"]
    places = {(c.span.start, c.span.end) for c in candidates if _listed_place(c)}
    listed = {(g.start, g.end) for g in gazetteer}
    around = {
        k
        for k, c in enumerate(candidates)
        if c.method in ("ner", "name-part", "acronym")
        and core_class(c.type) == KG.Organisation
        and (c.span.start, c.span.end) not in listed
        and (
            _ends_in_a_body_word(context, c)
            and (len(c.span) >= 3 or (c.span.start, c.span.end - 1) in places)
            or c.wraps_place
            or _named_after_a_listed_place(c, places)
            or _listed_name_with_its_purpose(c, listed)
        )
        and any(
            c.span.start <= g.start
            and g.end <= c.span.end
            and (g.start, g.end) != (c.span.start, c.span.end)
            for g in gazetteer
        )
        # "Cornwall Police" inside the listed "Devon and Cornwall Police": a part of that name
        and not any(g.start < c.span.start and c.span.end <= g.end for g in gazetteer)
    }

    def priority(k: int) -> tuple[bool, bool, int, int, int]:
        c = candidates[k]
        return (
            c.longer,  # longer variants of a name go last
            k not in around,
            -(METHODS[c.method].settle or 0),
            -(c.span.end - c.span.start),
            c.span.start,
        )

    return sorted(range(len(candidates)), key=priority)


def _listed_name_with_its_purpose(candidate: Candidate, listed: set[tuple[int, int]]) -> bool:
    """The model's name opens with a listed name and goes on with "for" or "of" and capitalised
    words ("Royal Society for Public Health" around "Royal Society"): another body, named for
    what it is for."""
    span = candidate.span
    return any(
        start == span.start
        and end + 1 < span.end
        and span.doc[end].lower_ in ("for", "of")
        and all(
            t.is_title or t.lower_ in ("and", "of", "the") for t in span.doc[end + 1 : span.end]
        )
        for start, end in listed
    )


def _ends_in_a_body_word(context: Context, candidate: Candidate) -> bool:
    """The name ends in a word of a body's name ("Federation") or of an institution's ("Cork
    University Hospital", ``lex:institutionNameWord``)."""
    last = candidate.span[-1]
    lexicon = context.lexicon
    return (
        lexicon.name_words.get(last.text) is not None
        or last.lower_ in lexicon.institution_name_words
    )


#: lower-case words inside a body's name after its place: "Cork Chamber of Commerce"
_NAME_LINKS = frozenset({"of", "and", "for", "&", "the"})


def _named_after_a_listed_place(candidate: Candidate, places: set[tuple[int, int]]) -> bool:
    """A name of the model that opens with a listed place and goes on in capitalised words
    ("Cork Chamber of Commerce", "Newcastle United"): a body named after the place, not the
    place; not places listed together ("Mayo and Sligo")."""
    span = candidate.span
    if candidate.method != "ner":
        return False
    ends = [end for start, end in places if start == span.start and end < span.end]
    if not ends:
        return False
    rest = span.doc[ends[0] : span.end]
    return (
        rest[-1].is_title
        and all(t.is_title or t.lower_ in _NAME_LINKS for t in rest)
        and not any(start >= ends[0] and end <= span.end for start, end in places)
    )


def _listed_place(candidate: Candidate) -> bool:
    """A gazetteer match of a place ("Kent")."""
    return candidate.method == "gazetteer" and core_class(candidate.type) == KG.Place


def _accept(
    candidates: Sequence[Candidate], order: Sequence[int], parents: Mapping[str, str]
) -> list[int]:
    """The candidates kept, in the order they were kept. ``parents`` maps a gazetteer
    sub-unit's id to its parent's: the parent's name inside the sub-unit's ("BMA" in "BMA
    Scotland") is a mention of the parent too."""
    accepted: list[int] = []
    occupied: dict[int, int] = {}  # token -> accepted candidate
    for k in order:
        c = candidates[k]
        span = c.span
        clash = {occupied[t] for t in range(span.start, span.end) if t in occupied}
        if not clash:
            accepted.append(k)
            for t in range(span.start, span.end):
                occupied[t] = k
        elif _may_hold_names(c):
            # a longer form may start inside its own short form ("commitment to ..." of
            # "professed commitment")
            others = [candidates[o] for o in clash if candidates[o] is not c.same_as]
            if _holds_only_names(c, others):
                accepted.append(k)
        elif c.longer or _parent_inside(c, [candidates[other] for other in clash], parents):
            accepted.append(k)
    return accepted


def _without_names_only_inside_proposals(
    context: Context, candidates: Sequence[Candidate], accepted: list[int]
) -> list[int]:
    """The kept candidates without the organisations and people the model or a name pattern
    found only inside the names of proposals ("SDS40" of "the SDS40 early release scheme",
    "Education" of "the Education (Scotland) Bill", "Bill" of "the Renters and Landlords
    Bill"): words of a proposal's name that name no actor anywhere else in the article. A
    listed name (gazetteer) or an acronym defined in the text stays."""
    proposals = [
        candidates[k].span
        for k in accepted
        if core_class(candidates[k].type) == KG.Proposal
        and candidates[k].method != "description"
        and not candidates[k].longer  # "motion of no confidence in Alan Johnson"
    ]
    organisations = [
        k
        for k in accepted
        if core_class(candidates[k].type) in (KG.Organisation, KG.Person)
        and candidates[k].method in ("ner", "name-part")
    ]
    text = text_of(context.doc)
    dropped = set()
    for k in organisations:
        span = candidates[k].span
        inside = [p for p in proposals if p.start <= span.start and span.end <= p.end and p != span]
        if not inside:
            continue
        seen = _occurrences(text, span.text)
        if all(
            any(p.start_char <= i and i + len(span.text) <= p.end_char for p in proposals)
            for i in seen
        ):
            dropped.add(k)
    return [k for k in accepted if k not in dropped]


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``."""
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def _parent_inside(c: Candidate, clash: Sequence[Candidate], parents: Mapping[str, str]) -> bool:
    """``c`` names, inside a sub-unit's name, the organisation the sub-unit belongs to."""
    return c.gazetteer_id is not None and all(
        o.gazetteer_id is not None
        and parents.get(o.gazetteer_id) == c.gazetteer_id
        and o.span.start <= c.span.start
        and c.span.end <= o.span.end
        for o in clash
    )


def _may_hold_names(c: Candidate) -> bool:
    """A proposal or event phrase, or a body of an organisation, may contain actors and places
    ("GPCE meeting", "BMA conference", "the BMA's council")."""
    return c.method == "noun-phrase" and (core_class(c.type) in (KG.Proposal, KG.Event) or c.nested)


def _holds_only_names(c: Candidate, clash: Sequence[Candidate]) -> bool:
    """The kept candidates a phrase overlaps are all inside it, and none is an event or proposal
    that the gazetteer or the model names with the same head."""
    span = c.span
    for o in clash:
        inside = o.span.start >= span.start and o.span.end <= span.end
        same_range = o.span.start == span.start and o.span.end == span.end
        if not inside or same_range:
            return False
        if core_class(o.type) in (KG.Proposal, KG.Event) and not c.longer:
            if o.method not in ("gazetteer", "acronym", "ner"):
                return False
            head_inside = o.span.start <= span[-1].i < o.span.end
            extra = [t for t in span if not (o.span.start <= t.i < o.span.end)]
            if head_inside and not any(t.pos_ in ("ADJ", "NUM") for t in extra):
                return False  # "ow multi-neighbourhood providers" is the gazetteer's entry
    return True


def _mention_set(
    context: Context, candidates: Sequence[Candidate], accepted: list[int]
) -> MentionSet:
    """Mentions of the kept candidates, in document order, and the links between them (a link
    to a dropped candidate goes to the kept one over the same words)."""
    accepted_set = set(accepted)
    by_range = {(candidates[k].span.start, candidates[k].span.end): k for k in accepted}
    by_end: dict[int, list[int]] = {}
    for k in accepted:
        by_end.setdefault(candidates[k].span.end, []).append(k)
    redirect = {}
    for k, c in enumerate(candidates):
        if k not in accepted_set:
            other = by_range.get((c.span.start, c.span.end))
            if other is None and c.method == "acronym":
                # "the recommendations of the NHS Pay Review Body" ends there too
                ending = (_name_ending_with(candidates, e, c) for e in by_end.get(c.span.end, []))
                other = next((e for e in ending if e is not None), None)
            if other is not None:
                redirect[k] = other

    result = MentionSet()
    index_of: dict[int, int] = {}
    for k in sorted(accepted, key=lambda k: (candidates[k].span.start, candidates[k].span.end)):
        c = candidates[k]
        index_of[k] = len(result.mentions)
        result.mentions.append(_mention(context, c))
        if c.method == "description":
            result.descriptions[index_of[k]] = c.head or ""
            if c.possessive:
                result.possessive.add(index_of[k])
            if c.indefinite:
                result.indefinite.add(index_of[k])
    for a, b in _phrases_ending_in_names(context, candidates, accepted):
        result.same_as.append((index_of[a], index_of[b]))
    position = {id(c): k for k, c in enumerate(candidates)}
    for later, c in enumerate(candidates):
        if c.same_as is None or id(c.same_as) not in position:
            continue
        a, b = position[id(c.same_as)], later
        a, b = redirect.get(a, a), redirect.get(b, b)
        if a in accepted_set and b in accepted_set and a != b:
            result.same_as.append((index_of[a], index_of[b]))
    return result


def _name_ending_with(
    candidates: Sequence[Candidate], k: int | None, long_form: Candidate
) -> int | None:
    """The kept name that ends with an acronym's long form, of its class ("NHS Pay Review Body"
    for "Pay Review Body (PRB)": the letters spell the last words of the name), or None."""
    if k is None:
        return None
    name = candidates[k]
    inside = name.span.start <= long_form.span.start
    same_class = core_class(name.type) == core_class(long_form.type)
    return k if inside and same_class and name.method in ("gazetteer", "ner") else None


def _phrases_ending_in_names(
    context: Context, candidates: Sequence[Candidate], accepted: Sequence[int]
) -> list[tuple[int, int]]:
    """(name, phrase) pairs of kept proposals where a noun phrase ends with a proposal's name
    the model or the gazetteer gave: "the £50m Winter Resilience Fund" names the fund itself,
    but "a new GMS contract" names a new version (``lex:versionWord``)."""
    names = [
        k
        for k in accepted
        if candidates[k].method in ("ner", "gazetteer", "acronym")
        and core_class(candidates[k].type) == KG.Proposal
    ]
    pairs = []
    for k in accepted:
        c = candidates[k]
        if c.method != "noun-phrase" or c.longer or core_class(c.type) != KG.Proposal:
            continue
        for n in names:
            o = candidates[n].span
            if c.span.start < o.start and o.end == c.span.end:
                extra = {t.lower_ for t in c.span.doc[c.span.start : o.start]}
                if not extra & context.lexicon.version_words:
                    pairs.append((n, k))
    return pairs


def _mention(context: Context, c: Candidate) -> Mention:
    span = c.span
    return Mention(
        doc_id=context.document.id,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        type=c.type,
        sentence=context.sentence_index(span.start_char),
        method=c.method,
        confidence=c.confidence,
        gazetteer_id=c.gazetteer_id,
        token_start=span.start,
        token_end=span.end,
        head=c.head if c.head is not None else span[-1].lemma_.lower(),
    )
