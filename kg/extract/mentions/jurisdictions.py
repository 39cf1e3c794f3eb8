"""Which government's body a shared name is, told by the governments an article names.

Governments give their departments the same names: "the Department of Health" is a
department in Belfast, in Dublin and (before 2018) in London. Where the article names one
of those governments, or another body of it (its executive, a department, a public body
serving its country), the shared name is that government's department. A country's name
alone is weaker evidence: it tells which department a shared name is only where no other
entry claims those words.

Example: in "Stormont ministers met. The Department of Health said ..." the department is
Northern Ireland's, not the UK one the words would otherwise name.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.gazetteer import GazetteerEntry, read_once_per_gazetteer
from kg.extract.mentions.names import DETERMINERS
from kg.extract.parse import UNSUPPORTED_SPANS, text_of
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "bodies_of_named_governments",
    "named_governments",
    "the_assembly_word",
    "the_executive_word",
    "the_governments_word",
]

Extent = tuple[int, int]


def bodies_of_named_governments(
    doc: Doc, gazetteer: Mapping[str, GazetteerEntry], found: Sequence[Span]
) -> dict[Extent, GazetteerEntry]:
    """Extent → the entry a shared name there is, for the shared names (set aside as
    unsupported) whose government the article names, given the listed names ``found``."""
    shared: dict[Extent, list[GazetteerEntry]] = {}
    for span in doc.spans.get(UNSUPPORTED_SPANS, ()):
        entry = gazetteer.get(span.id_)
        if entry is not None and (entry.government or entry.area):
            shared.setdefault((span.start, span.end), []).append(entry)
    if not shared:
        return {}
    governments = named_governments(gazetteer, [span.id_ for span in found])
    places = {span.id_ for span in found if core_class(URIRef(span.label_)) == KG.Place}
    claimed: dict[Extent, list[str]] = {}
    for span in found:
        claimed.setdefault((span.start, span.end), []).append(span.id_)
    firmly: set[str] | None = None
    chosen: dict[Extent, GazetteerEntry] = {}
    for extent, entries in shared.items():
        plain = claimed.get(extent)
        if plain is None:
            entry = _only_one(entries, governments) or _only_one(entries, places)
        else:
            if firmly is None:
                evidence = [s for s in found if (s.start, s.end) not in shared]
                firmly = _firmly_named(
                    gazetteer, [s.id_ for s in evidence if not _bare(doc, s) and _in_office(s)]
                )
            entry = _overruling(gazetteer, entries, plain, firmly)
        if entry is not None:
            chosen[extent] = entry
    return chosen


def _overruling(
    gazetteer: Mapping[str, GazetteerEntry],
    entries: Sequence[GazetteerEntry],
    plain: Sequence[str],
    firmly: Collection[str],
) -> GazetteerEntry | None:
    """The one shared entry of a government ``firmly`` named, where the words' plain reading
    (``plain``, the ids the words name as written: "Department of Health" is the UK's) is not
    of a government named as firmly."""
    for reading in (gazetteer.get(k) for k in plain):
        if reading is not None and {reading.id, reading.government, reading.area} & set(firmly):
            return None  # the UK's department and a body of the UK Government are named
    return _only_one(entries, firmly)


def _firmly_named(gazetteer: Mapping[str, GazetteerEntry], named: Iterable[str]) -> set[str]:
    """The governments (with their countries) an article names firmly enough to overrule the
    plain reading of a name: by the government itself or one of its departments, or by
    bodies serving its country named twice or more (``named`` has an id for each mention).
    One union or trust of another country, quoted once ("the Irish nurses' union sent
    support"), does not make a UK article's "Department of Health" or "the Government"
    Dublin's; an article about Ireland names its bodies again and again."""
    governments = dict(_governments_and_areas(gazetteer))
    firm: set[str] = set()
    serving: dict[str, int] = {}
    for entry_id in named:
        entry = gazetteer.get(entry_id)
        if entry is None or core_class(entry.type) == KG.Place:
            continue
        if entry.government or entry.id in governments:
            firm.update(g for g in (entry.id, entry.government, entry.area) if g)
        elif entry.area:
            serving[entry.area] = serving.get(entry.area, 0) + 1
    firm.update(area for area, mentions in serving.items() if mentions >= 2)
    return firm


def _in_office(span: Span) -> bool:
    """False for a listed person the article calls former ("former first minister Jo Reid",
    "Jo Reid, the former health minister"): out of office, they speak for no government, and
    name none firmly. Read on the name's own modifiers and apposition, so only for people."""
    if core_class(URIRef(span.label_)) != KG.Person:
        return True
    root = span.root
    for child in root.children:
        if child.dep_ not in ("compound", "appos", "amod") or child.i in range(
            span.start, span.end
        ):
            continue
        if child.lower_ == "former" or any(
            t.lower_ == "former" and t.dep_ == "amod" for t in child.children
        ):
            return False
    return True


def _bare(doc: Doc, span: Span) -> bool:
    """The bare word "Government" ("the Government's reforms"), which says nothing of whose."""
    return (
        span.id_ == UK_GOVERNMENT
        and span.text.lower() == "government"
        and (span.start == 0 or doc[span.start - 1].lower_ in ("the", "this"))
    )


def named_governments(gazetteer: Mapping[str, GazetteerEntry], named: Iterable[str]) -> set[str]:
    """The governments and countries the listed bodies ``named`` (gazetteer ids) are of or
    serve, with the bodies themselves; a place's name alone is not counted."""
    found: set[str] = set()
    for entry_id in named:
        entry = gazetteer.get(entry_id)
        if entry is not None and core_class(entry.type) != KG.Place:
            found.update(g for g in (entry.id, entry.government, entry.area) if g)
    return found


#: the gazetteer's id of the UK Government, whose names include the bare word "Government"
UK_GOVERNMENT = "government"


def the_governments_word(
    doc: Doc, gazetteer: Mapping[str, GazetteerEntry], found: Sequence[Span]
) -> dict[Extent, GazetteerEntry]:
    """Extent → the government the bare word "Government" ("the Government's reforms")
    names in an article whose listed bodies are all of one other government or its country,
    named firmly (an Irish article naming Irish unions and departments, again and again):
    that government, not the UK's. Nothing when the article names a body of the UK
    Government too."""
    bare = [s for s in found if _bare(doc, s)]
    if not bare:
        return {}
    named = [s.id_ for s in found if s not in bare]
    evidence = named_governments(gazetteer, named)
    if UK_GOVERNMENT in evidence or "uk" in evidence:
        return {}
    firmly = _firmly_named(gazetteer, [s.id_ for s in found if s not in bare and _in_office(s)])
    governments = {
        entry_id
        for entry_id, area in _governments_and_areas(gazetteer)
        if entry_id in firmly or area in firmly
    }
    if len(governments) != 1:
        return {}
    entry = gazetteer[governments.pop()]
    return {(s.start, s.end): entry for s in bare}


_DETERMINERS = DETERMINERS | {"new"}
#: tags of a possessive before a noun ("the trust's", "its")
_POSSESSIVE_TAGS = frozenset({"POS", "PRP$"})


def the_executive_word(
    doc: Doc, gazetteer: Mapping[str, GazetteerEntry], found: Sequence[Span]
) -> dict[Extent, GazetteerEntry]:
    """Extent → the government the bare word "Executive" names ("the Executive agreed a
    budget", "a new power-sharing Executive") in an article that firmly names one government
    called an executive (Northern Ireland's; Scotland's, as it was called before 2007) and no
    other listed body of that name (the Health and Safety Executive). The word is a name only
    with its capital, inside no listed name, before no capitalised word ("Executive
    Committee") and after no possessive or acronym, before no "of" ("the trust's Executive",
    "its Executive team", "the EIS Executive", "the Executive of the EIS": a body's own board
    of managers)."""
    words = [doc.char_span(m.start(), m.end()) for m in re.finditer(r"\bExecutive\b", text_of(doc))]
    if not words:
        return {}
    inside = {i for span in found for i in range(span.start, span.end)}
    bare = [
        t
        for t in (w[0] for w in words if w is not None and len(w) == 1)
        if t.i not in inside
        and not t.is_sent_start
        and doc[t.i - 1].lower_ != "chief"
        and doc[t.i - 1].tag_ not in _POSSESSIVE_TAGS
        and not doc[t.i - 1].is_upper  # "the EIS Executive": a union's own
        and (t.i + 1 == len(doc) or doc[t.i + 1].lower_ != "of")  # "the Executive of the EIS"
        and (doc[t.i - 1].lower_ in _DETERMINERS or not doc[t.i - 1].is_title)
        and (t.i + 1 == len(doc) or not doc[t.i + 1].is_title)
    ]
    if not bare:
        return {}
    named = [s.id_ for s in found]
    executives = {
        entry.id
        for entry in (gazetteer.get(k) for k in named)
        if entry is not None and any(n.endswith(" Executive") for n in entry.names)
    }
    firmly = _firmly_named(gazetteer, [s.id_ for s in found if _in_office(s)])
    governments = {
        entry_id
        for entry_id, area in _governments_and_areas(gazetteer)
        if (entry_id in firmly or area in firmly)
        and any(n.endswith(" Executive") for n in gazetteer[entry_id].names)
    }
    if len(governments) != 1 or executives - governments:
        return {}
    entry = gazetteer[governments.pop()]
    return {(t.i, t.i + 1): entry for t in bare}


def the_assembly_word(
    doc: Doc, gazetteer: Mapping[str, GazetteerEntry], found: Sequence[Span]
) -> dict[Extent, GazetteerEntry]:
    """Extent → the legislature "the assembly" names ("speaking in the assembly", "the
    Assembly voted") in an article that firmly names one government whose country's listed
    legislature is called an assembly (the Northern Ireland Assembly): news of a devolved
    government calls its legislature "the assembly" once it is clear which. Only after "the",
    inside no listed name, modifying no noun ("the assembly member") and before no "of" or
    capitalised word ("the assembly of delegates", "the Assembly Hall")."""
    inside = {i for span in found for i in range(span.start, span.end)}
    bare = [
        t
        for t in doc
        if t.lower_ == "assembly"
        and t.i > 0
        and doc[t.i - 1].lower_ == "the"
        and t.i not in inside
        and t.dep_ != "compound"
        and (t.i + 1 == len(doc) or doc[t.i + 1].lower_ != "of" and not doc[t.i + 1].is_title)
    ]
    if not bare:
        return {}
    firmly = _firmly_named(gazetteer, [s.id_ for s in found if _in_office(s)])
    areas = {area for entry_id, area in _governments_and_areas(gazetteer) if entry_id in firmly}
    legislatures = [
        entry
        for entry in gazetteer.values()
        if entry.type == KG.Legislature
        and entry.area in areas
        and any(n.endswith(" Assembly") for n in entry.names)
    ]
    if len(legislatures) != 1:
        return {}
    return {(t.i, t.i + 1): legislatures[0] for t in bare}


@read_once_per_gazetteer
def _governments_and_areas(gazetteer: Mapping[str, GazetteerEntry]) -> tuple[tuple[str, str], ...]:
    """(id, country) of the listed governments that have departments."""
    with_departments = {e.government for e in gazetteer.values() if e.government}
    return tuple((e.id, e.area) for e in gazetteer.values() if e.id in with_departments and e.area)


def _only_one(entries: Sequence[GazetteerEntry], named: Collection[str]) -> GazetteerEntry | None:
    """The one entry whose government or country is among ``named``, else None."""
    matching = [e for e in entries if e.government in named or e.area in named]
    return matching[0] if len(matching) == 1 else None
