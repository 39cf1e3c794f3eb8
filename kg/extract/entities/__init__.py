"""Resolve mentions to entities: inside one document, then across documents.

Inside a document (:func:`resolve_document`), bare surnames and first names of people named in
full become mentions (:mod:`~kg.extract.entities.name_parts`), then the ordered passes of the
sieve (:data:`~kg.extract.entities.sieve.PASSES`) join mentions that name one thing, most
precise first:

1. ``linked_forms``: an acronym and its expansion, a name and its longer form;
2. ``governments_of_the_past``: "the previous government" = "the last government"; then
   ``same_gazetteer_entry``: names of one gazetteer entry;
3. ``same_name``: equal names once case, articles, honorifics and possessives are set aside
   ("Dr Katie Bramall" = "Katie Bramall");
4. ``person_name_parts_are_people``: a one-word name that is a known person's name part is a
   person ("Amanda"; corrects the class, joins nothing);
5. ``surname_or_first_name``: "Mr Streeting", "Buckman" → the full name; then
   ``double_surnames``: "Ruiz Soto" → "Ana Ruiz Soto";
6. ``organisation_name_prefix``: "GP Committee" → "GP Committee England"; then
   ``outlets_by_first_word``: "Sky" → "Sky News"; then
   ``body_word_alone``: "Council" → "EIS Council", "Salaries Committee" → "EIS Salaries
   Committee" (the one body named so);
7. ``events_by_descriptive_name``: "scoping talks" = "the promised talks";
8. ``events_by_verb``: "will consult its members" = the consultation named before it or in
   its sentence; then ``gatherings_by_day``: "new talks on Monday" = "will meet on Monday";
   then ``talks_by_sides``: "talks between the ministers and the Guild" = "failed talks
   with the Guild" (a common side, no word of another round such as "further"); then
   ``bare_talks_to_the_round``: "returned to negotiations" = "talks with ministers", the one
   round the article names with more words;
9. ``one_collective_action``: "further strikes" = "the junior doctors' strike" (one campaign
   per article, unless different strikers are named); then ``vote_in_the_consultation``:
   "this vote", in an article that names no vote, = the consultation before it;
10. ``head_noun_subset``: "current practice model" = "current GP practice model" (but "a new
    contract" is another contract);
11. ``generic_proposals_by_topic``: "the polyclinic plan" = "proposals for polyclinics";
12. ``proposals_by_topic``: "the inheritance tax changes" = "the government's changes to
    inheritance tax rules" (one head, one topic; not two years, not a new version);
13. ``light_head_nouns``: "the new GP contract arrangements" = "the new GP contract";
14. ``funding_by_amount``: "£500m investment" = "half-a-billion-pound package";
15. ``descriptions_to_antecedents``: "the College" → "Royal College of GPs", "the plan" →
    "10-year plan" (in the headline, a later name); a description of nothing is dropped,
    unless a verb introduced it ("will consult ... the consultation"), an actor's verb is
    about it ("X defended the cap"), an event has a date, or it has no "the" ("a fair offer");
16. ``roles_to_holders``: "Health secretary Wes Streeting", and "the health secretary" later;
    with the gazetteer's posts, "the health secretary" of an article that never names them.

Each group becomes an entity (:mod:`~kg.extract.entities.naming` chooses its class and name),
then :data:`~kg.extract.entities.resolve.ENTITY_PASSES` run: pronouns (he, she, it, they) by
gender, number and recency (:mod:`~kg.extract.entities.pronouns`); first-person pronouns in a
quotation by its speaker (:mod:`~kg.extract.entities.speakers`); dates and figures of events
(:mod:`~kg.extract.entities.details`); head-noun names of described proposals.

Across documents (:func:`merge_documents`, :mod:`~kg.extract.entities.merge`), entities merge
when they share the gazetteer entry or a distinctive name and their core class.

To add a sieve pass: write ``def my_pass(sieve: Sieve) -> None`` in the module of its
family (:mod:`~kg.extract.entities.name_passes`, :mod:`~kg.extract.entities.phrase_passes`,
:mod:`~kg.extract.entities.description_passes`) that calls ``sieve.union(a, b)`` for mentions
naming one thing (or ``sieve.drop(k)``), reading ``sieve.mentions``, ``sieve.named``,
``sieve.found`` (the mention stage's links, descriptions and roles), ``sieve.tokens`` and
``sieve.lexicon``; insert it in ``PASSES`` (:mod:`~kg.extract.entities.sieve`) by precision
(a pass sees the classes earlier passes corrected, not their groups); test it on hand-made
mentions (``tests/extract/test_sieve.py``).

Example:
    >>> resolved = resolve_document(found, doc, document, load_lexicon())  # doctest: +SKIP
    >>> [(e.label, e.aliases) for e in resolved.entities]  # doctest: +SKIP
    [('Wes Streeting', ('Health secretary', 'Mr Streeting'))]
"""

from __future__ import annotations

from kg.extract.entities.merge import Merged, merge_documents
from kg.extract.entities.money import money_amount
from kg.extract.entities.resolve import ENTITY_PASSES, resolve_document
from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.entities.sieve import PASSES, Sieve

__all__ = [
    "resolve_document",
    "merge_documents",
    "Merged",
    "ResolvedDocument",
    "Sieve",
    "PASSES",
    "ENTITY_PASSES",
    "money_amount",
]
