"""Role mentions: role phrases linked to the person who holds the post and the organisation
it is of, added once the names are settled.

Example: "GPCE chair Dr Katie Bramall said" gives the role mention "GPCE chair" with holder
"Dr Katie Bramall" and organisation "GPCE"; "the health secretary said" on its own refers to
whoever holds the post (resolution finds them).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.mentions.acronyms import initials
from kg.extract.mentions.candidates import Context, MentionSet, RoleLink
from kg.extract.mentions.methods import METHODS
from kg.extract.mentions.names import DETERMINERS
from kg.extract.mentions.role_phrases import RolePhrase
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.lexicon import Lexicon

__all__ = ["add_role_mentions", "head_name_word"]


def add_role_mentions(context: Context, result: MentionSet) -> None:
    """Turn role phrases into role mentions linked to their holder and organisation.

    A role phrase with no holder is kept only when it refers to the post ("the health
    secretary"); its mention comes after the settled ones.
    """
    doc = context.doc
    previous: tuple[RolePhrase, int] | None = None
    for r in context.role_phrases:
        span = doc[r.start : r.end]
        if not context.usable(span):
            continue
        organisation = _role_organisation(doc, result, r)
        if organisation is None:
            organisation = _organisation_by_its_name_word(doc, result, r, context.lexicon)
        if organisation is None and not r.role.government_post:
            # "union boss X"; a "government minister" is the Government's (relations.roles)
            organisation = _organisation_by_its_kind_word(doc, result, r, context.lexicon)
        if organisation is None and previous is not None and _coordinated(doc, previous[0], r):
            organisation = previous[1]  # "X, chair of the Bar Council, and vice chair Y"
        if organisation is not None:
            previous = (r, organisation)
        holder = _role_holder(doc, result, r, context.lexicon)
        if holder is None and not _refers_to_post(doc, r, context.lexicon.vacancy_words):
            continue
        mention = Mention(
            doc_id=context.document.id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            type=KG.Person,
            sentence=context.sentence_index(span.start_char),
            method="role",
            confidence=METHODS["role"].confidence,
            is_role=True,
            token_start=span.start,
            token_end=span.end,
            head=doc[r.head].lower_,
        )
        result.mentions.append(mention)
        result.roles.append(RoleLink(len(result.mentions) - 1, r.role, holder, organisation))


def _coordinated(doc: Doc, first: RolePhrase, second: RolePhrase) -> bool:
    """The second role phrase is joined by "and" to the first, with no verb between: the posts
    are in the same organisation ("the chair of X, and vice chair Y")."""
    between = doc[first.end : second.start]
    return (
        0 < len(between) <= 10
        and between[-1].lower_ == "and"
        and not any(t.pos_ in ("VERB", "AUX") for t in between)
    )


def mention_at(
    result: MentionSet, token_index: int, types: Collection[URIRef] | None = None
) -> int | None:
    """The longest named (not role) mention over a token, of the given core classes."""
    best = None
    for k, m in enumerate(result.mentions):
        if m.is_role or not (m.token_start <= token_index < m.token_end):
            continue
        if types is not None and core_class(m.type) not in types:
            continue
        if best is None or (m.token_end - m.token_start) > (
            result.mentions[best].token_end - result.mentions[best].token_start
        ):
            best = k
    return best


def _role_organisation(doc: Doc, result: MentionSet, r: RolePhrase) -> int | None:
    """The organisation of a role: a name among its modifiers ("GPCE chair"), just before it
    ("Labour MP Daniel Okoro"), "of/at ORG" after it, or ", ORG" in a list item."""
    organisations = (KG.Organisation,)
    role_start, end = r.role_start, r.end
    organisation = None
    for t in range(r.start, role_start):
        k = mention_at(result, t, organisations)
        if k is not None:
            organisation = k
    # a name just before the role that the parser left out of it: "Labour MP Daniel Okoro"
    if organisation is None and r.start > 0 and _starts_clause(doc, r.start - 1):
        k = mention_at(result, r.start - 1, organisations)
        if k is not None and result.mentions[k].token_end == r.start:
            organisation = k
    # "the Union of Ferry Workers (UFW) president X": the name before the bracketed acronym
    if organisation is None and r.start >= 3 and doc[r.start - 1].text == ")":
        if doc[r.start - 3].text == "(":
            organisation = mention_at(result, r.start - 2, organisations)
    if organisation is None and end < len(doc) and doc[end].lower_ in ("of", "at"):
        k = mention_at(result, end + 1, organisations)
        if k is None and end + 2 < len(doc):
            k = mention_at(result, end + 2, organisations)
        organisation = k
    if organisation is None and end + 1 < len(doc) and doc[end].lower_ == "for":
        organisation = _named_after_for(doc, result, end + 1)  # "chief executive for X"
    if organisation is None and end + 1 < len(doc) and doc[end].text == ",":
        k = mention_at(result, end + 1, organisations)
        if k is not None and (
            end + 2 >= len(doc)
            or result.mentions[k].token_end >= len(doc)
            or doc[result.mentions[k].token_end].is_space
            or doc[result.mentions[k].token_end].is_punct
        ):
            organisation = k
    return organisation


def _named_after_for(doc: Doc, result: MentionSet, k: int) -> int | None:
    """An organisation named right after a title's "for" ("chief executive for Shore Care",
    past "the"): the body the post is in, as after "of"; a portfolio ("minister for health")
    names no organisation."""
    if doc[k].lower_ in DETERMINERS and k + 1 < len(doc):
        k += 1
    found = mention_at(result, k, (KG.Organisation,))
    return found if found is not None and result.mentions[found].token_start == k else None


def _organisation_by_its_name_word(
    doc: Doc, result: MentionSet, r: RolePhrase, lexicon: Lexicon
) -> int | None:
    """The one organisation of the article whose name ends in the capitalised name word that
    modifies a role, or has it before its "of" ("Association president Jo Reyes" after "the
    Harbour Workers Association" or "the Association of Harbour Workers"; ``lex:nameWord``); none where two organisations end in it, or where the
    article names another body of the kind the word gives (a union beside "Union leader X"):
    the word may be only the common noun for the kind, capitalised to open a sentence. A
    body's acronym is no other body ("NEU" of "National Education Union")."""
    words = {doc[i].text for i in range(r.start, r.role_start) if doc[i].text in lexicon.name_words}
    if not words:
        return None
    kinds = {lexicon.name_words[w] for w in words}
    found: dict[str, int] = {}
    others: set[str] = set()
    for k, m in enumerate(result.mentions):
        if m.is_role or core_class(m.type) != KG.Organisation:
            continue
        if len(m.text.split()) > 1 and head_name_word(m.text) in words:
            found.setdefault(m.gazetteer_id or m.text, k)  # one listed body by any of its names
        elif m.type in kinds:
            others.add(m.text)
    if len(found) != 1:
        return None
    k = next(iter(found.values()))
    name = result.mentions[k].text
    return k if all(initials(o, name.split()) is not None for o in others) else None


def _organisation_by_its_kind_word(
    doc: Doc, result: MentionSet, r: RolePhrase, lexicon: Lexicon
) -> int | None:
    """The organisation a lower-case noun of its kind before a role stands for, as "the union"
    would ("union boss Mick Reyes", "college president Ann Lowe"; ``lex:descriptionNoun``):
    the last organisation before the role of the class the word names, or with the word in
    its name."""
    words = {
        doc[i].lower_
        for i in range(r.start, r.role_start)
        if doc[i].is_lower and doc[i].lower_ in lexicon.description_nouns
    }
    if not words:
        return None
    start = doc[r.start].idx
    found = None
    for k, m in enumerate(result.mentions):
        if m.start >= start or m.is_role or core_class(m.type) != KG.Organisation:
            continue
        name = {w.lower() for w in m.text.split()}
        if any(lexicon.name_words.get(w.title()) == m.type or w in name for w in words):
            found = k if found is None or m.start > result.mentions[found].start else found
    return found


def head_name_word(name: str) -> str:
    """The word a name is known by: its last, or the one before its "of" ("Federation" of
    "Police Federation of England and Wales", "College" of "Royal College of Nursing")."""
    words = name.split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


#: tags of a verb that has a tense: it needs a subject of its own
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _starts_clause(doc: Doc, i: int) -> bool:
    """Whether the name ending at token ``i`` opens its clause (after a line start, "the" or a
    comma); a hyphen inside a word joins its parts ("Copa-Cogeca")."""
    k = i
    while k > 0 and not doc[k].is_sent_start and (doc[k - 1].is_title or _joins(doc, k - 1)):
        k -= 1  # back to the name's first word, which may open the sentence ("Fine Gael TD")
    return bool(
        k == 0 or doc[k].is_sent_start or doc[k - 1].is_space or doc[k - 1].lower_ in ("the", ",")
    )


def _joins(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen inside a word, with no space on either side."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _role_holder(doc: Doc, result: MentionSet, r: RolePhrase, lexicon: Lexicon) -> int | None:
    """The person a role phrase names: "health secretary Wes Streeting", "Alan Johnson, the
    health secretary", "X was appointed chair of Y"."""
    people = (KG.Person,)
    honorifics = lexicon.honorifics
    start, end = r.start, r.end
    listed = _listed_after_a_name(doc, result, r)
    # right after: "chair Dr Katie Bramall", "Chief Executive, Amanda Pritchard"
    k = end
    while k < len(doc) and (doc[k].text in (",",) or doc[k].lower_.rstrip(".") in honorifics):
        k += 1
    if k < len(doc) and k - end <= 2 and not _comma_closes_a_phrase(doc, r, k):
        found = mention_at(result, k, people)
        if found is not None and result.mentions[found].token_start >= end:
            return listed if listed is not None and k > end else found
    if listed is not None:
        return listed
    # after the title's organisation: "the general secretary of the union body X, Jo Reyes,"
    found = _holder_after_title(doc, result, r)
    if found is not None:
        return found
    # right before, as an apposition: "Alan Johnson, the health secretary", "Jo Reyes, the
    # union's general secretary" (past the possessor, which names the organisation)
    k = start - 1
    while k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    if k >= 1 and doc[k].lower_ in lexicon.tenure_adverbs and doc[k - 1].text == ",":
        k -= 1  # "Lee Hunt, then the chief executive of X"
    before = mention_at(result, k, (KG.Organisation,)) if k >= 0 else None
    if before is not None and result.mentions[before].token_end == start:
        k = result.mentions[before].token_start - 1  # "X, Copa-Cogeca Secretary General"
    if k >= 1 and doc[k].dep_ == "case" and doc[k].head.i < k:
        k = doc[k].head.left_edge.i - 1
        while k >= 0 and doc[k].lower_ in DETERMINERS:
            k -= 1
    if k >= 1 and _sets_off(doc[k]) and not _subject_of_the_next_verb(doc, r):
        k -= 1
        while (
            k > 0 and doc[k].is_upper and len(doc[k].text) <= 4
        ):  # "Victoria Atkins MP, Secretary of State"
            k -= 1
        if k > 0 and doc[k].text == "," and doc[k + 1].lower_ in lexicon.post_nominals:
            k -= 1  # "Ray Bell, QC, chair of the Bar Guild": letters set off by commas
        found = mention_at(result, k, people)
        if found is not None:
            return found
    # "Victoria Atkins MP, Secretary of State ..." -- a person just before a short title
    if start >= 1:
        found = mention_at(result, start - 1, people)
        if found is not None and result.mentions[found].token_end == start:
            return found
    return _holder_by_grammar(doc, result, r)


def _sets_off(token: Token) -> bool:
    """A comma or a dash that sets off an apposition: "Pat Lee, General Secretary of X," or
    "Pat Lee – General Secretary of X –" (a hyphen with spaces round it is a dash)."""
    if token.text in (",", "–", "—"):
        return True
    return (
        token.text == "-"
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def _listed_after_a_name(doc: Doc, result: MentionSet, r: RolePhrase) -> int | None:
    """The person named just before a bare title set off by a comma ("Ann Lee, chief executive
    of X, Bob Marsh, chief executive of Y"): a title with no determiner after a name and its
    comma is in apposition to that name, as in a list of signatories, not a title before the
    name after it (that one has a determiner or a possessive: "the chair of X, Ann Lee")."""
    at = r.start
    if at < 2 or doc[at - 1].text != "," or doc[at].lower_ in DETERMINERS:
        return None
    if _subject_of_the_next_verb(doc, r):
        return None
    found = mention_at(result, at - 2, (KG.Person,))
    if found is None or result.mentions[found].token_end != at - 1:
        return None
    return found


def _comma_closes_a_phrase(doc: Doc, r: RolePhrase, k: int) -> bool:
    """A comma between a role phrase inside a prepositional phrase and the name after it that
    is a clause's subject closes the opening phrase: "After the meeting with the minister, Jo
    Reyes said" (Reyes is not the minister); in "in a letter to the minister, Jo Reyes, the
    union said" the name is in apposition to the role."""
    if "," not in (t.text for t in doc[r.end : k]):
        return False
    name = doc[k]
    while name.dep_ == "compound" and name.head.i > name.i:  # "Mr" of "Mr Reyes"
        name = name.head
    return doc[r.head].dep_ == "pobj" and name.dep_ in ("nsubj", "nsubjpass")


def _subject_of_the_next_verb(doc: Doc, r: RolePhrase) -> bool:
    """A role phrase after the comma that closes an opening prepositional phrase, right before
    a finite verb, is that verb's subject, whatever the parser hung it on: in "In a letter to
    the minister Jo Reyes, the union's chair claimed ..." the chair claims, and is not Reyes
    ("Jo Reyes, the union's chair, said" has a comma after the role)."""
    end = doc[r.head].right_edge.i + 1
    if end >= len(doc) or doc[end].tag_ not in _FINITE_TAGS:
        return False
    opening = doc[doc[r.start].sent.start : r.start]
    return (
        len(opening) > 0
        and opening[0].pos_ == "ADP"
        and not any(t.tag_ in _FINITE_TAGS for t in opening)
    )


def _holder_after_title(doc: Doc, result: MentionSet, r: RolePhrase) -> int | None:
    """A name in apposition after the role's "of/at" phrase: "The deputy general secretary of
    the union body X, Jo Reyes, said" (at the first comma after the phrase, before any verb),
    or straight after it, as a title before a name: "President of the Farmers' Guild Jo Reyes
    said"; after "for" only when a body is named straight after it: "Permanent Secretary for
    the Department of Finance, Jo Reyes" (not "chair for ten years, Jo Reyes")."""
    if r.end >= len(doc) or doc[r.end].lower_ not in ("of", "at", "for"):
        return None
    if doc[r.end].lower_ == "for" and _named_after_for(doc, result, r.end + 1) is None:
        return None
    k, stop = r.end + 1, min(len(doc) - 1, r.end + 12)
    while k < stop:
        name_end = _organisation_name_end(doc, result, k)
        if name_end > k:
            # "of the Nurses and Midwives Guild (NMG) Jo Reyes": the "and" is the name's
            found = mention_at(result, name_end, (KG.Person,)) if name_end < len(doc) else None
            if found is not None and result.mentions[found].token_start == name_end:
                return found
            k = name_end
            continue
        if doc[k].pos_ in ("VERB", "AUX", "CCONJ"):
            return None
        if k > r.end + 1 and doc[k].is_title and _ends_an_organisation(result, k - 1):
            found = mention_at(result, k, (KG.Person,))
            if found is not None and result.mentions[found].token_start == k:
                return found
        if doc[k].text == ",":
            found = mention_at(result, k + 1, (KG.Person,))
            if found is not None and result.mentions[found].token_start == k + 1:
                return found
            return None
        k += 1
    return None


def _organisation_name_end(doc: Doc, result: MentionSet, k: int) -> int:
    """The end of the organisation's name that starts at token ``k``, with an acronym in
    brackets after it ("Nurses and Midwives Guild (NMG)"); ``k`` when none starts there."""
    found = mention_at(result, k, (KG.Organisation,))
    if found is None or result.mentions[found].token_start != k:
        return k
    end = result.mentions[found].token_end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    return end


def _ends_an_organisation(result: MentionSet, k: int) -> bool:
    """Token ``k`` is the last of an organisation's name: "the Farmers' Guild" of "President
    of the Farmers' Guild Jo Reyes"."""
    found = mention_at(result, k, (KG.Organisation,))
    return found is not None and result.mentions[found].token_end == k + 1


def _holder_by_grammar(doc: Doc, result: MentionSet, r: RolePhrase) -> int | None:
    """The subject of the clause that gives the role: "X will be taking over as Transition CEO
    of NHSE", "X is the chair", "X was appointed chair of Y", "Y elected X its president"; the
    object of a verb that gives it with "as": "Y re-elected X as its president"; for a
    relative pronoun, its antecedent: "X, who became general secretary of Y"."""
    head = doc[r.head]
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "as":
        verb = governor.head
        # "re-elect X as president", "named X as chair": the object holds the role
        objects = [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ == "VERB" else []
        if objects:
            return _person_at(doc, result, objects[0])
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return _person_at(doc, result, subjects[0])
            if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head is not verb:
                verb = verb.head
            else:
                break
    if head.dep_ == "attr":
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
        if subjects:
            return _person_at(doc, result, subjects[0])
    if head.dep_ == "oprd":
        for dep in ("nsubjpass", "dobj"):
            subjects = [c for c in head.head.children if c.dep_ == dep]
            if subjects:
                return _person_at(doc, result, subjects[0])
    return None


#: relative pronouns that stand for a person named before them
_RELATIVE_PERSONS = frozenset({"who", "that"})


def _person_at(doc: Doc, result: MentionSet, token: Token) -> int | None:
    """The person a subject or object names; a relative pronoun names the antecedent of its
    clause ("Dan Pike, who was elected chair of the council": Pike)."""
    if token.lower_ in _RELATIVE_PERSONS and token.head.dep_ == "relcl":
        token = token.head.head
    return mention_at(result, token.i, (KG.Person,))


def _refers_to_post(doc: Doc, r: RolePhrase, vacancy_words: frozenset[str]) -> bool:
    """A definite role phrase on its own ("the health secretary said") refers to whoever holds
    the post; not one whose holder is still to be chosen ("who will be the next president of
    the Trust", ``lex:vacancyWord``)."""
    start = r.start
    if any(t.lower_ in vacancy_words for t in doc[start : r.role_start]):
        return False
    if start > 0 and doc[start - 1].lower_ in ("the", "your", "our"):
        return True
    head = doc[start : r.end].root  # "Secretary" of "Secretary of State for Health"
    if head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "poss"):
        return any(t.is_title for t in doc[start : r.end])
    return False
