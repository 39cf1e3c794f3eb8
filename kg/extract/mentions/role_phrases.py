"""Role phrases: the words of a post ("GPCE chair", "the health secretary", "Secretary of State
for Health and Social Care"), found by the role words of the lexicon (``lex:roleWord``).

They are found once per document, before the other mentions, because their words are not
names of organisations ("Health and Social Care Secretary"); they become role mentions,
linked to their holder, after settling (:mod:`kg.extract.mentions.roles`).

Example: in "Unison general secretary Christina McAnea said", the role phrase is
"Unison general secretary" (role words "general secretary", starting at "general").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon, Role
from kg.extract.mentions.names import DETERMINERS, is_acronym
from kg.extract.parse import GAZETTEER_SPANS, tokens_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["RolePhrase", "find_role_phrases", "role_title_tokens", "inside_role_title"]

MAX_FUNCTION_WORDS = 3  # "Head of Public Health Policy"


@dataclass(frozen=True)
class RolePhrase:
    """Tokens ``start:end`` of a role phrase; its role words start at ``role_start``; ``head``
    is the token of its last role word."""

    start: int
    role_start: int
    end: int
    role: Role
    head: int


def find_role_phrases(
    doc: Doc, lexicon: Lexicon, title_words: frozenset[str] = frozenset()
) -> tuple[RolePhrase, ...]:
    """Every role phrase of a document, in order, with the modifiers that belong to it, and the
    capitalised ``title_words`` just before it that the parser hung elsewhere ("Education" in
    "Education Secretary Jenny Gilruth")."""
    found: list[RolePhrase] = []
    lowers = [t.lower_ for t in tokens_of(doc)]
    i = 0
    while i < len(doc):
        match = _role_words_at(doc, lexicon, lowers, i)
        if match is None:
            i += 1
            continue
        n, role = match
        head = doc[i + n - 1]
        end = _title_tail_end(doc, i + n, lexicon.portfolio_words)
        if end > i + n and not role.government_post and _names_a_body(doc, i, i + n):
            # "chief executive of Northern Homes": the body it leads, no portfolio; but
            # "chair for England" keeps the nation its post covers
            end = _for_a_nation(doc, i + n, end, lexicon.honorifics) or i + n
        if end == i + n:
            # "director of regulation", "head of employment relations": the function is part
            # of the title, and a leading word with it names a post, not the head
            end = _function_tail_end(doc, end, lexicon.given_names)
            if end > i + n and role.relation == KG.leads:
                role = Role(role.words, KG.holdsPostIn, government_post=False)
        elif role.relation == KG.leads and _capitalised_function(doc, lexicon, i + n, end):
            role = Role(role.words, KG.holdsPostIn, government_post=False)  # "Head of Health"
        start = _modifiers_start(doc, i, head.i)
        while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in title_words:
            start -= 1  # the parser may even end a sentence there
        found.append(RolePhrase(start, i, end, role, head.i))
        i = end
    return tuple(found)


def _role_words_at(
    doc: Doc, lexicon: Lexicon, lowers: list[str], i: int
) -> tuple[int, Role] | None:
    """The longest role words starting at token ``i`` that end in a singular noun and do not
    modify a noun of a body after them ("executive committee", "Executive Board")."""
    for n in lexicon.role_lengths.get(lowers[i], ()):
        if i + n > len(lowers):
            continue  # the document ends first ("... said the health secretary")
        role = lexicon.role(" ".join(lowers[i : i + n]))
        last = doc[i + n - 1]
        noun = last.pos_ in ("NOUN", "PROPN") or (
            n > 1 and last.pos_ == "ADJ"
        )  # "director-general"
        if role is not None and noun and last.tag_ not in ("NNS", "NNPS"):
            if i + n < len(lowers) and lowers[i + n] in lexicon.description_nouns:
                return None  # "the National Executive Committee": a body, no role
            return n, role
    return None


def _title_tail_end(doc: Doc, role_end: int, portfolio_words: frozenset[str]) -> int:
    """ "Secretary of State for Health and Social Care": keep a capitalised "for/of ..." tail,
    up to the holder's name when it follows ("Minister for Finance Jane Doe said":
    :func:`_holder_name_start`); a spokesperson's portfolio follows "on" ("spokesperson on
    Justice and Migration"), but not a day ("the chair on Monday")."""
    if not (
        role_end + 1 < len(doc)
        and (
            doc[role_end].lower_ in ("for", "of")
            or doc[role_end].lower_ == "on"
            and doc[role_end + 1].ent_type_ not in ("DATE", "TIME")
        )
        and doc[role_end + 1].is_title
    ):
        return role_end
    k = role_end + 1
    while (
        k < len(doc)
        and (doc[k].is_title or doc[k].lower_ in ("and", "of", "for", "&", ","))
        and not (doc[k].text == "," and (k + 1 >= len(doc) or not doc[k + 1].is_title))
    ):
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON":
            break
        k += 1
    if any(t.tag_ == "POS" or t.lower_ in ("'s", "’s") for t in doc[role_end : k + 1]):
        return role_end  # "president of St Agnes's College": an organisation's name, no title
    return _holder_name_start(doc, role_end, k, portfolio_words)


def _for_a_nation(doc: Doc, role_end: int, end: int, honorifics: frozenset[str]) -> int | None:
    """Where a title's tail of "for" and a listed place ends, the nation a body's post covers
    ("BMA GP committee chair for England Dr Ann Lowe"), when only the holder's honorific
    follows it before the name; else None."""
    if doc[role_end].lower_ != "for":
        return None
    for g in doc.spans.get(GAZETTEER_SPANS, []):
        if (
            g.start == role_end + 1
            and core_class(URIRef(g.label_)) == KG.Place
            and all(t.lower_.rstrip(".") in honorifics for t in doc[g.end : end])
        ):
            return int(g.end)
    return None


def _names_a_body(doc: Doc, role_start: int, role_end: int) -> bool:
    """The capitalised tail after a title's "of" (or "for") starts the name of a body (a name of
    several words the model reads as an organisation, or a listed one): "chief executive of
    Northern Homes", "chief executive for Shore Care" is a post in that body, whose name is no
    words of the title; one word may name the
    field of the post ("Chief Inspector of Prisons"). Not after a title that has its body
    before it, whose "of" names a function ("the union's Director of Member Relations",
    "RCM Head of Policy"), nor a government's portfolio ("Secretary of State for Health")."""
    if doc[role_end].lower_ not in ("of", "for"):
        return False
    if role_start > 0 and (
        doc[role_start - 1].pos_ == "PROPN" or doc[role_start - 1].tag_ == "POS"
    ):
        return False
    first = doc[role_end + 1]
    if first.ent_iob_ == "B" and first.ent_type_ == "ORG" and role_end + 2 < len(doc):
        return doc[role_end + 2].ent_iob_ == "I"  # one word is as often a field: "of Prisons"
    return any(s.start == first.i for s in doc.spans[GAZETTEER_SPANS])


def _holder_name_start(doc: Doc, role_end: int, end: int, portfolio_words: frozenset[str]) -> int:
    """Where the holder's name starts in a title's capitalised tail ``role_end:end`` (``end``
    when none does): where the parser starts a person, else the last two capitalised words
    when neither is a word of a portfolio (``lex:portfolioWord``: "Minister for Finance Jane
    Doe"), after at least one word of the title."""
    people = [
        k
        for k in range(role_end + 2, end)
        if doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON"
    ]
    if people:
        start = people[0]  # "Finance Caoimhe [Archibald]": the model may miss a first name
        while start + 2 < end and doc[start].lower_ in portfolio_words:
            start += 1  # "[Migration] Matt Carthy": the model may take in the title's last word
        alone = start + 1 >= len(doc) or doc[start + 1].ent_iob_ != "I"
        before = doc[start - 1]
        if (
            alone
            and start - 1 > role_end + 1
            and before.is_title
            and before.lower_ not in portfolio_words
        ):
            start -= 1
        return start
    last = doc[max(role_end + 2, end - 2) : end]
    if len(last) == 2 and all(t.is_title and t.lower_ not in portfolio_words for t in last):
        return end - 2
    return end


def _function_tail_end(doc: Doc, role_end: int, given_names: frozenset[str]) -> int:
    """ "head of health", "director of employment relations", "national officer for police and
    justice": a role word whose "of" or "for" takes lower-case nouns with no determiner names
    a function inside an organisation, whose holder is one of its staff, not its head ("head
    of the union" still leads it, and so does "chief executive of health charity X")."""
    if not (role_end + 1 < len(doc) and doc[role_end].lower_ in ("of", "for")):
        return role_end
    k = role_end + 1
    end = role_end
    while k < len(doc) and k - role_end <= 5 and doc[k].is_lower and doc[k].is_alpha:
        if doc[k].pos_ == "NOUN":
            end = k + 1
        elif doc[k].pos_ not in ("ADJ", "CCONJ"):
            break
        k += 1
    if (
        end < len(doc)
        and (doc[end].is_title or doc[end].lower_ == "the")
        and doc[end].ent_type_ != "PERSON"  # "head of health Jo Reyes": the holder follows
        and doc[end].lower_ not in given_names  # ... though the model reads it otherwise
    ):
        return role_end  # "chief executive of think tank the Fund": the kind of a name
    return end


def _capitalised_function(doc: Doc, lexicon: Lexicon, role_end: int, end: int) -> bool:
    """ "Unison Head of Health": a title's capitalised "of" tail that starts no name (no entity
    or listed name begins in it, and no word of an organisation's name is in it) names a
    function inside the organisation, as its lower-case form does ("head of health"); "Chief
    Executive of Healthwatch Kent" names the organisation it leads."""
    if not (role_end < end and doc[role_end].lower_ == "of"):
        return False
    tail = doc[role_end + 1 : end]
    starts = {s.start for s in doc.spans[GAZETTEER_SPANS]}
    return 0 < len(tail) <= MAX_FUNCTION_WORDS and not any(
        t.ent_iob_ == "B" or t.i in starts or t.text in lexicon.name_words for t in tail
    )


def _modifiers_start(doc: Doc, role_start: int, head: int) -> int:
    """Modifiers to the left that belong to the role: "GPCE chair", "Unison general secretary"."""
    start = role_start
    while start > 0:
        before = doc[start - 1]
        inside = before.dep_ in ("compound", "amod", "nmod", "cc", "conj") and (
            doc[head].is_ancestor(before)
            or _beside_in_a_title(before, doc[head])
            or any(doc[k].is_ancestor(before) for k in range(start, role_start))
        )
        if (
            not inside
            or (before.is_punct and before.text != "&")
            or before.lower_ in DETERMINERS
            or before.ent_type_ == "PERSON"
        ):
            break
        start -= 1
    while start < role_start and doc[start].dep_ in ("cc",):
        start += 1
    return start


def _beside_in_a_title(before: Token, head: Token) -> bool:
    """True for a modifier the parser hung beside a title on the holder's name, not on the
    title: "Harbour Union general-secretary Tom Reeve" (both modify "Reeve")."""
    return head.dep_ == "compound" and before.head == head.head and before.i < head.i


def role_title_tokens(
    doc: Doc, phrases: tuple[RolePhrase, ...], name_words: Collection[str] = ()
) -> frozenset[int]:
    """Tokens of role titles that are words of the title, not organisations: "Health and Social Care
    Secretary", "Secretary of State for Health and Social Care"; but a name of several words
    ending in a word of a body's name (``name_words``: "Bar Council chairwoman", "Police
    Federation chair") is the body whose role it is."""
    tokens: set[int] = set()
    for r in phrases:
        tokens.update(range(r.role_start, r.end))
        left = list(doc[r.start : r.role_start])
        if len(left) >= 2 and left[-1].text in name_words:
            continue
        if left and (
            any(t.lower_ in ("and", "&") for t in left)
            or all(t.is_title and not t.is_upper for t in left)
        ):
            tokens.update(t.i for t in left)
    return frozenset(tokens)


def inside_role_title(span: Span, title_tokens: frozenset[int]) -> bool:
    """A name made of a role title's words ("Health" in "Health Secretary"), with no acronym."""
    return any(t.i in title_tokens for t in span) and not any(is_acronym(t.text) for t in span)
