"""Finding an entity by the name a user types: canonical name, alias, surname, near misses.

The same rules everywhere a user names an entity (``kg stats --path``, a query's
``-p name=...``): case and curly apostrophes do not matter; a canonical name beats an
alias; a person's surname alone names the person, as it does in articles and in
``kg eval`` ("Streeting"), when one person has it; a name that matches nothing gets the
closest names as suggestions.

Example:
    >>> names = NameIndex([("id:ws", "Wes Streeting", ("Mr Streeting",), "Person"),
    ...                    ("id:bma", "BMA", ("British Medical Association",), "Organisation")])
    >>> names.find("streeting"), names.find("bma"), names.find("Streetin")
    ('id:ws', 'id:bma', None)
    >>> names.suggest("Streetin")
    ['Mr Streeting', 'Wes Streeting']
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["NameIndex", "NamedEntity", "fold_name"]


def fold_name(name: str) -> str:
    """``name`` as compared: curly apostrophes straight, spaces single, case folded."""
    name = name.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", name).strip().casefold()


@dataclass(frozen=True)
class NamedEntity:
    """An entity's key (IRI), canonical name, other names and core type."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    type: str = ""


class NameIndex:
    """The names of a graph's entities, to find one by what a user typed."""

    def __init__(self, entities: Iterable[tuple[str, str, Iterable[str], str] | NamedEntity]):
        self.entities: dict[str, NamedEntity] = {}
        for item in entities:
            entity = (
                item
                if isinstance(item, NamedEntity)
                else NamedEntity(item[0], item[1], tuple(item[2]), item[3])
            )
            self.entities[entity.key] = entity
        self._labels: dict[str, list[str]] = defaultdict(list)
        self._aliases: dict[str, list[str]] = defaultdict(list)
        self._surnames: dict[str, list[str]] = defaultdict(list)
        self._shown: dict[str, str] = {}
        for key, entity in sorted(self.entities.items()):
            self._labels[fold_name(entity.label)].append(key)
            self._shown.setdefault(fold_name(entity.label), entity.label)
            for alias in entity.aliases:
                self._aliases[fold_name(alias)].append(key)
                self._shown.setdefault(fold_name(alias), alias)
            words = entity.label.split()
            if entity.type == "Person" and len(words) >= 2:
                self._surnames[fold_name(words[-1])].append(key)

    def lookup(self, name: str) -> tuple[str, list[str]]:
        """How ``name`` names entities and which: ``("label", keys)`` for those whose
        canonical name it is, else ``("alias", keys)``, else ``("surname", keys)`` for the
        people with it as their surname, else ``("", [])``."""
        wanted = fold_name(name)
        for kind, table in (
            ("label", self._labels),
            ("alias", self._aliases),
            ("surname", self._surnames),
        ):
            found = table.get(wanted)
            if found:
                return kind, list(dict.fromkeys(found))
        return "", []

    def find(self, name: str) -> str | None:
        """The entity ``name`` means: the first found by :meth:`lookup`, but not a surname
        that several people share; None when it names none."""
        kind, found = self.lookup(name)
        if not found or (kind == "surname" and len(found) > 1):
            return None
        return found[0]

    def suggest(self, name: str, *, count: int = 3) -> list[str]:
        """Names close to ``name`` (misspelt, or a part of a longer name), as written."""
        wanted = fold_name(name)
        close = difflib.get_close_matches(wanted, list(self._shown), n=count, cutoff=0.6)
        contained = sorted(key for key in self._shown if wanted and wanted in key)[:count]
        return sorted({self._shown[key] for key in dict.fromkeys(close + contained)})[:count]

    def label(self, key: str) -> str:
        return self.entities[key].label
