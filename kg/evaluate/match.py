"""Scoring one article: predicted entities matched one to one to gold ones, then relations
and pairs compared through that matching (the rules are in :mod:`kg.evaluate`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, URIRef

from kg.evaluate.gold import ENTITY_TYPES, GOLD_PREDICATES, Gold, GoldEntity, GoldRelation
from kg.evaluate.names import names_of, sentence_with, surname
from kg.evaluate.predicted import (
    Predicted,
    PredictedEntity,
    PredictedRelation,
    Triple,
    predicted_from_graph,
)
from kg.evaluate.scores import ArticleResult, EntityItem, RelationItem, Scores
from kg.rdf.schema import local_name

__all__ = ["evaluate_graph", "evaluate_predicted"]

_SYMMETRIC = frozenset({"communicates_with"})


def evaluate_graph(
    graph: Graph, gold: Gold, *, document_id: str | None = None, text: str | None = None
) -> ArticleResult:
    """Score a built graph against the gold of one article (see :mod:`kg.evaluate`)."""
    return evaluate_predicted(predicted_from_graph(graph, document_id=document_id), gold, text=text)


def evaluate_predicted(
    predicted: Predicted, gold: Gold, *, text: str | None = None
) -> ArticleResult:
    """Score what a graph asserts against the gold of one article.

    ``text`` (the article) lets missed entities be shown with a sentence naming them.
    """
    assigned, duplicates = _match_entities(predicted.entities, gold.entities)
    entities = _Entities.of(predicted, gold, assigned, duplicates, text)
    relations = _Relations.of(predicted, gold, assigned)
    return ArticleResult(
        gold.file,
        {
            "entities": entities.scores,
            "typed_entities": entities.typed,
            "relations": relations.scores(),
            "pairs": _pair_scores(predicted, gold, assigned),
        },
        tuple(sorted((gold_id, iri) for iri, gold_id in assigned.items())),
        entities.missed,
        entities.spurious,
        entities.mistyped,
        relations.missed_items(gold),
        relations.spurious_items(predicted, assigned),
        entities.by_type,
        relations.by_predicate(),
        relations.by_rule(),
    )


def _match_entities(
    predicted: Sequence[PredictedEntity], gold: Sequence[GoldEntity]
) -> tuple[dict[str, str], dict[str, str]]:
    """Greedy one-to-one assignment; returns (pred IRI -> gold id, pred IRI -> duplicate of)."""
    gold_names = {g.id: names_of(g.names) for g in gold}
    gold_labels = {g.id: names_of([g.name]) for g in gold}
    gold_surnames = {g.id: surname(g.name) for g in gold if g.type == "Person"}
    ranked: list[tuple[tuple[int, ...], str, str]] = []
    for entity in predicted:
        names = names_of(entity.names)
        label = names_of([entity.label])
        surnames = {n.split(" ")[-1] for n in names} if entity.type == "Person" else set()
        for g in gold:
            shared = len(names & gold_names[g.id])
            by_surname = 0
            if g.id in gold_surnames:
                by_surname = int(gold_surnames[g.id] in names) + len(surnames & gold_names[g.id])
            if not shared and not by_surname:
                continue
            rank = (
                -int(bool(label & gold_labels[g.id])),
                -shared,
                -by_surname,
                -int(entity.type == g.type),
            )
            ranked.append((rank, entity.iri, g.id))
    ranked.sort()
    assigned: dict[str, str] = {}
    duplicates: dict[str, str] = {}
    taken: set[str] = set()
    for _, iri, gold_id in ranked:
        if iri not in assigned and gold_id not in taken:
            assigned[iri] = gold_id
            taken.add(gold_id)
    for _, iri, gold_id in ranked:
        if iri not in assigned:
            duplicates.setdefault(iri, gold_id)
    return assigned, duplicates


def _end_key(iri: str, assigned: Mapping[str, str]) -> tuple[str, str]:
    """A relation end: ``("gold", id)`` when matched, else ``("pred", iri)``."""
    return ("gold", assigned[iri]) if iri in assigned else ("pred", iri)


@dataclass(frozen=True)
class _Entities:
    """The entity scores of one article, typed and untyped, and what was missed, spurious or
    mistyped."""

    scores: Scores
    typed: Scores
    by_type: dict[str, Scores]
    missed: tuple[EntityItem, ...]
    spurious: tuple[EntityItem, ...]
    mistyped: tuple[EntityItem, ...]

    @classmethod
    def of(
        cls,
        predicted: Predicted,
        gold: Gold,
        assigned: Mapping[str, str],
        duplicates: Mapping[str, str],
        text: str | None,
    ) -> _Entities:
        gold_by_id = {g.id: g for g in gold.entities}
        pred_by_iri = {p.iri: p for p in predicted.entities}
        matched_gold = set(assigned.values())
        n_predicted, n_gold = len(predicted.entities), len(gold.entities)
        mistyped = tuple(
            EntityItem(
                iri,
                pred_by_iri[iri].label,
                pred_by_iri[iri].type,
                f"gold {gold_id!r} is a {gold_by_id[gold_id].type}",
                pred_by_iri[iri].sentence,
            )
            for iri, gold_id in sorted(assigned.items(), key=lambda item: item[1])
            if pred_by_iri[iri].type != gold_by_id[gold_id].type
        )
        typed_tp = len(assigned) - len(mistyped)
        missed = tuple(
            EntityItem(g.id, g.name, g.type, "", sentence_with(text, g.names) if text else "")
            for g in gold.entities
            if g.id not in matched_gold
        )
        spurious = tuple(
            EntityItem(
                p.iri,
                p.label,
                p.type,
                f"unmerged duplicate of gold {duplicates[p.iri]!r}" if p.iri in duplicates else "",
                p.sentence,
            )
            for p in predicted.entities
            if p.iri not in assigned
        )
        return cls(
            Scores(len(assigned), n_predicted - len(assigned), n_gold - len(assigned)),
            Scores(typed_tp, n_predicted - typed_tp, n_gold - typed_tp),
            _by_type(predicted, gold, assigned),
            missed,
            spurious,
            mistyped,
        )


def _by_type(predicted: Predicted, gold: Gold, assigned: Mapping[str, str]) -> dict[str, Scores]:
    """Typed entities per core type: a false positive counts for the predicted type, a false
    negative for the gold type."""
    gold_by_id = {g.id: g for g in gold.entities}
    pred_by_iri = {p.iri: p for p in predicted.entities}
    type_counts: dict[str, list[int]] = {t: [0, 0, 0] for t in ENTITY_TYPES}
    for entity in predicted.entities:
        gold_id = assigned.get(entity.iri)
        if gold_id is not None and gold_by_id[gold_id].type == entity.type:
            type_counts.setdefault(entity.type or "untyped", [0, 0, 0])[0] += 1
        else:
            type_counts.setdefault(entity.type or "untyped", [0, 0, 0])[1] += 1
    for g in gold.entities:
        iri = next((i for i, gold_id in assigned.items() if gold_id == g.id), None)
        if iri is None or pred_by_iri[iri].type != g.type:
            type_counts.setdefault(g.type, [0, 0, 0])[2] += 1
    return {name: Scores(*counts) for name, counts in type_counts.items()}


@dataclass
class _Relations:
    """The predicted relations of one article sorted into those matching gold ones (``used``,
    with the rules that found each) and spurious ones (one per predicate and ends)."""

    gold_triples: dict[Triple, GoldRelation]
    used: set[Triple] = field(default_factory=set)
    found_by: dict[Triple, set[str]] = field(default_factory=dict)
    spurious: dict[tuple[Any, ...], PredictedRelation] = field(default_factory=dict)
    spurious_by: dict[tuple[Any, ...], set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, predicted: Predicted, gold: Gold, assigned: Mapping[str, str]) -> _Relations:
        found = cls({(r.subject, r.predicate, r.object): r for r in gold.relations})
        pending: list[tuple[PredictedRelation, Triple | None]] = []
        for relation in predicted.relations:
            mapped: Triple | None = None
            if relation.subject in assigned and relation.object in assigned:
                mapped = (assigned[relation.subject], relation.predicate, assigned[relation.object])
            if mapped is not None and mapped in found.gold_triples:
                found.used.add(mapped)  # one-to-one entities: no two predicted triples map alike
                found.found_by.setdefault(mapped, set()).update(relation.methods)
            else:
                pending.append((relation, mapped))
        for relation, mapped in pending:
            found._unmatched(relation, mapped, assigned)
        return found

    def _unmatched(
        self, relation: PredictedRelation, mapped: Triple | None, assigned: Mapping[str, str]
    ) -> None:
        """A relation matching no gold one in its own direction: an exchange matched the other
        way round, the repeat of one, or spurious."""
        if mapped is not None and relation.predicate in _SYMMETRIC:
            reverse = (mapped[2], mapped[1], mapped[0])
            if reverse in self.gold_triples and reverse not in self.used:
                self.used.add(reverse)
                self.found_by.setdefault(reverse, set()).update(relation.methods)
                return
            if reverse in self.used:
                self.found_by[reverse].update(relation.methods)
                return  # repeats an exchange already matched the other way round
        ends = tuple(_end_key(iri, assigned) for iri in (relation.subject, relation.object))
        if relation.predicate in _SYMMETRIC:
            ends = tuple(sorted(ends))
        self.spurious.setdefault((relation.predicate, *ends), relation)
        self.spurious_by.setdefault((relation.predicate, *ends), set()).update(relation.methods)

    def scores(self) -> Scores:
        return Scores(len(self.used), len(self.spurious), len(self.gold_triples) - len(self.used))

    def by_predicate(self) -> dict[str, Scores]:
        return {
            name: Scores(
                sum(1 for key in self.used if key[1] == name),
                sum(1 for key in self.spurious if key[0] == name),
                sum(1 for key in self.gold_triples if key[1] == name and key not in self.used),
            )
            for name in GOLD_PREDICATES
        }

    def by_rule(self) -> dict[str, Scores]:
        """Per rule: the gold relations it found, its spurious ones, and as misses every gold
        relation it did not find."""
        rule_tp: dict[str, int] = {}
        rule_fp: dict[str, int] = {}
        for rules in self.found_by.values():
            for rule in rules:
                rule_tp[rule] = rule_tp.get(rule, 0) + 1
        for rules in self.spurious_by.values():
            for rule in rules:
                rule_fp[rule] = rule_fp.get(rule, 0) + 1
        total = len(self.gold_triples)
        return {
            rule: Scores(rule_tp.get(rule, 0), rule_fp.get(rule, 0), total - rule_tp.get(rule, 0))
            for rule in sorted(set(rule_tp) | set(rule_fp))
        }

    def missed_items(self, gold: Gold) -> tuple[RelationItem, ...]:
        gold_by_id = {g.id: g for g in gold.entities}
        return tuple(
            RelationItem(
                gold_by_id[r.subject].name, r.predicate, gold_by_id[r.object].name, r.evidence
            )
            for key, r in self.gold_triples.items()
            if key not in self.used
        )

    def spurious_items(
        self, predicted: Predicted, assigned: Mapping[str, str]
    ) -> tuple[RelationItem, ...]:
        pred_by_iri = {p.iri: p for p in predicted.entities}

        def name(iri: str) -> str:
            return pred_by_iri[iri].label if iri in pred_by_iri else local_name(URIRef(iri))

        def note(relation: PredictedRelation) -> str:
            unmatched = [
                role
                for role, iri in (("subject", relation.subject), ("object", relation.object))
                if iri not in assigned
            ]
            return " and ".join(unmatched) + " not in the gold" if unmatched else ""

        return tuple(
            RelationItem(
                name(r.subject),
                r.predicate,
                name(r.object),
                r.sentences[0] if r.sentences else "",
                note(r),
            )
            for r in self.spurious.values()
        )


def _pair_scores(predicted: Predicted, gold: Gold, assigned: Mapping[str, str]) -> Scores:
    """The unordered pairs of related entities, whatever the predicate."""
    gold_pairs = {frozenset((r.subject, r.object)) for r in gold.relations}
    predicted_pairs = {
        frozenset(_end_key(iri, assigned) for iri in (r.subject, r.object))
        for r in predicted.relations
    }
    gold_pair_keys = {frozenset(("gold", g) for g in pair) for pair in gold_pairs}
    pair_tp = len(predicted_pairs & gold_pair_keys)
    return Scores(pair_tp, len(predicted_pairs) - pair_tp, len(gold_pair_keys) - pair_tp)
