"""The benchmarks still run against today's API (on tiny inputs; their timings are not checked
here: speed is measured by running them, see benchmarks/RESULTS.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_bench_pipeline_runs_on_a_tiny_corpus() -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "bench_pipeline.py"),
            "--words",
            "200",
            "--warmup-docs",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert "kg/bare words/s ratio" in run.stdout
    assert "paired round 1: bare" in run.stdout


def test_bench_rules_times_every_stage_and_names_the_rules() -> None:
    run = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_rules.py"), "--words", "600", "--top", "500"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    for stage in ("find_mentions", "resolve_document", "find_relations", "find_quotes"):
        assert f"stage {stage}" in run.stdout
    assert "rule verb " in run.stdout  # relation rules by their table name
    assert "mentions listed_names" in run.stdout  # mention sources by function
    assert "sieve same_name" in run.stdout  # sieve passes by function
