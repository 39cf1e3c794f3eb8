"""The evaluation report as a plain-text table (``kg eval``) or as JSON data (``--json``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kg.evaluate.scores import (
    MEASURE_LABELS,
    MEASURES,
    ArticleResult,
    EntityItem,
    EvalReport,
    RelationItem,
    Scores,
)

__all__ = ["format_report", "report_to_json"]


def _score_cells(scores: Scores) -> str:
    return f"{scores.precision:5.3f} {scores.recall:5.3f} {scores.f1:5.3f}"


def _verbose_lines(result: ArticleResult) -> list[str]:
    lines = [f"== {result.file} =="]

    def quote(sentence: str) -> list[str]:
        return [f'      "{sentence}"'] if sentence else []

    def entity_block(title: str, items: Sequence[EntityItem]) -> None:
        if not items:
            return
        lines.append(f"  {title} ({len(items)}):")
        for item in items:
            note = f"  ({item.note})" if item.note else ""
            lines.append(f"    - {item.name} [{item.type or 'untyped'}] <{item.ref}>{note}")
            lines.extend(quote(item.sentence))

    def relation_block(title: str, items: Sequence[RelationItem]) -> None:
        if not items:
            return
        lines.append(f"  {title} ({len(items)}):")
        for item in items:
            note = f"  ({item.note})" if item.note else ""
            lines.append(f"    - {item.subject} --{item.predicate}--> {item.object}{note}")
            lines.extend(quote(item.sentence))

    entity_block("missed entities", result.missed_entities)
    entity_block("spurious entities", result.spurious_entities)
    entity_block("wrongly typed entities", result.mistyped_entities)
    relation_block("missed relations", result.missed_relations)
    relation_block("spurious relations", result.spurious_relations)
    if len(lines) == 1:
        lines.append("  nothing missed or spurious")
    lines.append("")
    return lines


def _breakdown(title: str, scores: Mapping[str, Scores], *, what: str) -> list[str]:
    """An indented table of P/R/F1 per key, with the counts behind them."""
    if not scores:
        return []
    width = max(len(title) - 2, *(len(k) for k in scores)) + 2  # the key column, after 2 spaces
    lines = [f"{title:<{width + 2}}P     R     F1      tp   fp   fn   ({what})"]
    for key, s in scores.items():
        lines.append(f"  {key:<{width}}{_score_cells(s)}   {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    return [*lines, ""]


def format_report(report: EvalReport, *, verbose: bool = False, by_rule: bool = False) -> str:
    """A plain-text table, one row per article and a TOTAL row; then scores by entity type
    and by predicate (and with ``by_rule``, by rule).

    The last four lines are the micro-averaged totals, one measure per line
    (``entities        P 0.912  R 0.880  F1 0.896``), so ``tail -n 4`` reads them.
    """
    lines: list[str] = []
    if verbose:
        for result in report.articles:
            lines.extend(_verbose_lines(result))
    width = max([len("article"), len("TOTAL"), *(len(a.file) for a in report.articles)])
    group = len(_score_cells(Scores()))
    header = " " * width + "".join(f"   {MEASURE_LABELS[m]:<{group}}" for m in MEASURES)
    sub = f"{'article':<{width}}" + "".join(f"   {'P':<5} {'R':<5} {'F1':<5}" for _ in MEASURES)
    lines.extend([header.rstrip(), sub.rstrip(), "-" * len(sub)])
    for result in report.articles:
        cells = "".join(f"   {_score_cells(result.scores[m])}" for m in MEASURES)
        lines.append(f"{result.file:<{width}}{cells}")
    lines.append("-" * len(sub))
    cells = "".join(f"   {_score_cells(report.totals[m])}" for m in MEASURES)
    lines.append(f"{'TOTAL':<{width}}{cells}")
    lines.append("")
    lines.extend(_breakdown("by entity type", report.by_type, what="typed entities"))
    lines.extend(_breakdown("by predicate", report.by_predicate, what="relations"))
    if by_rule:
        rules = dict(
            sorted(report.by_rule.items(), key=lambda item: (-item[1].tp - item[1].fp, item[0]))
        )
        lines.extend(
            _breakdown("by rule", rules, what="relations a rule read; fn: gold it did not find")
            or ["by rule: the graphs name no rule (kg:method) for their relations", ""]
        )
    lines.append(f"micro-averaged over {len(report.articles)} article(s):")
    for measure in MEASURES:
        s = report.totals[measure]
        lines.append(
            f"{MEASURE_LABELS[measure]:<16}P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
        )
    return "\n".join(lines)


def _entity_json(item: EntityItem) -> dict[str, Any]:
    return {
        "ref": item.ref,
        "name": item.name,
        "type": item.type,
        "note": item.note,
        "sentence": item.sentence,
    }


def _relation_json(item: RelationItem) -> dict[str, Any]:
    return {
        "subject": item.subject,
        "predicate": item.predicate,
        "object": item.object,
        "note": item.note,
        "sentence": item.sentence,
    }


def report_to_json(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON data: per-article and total counts and P/R/F1, and every error."""
    return {
        "articles": [
            {
                "file": a.file,
                "scores": {m: a.scores[m].to_dict() for m in MEASURES},
                "matches": {gold_id: iri for gold_id, iri in a.matches},
                "missed_entities": [_entity_json(i) for i in a.missed_entities],
                "spurious_entities": [_entity_json(i) for i in a.spurious_entities],
                "mistyped_entities": [_entity_json(i) for i in a.mistyped_entities],
                "missed_relations": [_relation_json(i) for i in a.missed_relations],
                "spurious_relations": [_relation_json(i) for i in a.spurious_relations],
                "by_type": {k: v.to_dict() for k, v in a.by_type.items()},
                "by_predicate": {k: v.to_dict() for k, v in a.by_predicate.items()},
                "by_rule": {k: v.to_dict() for k, v in a.by_rule.items()},
            }
            for a in report.articles
        ],
        "totals": {m: report.totals[m].to_dict() for m in MEASURES},
        "by_type": {k: v.to_dict() for k, v in report.by_type.items()},
        "by_predicate": {k: v.to_dict() for k, v in report.by_predicate.items()},
        "by_rule": {k: v.to_dict() for k, v in report.by_rule.items()},
        "micro_averaged": True,
    }
