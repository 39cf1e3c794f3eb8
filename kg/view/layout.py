"""Where the view puts each entity: laid out ahead by networkx, so the browser runs no physics.

Each connected component is laid out on its own (networkx's seeded spring
layout, or a hub-and-sunflower layout for large ones), evened out so that no
two nodes overlap; entities without relations go in a grid beside them. The
same graph always gives the same positions.

Example:
    >>> import networkx as nx
    >>> view = nx.MultiDiGraph()
    >>> view.add_node("a", type="Person", label="A")
    >>> view.add_node("b", type="Person", label="B")
    >>> view.add_edge("a", "b")
    0
    >>> layout(view)
    {'a': (-85, 0), 'b': (85, 0)}
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict, deque
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx
import numpy as np

__all__ = ["LAYOUT_SEED", "layout", "skeleton"]

logger = logging.getLogger(__name__)

LAYOUT_SEED = 42
"""Seed of the layout: the same graph always gives the same page."""

_EDGE_LENGTH = 170.0  # pixels
_MIN_GAP = 145.0  # pixels between node centres
_SPRING_LIMIT = 400  # larger components: networkx lays out their best-connected nodes only
_GRID = (175.0, 100.0)  # cell of the grid of entities without relations
_LARGE_SPREAD = 1.2  # side of a large component's hub layout, in _MIN_GAP * sqrt(nodes)
_LARGE_CELL = 140.0  # grid cell of a large component's nodes (at least 0.4 cell apart)


def skeleton(view: nx.MultiDiGraph[str]) -> nx.Graph[str]:
    """The undirected simple graph of ``view``: one edge per related pair, no self-loops.

    Each edge's ``relations`` attribute counts the relations between the pair.
    """
    simple: nx.Graph[str] = nx.Graph()
    simple.add_nodes_from(sorted(view.nodes))
    relations: dict[tuple[str, str], int] = defaultdict(int)
    for u, v in view.edges():
        if u != v:
            relations[(u, v) if u < v else (v, u)] += 1
    simple.add_edges_from((u, v, {"relations": k}) for (u, v), k in sorted(relations.items()))
    return simple


def layout(
    view: nx.MultiDiGraph[str], *, type_order: Sequence[str] = ()
) -> dict[str, tuple[int, int]]:
    """Pixel positions of the nodes of ``view``, the same for the same graph.

    Each connected component is laid out on its own (:func:`_component_layout`);
    entities without relations go in a compact grid, grouped by type (core types
    in ``type_order`` first, in that order); the blocks are then packed in rows,
    largest first, so that no component drifts far from the others.
    """
    simple = skeleton(view)
    components = sorted(
        (sorted(component) for component in nx.connected_components(simple)),
        key=lambda component: (-len(component), component[0]),
    )
    blocks: list[tuple[list[str], np.ndarray]] = []
    for component in components:
        if len(component) > 1:
            sub: nx.Graph[str] = nx.Graph()
            sub.add_nodes_from(component)
            sub.add_edges_from(sorted(simple.subgraph(component).edges(data=True)))
            blocks.append((component, _component_layout(sub)))
    order = list(type_order)

    def rank(core: str) -> int:
        return order.index(core) if core in order else len(order)

    singles = sorted(
        (component[0] for component in components if len(component) == 1),
        key=lambda n: (rank(view.nodes[n]["type"]), view.nodes[n]["label"].lower(), n),
    )
    if singles:
        blocks.append((singles, _single_grid(len(singles), blocks)))
    return _pack(blocks)


def _single_grid(count: int, blocks: list[tuple[list[str], np.ndarray]]) -> np.ndarray:
    """A grid of ``count`` entities without relations, about as tall as the tallest block,
    so that it can sit beside it."""
    tallest = max((float(np.ptp(c[:, 1])) for _, c in blocks), default=0.0)
    rows = max(1, min(count, int(tallest // _GRID[1]) + 1))
    rows = min(rows, math.ceil(1.5 * math.sqrt(count)))
    if not blocks:
        rows = max(1, math.floor(math.sqrt(count * _GRID[0] / _GRID[1] / 2.0)))
    columns = math.ceil(count / rows)
    grid = [((i % columns) * _GRID[0], (i // columns) * _GRID[1]) for i in range(count)]
    return np.array(grid, dtype=float)


def _spring(graph: nx.Graph[str]) -> dict[Any, np.ndarray]:
    count = graph.number_of_nodes()
    iterations = 200 if count < 200 else 100
    try:
        return nx.spring_layout(graph, seed=LAYOUT_SEED, iterations=iterations)
    except ImportError:  # networkx wants scipy for large graphs
        try:
            return nx.spring_layout(graph, seed=LAYOUT_SEED, iterations=iterations, method="force")
        except (ImportError, TypeError):
            logger.warning("no scipy for a spring layout of %d nodes: using a circle", count)
            return nx.circular_layout(graph)


def _edge_array(graph: nx.Graph[str], index: Mapping[Any, int]) -> np.ndarray:
    return np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=int).reshape(-1, 2)


def _component_layout(graph: nx.Graph[str]) -> np.ndarray:
    """Positions of a connected graph's nodes, in its node order.

    Up to ``_SPRING_LIMIT`` nodes: networkx's seeded spring layout, scaled so
    that a typical edge is ``_EDGE_LENGTH`` long. Larger: :func:`_large_layout`.
    Then evened out by :func:`_relax` so that no two nodes overlap.
    """
    nodes = list(graph.nodes)
    count = len(nodes)
    if count == 2:
        return np.array([[0.0, 0.0], [_EDGE_LENGTH, 0.0]])
    index = {node: i for i, node in enumerate(nodes)}
    pairs = _edge_array(graph, index)
    if count <= _SPRING_LIMIT:
        positions = _spring(graph)
        coords = np.array([positions[node] for node in nodes], dtype=float)
        lengths = np.hypot(*(coords[pairs[:, 0]] - coords[pairs[:, 1]]).T)
        coords *= _EDGE_LENGTH / max(float(np.median(lengths)), 1e-9)
        rounds = 120 if count <= 200 else 60
    else:
        # too many nodes for springs to untangle in a few rounds: spread them, then give
        # each its own cell of a grid so that none overlaps another
        coords = _large_layout(graph, nodes, index)
        coords = _relax(coords, pairs[:0], _EDGE_LENGTH, _MIN_GAP, rounds=20)
        degree = np.bincount(pairs.reshape(-1), minlength=count)
        coords = _on_grid(coords, _LARGE_CELL, order=np.argsort(-degree, kind="stable"))
        # shaken within their cells, so as not to look like a lattice (seeded)
        shake = np.random.default_rng(LAYOUT_SEED).uniform(-0.3, 0.3, size=coords.shape)
        return coords + shake * _LARGE_CELL
    # a pair linked by several relations is drawn further apart, so their labels fit
    many = np.array([graph.edges[u, v].get("relations", 1) for u, v in graph.edges()], dtype=float)
    lengths = _EDGE_LENGTH * np.minimum(1.0 + 0.25 * (many - 1.0), 1.8)
    return _relax(coords, pairs, lengths, _MIN_GAP, rounds=rounds, stretch=many > 1)


def _large_layout(graph: nx.Graph[str], nodes: list[Any], index: Mapping[Any, int]) -> np.ndarray:
    """A component too large for networkx's spring layout in a few seconds.

    The ``_SPRING_LIMIT`` best-connected nodes (hubs) are laid out by networkx
    over a coarse graph that links two hubs when they are related directly or
    through one other entity; every other node is then placed, breadth first,
    on a sunflower around the node that reached it, fanning outwards.
    """
    count = len(nodes)
    degree = dict(graph.degree())
    hubs = sorted(nodes, key=lambda n: (-degree[n], str(n)))[:_SPRING_LIMIT]
    hub_set = set(hubs)
    coarse: nx.Graph[Any] = nx.Graph()
    coarse.add_nodes_from(hubs)
    links: set[tuple[Any, Any]] = set()
    for node in nodes:
        near = sorted((n for n in graph[node] if n in hub_set), key=str)
        if node in hub_set:
            links.update((node, n) for n in near)
        else:
            links.update(zip(near, near[1:], strict=False))
    coarse.add_edges_from(sorted(links, key=str))
    positions = _spring(coarse)
    side = _MIN_GAP * math.sqrt(count) * _LARGE_SPREAD
    coords = np.zeros((count, 2))
    placed = np.zeros(count, dtype=bool)
    for hub in hubs:
        coords[index[hub]] = np.asarray(positions[hub], dtype=float) * side / 2.0
        placed[index[hub]] = True
    centre = coords[placed].mean(axis=0)
    golden = (math.sqrt(5.0) - 1.0) / 2.0
    queue = deque(hubs)
    while queue:
        parent = queue.popleft()
        children = sorted(
            (n for n in graph[parent] if not placed[index[n]]), key=lambda n: (-degree[n], str(n))
        )
        if not children:
            continue
        origin = coords[index[parent]]
        known = [coords[index[n]] for n in graph[parent] if placed[index[n]]]
        away = origin - (np.mean(known, axis=0) if known else centre)
        if parent in hub_set or not np.any(away):
            spread, base = 2.0 * math.pi, 0.0
        else:
            spread, base = 0.9 * math.pi, math.atan2(away[1], away[0])
        for j, child in enumerate(children):
            radius = max(_EDGE_LENGTH, _MIN_GAP * math.sqrt(2.0 * (j + 1) / spread))
            angle = base + spread * (((j * golden) % 1.0) - 0.5)
            coords[index[child]] = origin + radius * np.array([math.cos(angle), math.sin(angle)])
            placed[index[child]] = True
            queue.append(child)
    return coords


def _on_grid(coords: np.ndarray, cell: float, *, order: np.ndarray) -> np.ndarray:
    """Each point moved to the centre of the nearest free cell of a square grid, in
    ``order`` (the first keep their own cell): no two points end up closer than ``cell``."""
    taken: set[tuple[int, int]] = set()
    result = np.empty_like(coords, dtype=float)
    rings: list[list[tuple[int, int]]] = [[(0, 0)]]
    for i in order:
        x, y = coords[i] / cell
        home = (round(float(x)), round(float(y)))
        spot = None
        radius = 0
        while spot is None:
            while len(rings) <= radius:  # cells at Chebyshev distance r, nearest first
                r = len(rings)
                ring = [(dx, dy) for dx in range(-r, r + 1) for dy in range(-r, r + 1)]
                ring = [(dx, dy) for dx, dy in ring if max(abs(dx), abs(dy)) == r]
                rings.append(sorted(ring, key=lambda d: (d[0] ** 2 + d[1] ** 2, d)))
            for dx, dy in rings[radius]:
                candidate = (home[0] + dx, home[1] + dy)
                if candidate not in taken:
                    spot = candidate
                    break
            radius += 1
        taken.add(spot)
        result[i] = (spot[0] * cell, spot[1] * cell)
    return result


def _close_pairs(coords: np.ndarray, radius: float) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, of points closer than ``radius``."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - scipy is a dependency
        if len(coords) > 4000:
            return np.empty((0, 2), dtype=int)
        diff = coords[:, None, :] - coords[None, :, :]
        close = np.triu(np.hypot(diff[..., 0], diff[..., 1]) < radius, 1)
        return np.argwhere(close)
    return cKDTree(coords).query_pairs(radius, output_type="ndarray").reshape(-1, 2)


def _accumulate(count: int, indices: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    return np.stack(
        [
            np.bincount(indices, weights=vectors[:, 0], minlength=count),
            np.bincount(indices, weights=vectors[:, 1], minlength=count),
        ],
        axis=1,
    )


def _relax(
    coords: np.ndarray,
    edges: np.ndarray,
    length: float | np.ndarray,
    gap: float,
    *,
    rounds: int = 120,
    stretch: np.ndarray | None = None,
) -> np.ndarray:
    """``coords`` evened out: edges longer than ``length`` (one for all, or one per edge)
    pulled in and ``stretch`` edges (a mask) shorter than theirs pushed out (first half of
    the rounds), nodes closer than ``gap`` pushed apart, a little at a time
    (deterministic)."""
    coords = coords.astype(float, copy=True)
    count = len(coords)
    golden_angle = math.pi * (3.0 - math.sqrt(5.0))
    lengths = np.broadcast_to(np.asarray(length, dtype=float), (len(edges),))
    if stretch is None:
        stretch = np.zeros(len(edges), dtype=bool)
    degree = np.bincount(edges.reshape(-1), minlength=count).astype(float)
    for step in range(rounds):
        if len(edges) and step < rounds // 2:
            delta = coords[edges[:, 1]] - coords[edges[:, 0]]
            dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-6)
            excess = np.where(stretch, dist - lengths, np.clip(dist - lengths, 0.0, None)) / dist
            move = 0.5 * delta * excess[:, None]
            pull = _accumulate(count, edges[:, 0], move) - _accumulate(count, edges[:, 1], move)
            coords += pull / np.maximum(degree, 1.0)[:, None]  # averaged: hubs do not overshoot
        pairs = _close_pairs(coords, gap)
        if not len(pairs):
            if step >= rounds // 2:
                break
            continue
        diff = coords[pairs[:, 0]] - coords[pairs[:, 1]]
        dist = np.hypot(diff[:, 0], diff[:, 1])
        same = dist < 1e-6  # coincident points: push along a fixed, index-based direction
        if same.any():
            angle = pairs[same, 0] * golden_angle
            diff[same] = np.stack([np.cos(angle), np.sin(angle)], axis=1)
            dist[same] = 1.0
        move = 0.25 * diff * ((gap - dist) / np.maximum(dist, 1e-6))[:, None]
        push = _accumulate(count, pairs[:, 0], move) - _accumulate(count, pairs[:, 1], move)
        size = np.hypot(push[:, 0], push[:, 1])
        coords += push * np.minimum(1.0, 0.5 * gap / np.maximum(size, 1e-9))[:, None]
    return coords


def _pack(blocks: list[tuple[list[str], np.ndarray]]) -> dict[str, tuple[int, int]]:
    """Blocks of positions placed left to right in rows, about twice as wide as tall."""
    if not blocks:
        return {}
    shifted = [(nodes, coords - coords.min(axis=0)) for nodes, coords in blocks]
    sizes = [coords.max(axis=0) + _MIN_GAP for _, coords in shifted]
    area = sum(float(w * h) for w, h in sizes)
    row_width = max(max(float(w) for w, _ in sizes), math.sqrt(2.0 * area))
    result: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (nodes, coords), (width, height) in zip(shifted, sizes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, coords, strict=True):
            result[node] = (x + float(px), y + float(py))
        x += float(width)
        row_height = max(row_height, float(height))
    centre_x = (min(p[0] for p in result.values()) + max(p[0] for p in result.values())) / 2
    centre_y = (min(p[1] for p in result.values()) + max(p[1] for p in result.values())) / 2
    return {node: (round(px - centre_x), round(py - centre_y)) for node, (px, py) in result.items()}
