"""Cluster every stored event again, e.g. after changing the window or the threshold.

Events are taken in date order (then document, offset, id), so the result does not
depend on the order in which documents were ingested. Clusters that started more than
``window`` days before the current date can no longer grow and are dropped from
memory, which keeps memory flat on large stores.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dyads.events.record import Event
from dyads.store.dedup import Deduplicator, cluster_key
from dyads.store.write import (
    CLUSTER_COLUMNS,
    DYAD_COLUMNS,
    cluster_rows,
    event_date,
    event_from_json,
    refresh_sql,
)

if TYPE_CHECKING:
    from dyads.store.store import Store

PAGE = 5000
ORDER = "COALESCE(date, DATE '0001-01-01'), doc_id, COALESCE(trigger_start, 0), id"


def recluster(store: Store, window: int | None = None, threshold: float | None = None) -> int:
    """Rebuild clusters, cluster_dyads and every event's cluster; returns the number of clusters."""
    window = store.dedup_window if window is None else int(window)
    threshold = store.dedup_threshold if threshold is None else float(threshold)
    db = store.db
    dedup = Deduplicator(window=window, threshold=threshold)
    n_clusters = 0
    with db.transaction():
        for table in ("cluster_dyads", "clusters"):
            db.execute(f"DELETE FROM {table}")
        db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS cluster_assignments "
            "(event_id TEXT, cluster_id TEXT, similarity DOUBLE PRECISION)"
        )
        db.execute("DELETE FROM cluster_assignments")
        offset = 0
        while rows := db.rows(f"SELECT plover FROM events ORDER BY {ORDER} LIMIT ? OFFSET ?", [PAGE, offset]):
            offset += len(rows)
            n_clusters += _assign_page(store, dedup, [event_from_json(r[0]) for r in rows])
        db.execute(
            "UPDATE events SET cluster_id = a.cluster_id, similarity = a.similarity "
            "FROM cluster_assignments a WHERE events.id = a.event_id"
        )
        db.execute(refresh_sql())
        db.execute("DROP TABLE cluster_assignments")
        for key, value in (("dedup_window", str(window)), ("dedup_threshold", str(threshold))):
            db.execute("UPDATE meta SET value = ? WHERE key = ?", [value, key])
    return n_clusters


def _assign_page(store: Store, dedup: Deduplicator, events: list[Event]) -> int:
    assignments, clusters, dyads = [], [], []
    pruned: dt.date | None = None
    for event in events:
        date = event_date(event)
        if date is not None and date != pruned:
            _forget_before(dedup, date)
            pruned = date
        a = dedup.assign(event.id, cluster_key(event), date, event.text)
        assignments.append((event.id, a.cluster_id, a.similarity))
        if a.new:
            cluster, pairs = cluster_rows(event)
            clusters.append(cluster)
            dyads += pairs
    store.db.insert("cluster_assignments", ("event_id", "cluster_id", "similarity"), assignments, on_conflict="")
    store.db.insert("clusters", CLUSTER_COLUMNS, clusters)
    store.db.insert("cluster_dyads", DYAD_COLUMNS, dyads)
    return len(clusters)


def _forget_before(dedup: Deduplicator, date: dt.date) -> None:
    """Drop dated clusters too old for this (or any later) event to join."""
    horizon = date - dt.timedelta(days=dedup.window)
    for key, clusters in list(dedup.by_key.items()):
        kept = [c for c in clusters if c.date is None or c.date >= horizon]
        if kept:
            dedup.by_key[key] = kept
        else:
            del dedup.by_key[key]
