"""What an evaluation gives: counts and P/R/F1 (:class:`Scores`), the items missed or
spurious in an article, an article's result and the whole report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

__all__ = [
    "MEASURES",
    "MEASURE_LABELS",
    "ArticleResult",
    "EntityItem",
    "EvalReport",
    "RelationItem",
    "Scores",
]

MEASURES = ("entities", "typed_entities", "relations", "pairs")
MEASURE_LABELS = {
    "entities": "entities",
    "typed_entities": "typed entities",
    "relations": "relations",
    "pairs": "pairs",
}


@dataclass(frozen=True)
class Scores:
    """True positives, false positives and false negatives, with P/R/F1 (0.0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 6),
            "recall": round(self.recall, 6),
            "f1": round(self.f1, 6),
        }


@dataclass(frozen=True)
class EntityItem:
    """A missed, spurious or mistyped entity, for ``--verbose``.

    ``ref`` is the gold id or the predicted IRI; ``note`` says why it is
    listed when that is not obvious ("unmerged duplicate of gold 'streeting'").
    """

    ref: str
    name: str
    type: str | None
    note: str = ""
    sentence: str = ""


@dataclass(frozen=True)
class RelationItem:
    """A missed or spurious relation (display names of its ends), with its sentence."""

    subject: str
    predicate: str
    object: str
    sentence: str = ""
    note: str = ""


@dataclass(frozen=True)
class ArticleResult:
    """The scores of one article and what was missed or spurious in it.

    ``scores`` is keyed by :data:`MEASURES`; ``matches`` pairs gold ids with
    predicted IRIs. ``by_type`` scores typed entities per core type (a false
    positive counts for the predicted type, a false negative for the gold
    type); ``by_predicate`` scores relations per core predicate; ``by_rule``
    scores relations per rule (``kg:method``): its true and false positives,
    and as false negatives the gold relations it did not find, so its recall
    is the share of all gold relations that rule found.
    """

    file: str
    scores: Mapping[str, Scores]
    matches: tuple[tuple[str, str], ...] = ()
    missed_entities: tuple[EntityItem, ...] = ()
    spurious_entities: tuple[EntityItem, ...] = ()
    mistyped_entities: tuple[EntityItem, ...] = ()
    missed_relations: tuple[RelationItem, ...] = ()
    spurious_relations: tuple[RelationItem, ...] = ()
    by_type: Mapping[str, Scores] = field(default_factory=dict)
    by_predicate: Mapping[str, Scores] = field(default_factory=dict)
    by_rule: Mapping[str, Scores] = field(default_factory=dict)


@dataclass(frozen=True)
class EvalReport:
    """Per-article results and their micro-averaged totals (keyed by :data:`MEASURES`),
    and the totals by entity type, by predicate and by rule (see :class:`ArticleResult`)."""

    articles: tuple[ArticleResult, ...]
    totals: Mapping[str, Scores]
    by_type: Mapping[str, Scores] = field(default_factory=dict)
    by_predicate: Mapping[str, Scores] = field(default_factory=dict)
    by_rule: Mapping[str, Scores] = field(default_factory=dict)

    @classmethod
    def from_articles(cls, articles: Iterable[ArticleResult]) -> EvalReport:
        """Sum true and false positives and false negatives over ``articles``."""
        articles = tuple(articles)
        totals = {m: sum((a.scores[m] for a in articles), Scores()) for m in MEASURES}
        gold_relations = sum(a.scores["relations"].tp + a.scores["relations"].fn for a in articles)

        def summed(part: Callable[[ArticleResult], Mapping[str, Scores]]) -> dict[str, Scores]:
            keys = sorted({key for a in articles for key in part(a)})
            return {k: sum((part(a).get(k, Scores()) for a in articles), Scores()) for k in keys}

        by_rule = {  # a rule's misses are every gold relation it did not find, in any article
            rule: Scores(s.tp, s.fp, gold_relations - s.tp)
            for rule, s in summed(lambda a: a.by_rule).items()
        }
        return cls(
            articles,
            totals,
            summed(lambda a: a.by_type),
            summed(lambda a: a.by_predicate),
            by_rule,
        )
