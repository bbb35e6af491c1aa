"""Web pages and API endpoints: response times of the dashboard over a real store.

    python benchmarks/bench_web.py STORE [--repeat 20] [--json]

The app is served by uvicorn on a loopback port (read-only) and requested over HTTP with
httpx, as a browser would. Each page is timed as the sum of its HTML and every API call
its script makes on load; each endpoint is also timed alone. One warm-up run, then
``--repeat`` runs; the median and 95th percentile are reported. The dyad, actor, event
and document are the busiest of the store. Target: every page under 300 ms.
POST /api/code (Try it) is timed on a three-sentence text once the coder is loaded.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

TARGET_MS = 300
TRY_TEXT = (
    "Peru and Chile signed an agreement on Tuesday to share patrols of their fishing grounds. "
    "Chilean officials praised Peru for its patience. Bolivia accused Chile of blocking its access "
    "to the sea."
)


def serve(target: str) -> tuple[Any, str]:
    """The app over ``target`` in a uvicorn thread; returns (server, base URL)."""
    import uvicorn

    from dyads.api import create_app

    app = create_app(target, read_only=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return server, f"http://127.0.0.1:{port}"


def busiest(target: str) -> dict[str, str]:
    """The most active dyad and actor, the most reported event and the document with most events."""
    from dyads.store import open_store

    with open_store(target, read_only=True) as store:
        a, b = store.db.rows(
            "SELECT LEAST(actor_code, recipient_code), GREATEST(actor_code, recipient_code), COUNT(*) FROM "
            "cluster_dyads WHERE actor_code <> '' AND recipient_code <> '' AND actor_code <> recipient_code "
            "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 1"
        )[0][:2]
        code = store.value(
            "SELECT code FROM event_actors WHERE code IS NOT NULL GROUP BY code ORDER BY COUNT(*) DESC, code LIMIT 1"
        )
        event = store.value("SELECT event_id FROM clusters ORDER BY n_mentions DESC, id LIMIT 1")
        doc = store.value("SELECT id FROM documents ORDER BY n_events DESC, id LIMIT 1")
    return {"a": a, "b": b, "code": code, "event": event, "doc": doc}


def pages(k: dict[str, str]) -> dict[str, list[str]]:
    """Each dashboard page and the requests it makes on load (see src/dyads/web/static/js/views)."""
    dyad = f"/api/dyads/{k['a']}/{k['b']}"
    return {
        "/network": ["/network", "/api/info", "/api/network?min_events=1&max_nodes=60"],
        f"/dyads/{k['a']}/{k['b']}": [f"/dyads/{k['a']}/{k['b']}", "/api/info", f"{dyad}?by=auto"],
        "/events": ["/events", "/api/info", "/api/events"],
        f"/events?either={k['code']}&quad=4": ["/events", "/api/info", f"/api/events?either={k['code']}&quad=4"],
        "/events/{id}": [f"/events/{k['event']}", "/api/info", f"/api/events/{k['event']}"],
        "/actors": ["/actors", "/api/info", "/api/actors?limit=200"],
        f"/actors/{k['code']}": [
            f"/actors/{k['code']}",
            "/api/info",
            f"/api/actors/{k['code']}?partners=25",
            f"/api/events?either={k['code']}&unique=true&limit=20",
        ],
        "/documents/{id}": [f"/documents/{k['doc']}", "/api/info", f"/api/documents/{k['doc']}"],
        "/try": ["/try", "/api/info"],
    }


def timed(client: Any, method: str, url: str, **kwargs: Any) -> float:
    start = time.perf_counter()
    response = client.request(method, url, **kwargs)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{method} {url}: {response.status_code} {response.text[:200]}")
    return elapsed


def measure(run: Any, repeat: int) -> dict[str, float]:
    run()  # warm-up
    times = sorted(run() for _ in range(repeat))
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", help="DuckDB file or postgresql:// URL (e.g. one made by dyads ingest)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown tables")
    args = parser.parse_args()
    if not args.store.startswith("postgres") and not Path(args.store).exists():
        raise SystemExit(f"no store at {args.store}: make one with dyads ingest")

    import httpx

    keys = busiest(args.store)
    server, base = serve(args.store)
    results: dict[str, Any] = {"store": args.store, "keys": keys, "pages": {}, "endpoints": {}}
    with httpx.Client(base_url=base, timeout=None) as client:
        print("loading the coder for POST /api/code ...", file=sys.stderr)
        timed(client, "POST", "/api/code", json={"text": TRY_TEXT})
        for page, urls in pages(keys).items():
            results["pages"][page] = measure(lambda urls=urls: sum(timed(client, "GET", u) for u in urls), args.repeat)
        endpoints = sorted({u for urls in pages(keys).values() for u in urls if u.startswith("/api")})
        for url in endpoints:
            results["endpoints"][f"GET {url}"] = measure(lambda url=url: timed(client, "GET", url), args.repeat)
        results["endpoints"]["POST /api/code"] = measure(
            lambda: timed(client, "POST", "/api/code", json={"text": TRY_TEXT, "date": "2021-03-02"}), args.repeat
        )
    server.should_exit = True
    report(results, args.json)


def report(results: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(results, indent=2))
        return
    print(f"store: {results['store']} · busiest: {results['keys']}\n")
    print("| page (HTML + its API calls) | median ms | p95 ms |\n|---|---:|---:|")
    for page, r in results["pages"].items():
        flag = "" if r["p95_ms"] < TARGET_MS else " ⚠"
        print(f"| `{page}` | {r['median_ms']} | {r['p95_ms']}{flag} |")
    print("\n| endpoint | median ms | p95 ms |\n|---|---:|---:|")
    for endpoint, r in results["endpoints"].items():
        print(f"| `{endpoint}` | {r['median_ms']} | {r['p95_ms']} |")
    slow = [p for p, r in results["pages"].items() if r["p95_ms"] >= TARGET_MS]
    print(
        f"\n{'every page under' if not slow else 'over'} {TARGET_MS} ms{': ' + ', '.join(slow) if slow else ''}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
