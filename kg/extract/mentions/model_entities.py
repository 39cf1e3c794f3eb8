"""The model's entity spans, mended before they are read: names it cut joined, names it
joined split, and seat letters it read as names of their own left out.

Example: the model's "the Association of Directors of" and "Adult Social Services'" are one
name; so are a place's "Lough" and the proper noun it modifies; "Dockers Association’s Pay
Review Committee" is two; "MSP" in "Jo Reid MSP said" is no organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.mentions.names import DETERMINERS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.lexicon import Lexicon

__all__ = ["constituency_name", "ends_in_a_joining_word", "mended", "seat_letters"]


def mended(ents: Iterable[Span], lexicon: Lexicon, listed: set[tuple[int, int]]) -> list[Span]:
    """The model's entities ``ents``, names it cut joined, names it joined split (at a
    possessive, or before a conjunction a listed name follows: ``listed`` holds the extents of
    the gazetteer's matches), and seat letters read as names of their own left out."""
    ents = _join_split_people(_with_first_names_after_a_title(ents), listed)
    ents = _with_the_proper_nouns_they_modify(ents, lexicon)
    ents = _split_possessives(_run_on_after_joining_words(_join_broken_names(ents)), lexicon)
    ents = _with_places_joined_before_a_body(ents, lexicon, listed)
    ents = _without_lone_seat_letters(list(_split_before_listed(ents, listed)), lexicon)
    return [e for e in ents if not _listed_names_before_seat_letters(e, lexicon, listed)]


def _listed_names_before_seat_letters(
    ent: Span, lexicon: Lexicon, listed: set[tuple[int, int]]
) -> bool:
    """A model name made only of listed names right before a member's seat letters ("Kent
    Labour" of "Kent Labour MP Jo Hart", read as a person): where the member sits and for
    which party, each its own listed name, not a name of its own."""
    doc = ent.doc
    if ent.end >= len(doc) or not seat_letters(doc[ent.end], lexicon):
        return False
    covered = {i for start, end in listed for i in range(start, end)}
    return len(ent) > 1 and all(t.i in covered for t in ent)


def _join_split_people(ents: Iterable[Span], listed: set[tuple[int, int]]) -> Iterator[Span]:
    """A person's first name the model read as a place, right before the rest of the name it
    read as a person ("Sadiq" and "Khan"): one person, unless the word is a listed name (a
    country or city of the gazetteer)."""

    def person(ent: Span, after: Span) -> str | None:
        joined = (
            ent.label_ == "GPE"
            and len(ent) == 1
            and ent[0].is_title
            and after.label_ == "PERSON"
            and after.start == ent.end
            and (ent.start, ent.end) not in listed
        )
        return "PERSON" if joined else None

    return _pairs_joined(ents, person)


def _pairs_joined(
    ents: Iterable[Span], joined_label: Callable[[Span, Span], str | None]
) -> Iterator[Span]:
    """``ents``, each entity and the next one made one span where ``joined_label`` gives the
    label of the two together."""
    ents = list(ents)
    k = 0
    while k < len(ents):
        ent = ents[k]
        label = joined_label(ent, ents[k + 1]) if k + 1 < len(ents) else None
        if label is not None:
            yield _relabel(ent.doc[ent.start : ents[k + 1].end], label)
            k += 2
            continue
        yield ent
        k += 1


def _with_first_names_after_a_title(ents: Iterable[Span]) -> Iterator[Span]:
    """A person's surname the model read alone, after a capitalised first name it left out that
    follows a title in lower case ("chief executive Polly [Neate]"): the first name is the
    person's too."""
    for ent in ents:
        doc, k = ent.doc, ent.start
        if (
            ent.label_ == "PERSON"
            and len(ent) == 1
            and k >= 2
            and doc[k - 1].is_title
            and doc[k - 1].pos_ == "PROPN"
            and doc[k - 1].ent_iob_ == "O"
            and doc[k - 2].is_lower
            and doc[k - 2].pos_ == "NOUN"
        ):
            yield _relabel(doc[k - 1 : ent.end], "PERSON")
        else:
            yield ent


def _with_the_proper_nouns_they_modify(ents: Iterable[Span], lexicon: Lexicon) -> Iterator[Span]:
    """A place the model cut before the proper noun its last word modifies ("Lough" of "Lough
    Lorne", "Mount" of "Mount Kellan"): a capitalised compound and the proper-noun head right
    after it are one name. Not when the head is a word of the lexicon that names a kind of body
    or thing ("Ardmore Council", "Ardmore Office": the body of a place, not the place)."""
    for ent in ents:
        doc, last = ent.doc, ent[-1]
        head = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ in ("GPE", "LOC")
            and head is not None
            and last.dep_ == "compound"
            and last.head.i == head.i
            and head.pos_ == "PROPN"
            and head.is_title
            and head.ent_iob_ == "O"
            and head.lower_ not in lexicon.head_nouns
            and head.text not in lexicon.name_words
        ):
            yield _relabel(doc[ent.start : head.i + 1], ent.label_)
        else:
            yield ent


def _join_broken_names(ents: Iterable[Span]) -> Iterator[Span]:
    """Organisation names the model cut after a joining word: "the Association of Directors of"
    and "Adult Social Services'" are one name; so are a saint's name and the institution named
    after them ("St Agnes's" and "Teaching Hospital")."""

    def organisation(ent: Span, after: Span) -> str | None:
        joined = (
            after.label_ == "ORG"
            and after.start == ent.end
            and (
                ent.label_ == "ORG"
                and ent[-1].lower_ in ("of", "for", "and", "&")
                or ent[0].lower_.rstrip(".") in ("st", "saint")
                and ent[-1].tag_ == "POS"
            )
        )
        return "ORG" if joined else None

    return _pairs_joined(ents, organisation)


#: words a name cannot end in: the model cut it before the words they join it to ("and" may
#: join two names: "Copa and" before "Cogeca")
JOINING_WORDS = frozenset({"of", "for"})


def ends_in_a_joining_word(span: Span) -> bool:
    """``span`` ends in "of" or "for", or in one of them and an article."""
    last = span[-2] if len(span) > 1 and span[-1].lower_ in DETERMINERS else span[-1]
    return last.lower_ in JOINING_WORDS


def _run_on_after_joining_words(ents: Iterable[Span]) -> Iterator[Span]:
    """An organisation's name the model cut after a joining word ("the Office of the" before
    "Deputy Prime Minister"), with capitalised words after it in no entity: the name runs on
    over them. A name cannot end in "of" or "for" (after an article too)."""
    for ent in ents:
        doc, end = ent.doc, ent.end
        while end < len(doc) and doc[end].is_title and doc[end].ent_iob_ == "O":
            end += 1
        if ent.label_ == "ORG" and ends_in_a_joining_word(ent) and end > ent.end:
            yield _relabel(doc[ent.start : end], "ORG")
        else:
            yield ent


def _with_places_joined_before_a_body(
    ents: Iterable[Span], lexicon: Lexicon, listed: set[tuple[int, int]]
) -> Iterator[Span]:
    """A body named after two places joined by "and" ("Hartley and Dene City Council", "Avon
    and Marsh NHS Trust"), which the model cut after the "and": the first place is part of
    the name. Not after a listed organisation the model read as one ("Unison and Kent
    Council": two bodies), nor in a list ("Ely, Hartley and Dene Council")."""

    def body(ent: Span, after: Span) -> str | None:
        joined = (
            len(ent) == 1
            and ent.label_ in ("GPE", "LOC", "ORG")
            and not (ent.label_ == "ORG" and (ent.start, ent.end) in listed)
            and after.start == ent.end + 1
            and _place_before_a_body(ent[0], after, lexicon)
        )
        return "ORG" if joined else None

    for ent in _pairs_joined(ents, body):
        first = ent.doc[ent.start - 2] if ent.start >= 2 else None
        if (
            first is not None
            and first.ent_iob_ == "O"
            and _place_before_a_body(first, ent, lexicon)
        ):
            yield _relabel(ent.doc[first.i : ent.end], "ORG")  # the model left the place out
        else:
            yield ent


def _place_before_a_body(first: Token, body: Span, lexicon: Lexicon) -> bool:
    """``first`` "and" ``body``, a capitalised name ending in a body's name word ("Dene City
    Council"), with no list or name before ``first``."""
    doc = body.doc
    return (
        body.label_ == "ORG"
        and len(body) >= 2
        and first.i == body.start - 2
        and doc[body.start - 1].lower_ == "and"
        and first.pos_ == "PROPN"
        and first.is_title
        and body[0].is_title
        and body[0].text not in lexicon.name_words
        and body[-1].text in lexicon.name_words
        and not (first.i > 0 and _name_or_list_before(doc[first.i - 1]))
    )


def _name_or_list_before(token: Token) -> bool:
    """A comma or a capitalised word before a place: a list or a longer name, not a body's
    name starting at the place; an article opening a sentence ("The") is neither."""
    return token.text == "," or token.is_title and token.lower_ not in DETERMINERS


def _split_possessives(ents: Iterable[Span], lexicon: Lexicon) -> Iterator[Span]:
    """Entity spans split at a possessive inside them: "Dockers Association’s Pay Review
    Committee" is two names; not a saint's ("St Agnes's Teaching Hospital" is one), nor one
    plural noun's or monarch's title ("the Women's Guild", "the King's Speech": one name)."""
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS" or t.lower_ in ("’s", "'s")), None)
        if cut is None or (cut - ent.start == 2 and ent[0].lower_.rstrip(".") in ("st", "saint")):
            yield ent
            continue
        first = ent[1] if ent[0].lower_ in DETERMINERS else ent[0]  # "The Women's Guild"
        if cut - first.i == 1 and (
            first.tag_ == "NNPS" or first.lower_ in lexicon.possessive_name_words
        ):
            yield ent
            continue
        yield _relabel(ent.doc[ent.start : cut], ent.label_)
        yield _relabel(ent.doc[cut + 1 : ent.end], ent.label_)


def _split_before_listed(ents: Iterable[Span], listed: set[tuple[int, int]]) -> Iterator[Span]:
    """Entity spans cut before a conjunction that a listed name follows: "the Drinking Water
    Inspectorate and Natural England" is the Inspectorate (and the gazetteer's name)."""
    for ent in ents:
        cut = next(
            (
                t.i
                for t in ent[1:-1]
                if t.pos_ == "CCONJ" and any(s == t.i + 1 and e <= ent.end for s, e in listed)
            ),
            None,
        )
        yield ent if cut is None else _relabel(ent.doc[ent.start : cut], ent.label_)


def seat_letters(token: Token, lexicon: Lexicon) -> bool:
    """Letters for a seat in a legislature after a name, in capitals ("MSP", "MS": not "Ms")."""
    return token.text.isupper() and token.lower_ in lexicon.seat_letters


def constituency_name(span: Span, lexicon: Lexicon) -> bool:
    """A place named after "for" and a seat's letters or "member" ("Conservative MP for South
    Suffolk", "the member for Leeds East"), capitalised words between: the holder's
    constituency, a seat, no place the article is about."""
    doc, k = span.doc, span.start - 1
    while k > 0 and doc[k].is_title and doc[k].lower_ != "for":
        k -= 1  # "South" of "MP for South Suffolk"
    return (
        k > 0
        and doc[k].lower_ == "for"
        and (seat_letters(doc[k - 1], lexicon) or doc[k - 1].lower_ == "member")
    )


def _without_lone_seat_letters(ents: Sequence[Span], lexicon: Lexicon) -> Iterator[Span]:
    """The model's entities without the seat letters it read as a name of their own ("MSP" in
    "Jo Reid MSP said", as an organisation): they are the title of the person named before
    them, whose name is widened to the letters when the model cut it short ("Jo" of "Jo Reid
    MLA")."""
    kept: list[Span] = []
    for ent in ents:
        if len(ent) != 1 or not seat_letters(ent[0], lexicon):
            kept.append(ent)
            continue
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.label_ == "PERSON"
            and 0 <= ent.start - previous.end <= 2
            and all(t.pos_ == "PROPN" and t.is_title for t in ent.doc[previous.end : ent.start])
        ):
            kept[-1] = _relabel(ent.doc[previous.start : ent.start], "PERSON")
    yield from kept


def _relabel(span: Span, label: str) -> Span:
    from spacy.tokens import Span

    return Span(span.doc, span.start, span.end, label=label)
