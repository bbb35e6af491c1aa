"""Export events: PLOVER JSONL, CSV with GDELT-like columns, or Parquet.

    >>> export_events(store, "isr.csv", filters=EventFilter(either="ISR"))

Rows come oldest first. Every mention is a row; ``mentions``/``sources``/``articles``
are those of its cluster and ``is_root`` marks the cluster's first mention (GDELT's
IsRootEvent), so ``unique=True`` in the filter (or filtering on ``is_root``) gives one
row per deduplicated event.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dyads.errors import DyadsError
from dyads.store.query import EVENT_COLUMNS, EventFilter, iter_events
from dyads.store.store import Store

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = [
    "event_id",
    "cluster_id",
    "is_root",
    "date",
    "actor_code",
    "actor_sector",
    "actor_name",
    "actor_codes",
    "recipient_code",
    "recipient_sector",
    "recipient_name",
    "recipient_codes",
    "event",
    "cameo",
    "quad_class",
    "goldstein",
    "event_scale",
    "confidence",
    "mode",
    "context",
    "place",
    "place_country",
    "lat",
    "lon",
    "mentions",
    "sources",
    "articles",
    "source",
    "url",
    "title",
    "doc_id",
    "sentence",
]


def export_format(out: str | Path, fmt: str | None) -> str:
    """The format asked for, else the one the file name implies."""
    if fmt:
        if fmt not in FORMATS:
            raise DyadsError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
        return fmt
    suffix = Path(out).suffix.lower().lstrip(".")
    if suffix in {"jsonl", "ndjson", "json"}:
        return "jsonl"
    if suffix in FORMATS:
        return suffix
    raise DyadsError(f"cannot tell the format of {out}: add --format jsonl, csv or parquet")


def _first(entities: list[dict[str, Any]]) -> dict[str, Any]:
    return next((e for e in entities if e.get("code")), entities[0] if entities else {})


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat, GDELT-like record."""
    plover = json.loads(row["plover"])
    actor, recipient = _first(plover.get("actor") or []), _first(plover.get("recipient") or [])
    return {
        "event_id": row["id"],
        "cluster_id": row["cluster_id"],
        "is_root": bool(row["is_root"]),
        "date": row["date"],
        "actor_code": actor.get("code"),
        "actor_sector": actor.get("sector"),
        "actor_name": actor.get("entity_text"),
        "actor_codes": row["actor_codes"],
        "recipient_code": recipient.get("code"),
        "recipient_sector": recipient.get("sector"),
        "recipient_name": recipient.get("entity_text"),
        "recipient_codes": row["recipient_codes"],
        "event": row["category"],
        "cameo": row["cameo"],
        "quad_class": row["quad_code"],
        "goldstein": row["goldstein"],
        "event_scale": plover.get("event_scale"),
        "confidence": row["confidence"],
        "mode": row["mode"],
        "context": row["context"],
        "place": row["place"],
        "place_country": row["place_country"],
        "lat": row["lat"],
        "lon": row["lon"],
        "mentions": row["mentions"],
        "sources": row["sources"],
        "articles": row["articles"],
        "source": row["source"],
        "url": row["url"],
        "title": row["title"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
    }


def export_events(store: Store, out: str | Path, fmt: str | None = None, filters: EventFilter | None = None) -> int:
    """Write matching events to ``out``; returns how many were written."""
    fmt = export_format(out, fmt)
    path = Path(out)
    if not path.parent.exists():
        raise DyadsError(f"cannot write {out}: folder {path.parent} does not exist")
    filters = filters or EventFilter()
    filters.where()  # a malformed filter fails here, before the file is created
    rows = iter_events(store, filters, oldest_first=True, columns=EVENT_COLUMNS + ", e.plover")
    writer = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[fmt]
    return writer(rows, path)


def _jsonl(rows: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(row["plover"] + "\n")
            n += 1
    return n


def _csv(rows: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(flat_row(row))
            n += 1
    return n


def _parquet(rows: Iterator[dict[str, Any]], path: Path, chunk: int = 50_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _arrow_type(c)) for c in COLUMNS] + [("plover", pa.string())])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append({**flat_row(row), "plover": row["plover"]})
            if len(batch) >= chunk:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _arrow_type(column: str) -> Any:
    import pyarrow as pa

    if column == "date":
        return pa.date32()
    if column == "is_root":
        return pa.bool_()
    if column in {"quad_class", "mentions", "sources", "articles"}:
        return pa.int32()
    if column in {"goldstein", "event_scale", "confidence", "lat", "lon"}:
        return pa.float64()
    return pa.string()
