"""Roles: the holder of a role phrase and the organisation it is a post in.

"GPCE chair Dr Katie Bramall" → Bramall ``chairOf`` GPCE; "its chief executive, X" → X
``leads`` the organisation "its" refers to; a government post ("the health secretary",
"Prime Minister") → ``holdsPostIn`` (or ``leads``) the Government when the article names it.
The role words and the relation each gives are ``lex:roleWord``/``lex:roleRelation``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract.relations.core import Context, RoleFound, Rule
from kg.extract.relations.grammar import conjuncts, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["role"]


def role(context: Context, found: RoleFound, rule: Rule[RoleFound]) -> Iterator[Relation]:
    """The holder of a role phrase and its organisation: named with it, the possessor
    ("the union's general secretary"), the Government for a government post, or a section of
    an organisation ("the leader of its section": a post in the organisation)."""
    link, holder, organisation = found
    doc = context.doc
    role_mention = context.resolved.mentions[link.role_mention]
    before = doc[max(0, role_mention.token_start - 2) : role_mention.token_start + 2]
    if any(t.lower_ in context.lexicon.not_holding_words for t in before):
        # "former chair X", "shadow health secretary X": no post in it now; but "Labour's
        # shadow health secretary" holds a post in the party (lex:partyPostWord)
        party = _party_post(context, organisation, role_mention.token_start, before)
        if party is not None:
            tokens = list(doc[role_mention.token_start : role_mention.token_end])
            relation = context.relation(
                rule, holder, KG.holdsPostIn, party, tokens, KG.Asserted, link.role.words
            )
            if relation is not None:
                yield relation
        return
    # the object of the title's "of" first: "chair of the LGA's wellbeing board" is the board's
    target = (
        title_organisation(context, role_mention.token_start, role_mention.token_end)
        or organisation
    )
    predicate = link.role.relation
    if target is None:
        target = possessor(context, role_mention.token_start)
    if target is None and link.role.government_post:
        target = government(context)
    if target is None:
        after = role_mention.token_end
        if after + 1 < len(doc) and doc[after].lower_ == "of":
            key = context.resolved.pronouns.get(after + 1)
            if key is not None and context.core(key) == KG.Organisation:
                target, predicate = key, KG.holdsPostIn
    if target is None:
        return
    tokens = list(doc[role_mention.token_start : role_mention.token_end])
    relation = context.relation(
        rule, holder, predicate, target, tokens, KG.Asserted, link.role.words
    )
    if relation is not None:
        yield relation


def _party_post(
    context: Context, organisation: str | None, start: int, before: Iterable[Token]
) -> str | None:
    """The party of a post its opposition holds ("Labour's shadow health secretary", "Tory
    shadow minister"): a party named with the role or as its possessor, after a word of
    ``lex:partyPostWord``."""
    if not any(t.lower_ in context.lexicon.party_post_words for t in before):
        return None
    for key in (organisation, possessor(context, start)):
        if key is not None and context.resolved.by_key[key].type == KG.PoliticalParty:
            return key
    return None


def title_organisation(context: Context, start: int, end: int) -> str | None:
    """The organisation a role's title names after "of" or "at", inside the title or just after
    it: "general secretary of Unison", "chair of the union's pay committee" (the head of the
    preposition's object, not its possessor), "senior fellow at the think tank X" (a name in
    apposition to it)."""
    for token in context.doc[start:end]:
        for prep in preps(token, "of", "at"):
            for obj in objects_of(prep):
                # "the think tank The King's Fund": a name just after an object naming nothing
                after = [t for t in context.doc[obj.i + 1 : obj.i + 3] if t.pos_ != "DET"][:1]
                for named in conjuncts(obj) + after:
                    key = context.entity(named, (KG.Organisation,))
                    if key is not None:
                        return key
    return None


def government(context: Context) -> str | None:
    """The Government, when the article names it."""
    return next(
        (
            e.key
            for e in context.resolved.entities
            if e.gazetteer_id == "government" or e.label.lower() == "government"
        ),
        None,
    )


def possessor(context: Context, start: int) -> str | None:
    """The organisation that owns the noun phrase starting at token ``start``: "its", "their",
    "the union's", "Mind's"."""
    if start < 1:
        return None
    doc = context.doc
    while (
        start > 1 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i >= start
    ):
        start -= 1  # "the Commission's executive vice-president": past the title's modifiers
    before = doc[start - 1]
    if before.dep_ == "poss" and before.pos_ == "PRON":
        key = context.resolved.pronouns.get(before.i)
        if before.is_sent_start and before.i > 0:
            # "ASCL said it backed the NEU's demands. Its general secretary ...": the subject
            # of the sentence before, not its last organisation
            root = doc[before.i - 1].sent.root
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            found = context.entity(subjects[0], (KG.Organisation,)) if subjects else None
            key = found or key
    elif before.dep_ == "case" and start >= 2:
        key = context.entity(doc[start - 2], (KG.Organisation,))
    else:
        return None
    return key if key is not None and context.core(key) == KG.Organisation else None
