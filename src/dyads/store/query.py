"""Reading events back: filters, cursor pages, one event with its cluster, one document.

Every filter is optional; codes are upper-cased; dates are ISO text or `datetime.date`.
Pages are ordered newest first by (date, id); the cursor of a page is the (date, id)
of its last row, so pages stay stable while new events are added.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dyads.errors import DyadsError
from dyads.ingest.document import parse_date

if TYPE_CHECKING:
    from dyads.store.store import Store

NO_DATE = dt.date(1, 1, 1)  # undated events sort last
EVENT_COLUMNS = """e.id, e.date, e.category, e.cameo, e.quad_code, e.goldstein, e.confidence, e.mode,
e.context, e.actor_codes, e.recipient_codes, e.actor_text, e.recipient_text, e.event_text, e.sentence,
e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end, e.place, e.place_country, e.lat, e.lon,
e.doc_id, e.cluster_id, e.similarity"""
SORT = "COALESCE(e.date, DATE '0001-01-01')"


@dataclass(frozen=True)
class EventFilter:
    """Which events to read; every field is optional and they combine with AND."""

    actor: str | None = None  # code on the actor side
    recipient: str | None = None  # code on the recipient side
    either: str | None = None  # code on either side
    category: str | Sequence[str] | None = None  # PLOVER categories
    quad_code: int | Sequence[int] | None = None  # 1..4
    since: dt.date | str | None = None  # inclusive
    until: dt.date | str | None = None  # inclusive
    text: str | None = None  # case-insensitive substring of the sentence
    min_mentions: int | None = None  # clusters reported at least this often
    doc_id: str | None = None
    cluster_id: str | None = None
    unique: bool = False  # one event per cluster: its first mention

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on ``events e`` / ``clusters c`` and their parameters."""
        conds: list[str] = []
        params: list[Any] = []
        for role, code in (("actor", self.actor), ("recipient", self.recipient)):
            if code:
                conds.append(
                    "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.role = ? AND a.code = ?)"
                )
                params += [role, code.upper()]
        if self.either:
            conds.append("EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.code = ?)")
            params.append(self.either.upper())
        for column, values in (
            ("e.category", _list(self.category, str.upper)),
            ("e.quad_code", _list(self.quad_code, int)),
        ):
            if values:
                conds.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params += values
        for op, bound in ((">=", self.since), ("<=", self.until)):
            if bound:
                conds.append(f"e.date {op} ?")
                params.append(date_arg(bound))
        if self.text:
            conds.append("LOWER(e.sentence) LIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(self.text.lower()) + "%")
        for column, value in (
            ("c.n_mentions >=", self.min_mentions),
            ("e.doc_id =", self.doc_id),
            ("e.cluster_id =", self.cluster_id),
        ):
            if value is not None:
                conds.append(f"{column} ?")
                params.append(value)
        if self.unique:
            conds.append("c.event_id = e.id")
        return (" AND ".join(conds) or "TRUE"), params

    def source(self) -> str:
        """The tables the conditions need: clusters only for cluster filters."""
        if self.min_mentions is not None or self.unique:
            return "events e JOIN clusters c ON c.id = e.cluster_id"
        return "events e"


def _list(value: Any, convert: Any) -> list[Any]:
    if value is None or value == "" or value == ():
        return []
    values = [value] if isinstance(value, str | int) else list(value)
    return [convert(v) for v in values]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def date_arg(value: dt.date | str) -> dt.date:
    """A date filter value; a one-line error if malformed."""
    try:
        date = parse_date(value)
    except ValueError as exc:
        raise DyadsError(str(exc)) from None
    assert date is not None
    return date


@dataclass
class EventPage:
    """One page of events (dicts) and the cursor of the next page (None on the last)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    next_cursor: str | None = None


def encode_cursor(row: dict[str, Any]) -> str:
    return f"{row['date'] or ''}|{row['id']}"


def decode_cursor(cursor: str) -> tuple[dt.date, str]:
    date_text, sep, event_id = cursor.partition("|")
    try:
        if not sep or not event_id:
            raise ValueError
        return (date_arg(date_text) if date_text else NO_DATE), event_id
    except (ValueError, DyadsError):
        raise DyadsError(f"invalid cursor {cursor!r}") from None


def event_page(
    store: Store,
    filters: EventFilter,
    limit: int = 50,
    cursor: str | None = None,
    oldest_first: bool = False,
    columns: str = EVENT_COLUMNS,
) -> EventPage:
    where, params = filters.where()
    op, order = (">", "ASC") if oldest_first else ("<", "DESC")
    if cursor:
        date, event_id = decode_cursor(cursor)
        where += f" AND ({SORT} {op} ? OR ({SORT} = ? AND e.id {op} ?))"
        params += [date, date, event_id]
    rows = store.sql(
        f"SELECT {columns} FROM {filters.source()} WHERE {where} ORDER BY {SORT} {order}, e.id {order} LIMIT ?",
        [*params, limit + 1],
    )
    more = len(rows) > limit
    rows = attach(store, rows[:limit])
    return EventPage(rows, encode_cursor(rows[-1]) if more and rows else None)


def attach(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add each event's cluster counts and article (title, url, source) to its row.

    Looked up by id rather than joined, so that a page costs three index lookups
    whatever the size of the store.
    """
    clusters = rows_by_id(
        store, "SELECT id, event_id, n_mentions, n_sources, n_documents FROM clusters", {r["cluster_id"] for r in rows}
    )
    docs = rows_by_id(store, "SELECT id, title, url, source, date FROM documents", {r["doc_id"] for r in rows})
    for row in rows:
        c, d = clusters.get(row["cluster_id"], {}), docs.get(row["doc_id"], {})
        row.update(
            mentions=c.get("n_mentions"),
            sources=c.get("n_sources"),
            articles=c.get("n_documents"),
            is_root=c.get("event_id") == row["id"],
            title=d.get("title"),
            url=d.get("url"),
            source=d.get("source"),
            doc_date=d.get("date"),
        )
    return rows


def rows_by_id(store: Store, select: str, ids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for part in _chunks(sorted(ids)):
        for row in store.sql(f"{select} WHERE id IN ({', '.join('?' for _ in part)})", part):
            out[row["id"]] = row
    return out


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def iter_events(
    store: Store, filters: EventFilter, page: int = 5000, oldest_first: bool = False, columns: str = EVENT_COLUMNS
) -> Iterator[dict[str, Any]]:
    """Every matching event, newest (or oldest) first, read a page at a time."""
    cursor = None
    while True:
        result = event_page(store, filters, page, cursor, oldest_first, columns)
        yield from result.events
        if result.next_cursor is None:
            return
        cursor = result.next_cursor


def count_events(store: Store, filters: EventFilter) -> int:
    where, params = filters.where()
    return int(store.value(f"SELECT COUNT(*) FROM {filters.source()} WHERE {where}", params))


def get_cluster(store: Store, cluster_id: str) -> dict[str, Any] | None:
    """A cluster with its mentions (event id, article, source, date, sentence), first seen first."""
    rows = store.sql("SELECT * FROM clusters WHERE id = ?", [cluster_id])
    if not rows:
        return None
    cluster = rows[0]
    events = store.sql(
        "SELECT id AS event_id, doc_id, date, similarity, sentence FROM events WHERE cluster_id = ?", [cluster_id]
    )
    docs = rows_by_id(store, "SELECT id, title, source, url, date FROM documents", {e["doc_id"] for e in events})
    for e in events:
        d = docs.get(e["doc_id"], {})
        e.update(title=d.get("title"), source=d.get("source"), url=d.get("url"), seen=d.get("date") or e["date"])
        del e["date"]
    cluster["mentions"] = sorted(events, key=lambda e: (e["seen"] or NO_DATE, -(e["similarity"] or 0), e["event_id"]))
    return cluster


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event: its row, actors, full PLOVER record and its cluster with the other mentions."""
    rows = store.sql(f"SELECT {EVENT_COLUMNS}, e.plover FROM events e WHERE e.id = ?", [event_id])
    if not rows:
        return None
    event = attach(store, rows)[0]
    event["plover"] = json.loads(event["plover"])
    event["actors"] = store.sql(
        "SELECT role, position, code, sector, text, kb_id, resolution "
        "FROM event_actors WHERE event_id = ? ORDER BY role, position",
        [event_id],
    )
    event["cluster"] = get_cluster(store, event["cluster_id"])
    return event


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with its text and its events in text order."""
    rows = store.sql(
        "SELECT * FROM documents WHERE id = ? OR source_id = ? ORDER BY id = ? DESC", [doc_id, doc_id, doc_id]
    )
    if not rows:
        return None
    document = rows[0]
    document["events"] = attach(
        store,
        store.sql(
            f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.doc_id = ? ORDER BY e.trigger_start, e.id", [document["id"]]
        ),
    )
    return document
