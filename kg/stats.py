"""Network analytics of a kg graph: who is central, which groups form, how two entities connect.

Everything is computed with networkx on the entity graph that the HTML view
draws (:func:`kg.view.to_networkx`), made undirected and simple: two entities
are *connected* when at least one relation links them in either direction,
weighted by how many relations do (a *relation* is a distinct core triple:
:func:`kg.view.projection.relation_triples`). Conditional and negated relations ("could
include collective action", "did not meet") are left out, as they are from the
graph's direct triples: they connect nobody.

* :func:`centrality`: degree centrality (share of the other entities an entity
  is connected to), betweenness centrality (exact up to 3,000 entities, then
  estimated from 500 seeded samples) and PageRank, for actors (people and
  organisations) or every entity;
* :func:`communities`: Louvain communities (seeded, so the same graph always
  gives the same groups);
* :func:`shortest_path`: the fewest relations between two entities named by
  their canonical name or any alias (:func:`find_entity`), each step with the
  relations it stands for and their direction.

Example:
    >>> from kg.rdf.graph import new_graph
    >>> report = graph_stats(new_graph())
    >>> report.entities, report.relations, report.centrality
    (0, 0, [])
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx
from rdflib import Graph

from kg.errors import InputError
from kg.rdf.names import NameIndex
from kg.view.layout import LAYOUT_SEED
from kg.view.projection import UNASSERTED, relation_triples, to_networkx

__all__ = [
    "ACTOR_TYPES",
    "Centrality",
    "Community",
    "Hop",
    "Stats",
    "entity_graph",
    "centrality",
    "communities",
    "find_entity",
    "name_index",
    "shortest_path",
    "graph_stats",
    "format_stats",
    "format_path",
]

ACTOR_TYPES = ("Person", "Organisation")
"""Core types of the entities that act: who is central among them is what ``kg stats`` shows."""

_EXACT_BETWEENNESS = 3000
_BETWEENNESS_SAMPLES = 500


@dataclass(frozen=True)
class Centrality:
    """How central one entity is: ``degree`` distinct neighbours, ``relations`` in all."""

    iri: str
    label: str
    type: str
    kind: str
    degree: int
    relations: int
    degree_centrality: float
    betweenness: float
    pagerank: float


@dataclass(frozen=True)
class Community:
    """A group of entities more connected among themselves than with the rest."""

    members: tuple[str, ...]  # labels, most connected first
    relations: int  # relations inside the group


@dataclass(frozen=True)
class Hop:
    """One step of a path: the relations between two consecutive entities.

    Each relation is ``(label, forward)``: ``forward`` when it goes from
    ``source`` to ``target`` ("Wes Streeting wrote to GP Committee England").
    """

    source: str
    target: str
    relations: tuple[tuple[str, bool], ...]


@dataclass
class Stats:
    """What ``kg stats`` prints."""

    entities: int
    relations: int
    documents: int
    components: int
    largest_component: int
    isolated: int
    density: float
    centrality: list[Centrality] = field(default_factory=list)
    communities: list[Community] = field(default_factory=list)
    betweenness_exact: bool = True


def entity_graph(view: nx.MultiDiGraph[str]) -> nx.Graph[str]:
    """The undirected simple graph of ``view``'s asserted relations.

    Nodes keep ``view``'s attributes; an edge's ``weight`` is the number of
    relations between its two entities.
    """
    simple: nx.Graph[str] = nx.Graph()
    for node in sorted(view.nodes):
        simple.add_node(node, **view.nodes[node])
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for u, _core, v in relation_triples(view):
        if u != v:
            weights[(u, v) if u < v else (v, u)] += 1
    simple.add_edges_from((u, v, {"weight": w}) for (u, v), w in sorted(weights.items()))
    return simple


def centrality(
    view: nx.MultiDiGraph[str],
    *,
    types: Iterable[str] | None = ACTOR_TYPES,
    top: int | None = None,
    seed: int = LAYOUT_SEED,
) -> tuple[list[Centrality], bool]:
    """Entities of ``types`` (every entity with ``None``) from most to least central.

    Ordered by degree centrality, then betweenness, then label. Returns the
    list (cut to ``top``) and whether betweenness is exact.
    """
    simple = entity_graph(view)
    count = simple.number_of_nodes()
    if count == 0:
        return [], True
    degree = nx.degree_centrality(simple) if count > 1 else dict.fromkeys(simple, 0.0)
    exact = count <= _EXACT_BETWEENNESS
    betweenness = nx.betweenness_centrality(
        simple, k=None if exact else min(_BETWEENNESS_SAMPLES, count), seed=seed
    )
    try:
        pagerank = nx.pagerank(simple, weight="weight") if simple.number_of_edges() else {}
    except (ImportError, nx.PowerIterationFailedConvergence):  # pragma: no cover
        pagerank = {}
    wanted = None if types is None else set(types)
    relations: dict[str, int] = defaultdict(int)
    for u, _core, v in relation_triples(view):
        relations[u] += 1
        if v != u:
            relations[v] += 1
    rows = [
        Centrality(
            iri=node,
            label=attrs["label"],
            type=attrs["type"],
            kind=attrs["subtype_label"],
            degree=simple.degree(node),
            relations=relations[node],
            degree_centrality=degree[node],
            betweenness=betweenness[node],
            pagerank=pagerank.get(node, 1.0 / count),
        )
        for node, attrs in simple.nodes(data=True)
        if wanted is None or attrs["type"] in wanted
    ]
    rows.sort(key=lambda r: (-r.degree_centrality, -r.betweenness, r.label.lower(), r.iri))
    return (rows if top is None else rows[:top]), exact


def communities(view: nx.MultiDiGraph[str], *, seed: int = LAYOUT_SEED) -> list[Community]:
    """Louvain communities of two or more entities, largest first (seeded)."""
    simple = entity_graph(view)
    if simple.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    found = []
    for group in groups:
        if len(group) < 2:
            continue
        members = sorted(
            group, key=lambda n: (-simple.degree(n), simple.nodes[n]["label"].lower(), n)
        )
        inside = simple.subgraph(group).size(weight="weight")
        found.append(
            Community(tuple(simple.nodes[n]["label"] for n in members), int(round(inside)))
        )
    found.sort(key=lambda c: (-len(c.members), -c.relations, c.members[0].lower()))
    return found


def name_index(view: nx.MultiDiGraph[str]) -> NameIndex:
    """The names of ``view``'s entities (:class:`kg.rdf.names.NameIndex`)."""
    return NameIndex(
        (node, attrs["label"], attrs.get("aliases", ()), attrs.get("type", ""))
        for node, attrs in view.nodes(data=True)
    )


def find_entity(view: nx.MultiDiGraph[str], name: str) -> str:
    """The node of the entity named ``name``: canonical name, alias or a person's surname
    (any case).

    When several entities have that name, the one whose canonical name it is wins, then
    the most connected. Raises :class:`~kg.errors.InputError` (with the closest names)
    when none has it, or when it is a surname several people share.
    """
    names = name_index(view)
    kind, found = names.lookup(name)
    if kind == "surname" and len(found) > 1:
        people = ", ".join(sorted(repr(names.label(key)) for key in found))
        raise InputError(f"{name!r} is the surname of several people ({people}); give a full name")
    if found:
        return min(found, key=lambda node: (-view.degree(node), names.label(node), node))
    suggestions = names.suggest(name)
    hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    raise InputError(
        f"no entity is named {name!r} in the graph{hint} (give a canonical name or an alias)"
    )


def shortest_path(view: nx.MultiDiGraph[str], source: str, target: str) -> list[Hop] | None:
    """The fewest asserted relations from the entity named ``source`` to the one named
    ``target``, in either direction; ``None`` when nothing connects them."""
    start, end = find_entity(view, source), find_entity(view, target)
    simple = entity_graph(view)
    try:
        nodes = nx.shortest_path(simple, start, end)
    except nx.NetworkXNoPath:
        return None
    hops = []
    for a, b in zip(nodes, nodes[1:], strict=False):
        relations: list[tuple[str, bool]] = []
        for u, v, forward in ((a, b, True), (b, a, False)):
            for attrs in (view.get_edge_data(u, v) or {}).values():
                if attrs["modality"] in UNASSERTED:
                    continue
                label = attrs["label"]
                if attrs["modality"] != "Asserted":
                    label = f"{label} [{attrs['modality'].lower()}]"
                relations.append((label, forward))
        hops.append(Hop(view.nodes[a]["label"], view.nodes[b]["label"], tuple(sorted(relations))))
    return hops


def graph_stats(
    graph: Graph | nx.MultiDiGraph[str],
    *,
    top: int | None = 15,
    types: Iterable[str] | None = ACTOR_TYPES,
    seed: int = LAYOUT_SEED,
) -> Stats:
    """Counts, the ``top`` most central entities of ``types`` and the communities of
    ``graph`` (an rdflib graph, or the view :func:`kg.view.to_networkx` made of one)."""
    view = graph if isinstance(graph, nx.MultiDiGraph) else to_networkx(graph)
    simple = entity_graph(view)
    components = list(nx.connected_components(simple))
    documents = set(view.graph.get("documents", {}))
    for _, docs in view.nodes(data="documents"):
        documents.update(docs)
    rows, exact = centrality(view, types=types, top=top, seed=seed)
    return Stats(
        entities=view.number_of_nodes(),
        relations=len(relation_triples(view)),
        documents=len(documents),
        components=sum(1 for c in components if len(c) > 1),
        largest_component=max((len(c) for c in components), default=0),
        isolated=sum(1 for c in components if len(c) == 1),
        density=nx.density(simple) if simple.number_of_nodes() > 1 else 0.0,
        centrality=rows,
        communities=communities(view, seed=seed),
        betweenness_exact=exact,
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(c).rjust(w) if i in right else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(header), *(line(r) for r in rows)]


def format_stats(stats: Stats, *, members: int = 8, actors_only: bool = True) -> str:
    """``stats`` as the text ``kg stats`` prints."""
    plural = "entities" if stats.entities != 1 else "entity"
    lines = [
        f"{stats.entities} {plural}, {stats.relations} relations, {stats.documents} document(s); "
        f"{stats.components} connected group(s), the largest of {stats.largest_component}; "
        f"{stats.isolated} without relations; density {stats.density:.3f}",
        "",
    ]
    who = "actors (people and organisations)" if actors_only else "entities"
    lines.append(f"Most central {who}:")
    if stats.centrality:
        note = "" if stats.betweenness_exact else " (estimated)"
        rows = [
            [
                str(i),
                row.label,
                row.kind,
                str(row.degree),
                str(row.relations),
                f"{row.degree_centrality:.3f}",
                f"{row.betweenness:.3f}",
                f"{row.pagerank:.3f}",
            ]
            for i, row in enumerate(stats.centrality, 1)
        ]
        header = ["#", "name", "type", "linked to", "relations", "degree", "betweenness" + note]
        lines += _table([*header, "pagerank"], rows, right={0, 3, 4, 5, 6, 7})
    else:
        lines.append("none")
    lines += ["", "Communities (Louvain):"]
    if not stats.communities:
        lines.append("none")
    for i, community in enumerate(stats.communities, 1):
        shown = ", ".join(community.members[:members])
        more = len(community.members) - members
        if more > 0:
            shown += f" and {more} more"
        lines.append(f"{i:>3}. {len(community.members)} entities: {shown}")
    return "\n".join(lines) + "\n"


def format_path(hops: list[Hop] | None, source: str, target: str) -> str:
    """A path from :func:`shortest_path` as text, one step a line."""
    if hops is None:
        return f"no path between {source!r} and {target!r}\n"
    if not hops:
        return f"{source!r} and {target!r} are the same entity\n"
    lines = []
    for hop in hops:
        forward = [label for label, ahead in hop.relations if ahead]
        backward = [label for label, ahead in hop.relations if not ahead]
        parts = []
        if forward:
            parts.append(f"{hop.source} —{', '.join(forward)}→ {hop.target}")
        if backward:
            parts.append(f"{hop.target} —{', '.join(backward)}→ {hop.source}")
        lines.append("; ".join(parts))
    steps = len(hops)
    lines.append(
        f"{steps} step{'s' if steps != 1 else ''} from {hops[0].source} to {hops[-1].target}"
    )
    return "\n".join(lines) + "\n"
