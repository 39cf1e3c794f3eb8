"""Score built graphs against hand-made gold annotations (``kg eval``).

A gold file (``NN_slug.gold.json``, format in ``../shared/dev/README.md``)
lists the entities of one article and the relations between them. For every
gold file, kg builds a graph of that one article and compares it with the gold.

Matching rules
--------------

*Names.* Every name is normalised before it is compared: case is folded,
curly apostrophes become ``'``, whitespace is collapsed, quotes and trailing
punctuation are dropped, leading words among "the a an your its their this
his her our" and honorifics among "Mr Mrs Ms Miss Dr Sir Dame Professor Prof
Lord Baroness" are removed (so "the BMA", "Dr Bramall" and "your committee"
become "bma", "bramall" and "committee"), and so is a possessive "'s" at the
end ("BMA's" is "bma"). A name ending in a part in brackets, "X (Y)", counts
as the two names X and Y ("NHS England (NHSE)" is "nhs england" and "nhse").
The names of a gold entity are its ``name`` and its ``aliases``; those of a
predicted entity its ``rdfs:label`` and its ``skos:altLabel`` values.

*Entities.* A predicted entity is any node whose ``rdf:type`` is, through
``rdfs:subClassOf*``, ``kg:Entity`` or one of the five core classes; its type
is that core class (Person, Organisation, Proposal, Event, Place). A predicted
and a gold entity *match* when a normalised predicted name equals a normalised
gold name. A person's surname alone names the person: when the gold entity is
a Person, a predicted name equal to the last word of the gold person's name
matches, and when both are Persons, a gold name equal to the last word of a
predicted name matches too. Pairs are assigned one to one, greedily, best
pairs first: a pair whose predicted label equals the gold ``name`` comes
before one that only shares aliases, then come the pairs sharing more names,
then those with more surname matches, then those whose types agree; ties go by
predicted IRI, then gold id. A matched pair is a true positive; an unmatched
predicted entity is a false positive (when its names match an already-matched
gold entity it is reported as an unmerged duplicate of it); an unmatched gold
entity is a false negative. *Typed entities* count a matched pair as a true
positive only when the predicted core type equals the gold type; otherwise the
pair is both a false positive and a false negative.

*Relations.* A predicted relation is a direct triple between two predicted
entities whose property is, through ``rdfs:subPropertyOf*`` (read from the
graph and from kg's ontology), one of the nine core properties: ``kg:wroteTo``
counts as ``communicates_with``, ``kg:chairOf`` as ``leads``. Conditional and
negated relations have no direct triple in the graph, so they are not
predicted. Triples are de-duplicated after mapping. A predicted ``(s, p, o)``
is a true positive when ``s`` and ``o`` are matched to gold entities ``S`` and
``O`` and the gold has ``(S, p, O)``. ``communicates_with`` is the one
symmetric predicate: the gold uses it for mutual exchanges ("the two
parties"), so a predicted ``(s, communicates_with, o)`` also matches a gold
``(O, communicates_with, S)``; exact directions are matched first, and a
predicted triple that only repeats an already-matched exchange in the other
direction is not counted at all. Every other predicted relation is a false
positive, including those whose subject or object is not matched to a gold
entity (an unmerged duplicate node is unmatched, so its relations are false
positives too); false positives are de-duplicated too (a spurious exchange
read in both directions counts once). Every unmatched gold relation is a
false negative.

*Pairs.* The unordered ``{subject, object}`` pairs of the relations,
regardless of predicate and de-duplicated: a predicted pair is a true
positive when both ends are matched and the gold relates the two entities by
any predicate in either direction.

*Totals.* Precision, recall and F1 are computed per article and, over all
articles, micro-averaged: true positives, false positives and false negatives
are summed first. An undefined ratio (``0/0``) is reported as 0.

The package: ``gold`` (reading gold files), ``predicted`` (what a graph asserts), ``names``
(names as compared), ``match`` (scoring one article), ``scores`` (the results), ``run``
(:func:`run_eval`) and ``report`` (text and JSON).

Example:
    >>> report = run_eval("../shared/dev")  # doctest: +SKIP
    >>> print(format_report(report))  # doctest: +SKIP
"""

from __future__ import annotations

from kg.evaluate.gold import (
    ENTITY_TYPES,
    GOLD_PREDICATES,
    Gold,
    GoldEntity,
    GoldRelation,
    load_gold,
    parse_gold,
)
from kg.evaluate.match import evaluate_graph, evaluate_predicted
from kg.evaluate.names import name_variants, normalise_name
from kg.evaluate.predicted import (
    Predicted,
    PredictedEntity,
    PredictedRelation,
    predicted_from_graph,
)
from kg.evaluate.report import format_report, report_to_json
from kg.evaluate.run import run_eval
from kg.evaluate.scores import (
    MEASURE_LABELS,
    MEASURES,
    ArticleResult,
    EntityItem,
    EvalReport,
    RelationItem,
    Scores,
)

__all__ = [
    "MEASURES",
    "MEASURE_LABELS",
    "ENTITY_TYPES",
    "GOLD_PREDICATES",
    "GoldEntity",
    "GoldRelation",
    "Gold",
    "PredictedEntity",
    "PredictedRelation",
    "Predicted",
    "Scores",
    "EntityItem",
    "RelationItem",
    "ArticleResult",
    "EvalReport",
    "load_gold",
    "parse_gold",
    "normalise_name",
    "name_variants",
    "predicted_from_graph",
    "evaluate_predicted",
    "evaluate_graph",
    "run_eval",
    "format_report",
    "report_to_json",
]
