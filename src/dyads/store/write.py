"""Writing coded documents: rows for every table, clustering, one transaction per batch."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import product
from typing import Any
from urllib.parse import urlparse

from dyads.actors.entity import Entity
from dyads.events.record import Event, event_id
from dyads.ingest.document import Document, parse_date
from dyads.store.backends import Backend, Row
from dyads.store.dedup import Cluster, Deduplicator, cluster_key, tokens

Pair = tuple[Document, list[Event]]
CHUNK = 300  # keys or ids per IN (...) list

DOCUMENT_COLUMNS = ("id", "source_id", "title", "date", "url", "source", "origin", "text", "n_events", "run_id")
EVENT_COLUMNS = (
    "id",
    "doc_id",
    "date",
    "date_precision",
    "category",
    "cameo",
    "quad_code",
    "goldstein",
    "event_scale",
    "confidence",
    "mode",
    "context",
    "actor_codes",
    "recipient_codes",
    "actor_text",
    "recipient_text",
    "event_text",
    "sentence",
    "sentence_start",
    "sentence_end",
    "trigger_start",
    "trigger_end",
    "place",
    "place_country",
    "lat",
    "lon",
    "cluster_id",
    "similarity",
    "plover",
    "run_id",
)
ACTOR_COLUMNS = ("event_id", "role", "position", "code", "sector", "text", "kb_id", "resolution", "entity_id")
ENTITY_COLUMNS = ("id", "code", "sector", "kb_id", "name", "n_events", "first_seen", "last_seen")
CLUSTER_COLUMNS = (
    "id",
    "key",
    "date",
    "category",
    "quad_code",
    "goldstein",
    "actor_codes",
    "recipient_codes",
    "event_id",
    "n_mentions",
    "n_documents",
    "n_sources",
    "first_seen",
    "last_seen",
    "confidence",
)
DYAD_COLUMNS = ("cluster_id", "date", "actor_code", "recipient_code", "category", "quad_code", "goldstein")

ENTITY_UPSERT = (
    "(id) DO UPDATE SET n_events = entities.n_events + excluded.n_events, "
    "first_seen = LEAST(entities.first_seen, excluded.first_seen), "
    "last_seen = GREATEST(entities.last_seen, excluded.last_seen), "
    "name = COALESCE(entities.name, excluded.name)"
)


@dataclass
class BatchResult:
    """What one write stored."""

    documents: int = 0
    events: int = 0
    clusters: int = 0
    skipped: int = 0


def store_key(document: Document, event: Event) -> Event:
    """The event as stored: its document is identified by content hash, and its id follows."""
    key = document.content_hash
    if event.doc_id == key:
        return event
    trigger = (event.evidence or {}).get("trigger") or {}
    if "start" in trigger and "end" in trigger:
        new_id = event_id(key, trigger["start"], trigger["end"])
    else:
        new_id = hashlib.sha1(f"{key}:{event.id}".encode()).hexdigest()[:16]
    return replace(event, id=new_id, doc_id=key)


def event_from_json(text: str) -> Event:
    """An event from its stored PLOVER JSON.

    `Entity.to_dict` drops empty fields, so code and sector may be missing.
    """
    data = json.loads(text)
    for side in ("actor", "recipient"):
        data[side] = [{"code": None, "sector": None, **e} for e in data.get(side) or []]
    if data.get("claimed_by"):
        data["claimed_by"] = {"code": None, "sector": None, **data["claimed_by"]}
    return Event.from_dict(data)


def event_date(event: Event) -> dt.date | None:
    try:
        return parse_date(event.date)
    except ValueError:
        return None


def outlet(document: Document) -> str | None:
    if document.source:
        return document.source
    host = urlparse(document.url).hostname if document.url else None
    return host.removeprefix("www.") if host else None


def document_row(document: Document, n_events: int, run_id: int | None) -> Row:
    source_id = document.id if document.id != document.content_hash else None
    return (
        document.content_hash,
        source_id,
        document.title,
        document.date,
        document.url,
        outlet(document),
        document.origin,
        document.text,
        n_events,
        run_id,
    )


def _codes(entities: list[Entity]) -> str:
    return ";".join(e.code or "?" for e in entities)


def event_row(event: Event, cluster_id: str, sim: float, run_id: int | None) -> Row:
    loc = event.event_loc or {}
    trigger = (event.evidence or {}).get("trigger") or {}
    info = event.text_info or {}
    return (
        event.id,
        event.doc_id,
        event_date(event),
        (event.date_info or {}).get("precision"),
        event.category,
        event.cameo,
        event.quad_code,
        event.goldstein,
        event.event_scale,
        event.confidence,
        ";".join(event.mode),
        ";".join(event.context),
        _codes(event.actor),
        _codes(event.recipient),
        ";".join(a.entity_text for a in event.actor),
        ";".join(r.entity_text for r in event.recipient),
        event.event_text,
        event.text,
        info.get("start"),
        info.get("end"),
        trigger.get("start"),
        trigger.get("end"),
        loc.get("resolved_place") or loc.get("extracted_place"),
        loc.get("country_code"),
        loc.get("lat"),
        loc.get("lon"),
        cluster_id,
        sim,
        event.to_json(),
        run_id,
    )


def entity_id(e: Entity) -> str | None:
    return f"{e.kb_id or ''}|{e.code}|{e.sector or ''}" if e.code else None


def actor_rows(event: Event) -> list[Row]:
    rows = []
    for role, side in (("actor", event.actor), ("recipient", event.recipient)):
        for i, e in enumerate(side):
            rows.append((event.id, role, i, e.code, e.sector, e.entity_text, e.kb_id, e.resolution, entity_id(e)))
    return rows


def entity_rows(events: Iterable[Event]) -> list[Row]:
    """Entities of a batch, aggregated so that each id appears once."""
    acc: dict[str, list[Any]] = {}
    for event in events:
        date = event_date(event)
        for e in {entity_id(x): x for x in [*event.actor, *event.recipient] if x.code}.values():
            eid = entity_id(e)
            assert eid is not None
            row = acc.setdefault(
                eid, [eid, e.code, e.sector, e.kb_id, e.identifier_text or e.entity_text, 0, date, date]
            )
            row[5] += 1
            if date is not None:
                row[6] = min(d for d in (row[6], date) if d is not None)
                row[7] = max(d for d in (row[7], date) if d is not None)
    return [tuple(r) for r in acc.values()]


def cluster_rows(event: Event) -> tuple[Row, list[Row]]:
    """A new cluster seeded by this event, and its directed pairs of codes."""
    date = event_date(event)
    cluster = (
        event.id,
        cluster_key(event),
        date,
        event.category,
        event.quad_code,
        event.goldstein,
        _codes(event.actor),
        _codes(event.recipient),
        event.id,
        1,
        1,
        1,
        None,
        None,
        event.confidence,
    )
    actors = sorted({a.code for a in event.actor if a.code}) or [""]
    recipients = sorted({r.code for r in event.recipient if r.code}) or [""]
    pairs = [
        (event.id, date, a, r, event.category, event.quad_code, event.goldstein)
        for a, r in product(actors, recipients)
        if a or r
    ]
    return cluster, pairs


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def known_documents(db: Backend, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(list(dict.fromkeys(ids))):
        found.update(r[0] for r in db.rows(f"SELECT id FROM documents WHERE id IN ({marks(len(part))})", part))
    return found


def candidate_clusters(db: Backend, events: list[Event], window: int) -> list[Cluster]:
    """Existing clusters that events of this batch could join, with their mentions' tokens.

    Clusters are looked up by key within the batch's overall date span (plus the window),
    then kept only if they fall in the window of an event with their key; their
    sentences come in a second lookup by cluster id.
    """
    spans: dict[str, list[dt.date | None]] = {}
    for event in events:
        spans.setdefault(cluster_key(event), []).append(event_date(event))
    dated = [d for dates in spans.values() for d in dates if d is not None]
    rows: list[Row] = []
    for part in chunks(sorted(spans)):
        keys = f"key IN ({marks(len(part))})"
        if dated:
            span = [min(dated) - dt.timedelta(days=window), max(dated) + dt.timedelta(days=window)]
            rows += db.rows(f"SELECT id, key, date FROM clusters WHERE {keys} AND date BETWEEN ? AND ?", [*part, *span])
        rows += db.rows(f"SELECT id, key, date FROM clusters WHERE {keys} AND date IS NULL", part)
    clusters = {cid: Cluster(cid, key, date) for cid, key, date in rows if _near(date, spans[key], window)}
    for part in chunks(sorted(clusters)):
        for cid, sentence in db.rows(
            f"SELECT cluster_id, sentence FROM events WHERE cluster_id IN ({marks(len(part))}) ORDER BY id", part
        ):
            clusters[cid].sentences.append(tokens(sentence))
    return sorted(clusters.values(), key=lambda c: (c.date or dt.date.min, c.id))


def _near(date: dt.date | None, dates: list[dt.date | None], window: int) -> bool:
    """Whether a cluster date is within the window of one of these event dates (None: both undated)."""
    if date is None:
        return None in dates
    return any(d is not None and abs((d - date).days) <= window for d in dates)


_REFRESH = """
UPDATE clusters SET n_mentions = s.n_mentions, n_documents = s.n_documents, n_sources = s.n_sources,
       first_seen = s.first_seen, last_seen = s.last_seen, confidence = s.confidence
FROM (SELECT e.cluster_id, COUNT(*) AS n_mentions, COUNT(DISTINCT e.doc_id) AS n_documents,
             COUNT(DISTINCT COALESCE(d.source, d.id)) AS n_sources,
             MIN(COALESCE(d.date, e.date)) AS first_seen, MAX(COALESCE(d.date, e.date)) AS last_seen,
             MAX(e.confidence) AS confidence
      FROM events e JOIN documents d ON d.id = e.doc_id
      {where} GROUP BY e.cluster_id) s
WHERE clusters.id = s.cluster_id
"""


def refresh_sql(where: str = "") -> str:
    """SQL that recounts clusters (those whose events match ``where``, else all)."""
    return _REFRESH.format(where=where)


def refresh_clusters(db: Backend, ids: Iterable[str]) -> None:
    """Recount the mentions, articles and sources of these clusters from their events."""
    for part in chunks(sorted(set(ids))):
        db.execute(refresh_sql(f"WHERE e.cluster_id IN ({marks(len(part))})"), part)


def write_batch(db: Backend, pairs: Sequence[Pair], run_id: int | None, window: int, threshold: float) -> BatchResult:
    """Store coded documents (and cluster their events) in the current transaction."""
    result = BatchResult()
    stored = known_documents(db, [d.content_hash for d, _ in pairs])
    docs: list[Row] = []
    events: list[Event] = []
    for document, doc_events in pairs:
        if document.content_hash in stored:
            result.skipped += 1
            continue
        stored.add(document.content_hash)
        keyed = [store_key(document, e) for e in doc_events]
        docs.append(document_row(document, len(keyed), run_id))
        events += keyed
    events = list({e.id: e for e in events}.values())
    dedup = Deduplicator(candidate_clusters(db, events, window), window, threshold)
    event_rows, clusters, dyads, touched = [], [], [], set()
    for event in events:
        a = dedup.assign(event.id, cluster_key(event), event_date(event), event.text)
        event_rows.append(event_row(event, a.cluster_id, a.similarity, run_id))
        touched.add(a.cluster_id)
        if a.new:
            cluster, pairs_ = cluster_rows(event)
            clusters.append(cluster)
            dyads += pairs_
    db.insert("documents", DOCUMENT_COLUMNS, docs)
    db.insert("events", EVENT_COLUMNS, event_rows)
    db.insert("event_actors", ACTOR_COLUMNS, [r for e in events for r in actor_rows(e)])
    db.insert("entities", ENTITY_COLUMNS, entity_rows(events), on_conflict=ENTITY_UPSERT)
    db.insert("clusters", CLUSTER_COLUMNS, clusters)
    db.insert("cluster_dyads", DYAD_COLUMNS, dyads)
    refresh_clusters(db, touched)
    result.documents, result.events, result.clusters = len(docs), len(event_rows), len(clusters)
    return result
