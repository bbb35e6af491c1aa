"""Store queries at scale: a synthetic DuckDB store of 1,000,000 events, then the analyses.

    python benchmarks/bench_store.py [--events 1000000] [--db PATH] [--repeat 5] [--json]

The store is generated directly in DuckDB with SQL (no coding): five years of events
between 200 actor codes with a skewed (Zipf-like) popularity, 16 PLOVER categories,
1.4 mentions per cluster on average, 4 events per document, one in ten events with a
compound recipient. Each query is run once to warm up, then ``--repeat`` times; the
median is reported. Targets: the monthly series of one dyad < 200 ms, the full network
of one year (with blocs) < 2 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DAYS = 5 * 365
CATEGORIES = [
    ("AGREE", 1, 4.0),
    ("CONSULT", 1, 1.0),
    ("SUPPORT", 1, 3.5),
    ("CONCEDE", 1, 5.0),
    ("COOPERATE", 2, 6.0),
    ("AID", 2, 7.0),
    ("RETREAT", 2, 7.0),
    ("REQUEST", 3, -0.1),
    ("ACCUSE", 3, -2.0),
    ("REJECT", 3, -4.0),
    ("THREATEN", 3, -4.4),
    ("PROTEST", 4, -6.5),
    ("SANCTION", 4, -5.0),
    ("MOBILIZE", 4, -7.2),
    ("COERCE", 4, -7.0),
    ("ASSAULT", 4, -9.0),
]
FIRST_CODES = ["USA", "RUS", "ISR", "SYR", "IRN", "CHN", "GBR", "FRA", "DEU", "TUR", "UKR", "IRQ"]


def generate(target: str, n_events: int) -> float:
    """Fill a fresh store with synthetic rows; returns the seconds it took."""
    from dyads.analysis.codes import country_names
    from dyads.store import open_store

    codes = FIRST_CODES + sorted(set(country_names()) - set(FIRST_CODES))
    codes = codes[:200]
    start = time.perf_counter()
    with open_store(target) as store:
        con = store.db.con  # type: ignore[attr-defined]
        con.execute("SELECT setseed(0.42)")
        con.execute(
            "CREATE TEMP TABLE codes AS SELECT * FROM (VALUES "
            + ", ".join(f"({i}, '{c}')" for i, c in enumerate(codes))
            + ") t(i, code)"
        )
        con.execute(
            "CREATE TEMP TABLE cats AS SELECT * FROM (VALUES "
            + ", ".join(f"({i}, '{c}', {q}, {g})" for i, (c, q, g) in enumerate(CATEGORIES))
            + ") t(i, category, quad, goldstein)"
        )
        n_clusters = (n_events - 1) * 10 // 14 + 1
        con.execute(f"""
            CREATE TEMP TABLE gen AS
            SELECT c AS n, substr(md5(c::TEXT), 1, 16) AS cid,
                   DATE '2015-01-01' + CAST(floor(random() * {DAYS}) AS INTEGER) AS date,
                   CAST(floor(pow(random(), 3) * {len(codes)}) AS INTEGER) AS a,
                   CAST(floor(pow(random(), 3) * {len(codes)}) AS INTEGER) AS b,
                   CAST(floor(random() * 16) AS INTEGER) AS k,
                   random() < 0.1 AS compound, 0.3 + random() * 0.7 AS confidence
            FROM range({n_clusters}) t(c)""")
        con.execute("UPDATE gen SET b = (b + 1) % 200 WHERE a = b")
        con.execute(f"""
            CREATE TEMP TABLE ev AS
            SELECT i, substr(md5('e' || i::TEXT), 1, 16) AS id, g.*, i // 4 AS doc
            FROM range({n_events}) t(i) JOIN gen g ON g.n = i * 10 // 14""")
        _fill(con)
    return time.perf_counter() - start


def _fill(con: Any) -> None:
    con.execute("""
        INSERT INTO documents SELECT substr(md5('d' || doc::TEXT), 1, 16), NULL, 'Synthetic ' || doc, min(date),
               NULL, 'Outlet ' || (doc % 97), NULL, 'synthetic text', count(*), 0 FROM ev GROUP BY doc""")
    con.execute("""
        INSERT INTO clusters SELECT g.cid, c.category || '|' || a.code || '|' || b.code, g.date, c.category, c.quad,
               c.goldstein, a.code, b.code || CASE WHEN g.compound THEN ';' || b2.code ELSE '' END,
               (SELECT min(id) FROM ev WHERE ev.n = g.n), 0, 0, 0, g.date, g.date, g.confidence
        FROM gen g JOIN cats c ON c.i = g.k JOIN codes a ON a.i = g.a JOIN codes b ON b.i = g.b
        JOIN codes b2 ON b2.i = (g.b + 7) % 200""")
    con.execute("""
        INSERT INTO events SELECT e.id, substr(md5('d' || e.doc::TEXT), 1, 16), e.date, 'day', c.category, NULL,
               c.quad, c.goldstein, c.goldstein, e.confidence, '', '', a.code, b.code, a.code, b.code, 'did',
               'Synthetic sentence number ' || e.i || ' between ' || a.code || ' and ' || b.code || '.',
               0, 40, 10, 13, NULL, NULL, NULL, NULL, e.cid, 1.0, '{}', 0
        FROM ev e JOIN cats c ON c.i = e.k JOIN codes a ON a.i = e.a JOIN codes b ON b.i = e.b""")
    con.execute("""
        INSERT INTO event_actors
        SELECT e.id, 'actor', 0, a.code, NULL, a.code, 'country:' || a.code, 'kb', 'country:' || a.code || '|'
               || a.code || '|' FROM ev e JOIN codes a ON a.i = e.a
        UNION ALL SELECT e.id, 'recipient', 0, b.code, NULL, b.code, 'country:' || b.code, 'kb', 'country:'
               || b.code || '|' || b.code || '|' FROM ev e JOIN codes b ON b.i = e.b
        UNION ALL SELECT e.id, 'recipient', 1, b.code, NULL, b.code, 'country:' || b.code, 'kb', 'country:'
               || b.code || '|' || b.code || '|' FROM ev e JOIN codes b ON b.i = (e.b + 7) % 200 WHERE e.compound""")
    con.execute("""
        INSERT INTO entities SELECT entity_id, code, NULL, kb_id, code, count(*), NULL, NULL
        FROM event_actors GROUP BY entity_id, code, kb_id""")
    con.execute("""
        INSERT INTO cluster_dyads SELECT g.cid, g.date, a.code, b.code, c.category, c.quad, c.goldstein
        FROM gen g JOIN cats c ON c.i = g.k JOIN codes a ON a.i = g.a JOIN codes b ON b.i = g.b
        UNION ALL SELECT g.cid, g.date, a.code, b.code, c.category, c.quad, c.goldstein
        FROM gen g JOIN cats c ON c.i = g.k JOIN codes a ON a.i = g.a JOIN codes b ON b.i = (g.b + 7) % 200
        WHERE g.compound""")
    from dyads.store.write import refresh_sql

    con.execute(refresh_sql())


def timed(fn: Callable[[], Any], repeat: int) -> float:
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return round(statistics.median(runs) * 1000, 1)


def queries(store: Any) -> dict[str, Callable[[], Any]]:
    from dyads.analysis import actor_network, dyad_evidence, dyad_series, dyad_trend, top_actors

    first = store.events(limit=1).events[0]
    return {
        "dyad ISR-RUS monthly series": lambda: dyad_series(store, "ISR", "RUS", by="month"),
        "network of 2018 with blocs": lambda: actor_network(store, "2018-01-01", "2018-12-31"),
        "dyad ISR-RUS trend": lambda: dyad_trend(store, "ISR", "RUS"),
        "dyad ISR-RUS evidence (top 5)": lambda: dyad_evidence(store, "ISR", "RUS"),
        "top 20 actors of 2018": lambda: top_actors(store, "2018-01-01", "2018-12-31"),
        "events page: either=ISR, 50 rows": lambda: store.events(either="ISR", limit=50),
        "events page: ASSAULT in 2018, text search": lambda: store.events(
            category="ASSAULT", since="2018-01-01", until="2018-12-31", text="number 12", limit=50
        ),
        "one event with its cluster": lambda: store.event(first["id"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=None, help="DuckDB file to create (default: a temporary one).")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from dyads.store import open_store

    tmp = tempfile.TemporaryDirectory()
    target = args.db or str(Path(tmp.name) / "synthetic.duckdb")
    if Path(target).exists():
        raise SystemExit(f"{target} exists; give a new path")
    seconds = generate(target, args.events)
    with open_store(target, read_only=True) as store:
        counts = store.counts()
        result = {
            "events": counts["events"],
            "clusters": counts["clusters"],
            "cluster_dyads": counts["cluster_dyads"],
            "generate_seconds": round(seconds, 1),
            "file_mb": round(Path(target).stat().st_size / 1e6),
            "ms": {name: timed(fn, args.repeat) for name, fn in queries(store).items()},
        }
    tmp.cleanup()
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        if key != "ms":
            print(f"{key:<44} {value}")
    for name, ms in result["ms"].items():
        print(f"{name:<44} {ms} ms")


if __name__ == "__main__":
    main()
