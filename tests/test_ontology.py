"""The ontology (``ontology/kg.ttl``) is OWL 2 DL: the OWL API's ``OWL2DLProfile`` finds no
violation. The checker is a small Java class (``tests/java/OwlProfileCheck.java``) compiled
here with javac against Debian's ``libowlapi-java``, which ``.ci/run`` installs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKER = ROOT / "tests" / "java" / "OwlProfileCheck.java"
JARS = Path("/usr/share/java")
OWLAPI = JARS / "owlapi-distribution.jar"


@pytest.fixture(scope="module")
def owl_profile_check(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command that checks Turtle files against OWL 2 DL; skips when it cannot be built."""
    javac, java = shutil.which("javac"), shutil.which("java")
    if javac is None or java is None:
        pytest.skip("no JDK (javac, java): install Debian's default-jdk-headless")
    if not OWLAPI.exists():
        pytest.skip(f"no OWL API ({OWLAPI}): install Debian's libowlapi-java (.ci/run does)")
    classes = tmp_path_factory.mktemp("owl")
    subprocess.run(
        [javac, "-cp", str(OWLAPI), "-d", str(classes), str(CHECKER)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [java, "-cp", f"{classes}:{JARS}/*", "OwlProfileCheck"]


def test_ontology_is_owl2_dl(owl_profile_check: list[str]) -> None:
    result = subprocess.run(
        [*owl_profile_check, str(ROOT / "ontology" / "kg.ttl")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("0 violation(s)")


def test_owl_profile_check_finds_violations(owl_profile_check: list[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
        "<urn:x:o> a owl:Ontology .\n"
        "<urn:x:A> a owl:Class ; rdfs:subClassOf rdf:Statement, <urn:x:Undeclared> .\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [*owl_profile_check, str(bad)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1
    assert "reserved vocabulary" in result.stdout and "undeclared class" in result.stdout
