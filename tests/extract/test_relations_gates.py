"""Gates on the rule table (``Rule.pos``, ``Rule.words``): a pass calls a gated rule only at
tokens of its parts of speech and lemmas, an ungated one at every token, and a gate never
changes what is found."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from doc_builder import build
from spacy.tokens import Token

import kg.extract.relations as relations_stage
from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import extract_documents
from kg.extract.read import read_text
from kg.extract.relations import RULES
from kg.extract.relations.core import Context, Pass, Rule, tokens
from kg.model import Relation
from kg.rdf.namespaces import KG

SENTENCE = """
    Okafor PROPN nsubj 1
    wrote  VERB  ROOT  1  write
    to     ADP   prep  1
    Hale   PROPN pobj  2
    .      PUNCT punct 1
"""


def _recorder(seen: list[tuple[str, str]], label: str) -> Callable[..., Iterator[Relation]]:
    def find(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
        seen.append((label, token.text))
        yield from ()

    return find


def test_relations_gate_skips_tokens_of_other_parts_of_speech() -> None:
    parsed = build(SENTENCE, names=[("Okafor", KG.Person), ("Hale", KG.Person)])
    seen: list[tuple[str, str]] = []
    table = (
        Pass(
            "recorded",
            tokens,
            (
                Rule("gated", _recorder(seen, "gated"), 0.5, pos=frozenset({"VERB"})),
                Rule("open", _recorder(seen, "open"), 0.5),
            ),
        ),
    )
    parsed.relations(passes=table)
    assert seen == [
        ("open", "Okafor"),
        ("gated", "wrote"),
        ("open", "wrote"),
        ("open", "to"),
        ("open", "Hale"),
    ]


def test_relations_gate_keeps_a_rule_without_one_at_every_token() -> None:
    """A rule added without a gate (as other branches add them) still sees every token."""
    parsed = build(SENTENCE, names=[("Okafor", KG.Person), ("Hale", KG.Person)])
    seen: list[tuple[str, str]] = []
    table = (Pass("recorded", tokens, (Rule("open", _recorder(seen, "open"), 0.5),)),)
    parsed.relations(passes=table)
    assert [word for _, word in seen] == ["Okafor", "wrote", "to", "Hale"]


def test_relations_gates_of_the_table_find_what_ungated_rules_find(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real parse: the table with its gates and without them finds the same relations."""
    text = (
        "Nurses Guild rejects pay offer\n"
        "The Nurses Guild rejected the pay offer on Monday, calling it derisory. Its general "
        "secretary, Ann Lowe, said the plan would damage rural surgeries and urged ministers "
        "to scrap the levy. The guild joined the Federation of Care Unions in 2020 and met "
        "officials from the Department of Health for talks. Ministers said the new contract "
        "would be introduced next year. The guild is disappointed with the offer."
    )

    def extract() -> list[Relation]:
        return extract_documents([read_text(text, doc_id="t")], nlp=nlp).relations

    gated = extract()
    assert any(step.rules[0].pos is not None for step in RULES)
    assert any(rule.words for step in RULES for rule in step.rules)
    ungated: tuple[Pass[Any], ...] = tuple(
        dataclasses.replace(
            step,
            rules=tuple(dataclasses.replace(rule, pos=None, words="") for rule in step.rules),
        )
        for step in RULES
    )
    monkeypatch.setattr(relations_stage, "RULES", ungated)
    assert extract() == gated
    assert gated


def test_relations_words_gate_skips_tokens_of_other_lemmas() -> None:
    parsed = build(SENTENCE, names=[("Okafor", KG.Person), ("Hale", KG.Person)])
    seen: list[tuple[str, str]] = []
    table = (
        Pass(
            "recorded",
            tokens,
            (
                Rule("worded", _recorder(seen, "worded"), 0.5, words="trigger_lemmas"),
                Rule("open", _recorder(seen, "open"), 0.5, pos=frozenset({"VERB"})),
            ),
        ),
    )
    parsed.relations(passes=table)
    assert seen == [("worded", "wrote"), ("open", "wrote")]


def test_relations_words_gates_name_sets_of_the_lexicon() -> None:
    lexicon = load_lexicon()
    named = [rule.words for step in RULES for rule in step.rules if rule.words]
    assert named
    assert all(isinstance(getattr(lexicon, words), frozenset) for words in named)
