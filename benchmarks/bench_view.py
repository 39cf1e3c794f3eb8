"""Size and time to interactive of kg's HTML view in headless Chromium.

For synthetic graphs of 200, 2,000 and 10,000 entities in kg's RDF shape (made
with :func:`kg.rdf.graph.to_rdf` from hand-made :mod:`kg.model` values: people,
organisations, proposals, events and places, linked by a preferential-attachment
process so that a few hubs have many relations, as in news; about 1.4 relations
per entity, some reported, planned, conditional or negated, a few from readers'
comments, some entities with no relation), this measures:

* **render**: ``kg.view.render_html`` in Python (RDF → networkx → layout → page);
* **HTML**: the size of the page;
* **interactive**: wall-clock time from ``page.goto(file://…)`` in headless
  Chromium (Debian's ``/usr/bin/chromium`` driven by Playwright) until the
  page has drawn the graph (``window.kgView.ready``) *and* answers a call on
  its main thread; the page's own ``performance.now()`` at that moment is
  reported too;
* **search**: time for ``kgView.search(name)`` of a peripheral entity (select,
  reveal if hidden, focus, side panel) and the next frame (the page is opened
  with reduced motion, so focusing does not animate);
* **show all**: for graphs that open on their most central entities, time for
  ``kgView.showAll()`` to draw every entity.

Each size is measured ``--repeat`` times (fresh browser profile each time) and
the median is reported. Usage::

    python benchmarks/bench_view.py [--sizes 200,2000,10000] [--repeat 3] [--limit N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Graph, URIRef  # noqa: E402

from kg.model import (  # noqa: E402
    Document,
    Entity,
    Evidence,
    Extraction,
    Mention,
    Relation,
    Sentence,
)
from kg.rdf.graph import to_rdf  # noqa: E402
from kg.rdf.namespaces import KG  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

FIRST = "Alex Sam Jo Priya Tom Ana Ravi Kate Omar Lucy Ben Mei Sara Dan Ifeoma Karl".split()
LAST = "Morgan Patel Jones Khan Evans Smith Brown Okafor Reid Shah Ward Hughes Clark".split()
PLACES = "Northshire Eastmoor Westbury Kingsford Ashdale Redport Lowfield Bramley".split()
ORG_WORDS = ("Health Board", "Union", "Committee", "Trust", "Council", "Institute")
PROPOSAL_WORDS = ("contract", "funding formula", "reform", "plan", "pilot scheme")
EVENT_WORDS = ("talks", "ballot", "conference", "consultation", "strike")

# type, share of entities
TYPES = (
    (KG.Person, 0.3),
    (KG.Organisation, 0.3),
    (KG.Proposal, 0.2),
    (KG.Event, 0.15),
    (KG.Place, 0.05),
)
# predicate by the object's core type
PREDICATES = {
    KG.Person: (KG.meets, KG.criticises, KG.tells),
    KG.Organisation: (KG.memberOf, KG.wroteTo, KG.urges, KG.chairOf, KG.negotiatesWith),
    KG.Proposal: (KG.proposes, KG.supports, KG.rejects, KG.consultsOn, KG.advisesOn),
    KG.Event: (KG.participatesIn, KG.organises),
    KG.Place: (KG.partOf,),
}
MODALITIES = (
    (KG.Asserted, 0.7),
    (KG.Reported, 0.1),
    (KG.Planned, 0.1),
    (KG.Conditional, 0.05),
    (KG.Negated, 0.05),
)


def _name(kind: URIRef, number: int, rng: random.Random) -> str:
    if kind == KG.Person:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)} {number}"
    if kind == KG.Organisation:
        return f"{rng.choice(PLACES)} {rng.choice(ORG_WORDS)} {number}"
    if kind == KG.Proposal:
        return f"{2024 + number % 5}/{25 + number % 5} {rng.choice(PROPOSAL_WORDS)} {number}"
    if kind == KG.Event:
        return f"{rng.choice(PLACES)} {rng.choice(EVENT_WORDS)} {number}"
    return f"{rng.choice(PLACES)} {number}"


def synthetic_graph(n_entities: int, *, seed: int = 7, isolated: float = 0.04) -> Graph:
    """A graph of ``n_entities`` entities in kg's RDF shape (see the module docstring)."""
    rng = random.Random(seed)
    kinds = [k for k, _ in TYPES]
    weights = [w for _, w in TYPES]
    n_docs = max(1, n_entities // 40)
    doc_ids = [f"synthetic-{i:05d}" for i in range(n_docs)]

    entity_kind: list[URIRef] = []
    labels: list[str] = []
    for number in range(n_entities):
        kind = rng.choices(kinds, weights)[0]
        entity_kind.append(kind)
        labels.append(_name(kind, number, rng))
    entity_doc = [rng.randrange(n_docs) for _ in range(n_entities)]

    # preferential attachment over the connected entities
    connected = [i for i in range(n_entities) if rng.random() >= isolated]
    pairs: list[tuple[int, int]] = []
    targets: list[int] = connected[:1]
    for i in connected[1:]:
        for _ in range(1 if rng.random() < 0.6 else 2):
            j = rng.choice(targets)
            if j != i:
                pairs.append((i, j) if rng.random() < 0.5 else (j, i))
                targets.append(j)
        targets.append(i)

    sentences: dict[str, list[Sentence]] = {doc: [] for doc in doc_ids}
    texts: dict[str, list[str]] = {doc: [] for doc in doc_ids}
    offsets = dict.fromkeys(doc_ids, 0)

    def sentence(doc: str, text: str, in_comments: bool = False) -> Sentence:
        start = offsets[doc]
        made = Sentence(doc, len(sentences[doc]), start, start + len(text), text, in_comments)
        sentences[doc].append(made)
        texts[doc].append(text)
        offsets[doc] = start + len(text) + 1
        return made

    mentions: list[tuple[Mention, ...]] = []
    for i, label in enumerate(labels):
        doc = doc_ids[entity_doc[i]]
        made = sentence(doc, f"{label} was named in the report.")
        mention = Mention(
            doc, made.start, made.start + len(label), label, entity_kind[i], made.index, "ner", 0.85
        )
        mentions.append((mention,))

    relations: list[Relation] = []
    modality_kinds = [m for m, _ in MODALITIES]
    modality_weights = [w for _, w in MODALITIES]
    for a, b in pairs:
        predicate = rng.choice(PREDICATES[entity_kind[b]])
        doc = doc_ids[entity_doc[a]]
        comments = rng.random() < 0.04
        text = f"{labels[a]} {predicate.split('#')[-1]} {labels[b]}, the paper said."
        made = sentence(doc, text, comments)
        evidence = Evidence(
            made, made.start, made.end - 16, "synthetic", round(rng.uniform(0.5, 0.95), 2)
        )
        modality = rng.choices(modality_kinds, modality_weights)[0]
        relations.append(Relation(f"e{a}", predicate, f"e{b}", evidence, modality))

    entities = [
        Entity(f"e{i}", labels[i], entity_kind[i], aliases=(labels[i],), mentions=mentions[i])
        for i in range(n_entities)
    ]
    extractions = []
    for doc in doc_ids:
        body = " ".join(texts[doc])
        document = Document(
            doc, f"synthetic/{doc}.txt", body, f"Synthetic article {doc}", len(body)
        )
        extractions.append(Extraction(document, sentences[doc]))
    return to_rdf(extractions, entities, relations)


def _launch(playwright: Any, profile: str) -> Any:
    return playwright.chromium.launch_persistent_context(
        profile,
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 900},
        reduced_motion="reduce",  # no focus animation: times the work, not the easing
    )


def measure_page(path: Path, probe: str) -> dict[str, float]:
    """Open ``path`` in a fresh headless Chromium and time it (seconds)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = _launch(playwright, profile)
        try:
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            started = time.perf_counter()
            page.goto(path.resolve().as_uri(), wait_until="commit", timeout=120_000)
            # a selector, not wait_for_function: the page's CSP forbids Playwright's eval
            page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=120_000)
            page.evaluate("1")  # the main thread answers
            interactive = time.perf_counter() - started
            in_page = page.evaluate("window.kgView.readyAt") / 1000.0
            state = page.evaluate("window.kgView.state()")
            clock = time.perf_counter()
            page.evaluate("name => window.kgView.search(name)", probe)
            page.evaluate("new Promise(r => requestAnimationFrame(() => r(1)))")
            search = time.perf_counter() - clock
            show_all = float("nan")
            if state["visibleNodes"] < state["nodes"]:
                clock = time.perf_counter()
                page.evaluate("window.kgView.showAll()")
                page.evaluate("new Promise(r => requestAnimationFrame(() => r(1)))")
                show_all = time.perf_counter() - clock
            # one frame with every entity shown, at the zoom that fits them all
            page.evaluate("window.kgView.fit()")
            frame = (
                page.evaluate(
                    "(() => { const t = performance.now(); window.kgView.network.redraw();"
                    " return performance.now() - t; })()"
                )
                / 1000.0
            )
            if errors:
                raise RuntimeError(f"page errors: {errors}")
            return {
                "interactive": interactive,
                "in_page": in_page,
                "search": search,
                "show_all": show_all,
                "frame": frame,
                "initial_nodes": float(state["visibleNodes"]),
                "nodes": float(state["nodes"]),
                "edges": float(state["edges"]),
            }
        finally:
            context.close()


def run(size: int, repeat: int, folder: Path, limit: int) -> dict[str, Any]:
    from kg.view.page import render_html
    from kg.view.projection import to_networkx

    graph = synthetic_graph(size)
    started = time.perf_counter()
    page = render_html(graph, title=f"synthetic graph of {size} entities", overview_limit=limit)
    render = time.perf_counter() - started
    path = folder / f"view-{size}-{limit}.html"
    path.write_text(page, encoding="utf-8")
    view = to_networkx(graph)
    probe = min((view.nodes[n]["label"] for n in view.nodes if view.degree(n) == 1), default="x")
    runs = [measure_page(path, probe) for _ in range(repeat)]
    result: dict[str, Any] = {"size": size, "render": render, "bytes": path.stat().st_size}
    for key in runs[0]:
        result[key] = statistics.median(r[key] for r in runs)
    result["interactive_max"] = max(r["interactive"] for r in runs)
    return result


def _markdown(results: list[dict[str, Any]]) -> str:
    lines = [
        "| entities | relations | opens on | HTML | render (Python) | interactive | in-page "
        "| search | show all | frame, all shown |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        show_all = "—" if r["show_all"] != r["show_all"] else f"{r['show_all']:.2f} s"
        lines.append(
            f"| {int(r['nodes']):,} | {int(r['edges']):,} | {int(r['initial_nodes']):,} "
            f"| {r['bytes'] / 2**20:.1f} MiB | {r['render']:.1f} s "
            f"| **{r['interactive']:.2f} s** (max {r['interactive_max']:.2f}) | {r['in_page']:.2f} s "
            f"| {r['search']:.2f} s | {show_all} | {r['frame'] * 1000:.0f} ms |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,2000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help="Entities the page opens on (default: kg.view.OVERVIEW_LIMIT).",
    )
    parser.add_argument("--keep", type=Path, help="Keep the pages in this folder.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from kg.view.page import OVERVIEW_LIMIT

    limit = args.limit or OVERVIEW_LIMIT
    print(
        f"# {platform.machine()}, {platform.python_version()}, Chromium at {CHROMIUM}",
        file=sys.stderr,
    )
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        results = []
        for size in sizes:
            result = run(size, args.repeat, folder, limit)
            print(result, file=sys.stderr)
            results.append(result)
    print(_markdown(results))


if __name__ == "__main__":
    main()
