"""Gates on the rule table (``Rule.pos``, ``words``, ``deps``, ``classes``): a pass calls a
gated rule only at tokens of its parts of speech, words and dependency labels (at phrases of
its classes), an ungated one at every item, and a gate never changes what is found."""

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
from kg.extract.relations.core import Context, Pass, Phrase, Rule, phrases, tokens
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
    assert any(rule.deps for step in RULES for rule in step.rules)
    assert any(rule.classes for step in RULES for rule in step.rules)
    ungated: tuple[Pass[Any], ...] = tuple(
        dataclasses.replace(
            step,
            rules=tuple(
                dataclasses.replace(rule, pos=None, words="", deps=None, classes=None)
                for rule in step.rules
            ),
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
    named = [name for step in RULES for rule in step.rules for name in rule.words.split()]
    assert named
    assert all(isinstance(getattr(lexicon, name), frozenset | dict) for name in named)


def test_relations_words_gate_lets_through_the_first_word_of_a_phrase() -> None:
    """ "hit out at": "hit" starts an entry; a hyphenated first word is cut at its hyphen."""
    lexicon = load_lexicon()
    phrases = lexicon.criticism_phrases
    firsts = lexicon.first_words("criticism_phrases")
    assert all(entry.split()[0] in firsts for entry in phrases)
    assert any(" " in entry and entry not in firsts for entry in phrases)
    both = lexicon.first_words("approval_words disapproval_words")
    for entry in lexicon.approval_words | lexicon.disapproval_words:
        first = entry.split()[0].lower()
        assert first in both and first.split("-")[0] in both


SPOKE = """
    Okafor PROPN nsubj 1
    said   VERB  ROOT  1  say
    Hale   PROPN nsubj 3
    erred  VERB  ccomp 1  err
    .      PUNCT punct 1
"""


def test_relations_deps_gate_skips_tokens_of_other_labels() -> None:
    parsed = build(SPOKE, names=[("Okafor", KG.Person), ("Hale", KG.Person)])
    seen: list[tuple[str, str]] = []
    ccomp = frozenset({"ccomp"})
    table = (
        Pass("recorded", tokens, (Rule("clause", _recorder(seen, "clause"), 0.5, deps=ccomp),)),
    )
    parsed.relations(passes=table)
    assert seen == [("clause", "erred")]


def test_relations_pass_of_worded_rules_walks_only_the_words_they_name() -> None:
    """Every rule worded: the pass walks the tokens the document's index of words gives."""
    parsed = build(SPOKE, names=[("Okafor", KG.Person), ("Hale", KG.Person)])
    context = parsed.context()
    assert [t.text for t in context.carriers_named("speech_verbs")] == ["said"]
    assert context.carriers_named("speech_verbs", frozenset({"NOUN"})) == []
    seen: list[tuple[str, str]] = []
    table = (
        Pass(
            "recorded",
            tokens,
            (Rule("speech", _recorder(seen, "speech"), 0.5, words="speech_verbs"),),
        ),
    )
    parsed.relations(passes=table)
    assert seen == [("speech", "said")]


def test_relations_classes_gate_skips_phrases_of_other_classes() -> None:
    parsed = build(SENTENCE, names=[("Okafor", KG.Person), ("Hale", KG.TradeUnion)])
    seen: list[tuple[str, str]] = []

    def recorder(label: str) -> Callable[..., Iterator[Relation]]:
        def find(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
            seen.append((label, phrase.span.text))
            yield from ()

        return find

    people = frozenset({KG.Person})
    table = (
        Pass(
            "recorded",
            phrases,
            (
                Rule("people", recorder("people"), 0.5, classes=people),
                Rule("open", recorder("open"), 0.5),
            ),
        ),
    )
    parsed.relations(passes=table)
    assert seen == [("people", "Okafor"), ("open", "Okafor"), ("open", "Hale")]
