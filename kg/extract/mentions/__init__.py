"""Find the spans of a parsed article that name actors, organisations, proposals and events.

Each *mention source* is a function ``(context, earlier) -> candidates`` that reads one
parsed document (:class:`~kg.extract.mentions.candidates.Context`) and yields frozen
:class:`~kg.extract.mentions.candidates.Candidate` values (a span, a class, a method and a
few flags); ``earlier`` holds the candidates of the sources before it. :data:`SOURCES` lists
them, most trusted first:

=================================  =============================  ==========================
source                             finds                          method
=================================  =============================  ==========================
``listed_names``                   gazetteer names                gazetteer
``departments_by_their_business`` "the health department"        gazetteer
``acronym_definitions``            "Federation of ... (FRC)"      acronym
``laws_with_a_bracketed_part``     "the Strikes (Minimum Service  noun-phrase
                                   Levels) Bill"
``laws_with_joined_words``         "the Victims and Courts Bill"  noun-phrase
``hyphened_actions``               "a work-to-rule"               noun-phrase
``statistical_entities``           spaCy's entities, cleaned      ner (description)
``names_with_an_organisation_word`` "the Federation of Rural ..."  name-part
``names_of_policies``              "the Winter Fuel Allowance"    name-part
``named_programmes``               "the Today programme"          name-part
``names_ending_in_a_country``      "Healthwatch England"          name-part
``undefined_acronyms``             "The FRC rejected ..."         name-part
``names_beside_an_organisation_noun`` "Mind, the ... charity,"     name-part
``councils_named_by_their_place``  "Birmingham council"            name-part
``bodies_before_their_heads_title`` "Shelter chief executive X"    gazetteer
``people_with_honorifics``         "Mr Streeting"                 honorific
``people_listed_after_a_role``     "rapporteurs Ana Lind and ..." honorific
``people_after_seat_letters``      "Alba MSP Ash Regan"           honorific
``head_noun_phrases``              "2026/27 contract changes",    noun-phrase, description
                                   "the plan"
``action_descriptions``            "the planned action" (after    description
                                   "industrial action")
``inquiries_held``                 "a review into X found ..."    noun-phrase
``promised_inquiries``             "called for an inquiry into X" noun-phrase
``inquiries_under_way``            "a major review into X"        noun-phrase
``changes_to_proposals``           "a rise in the cap on X"       noun-phrase
``demanded_changes``               "called for more control       noun-phrase
                                   over X"
``measures_named_by_their_act``    "welcomed the introduction of  noun-phrase
                                   nursing associates"
``included_items``                 "announced four steps,         noun-phrase
                                   including more oversight of X"
``items_a_whole_includes``         "the measures include          noun-phrase
                                   specialist teams in wards"
``pledged_changes``                "pledged to scrap the levy"    noun-phrase
``debated_changes``                "opposed scrapping the levy"   noun-phrase
``coordinated_plans``              "plans to open X and to cut    noun-phrase
                                   bus fares"
``planned_bodies``                 "a new regulator"              noun-phrase
``sums_of_money``                  "announced an extra £300m"     noun-phrase
``pledged_counts``                 "announced 2,000 extra beds"   noun-phrase
``bodies_of_an_owning_pronoun``    "its executive"                noun-phrase
``organisation_descriptions``      "the College"                  description
``bodies_of_organisations``        "the BMA's council"            noun-phrase
``bodies_named_after_their_owner`` "the CBA Executive"            noun-phrase
``bodies_of_the_organisation_in_view`` "executive committee"     name-part
``events_named_by_verbs``          "will consult its members"     verb
=================================  =============================  ==========================

Then :func:`~kg.extract.mentions.retyped_names.people_named_as_organisations` re-types a one-word
"person" named as an organisation elsewhere,
:func:`~kg.extract.mentions.surname_tails.surnames_read_as_other_names` a surname of several
words read as a place or a body ("von der Leyen") after the person's longer name,
:func:`~kg.extract.mentions.settle.settle`
chooses among overlapping candidates, and
:func:`~kg.extract.mentions.roles.add_role_mentions` adds role phrases ("GPCE chair",
"the health secretary") linked to their holders. How far each method is trusted is one
table, :data:`~kg.extract.mentions.methods.METHODS`. Pronouns are resolved later, in
:mod:`kg.extract.entities`.

To add a source: write ``def my_source(context: Context, earlier: Sequence[Candidate]) ->
Iterator[Candidate]`` in the module of its family (or a new one), make each candidate with
``context.candidate(span, cls, method, ...)`` (it trims articles and possessives and returns
None for spans outside the text read), give a new method a row in ``METHODS``, and insert the
function in :data:`SOURCES` where its trust puts it. Test it on a hand-built ``Doc`` (see
``tests/extract/doc_builder.py``).

Example:
    >>> found = find_mentions(doc, document, sentences_of(document, doc), load_lexicon())  # doctest: +SKIP
    >>> [(m.text, m.method) for m in found.mentions]  # doctest: +SKIP
    [('BMA', 'gazetteer'), ('NHS England', 'gazetteer')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions.acronyms import acronym_definitions
from kg.extract.mentions.action_descriptions import action_descriptions
from kg.extract.mentions.amounts import sums_of_money
from kg.extract.mentions.broadcasts import named_programmes
from kg.extract.mentions.candidates import Candidate, Context, MentionSet, RoleLink, Source
from kg.extract.mentions.coordinated_plans import coordinated_plans
from kg.extract.mentions.debated_changes import debated_changes
from kg.extract.mentions.demanded_changes import demanded_changes
from kg.extract.mentions.departments import departments_by_their_business
from kg.extract.mentions.descriptions import bodies_of_organisations, organisation_descriptions
from kg.extract.mentions.gazetteer import listed_names
from kg.extract.mentions.given_names import people_by_their_given_name
from kg.extract.mentions.governing_bodies import (
    bodies_named_after_their_owner,
    bodies_of_an_owning_pronoun,
    bodies_of_the_organisation_in_view,
)
from kg.extract.mentions.honorifics import (
    people_after_seat_letters,
    people_listed_after_a_role,
    people_with_honorifics,
)
from kg.extract.mentions.hyphened_events import hyphened_actions
from kg.extract.mentions.included_items import included_items, items_a_whole_includes
from kg.extract.mentions.inquiries import inquiries_held, inquiries_under_way
from kg.extract.mentions.law_titles import laws_with_a_bracketed_part, laws_with_joined_words
from kg.extract.mentions.measure_acts import measures_named_by_their_act
from kg.extract.mentions.methods import METHODS, Method
from kg.extract.mentions.misread_plans import misread_plans
from kg.extract.mentions.names import QUOTES, normalise_name
from kg.extract.mentions.ner import statistical_entities
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.place_councils import councils_named_by_their_place
from kg.extract.mentions.planned_bodies import planned_bodies
from kg.extract.mentions.pledged_changes import pledged_changes
from kg.extract.mentions.pledged_counts import pledged_counts
from kg.extract.mentions.policy_changes import changes_to_proposals
from kg.extract.mentions.promised_inquiries import promised_inquiries
from kg.extract.mentions.proper_names import (
    names_beside_an_organisation_noun,
    names_ending_in_a_country,
    names_of_policies,
    names_with_an_organisation_word,
    undefined_acronyms,
)
from kg.extract.mentions.retyped_names import people_named_as_organisations
from kg.extract.mentions.roles import add_role_mentions
from kg.extract.mentions.sentences import sentences_of
from kg.extract.mentions.settle import settle
from kg.extract.mentions.surname_tails import surnames_read_as_other_names
from kg.extract.mentions.titled_bodies import bodies_before_their_heads_title
from kg.extract.mentions.verb_events import events_named_by_verbs
from kg.model import Document, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "sentences_of",
    "find_mentions",
    "MentionSet",
    "RoleLink",
    "Candidate",
    "Context",
    "Source",
    "SOURCES",
    "METHODS",
    "Method",
    "HONORIFICS",
    "QUOTES",
    "normalise_name",
]

#: The mention sources, in the order they run (most trusted first).
SOURCES: tuple[Source, ...] = (
    listed_names,
    departments_by_their_business,
    acronym_definitions,
    laws_with_a_bracketed_part,
    laws_with_joined_words,
    hyphened_actions,
    statistical_entities,
    names_with_an_organisation_word,
    names_of_policies,
    named_programmes,
    names_ending_in_a_country,
    undefined_acronyms,
    names_beside_an_organisation_noun,
    councils_named_by_their_place,
    bodies_before_their_heads_title,
    people_with_honorifics,
    people_listed_after_a_role,
    people_after_seat_letters,
    head_noun_phrases,
    action_descriptions,
    inquiries_held,
    promised_inquiries,
    inquiries_under_way,
    changes_to_proposals,
    demanded_changes,
    measures_named_by_their_act,
    included_items,
    items_a_whole_includes,
    pledged_changes,
    debated_changes,
    misread_plans,
    coordinated_plans,
    planned_bodies,
    sums_of_money,
    pledged_counts,
    bodies_of_an_owning_pronoun,
    organisation_descriptions,
    bodies_of_organisations,
    bodies_named_after_their_owner,
    bodies_of_the_organisation_in_view,
    events_named_by_verbs,
)


def __getattr__(name: str) -> frozenset[str]:
    """``HONORIFICS``, for callers that imported it from here: the titles are the lexicon's
    (``lex:honorific``, :attr:`Lexicon.honorifics`), read when first asked for."""
    if name == "HONORIFICS":
        return load_lexicon().honorifics
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find_mentions(
    spacy_doc: Doc,
    document: Document,
    sentences: Sequence[Sentence],
    lexicon: Lexicon,
    *,
    include_comments: bool = False,
    gazetteer: Mapping[str, GazetteerEntry] | None = None,
    title_words: frozenset[str] = frozenset(),
) -> MentionSet:
    """All mentions of one parsed document, with the links found on the way. ``gazetteer``
    (id → entry) lets a sub-unit's name hold its parent's ("BMA Scotland" holds "BMA");
    ``title_words`` are the words of government posts' titles before their role word
    ("Education" in "Education Secretary", :func:`~kg.extract.entities.posts.title_words`)."""
    context = Context(
        spacy_doc, document, sentences, lexicon, include_comments, gazetteer or {}, title_words
    )
    candidates: list[Candidate] = []
    for source in SOURCES:
        candidates.extend(source(context, tuple(candidates)))
    candidates = surnames_read_as_other_names(people_named_as_organisations(context, candidates))
    candidates = people_by_their_given_name(context, candidates)
    found = settle(context, candidates)
    add_role_mentions(context, found)
    return found
