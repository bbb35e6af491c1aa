"""End-to-end ingest throughput and the effect of deduplication, in one run.

    python benchmarks/bench_ingest.py ../shared/corpus/news-2017-2019 --date 2018-06-01 [--db TARGET]
        [--limit N] [--thresholds 0.15,0.25,0.35,0.5] [--json]

Reads the corpus, codes and stores it in a fresh store (a temporary DuckDB file unless
--db is given), and reports documents per second with the time spent reading and coding
apart from the time spent storing and clustering. The coder's models are loaded before
timing. Then it reports events before and after deduplication and the biggest clusters;
with --thresholds, the store is re-clustered at each threshold to show its effect.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path
from typing import Any


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--date", default=None, help="Date for documents without one (the corpus has none).")
    ap.add_argument("--db", default=None, help="Store target (default: a temporary DuckDB file).")
    ap.add_argument("--limit", type=int, default=None, help="Only the first N documents.")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--thresholds", default="", help="Comma-separated thresholds to re-cluster at.")
    ap.add_argument("--json", action="store_true", help="Print the result as JSON.")
    args = ap.parse_args()

    from itertools import islice

    from dyads.coder import Coder
    from dyads.events.places import gazetteer
    from dyads.ingest.readers import read_inputs
    from dyads.store import open_store

    coder = Coder()
    coder.model  # noqa: B018  (load before timing)
    gazetteer()
    tmp = tempfile.TemporaryDirectory()
    target = args.db or str(Path(tmp.name) / "bench.duckdb")
    with open_store(target) as store:
        items = read_inputs([str(args.corpus)], default_date=args.date)
        start = time.perf_counter()
        report = store.ingest(islice(items, args.limit), coder, batch_size=args.batch_size)
        wall = time.perf_counter() - start
        result: dict[str, Any] = {
            "store": store.kind,
            "documents": report.documents_added,
            "events": report.events_added,
            "clusters": store.counts()["clusters"],
            "seconds": round(wall, 1),
            "documents_per_second": round(report.documents_added / wall, 2),
            "reading_and_coding_seconds": round(report.coding_seconds, 1),
            "storing_and_clustering_seconds": round(report.storage_seconds, 2),
            "storage_share": round(report.storage_seconds / wall, 4),
            "documents_per_second_coding_only": round(report.documents_added / report.coding_seconds, 2),
            "documents_per_second_storage_only": round(report.documents_added / report.storage_seconds, 1),
            "python": platform.python_version(),
        }
        result["dedup"] = dedup_summary(store)
        if args.thresholds:
            result["thresholds"] = {t: threshold_effect(store, float(t)) for t in args.thresholds.split(",")}
    tmp.cleanup()
    if args.json:
        print(json.dumps(result, default=str))
        return
    for key, value in result.items():
        if key not in {"dedup", "thresholds"}:
            print(f"{key:<36} {value}")
    print_dedup(result)


def dedup_summary(store: Any, top: int = 8) -> dict[str, Any]:
    counts = store.counts()
    sizes = store.sql("SELECT n_mentions, COUNT(*) AS clusters FROM clusters GROUP BY n_mentions ORDER BY 1")
    biggest = store.sql(
        "SELECT c.n_mentions, c.n_documents, c.key, e.sentence FROM clusters c JOIN events e ON e.id = c.event_id "
        "ORDER BY c.n_mentions DESC, c.n_documents DESC, c.id LIMIT ?",
        [top],
    )
    return {
        "events": counts["events"],
        "clusters": counts["clusters"],
        "threshold": store.dedup_threshold,
        "window_days": store.dedup_window,
        "cluster_sizes": {r["n_mentions"]: r["clusters"] for r in sizes},
        "biggest": biggest,
    }


def threshold_effect(store: Any, threshold: float) -> dict[str, int]:
    default = store.dedup_threshold
    clusters = store.recluster(threshold=threshold)
    multi = store.value("SELECT COUNT(*) FROM clusters WHERE n_documents > 1")
    store.recluster(threshold=default)
    return {"clusters": clusters, "clusters_across_articles": int(multi)}


def print_dedup(result: dict[str, Any]) -> None:
    d = result["dedup"]
    print(
        f"\nevents before dedup {d['events']}, after {d['clusters']} "
        f"(threshold {d['threshold']}, window ±{d['window_days']} days)"
    )
    print("cluster sizes (mentions: clusters):", d["cluster_sizes"])
    print("biggest clusters:")
    for c in d["biggest"]:
        print(f"  {c['n_mentions']} mentions in {c['n_documents']} articles  {c['key']}  {c['sentence'][:90]}")
    for t, effect in result.get("thresholds", {}).items():
        print(f"threshold {t}: {effect['clusters']} clusters, {effect['clusters_across_articles']} across articles")


if __name__ == "__main__":
    main()
