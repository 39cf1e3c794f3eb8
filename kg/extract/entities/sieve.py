"""The resolution sieve: ordered passes that join one document's mentions into entities.

Each pass is a function ``(sieve) -> None`` that joins mentions naming one thing
(``sieve.union(a, b)``), drops mentions that name nothing (``sieve.drop(k)``) or, once,
corrects a mention's class. :data:`PASSES` runs them most precise first, as in Stanford's
multi-pass sieve (Lee et al., 2013). A pass reads the mentions and what earlier passes
changed in them, never the groups made so far, so a pass can be removed without touching
the others.

Example: in "Dr Katie Bramall wrote. Bramall said the College ..." ``surname_or_first_name``
joins "Bramall" to "Dr Katie Bramall", and ``descriptions_to_antecedents`` joins "College"
to the last earlier organisation with "College" in its name.
"""

from __future__ import annotations

from kg.extract.entities.branch_names import branches_by_their_parents_names
from kg.extract.entities.description_passes import descriptions_to_antecedents
from kg.extract.entities.event_topics import events_by_topic
from kg.extract.entities.future_bodies import bodies_not_yet_created, planned_bodies_as_one
from kg.extract.entities.generic_references import (
    collections_of_proposals,
    generic_references_to_one_proposal,
    pledged_changes_to_their_noun,
)
from kg.extract.entities.head_kinds import phrases_of_one_kind
from kg.extract.entities.headline_changes import headline_changes_to_body_topic
from kg.extract.entities.kind_words import names_with_their_kind_word
from kg.extract.entities.latest_offers import latest_offers_as_one
from kg.extract.entities.name_passes import (
    acronym_of_initials,
    body_word_alone,
    double_surnames,
    governments_of_the_past,
    linked_forms,
    names_without_their_year,
    organisation_name_prefix,
    outlets_by_first_word,
    person_name_parts_are_people,
    same_gazetteer_entry,
    same_name,
    surname_or_first_name,
    the_government_of_the_text,
)
from kg.extract.entities.own_departments import (
    departments_of_named_ministers,
    executive_of_named_ministers,
)
from kg.extract.entities.phrase_passes import (
    events_by_descriptive_name,
    events_by_verb,
    funding_by_amount,
    gatherings_by_day,
    generic_proposals_by_topic,
    head_noun_subset,
    headline_proposals_to_body,
    light_head_nouns,
    one_collective_action,
    plans_for_a_proposal,
    proposals_by_topic,
    reports_by_name,
    vote_in_the_consultation,
)
from kg.extract.entities.role_holders import roles_to_holders
from kg.extract.entities.settlement_words import settlements_by_other_word
from kg.extract.entities.settlements import settlements_restated_by_amount
from kg.extract.entities.sieve_base import Pass, Sieve
from kg.extract.entities.talks import bare_talks_to_the_round, talks_by_sides

__all__ = [
    "Sieve",
    "Pass",
    "PASSES",
    "linked_forms",
    "the_government_of_the_text",
    "governments_of_the_past",
    "bodies_not_yet_created",
    "names_with_their_kind_word",
    "same_gazetteer_entry",
    "same_name",
    "person_name_parts_are_people",
    "surname_or_first_name",
    "double_surnames",
    "organisation_name_prefix",
    "outlets_by_first_word",
    "branches_by_their_parents_names",
    "body_word_alone",
    "acronym_of_initials",
    "events_by_descriptive_name",
    "events_by_verb",
    "talks_by_sides",
    "events_by_topic",
    "bare_talks_to_the_round",
    "one_collective_action",
    "vote_in_the_consultation",
    "head_noun_subset",
    "phrases_of_one_kind",
    "generic_proposals_by_topic",
    "latest_offers_as_one",
    "proposals_by_topic",
    "reports_by_name",
    "headline_proposals_to_body",
    "plans_for_a_proposal",
    "settlements_restated_by_amount",
    "settlements_by_other_word",
    "headline_changes_to_body_topic",
    "generic_references_to_one_proposal",
    "pledged_changes_to_their_noun",
    "collections_of_proposals",
    "light_head_nouns",
    "funding_by_amount",
    "planned_bodies_as_one",
    "departments_of_named_ministers",
    "executive_of_named_ministers",
    "descriptions_to_antecedents",
    "roles_to_holders",
]

#: The passes, in the order they run (most precise first).
PASSES: tuple[Pass, ...] = (
    linked_forms,
    the_government_of_the_text,
    governments_of_the_past,
    bodies_not_yet_created,
    names_with_their_kind_word,
    same_gazetteer_entry,
    same_name,
    names_without_their_year,
    person_name_parts_are_people,
    surname_or_first_name,
    double_surnames,
    organisation_name_prefix,
    outlets_by_first_word,
    branches_by_their_parents_names,
    body_word_alone,
    acronym_of_initials,
    events_by_descriptive_name,
    events_by_verb,
    gatherings_by_day,
    talks_by_sides,
    events_by_topic,
    bare_talks_to_the_round,
    one_collective_action,
    vote_in_the_consultation,
    head_noun_subset,
    phrases_of_one_kind,
    settlements_by_other_word,
    generic_proposals_by_topic,
    proposals_by_topic,
    latest_offers_as_one,
    reports_by_name,
    headline_proposals_to_body,
    light_head_nouns,
    funding_by_amount,
    planned_bodies_as_one,
    departments_of_named_ministers,
    executive_of_named_ministers,
    descriptions_to_antecedents,
    plans_for_a_proposal,
    settlements_restated_by_amount,
    headline_changes_to_body_topic,
    generic_references_to_one_proposal,
    pledged_changes_to_their_noun,
    collections_of_proposals,
    roles_to_holders,
)
