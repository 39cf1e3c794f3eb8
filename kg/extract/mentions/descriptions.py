"""Descriptions of organisations, and bodies of named organisations.

* "the College", "your committee": a definite article (or possessive) and a noun of the
  lexicon's ``lex:descriptionNoun``; resolution finds the organisation it refers back to
  ("the group of patients", a collection of people, is none);
* "the GPCE's executive", "the BMA consultants committee": a body of a named organisation,
  an organisation of its own. A place owns no bodies and a superlative ranks, so "Scotland's
  largest teaching union" describes an organisation named elsewhere, it names no body.

Example: "The BMA's council met. The council said no." gives the body "BMA's council" and
the description "council".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.names import DEFINITE, DETERMINERS, determiner
from kg.extract.parse import GAZETTEER_SPANS, ents_of, text_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["organisation_descriptions", "bodies_of_organisations"]


def organisation_descriptions(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """A description noun after a definite determiner, with no modifier: "the College"; or
    after "a", as the subject of the article's first sentence ("A teaching union has warned
    ..."): news opens by describing an actor it names in the sentences after."""
    doc = context.doc
    for token in context.tokens:
        if (
            token.lower_ in context.lexicon.description_nouns
            and token.pos_ in ("NOUN", "PROPN")
            and not _a_collection_of(token)
        ):
            if (members := _members_before(token, context.lexicon.head_nouns)) is not None:
                found = context.candidate(
                    doc[members : token.i + 1], KG.Organisation, "description", head=token.lower_
                )
                if found is not None:
                    yield found
                continue
            det = determiner(token)
            definite = (
                det in DEFINITE and not any(c.dep_ in ("compound", "amod") for c in token.lefts)
            ) or _ranked_in_a_place(token)
            if definite or _describes_the_lede_subject(context, token, det):
                found = context.candidate(
                    doc[token.i : token.i + 1],
                    KG.Organisation,
                    "description",
                    head=token.lower_,
                    indefinite=not definite,
                )
                if found is not None:
                    yield found


_APOSTROPHES = frozenset({"'", "’"})


def _members_before(token: Token, heads: Mapping[str, URIRef]) -> int | None:
    """Where "nurses' union", "the farmers’ union" starts: a body's noun after the plural
    noun of its members and an apostrophe, which says which body as "the" does ("after
    nurses' union rejects offer"). Read on the words, not the parse, which headlines upset;
    not before a head noun of a thing of its own (``heads``: "the teachers' union
    conference" is an event)."""
    doc = token.doc
    k = token.i
    if k < 2 or doc[k - 1].text not in _APOSTROPHES:
        return None
    if k + 1 < len(doc) and doc[k + 1].lemma_.lower() in heads:
        return None
    members = doc[k - 2]
    if members.tag_ != "NNS" or members.ent_type_:
        return None
    if not (members.is_lower or members.is_sent_start and members.text[1:].islower()):
        return None
    return k - 2


def _a_collection_of(token: Token) -> bool:
    """ "the group of patients", "a body of doctors": a description noun whose "of" names the
    plural people or things it gathers is that collection, not an organisation named elsewhere
    (an organisation's own body takes its owner: "the board of the trust")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in c.children)
        for c in token.children
    )


def _describes_the_lede_subject(context: Context, token: Token, det: str | None) -> bool:
    """ "A union", "a doctors' group" as the subject of the first sentence after the
    headline."""
    if det not in ("a", "an") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    starts = [*context.sentence_starts, len(text_of(context.doc))]
    return len(starts) > 2 and starts[1] <= token.idx < starts[2]


def bodies_of_organisations(
    context: Context, earlier: Sequence[Candidate] = ()
) -> Iterator[Candidate]:
    """A body of a named organisation: "the GPCE's executive", "the BMA's council", "the Commons
    health and social care committee" (a noun phrase that holds the organisation's name)."""
    doc = context.doc
    lexicon = context.lexicon
    for token in context.tokens:
        if token.lower_ not in lexicon.description_nouns or token.pos_ not in ("NOUN", "PROPN"):
            continue
        # a name the model or the gazetteer knows ("the BMA's GP Committee") is not a body
        if not token.is_lower or token.ent_type_ in ("ORG", "PERSON"):
            continue
        # "Mind's chief executive" is a post, not a body of Mind
        if any(
            lexicon.role(f"{c.lower_} {token.lower_}") is not None
            for c in token.lefts
            if c.dep_ in ("amod", "compound")
        ):
            continue
        if any(s.start <= token.i < s.end for s in doc.spans[GAZETTEER_SPANS]):
            continue
        owners = [c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if _ranked_or_placed(token, owners):
            continue  # "Scotland's largest teaching union": a description, not a body
        start = None
        if not owners:
            owners = _owner_name_before(doc, token)
            if not owners:
                start = _start_after_an_owned_possessor(earlier, token)
        if (
            (owners or start is not None)
            and token.lower_ not in lexicon.generic_organisation_nouns
            and token.lower_ != "government"  # "the Labour government" is the Government
        ):
            owner = _candidate_at(earlier, owners[0].i) if owners else None
            # "the LGA's board" is a part of what owns it: only a name before the noun
            # ("the Unite union") can say what kind of body the name itself is
            itself = (
                owner is not None and owners[0].dep_ != "poss" and _kind_of(token, owner, context)
            )
            found = context.candidate(
                doc[owners[0].left_edge.i if owners else start : token.i + 1],
                KG.Organisation,
                "noun-phrase",
                head=token.lower_,
                nested=True,
                same_as=owner if itself else None,
            )
            if found is not None:
                yield found


def _ranked_or_placed(token: Token, owners: Sequence[Token]) -> bool:
    """ "Scotland's largest teaching union", "the UK's biggest union": a superlative picks one
    organisation out of a kind by rank, and a place owns no bodies, so the phrase describes an
    organisation (named beside it or elsewhere), it names no body of the owner."""
    ranked = any(t.tag_ == "JJS" for t in token.subtree if t.i < token.i)
    placed = any(o.ent_type_ in ("GPE", "LOC") for o in owners)
    return ranked or placed


def _candidate_at(candidates: Sequence[Candidate], i: int) -> Candidate | None:
    """The earlier organisation candidate over token ``i``, the longest if several ("GMB
    Scotland" over "GMB" in "the GMB Scotland union")."""
    over = [
        c
        for c in candidates
        if c.span.start <= i < c.span.end and core_class(c.type) == KG.Organisation
    ]
    return max(over, key=lambda c: len(c.span), default=None)


def _kind_of(noun: Token, owner: Candidate, context: Context) -> bool:
    """The noun says what kind of organisation the name before it is: "the Unite union", "the
    Dockers Association body" name the organisation itself, not a body of it (the caller asks
    only after a name: a word after a possessive, "the Guild's finance board", never does)."""
    kind = context.lexicon.name_words.get(noun.text.title())
    return (
        kind is not None
        and core_class(kind) == KG.Organisation
        and (kind == owner.type or owner.type == KG.Organisation)
    ) or noun.lower_ in context.lexicon.generic_organisation_nouns


def _start_after_an_owned_possessor(candidates: Sequence[Candidate], token: Token) -> int | None:
    """ "the union's junior doctors' committee": a body named by a common noun in the
    possessive ("doctors'") that an organisation owns ("the union's") starts after the owner."""
    for nominal in token.lefts:
        if nominal.dep_ != "poss" or nominal.pos_ != "NOUN":
            continue
        owners = [g for g in nominal.lefts if g.dep_ == "poss"]
        if owners and any(
            _candidate_at(candidates, t.i) is not None for o in owners for t in o.subtree
        ):
            return max(o.right_edge.i for o in owners) + 1
    return None


def _organisation_names(doc: Doc) -> list[tuple[int, int]]:
    """Where the listed and the model's organisation names are, worked out once a document."""
    names: list[tuple[int, int]] | None = doc.user_data.get("kg_organisation_names")
    if names is None:
        names = doc.user_data["kg_organisation_names"] = [
            (s.start, s.end)
            for s in doc.spans[GAZETTEER_SPANS]
            if core_class(URIRef(s.label_)) == KG.Organisation
        ] + [(e.start, e.end) for e in ents_of(doc) if e.label_ == "ORG"]
    return names


def _owner_name_before(doc: Doc, token: Token) -> list[Token]:
    """An organisation's name that opens a lowercase name of one of its bodies: "the Commons
    health and social care committee", "the BMA consultants committee", "the GP committee" when
    the model read only "GP" as a name (the name's first token)."""
    for start, end in _organisation_names(doc):
        if end > token.i:
            continue
        between = doc[end : token.i]
        if (
            all(t.is_lower and t.is_alpha for t in between)
            and token.is_ancestor(doc[end - 1])
            and all(token.is_ancestor(t) for t in between)
            and (start == 0 or doc[start - 1].lower_ in DETERMINERS or doc[start - 1].is_space)
            # with nothing between, only after "the": "the GP committee", not "a Government
            # department"
            and (end < token.i or (start > 0 and doc[start - 1].lower_ in DEFINITE))
        ):
            return [doc[start]]
    return []


#: what a place's possessive owns in a ranking description: "the country's largest union"
_PLACE_NOUNS = frozenset({"country", "nation", "region", "city", "sector", "profession"})


def _ranked_in_a_place(token: Token) -> bool:
    """A description that ranks its noun in a place, with no other word: "Scotland's largest
    trade union", "the country's biggest teaching union", "Wales's main nursing union". A
    place has no bodies of its own and a superlative picks one, so the phrase refers to an
    organisation the article names, as "the union" does."""
    owners = [c for c in token.lefts if c.dep_ == "poss"]
    ranks = [c for c in token.lefts if c.dep_ == "amod"]
    kinds = [c for c in token.lefts if c.dep_ == "compound"]
    if len(owners) != 1 or not ranks:
        return False
    owner = owners[0]
    in_a_place = owner.ent_type_ in ("GPE", "LOC") or owner.lemma_.lower() in _PLACE_NOUNS
    return (
        in_a_place
        and all(r.tag_ == "JJS" or r.lower_ in ("main", "leading") for r in ranks)
        and all(k.is_lower and k.pos_ == "NOUN" for k in kinds)
        and all(c.dep_ in ("poss", "amod", "compound", "det", "punct") for c in token.lefts)
    )
