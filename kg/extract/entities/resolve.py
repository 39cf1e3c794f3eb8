"""Resolve one document: its mentions through the sieve into entities, then the passes that
need the entities (pronouns, speakers, event details, head names).

Example: "Health secretary Wes Streeting wrote to GPCE. He said the committee ..." gives
one entity for "Wes Streeting", "Health secretary" and "He", and one for "GPCE" and "the
committee".
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.entities.details import add_event_details
from kg.extract.entities.name_parts import add_name_parts
from kg.extract.entities.naming import add_head_names, make_entity
from kg.extract.entities.nominal_names import add_nominal_names
from kg.extract.entities.posts import UK_GOVERNMENT, PostIndex
from kg.extract.entities.pronouns import resolve_pronouns
from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.entities.sieve import PASSES, Sieve
from kg.extract.entities.speakers import resolve_speakers
from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import MentionSet
from kg.extract.parse import tokens_of
from kg.model import Document
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_document", "EntityPass", "ENTITY_PASSES"]

EntityPass = Callable[[ResolvedDocument, "Doc", Document, Lexicon], None]

#: What runs once the entities are made, in order: pronouns by gender, number and recency;
#: first-person pronouns in quotations by their speaker; dates and figures of events;
#: proposals and events also called by their head noun; proposals "plans to abolish X" also
#: called the "abolition of X".
ENTITY_PASSES: tuple[EntityPass, ...] = (
    resolve_pronouns,
    resolve_speakers,
    add_event_details,
    add_head_names,
    add_nominal_names,
)


def resolve_document(
    found: MentionSet,
    spacy_doc: Doc,
    document: Document,
    lexicon: Lexicon,
    gazetteer: Mapping[str, GazetteerEntry] | None = None,
    *,
    posts: PostIndex | None = None,
) -> ResolvedDocument:
    """Group one document's mentions into entities and resolve its pronouns. ``posts`` (the
    gazetteer's posts, :func:`~kg.extract.entities.posts.post_index`) tell who holds a post a
    role phrase names and what organisation it is in; the document's ``date``, when it has
    one, which holder."""
    mentions = list(found.mentions)
    add_name_parts(mentions, spacy_doc, document)
    date = getattr(document, "date", None)
    sieve = Sieve(
        found,
        mentions,
        lexicon,
        gazetteer or {},
        tokens_of(spacy_doc),
        posts,
        date if isinstance(date, datetime.date) else None,
    )
    for sieve_pass in PASSES:
        sieve_pass(sieve)
    resolved = entities_of(sieve, document.id)
    for entity_pass in ENTITY_PASSES:
        entity_pass(resolved, spacy_doc, document, lexicon)
    return resolved


_VERB_METHODS = frozenset({"verb", "verb-again"})


def entities_of(sieve: Sieve, doc_id: str) -> ResolvedDocument:
    """An entity for each group of the sieve that has a name (or is a proposal or event
    described only), and the roles between them."""
    mentions = sieve.mentions
    descriptions = sieve.found.descriptions
    resolved = ResolvedDocument(mentions=mentions, mention_entity=[None] * len(mentions))
    for members in sorted(sieve.groups(), key=lambda ks: min(mentions[k].start for k in ks)):
        anchors = [k for k in members if not mentions[k].is_role and k not in descriptions]
        if not anchors:
            # a proposal or event described only; a post holder named only by their role
            anchors = [
                k
                for k in members
                if k in descriptions
                and core_class(mentions[k].type) in (KG.Proposal, KG.Event)
                or mentions[k].is_role
                and mentions[k].gazetteer_id
            ]
            if not anchors:
                continue
        elif all(mentions[k].method in _VERB_METHODS for k in anchors):
            # an event told by a verb ("members voted") and described ("the ballot"): the
            # description names it better, as in :func:`~kg.extract.entities.naming.make_entity`
            anchors += [
                k
                for k in members
                if k in descriptions
                and core_class(mentions[k].type) == core_class(mentions[anchors[0]].type)
            ]
        entity = make_entity(
            doc_id,
            len(resolved.entities),
            [mentions[k] for k in members],
            [mentions[k] for k in anchors],
            sieve.gazetteer,
        )
        resolved.entities.append(entity)
        resolved.by_key[entity.key] = entity
        for k in members:
            resolved.mention_entity[k] = entity.key
    resolved.index_tokens()
    for link in {link.role_mention: link for link in sieve.found.roles}.values():
        holder_key = resolved.mention_entity[link.role_mention]
        if holder_key is None:
            continue
        organisations = sieve.post_organisations.get(link.role_mention, ())
        if link.organisation is not None:
            org_key = resolved.mention_entity[link.organisation]
        else:
            org_key = _entity_of_any(resolved, organisations)
        if organisations and link.role.government_post != (organisations[0] == UK_GOVERNMENT):
            # a post of another government ("First Minister") is no post in the UK Government
            link = replace(
                link, role=replace(link.role, government_post=organisations[0] == UK_GOVERNMENT)
            )
        resolved.roles.append((link, holder_key, org_key))
    return resolved


def _entity_of_any(resolved: ResolvedDocument, gazetteer_ids: Sequence[str]) -> str | None:
    """The entity of the first gazetteer id the document names."""
    for gazetteer_id in gazetteer_ids:
        for entity in resolved.entities:
            if entity.gazetteer_id == gazetteer_id:
                return entity.key
    return None
