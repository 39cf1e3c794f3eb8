"""The rule table's types: a :class:`Rule` (a function with a name, a confidence and gates),
a :class:`Pass` (rules run together over what one walk gives) and :func:`run`, which runs
passes in order over one document's :class:`~kg.extract.relations.core.Context`.

A rule's gates (``pos``, ``words``, ``deps``) say at which tokens it can read anything, so a
pass over tokens calls it only there: the cheap first tests of the rules, read from tables
made once per document instead of by a call per token and rule.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar, cast

from rdflib import URIRef
from spacy.tokens import Doc, Token

from kg.extract.lexicon import Lexicon
from kg.extract.parse import lemmas_of
from kg.extract.relations.walks import Phrase, tokens
from kg.model import Relation

__all__ = ["Gated", "Pass", "Rule", "run"]

T = TypeVar("T")


class Gated(Protocol):
    """What the passes read of the rules' context (:class:`~kg.extract.relations.core.Context`,
    which the rules themselves take)."""

    @property
    def doc(self) -> Doc: ...

    @property
    def lexicon(self) -> Lexicon: ...

    @property
    def carriers(self) -> list[Token]: ...

    @property
    def pos_tags(self) -> list[str]: ...

    @property
    def forms(self) -> list[str]: ...

    @property
    def deps(self) -> list[str]: ...

    def carriers_named(self, names: str, pos: frozenset[str] | None = None) -> list[Token]: ...

    def carriers_of(self, pos: frozenset[str]) -> list[Token]: ...

    def with_participants(self, found: list[Relation]) -> Gated: ...


@dataclass(frozen=True, eq=False)
class Rule(Generic[T]):
    """One rule: ``find(context, item, rule)`` yields the relations it reads at one item.

    ``name`` is unique in the table. ``method`` is what the evidence records, with
    ``{trigger}`` replaced by the trigger (``"verb:{trigger}"`` → ``"verb:write to"``); the
    name when empty. ``confidence`` goes on every relation the rule makes, except those it
    makes for a named case of ``cases`` (``cases={"analysis": 0.6}``).

    ``pos`` is a gate for passes over tokens: the parts of speech a token must have for the
    rule to read anything at it (what its first test asks: ``frozenset({"VERB", "AUX"})`` for
    a rule that starts with ``is_verb``); the pass does not call the rule at other tokens.
    A rule without a gate (``None``) is called at every token. ``words``, for passes over
    tokens too, names the lexicon's sets (attribute names, space-separated) an entry of which
    must start with the token's lower-case lemma or form (its first test: ``"speech_verbs"``
    for a rule that returns unless the lemma is a verb of speech; "hit" starts "hit out at");
    ``deps``, the dependency labels the token must have (``frozenset({"ccomp"})``). A pass
    over tokens whose every rule has ``words`` walks only the tokens they name
    (:meth:`Context.carriers_named`), not the whole document. ``classes`` is the gate of
    passes over phrases: the core classes the phrase's entity must be of (``Phrase.cls``).
    """

    name: str
    find: Callable[[Any, T, Rule[T]], Iterator[Relation]]
    confidence: float
    method: str = ""
    cases: Mapping[str, float] = field(default_factory=dict)
    pos: frozenset[str] | None = None
    words: str = ""
    deps: frozenset[str] | None = None
    classes: frozenset[URIRef] | None = None

    def method_for(self, trigger: str = "") -> str:
        return (self.method or self.name).replace("{trigger}", trigger)

    @property
    def borrows_method(self) -> bool:
        """True when the evidence method is another rule's ("component" records "part-of"),
        so the evidence names the rule too (``Evidence.rule``, ``kg:rule``)."""
        return bool(self.method) and not self.method_for("").startswith(self.name)

    def confidence_for(self, case: str = "") -> float:
        return self.cases[case] if case else self.confidence


@dataclass(frozen=True, eq=False)
class Pass(Generic[T]):
    """Rules run together: for each item ``walk`` gives, every rule in order.

    With ``gives_participants``, the ``participatesIn`` relations the pass finds become
    ``Context.participants`` (who takes part in each event) for the passes after it.
    """

    name: str
    walk: Callable[[Any], Iterable[T]]
    rules: tuple[Rule[T], ...]
    gives_participants: bool = False

    @functools.cached_property
    def gates(self) -> _Gates[T] | None:
        """Part of speech (of a token) or core class (of a phrase, as a string) → the rules to
        call at an item of it, in order (those whose gate lets it through); ``None`` when no
        rule of the pass has a gate."""
        if any(r.pos is not None for r in self.rules):
            return _Gates(self.rules, {r.name: r.pos for r in self.rules})
        if any(r.classes is not None for r in self.rules):
            kinds = {r.name: _names(r.classes) for r in self.rules}
            return _Gates(self.rules, kinds)
        return None

    def items(self, context: Gated) -> Iterable[T]:
        """What the pass walks; a pass over :func:`tokens` whose every rule has a gate walks
        only the tokens some gate lets through: those its rules' ``words`` name when all have
        words (found in the document's index of words), else those of their parts of speech."""
        walk: Callable[[Any], Iterable[T]] = self.walk
        if walk is not tokens:
            return walk(context)
        allowed = (
            frozenset(pos for r in self.rules for pos in r.pos or ())
            if all(r.pos is not None for r in self.rules)
            else None
        )
        if all(r.words for r in self.rules):
            names = " ".join(sorted({r.words for r in self.rules}))
            return cast(Iterable[T], context.carriers_named(names, allowed))
        if allowed is not None:
            return cast(Iterable[T], context.carriers_of(allowed))
        return cast(Iterable[T], context.carriers)  # what :func:`tokens` gives


class _Gates(dict[str, tuple[Rule[T], ...]]):
    """Kind of item → the rules whose gate lets it through, worked out as kinds are met."""

    def __init__(
        self, rules: tuple[Rule[T], ...], kinds: Mapping[str, frozenset[str] | None]
    ) -> None:
        super().__init__()
        self.rules = rules
        self.kinds = kinds  # rule name → the kinds it is called at (None: all)

    def __missing__(self, kind: str) -> tuple[Rule[T], ...]:
        kinds = self.kinds
        gated = tuple(r for r in self.rules if (k := kinds[r.name]) is None or kind in k)
        self[kind] = gated
        return gated


def _names(classes: frozenset[URIRef] | None) -> frozenset[str] | None:
    """Classes as plain strings (an rdflib term hashes in Python, unlike the string)."""
    return None if classes is None else frozenset(str(c) for c in classes)


def run(context: Gated, passes: Iterable[Pass[Any]]) -> Iterator[Relation]:
    """The relations of every rule of ``passes``, in table order (not yet de-duplicated); at a
    token, only the rules whose gates (``Rule.pos``, ``words``, ``deps``) let it through."""
    tags, lemmas, forms, deps = (
        context.pos_tags,
        lemmas_of(context.doc),
        context.forms,
        context.deps,
    )
    lexicon = context.lexicon
    for step in passes:
        found: list[Relation] = []
        gates = step.gates
        worded = {rule: lexicon.first_words(rule.words) for rule in step.rules if rule.words}
        for item in step.items(context):
            rules, i = step.rules, -1
            if isinstance(item, Token):
                i = item.i
                rules = gates[tags[i]] if gates is not None else rules
            elif gates is not None and isinstance(item, Phrase):
                rules = gates[str(item.cls)]
            for rule in rules:
                if i >= 0 and rule.deps is not None and deps[i] not in rule.deps:
                    continue
                if i >= 0 and rule.words:
                    firsts = worded[rule]
                    if lemmas[i] not in firsts and forms[i] not in firsts:
                        continue
                for relation in rule.find(context, item, rule):
                    found.append(relation)
                    yield relation
        if step.gives_participants:
            context = context.with_participants(found)
