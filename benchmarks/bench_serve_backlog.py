"""Latency of ``kg serve`` under concurrent clients, with the listen backlog kg sets and with 5.

Starts ``kg serve`` on 127.0.0.1 on a small graph (``examples/`` article
built once, or ``--graph FILE``), then ``--clients`` threads each open a
fresh connection per request and ask for ``/queries`` (answered by the
server's process, so the backlog and the accept loop are what is measured)
or, with ``--sparql``, run a small query in the workers. Prints p50, p90,
p99 and the worst latency for each backlog.

    python3 benchmarks/bench_serve_backlog.py --clients 20 --requests 2000
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.sparql.serve import make_server
from kg.sparql.serve.server import EndpointServer

ROOT = Path(__file__).resolve().parent.parent


def graph_file(folder: Path) -> Path:
    from kg.pipeline import build
    from kg.rdf.turtle import write_turtle

    return write_turtle(
        build([ROOT / "examples" / "streeting-letter-to-gpce.txt"]), folder / "g.ttl"
    )


def measure(graph: Path, backlog: int, clients: int, requests: int, sparql: bool) -> list[float]:
    EndpointServer.request_queue_size = backlog
    server = make_server(graph, port=0, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    url = f"{server.url}sparql?{query}" if sparql else f"{server.url}queries"
    times: list[float] = []
    lock = threading.Lock()
    per_client = requests // clients

    def client() -> None:
        for _ in range(per_client):
            started = time.perf_counter()
            with urllib.request.urlopen(url, timeout=60) as response:
                response.read()
            with lock:
                times.append(time.perf_counter() - started)

    try:
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for item in threads:
            item.start()
        for item in threads:
            item.join()
    finally:
        server.close()
        thread.join(timeout=10)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--sparql", action="store_true", help="ask the workers, not /queries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        graph = args.graph or graph_file(Path(folder))
        for backlog in (5, EndpointServer.request_queue_size):
            times = sorted(measure(graph, backlog, args.clients, args.requests, args.sparql))
            cuts = statistics.quantiles(times, n=100)
            print(
                f"backlog {backlog:>3}: {len(times)} requests, {args.clients} clients: "
                f"p50 {cuts[49] * 1000:.1f} ms, p90 {cuts[89] * 1000:.1f} ms, "
                f"p99 {cuts[98] * 1000:.1f} ms, worst {times[-1] * 1000:.1f} ms"
            )


if __name__ == "__main__":
    main()
