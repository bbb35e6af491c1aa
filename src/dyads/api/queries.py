"""Reads the API needs beyond `Store` and `dyads.analysis`: thin functions over the store.

Rows come out of `dyads.store.query` as dicts; here they are shaped for JSON: ``;``-separated
columns become lists and each event gets ``marks``, the spans of its sentence to highlight
(actor, recipient, trigger) with offsets relative to the sentence.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyads.analysis import actor_name, describe_trend, trend
from dyads.analysis.sql import date_filter
from dyads.store import EventFilter
from dyads.store.query import EVENT_COLUMNS

if TYPE_CHECKING:
    from dyads.store import Store

# The event columns and the PLOVER record, whose entities carry the actors' offsets.
COLUMNS_WITH_PLOVER = EVENT_COLUMNS + ", e.plover"
LIST_COLUMNS = ("mode", "context", "actor_codes", "recipient_codes", "actor_text", "recipient_text")


@dataclass(frozen=True)
class DyadFilter(EventFilter):
    """An `EventFilter` that also keeps only events between two codes, in either direction."""

    pair: tuple[str, str] | None = None

    def where(self) -> tuple[str, list[Any]]:
        sql, params = super().where()
        if self.pair:
            a, b = self.pair
            sql += (
                " AND EXISTS (SELECT 1 FROM cluster_dyads p WHERE p.cluster_id = e.cluster_id AND "
                "((p.actor_code = ? AND p.recipient_code = ?) OR (p.actor_code = ? AND p.recipient_code = ?)))"
            )
            params += [a, b, b, a]
        return sql, params


def event_json(row: dict[str, Any], plover: dict[str, Any] | None = None) -> dict[str, Any]:
    """An event row for JSON: list columns split, ``marks`` relative to the sentence added."""
    text = row.pop("plover", None)
    plover = plover or (json.loads(text) if text else {})
    out = {k: (_split(v) if k in LIST_COLUMNS else _clean(v)) for k, v in row.items()}
    out["marks"] = sentence_marks(row, plover)
    return out


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(";") if v]


def _clean(value: Any) -> Any:
    """NaN (from pandas or DuckDB) is not JSON: it becomes null."""
    return None if isinstance(value, float) and math.isnan(value) else value


def event_marks(plover: dict[str, Any], text: str, base: int = 0) -> list[dict[str, Any]]:
    """Actor, recipient and trigger spans of a PLOVER record that fall inside ``text``.

    ``base`` is the offset of ``text`` in the document (the sentence start for a sentence);
    the marks are relative to ``text``.
    """
    spans = [(role, e.get("start"), e.get("end")) for role in ("actor", "recipient") for e in plover.get(role) or []]
    trigger = (plover.get("evidence") or {}).get("trigger") or {}
    if isinstance(trigger.get("start"), int) and isinstance(trigger.get("end"), int):
        words = str(trigger.get("text") or "").split()
        spans += [
            ("trigger", s + base, e + base)
            for s, e in trigger_spans(text, trigger["start"] - base, trigger["end"] - base, words)
        ]
    marks = []
    for role, s, e in spans:
        if isinstance(s, int) and isinstance(e, int) and s >= base and e > s and e <= base + len(text):
            marks.append({"start": s - base, "end": e - base, "role": role})
    return sorted(marks, key=lambda m: (m["start"], m["end"]))


def trigger_spans(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int]]:
    """The words of a trigger ("cut ... relations") inside [start, end), else the whole span.

    A trigger of several tokens far apart is stored as one span from the first to the last;
    marking every word in between would mislead.
    """
    if len(words) < 2 or end - start <= len(" ".join(words)):
        return [(start, end)]
    found, pos = [], start
    for word in words:
        match = re.compile(rf"\b{re.escape(word)}\b").search(text, max(pos, 0), max(end, 0))
        if match is None:
            return [(start, end)]
        found.append((match.start(), match.end()))
        pos = match.end()
    return found


def sentence_marks(row: dict[str, Any], plover: dict[str, Any]) -> list[dict[str, Any]]:
    start = row.get("sentence_start")
    if start is None:
        start = (plover.get("text_info") or {}).get("start", 0)
    return event_marks(plover, row.get("sentence") or "", start)


def document_marks(
    text: str, events: Iterable[dict[str, Any]], plovers: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Every event's spans in ``text`` (the document), each with its ``event_id``."""
    marks = []
    for event in events:
        for mark in event_marks(plovers.get(event["id"], {}), text):
            marks.append({**mark, "event_id": event["id"]})
    return sorted(marks, key=lambda m: (m["start"], m["end"]))


def plovers(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """PLOVER records of some events, by id."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = store.db.rows(f"SELECT id, plover FROM events WHERE id IN ({marks})", ids)
    return {r[0]: json.loads(r[1]) for r in rows}


def document_dates(store: Store) -> tuple[dt.date | None, dt.date | None]:
    """First and last publication date of the stored articles."""
    row = store.db.rows("SELECT MIN(date), MAX(date) FROM documents")[0]
    return row[0], row[1]


def event_dates(store: Store, share: float = 0.01) -> tuple[dt.date | None, dt.date | None]:
    """The span of most event dates: from the 1st to the 99th percentile, widened to the articles' dates.

    Events about the distant past or future ("the 1972 treaty", "by 2030") would
    otherwise stretch the dashboard's date slider over decades without news.
    """
    n = int(store.value("SELECT COUNT(*) FROM clusters WHERE date IS NOT NULL") or 0)
    if not n:
        return document_dates(store)
    skip = int(n * share)
    first = store.value("SELECT date FROM clusters WHERE date IS NOT NULL ORDER BY date LIMIT 1 OFFSET ?", [skip])
    last = store.value("SELECT date FROM clusters WHERE date IS NOT NULL ORDER BY date DESC LIMIT 1 OFFSET ?", [skip])
    docs = [d for d in document_dates(store) if d is not None]
    return min([first, *docs]), max([last, *docs])


def known_code(store: Store, code: str) -> bool:
    """Whether a code takes part in any stored event."""
    return bool(store.value("SELECT 1 FROM event_actors WHERE code = ? LIMIT 1", [code]))


def actor_summary(store: Store, code: str, since: Any = None, until: Any = None) -> dict[str, Any]:
    """Deduplicated events of one code: totals by side and by quad class, first and last date."""
    dates, params = date_filter("c.date", since, until)
    sql = (
        "SELECT COUNT(*) AS events, SUM(is_actor) AS as_actor, SUM(is_recipient) AS as_recipient, "
        "SUM(CASE WHEN quad_code <= 2 THEN 1 ELSE 0 END) AS cooperation, "
        "SUM(CASE WHEN quad_code >= 3 THEN 1 ELSE 0 END) AS conflict, "
        "SUM(n_mentions) AS mentions, AVG(goldstein) AS goldstein_mean, MIN(date) AS first_seen, "
        "MAX(date) AS last_seen FROM (SELECT c.id, MAX(c.date) AS date, MAX(c.quad_code) AS quad_code, "
        "MAX(c.goldstein) AS goldstein, MAX(c.n_mentions) AS n_mentions, "
        "MAX(CASE WHEN a.role = 'actor' THEN 1 ELSE 0 END) AS is_actor, "
        "MAX(CASE WHEN a.role = 'recipient' THEN 1 ELSE 0 END) AS is_recipient "
        f"FROM clusters c JOIN event_actors a ON a.event_id = c.event_id WHERE a.code = ?{dates} "
        "GROUP BY c.id) t"
    )
    row = store.sql(sql, [code, *params])[0]
    return {k: (_clean(v) if v is not None else (0 if k in _COUNTS else None)) for k, v in row.items()}


_COUNTS = {"events", "as_actor", "as_recipient", "cooperation", "conflict", "mentions"}


def actor_partners(
    store: Store, code: str, since: Any = None, until: Any = None, limit: int = 20
) -> list[dict[str, Any]]:
    """The codes this one acts with most, with cooperative and conflictual counts in both directions."""
    dates, params = date_filter("date", since, until)
    sql = (
        "SELECT partner AS code, COUNT(DISTINCT cluster_id) AS events, "
        "COUNT(DISTINCT CASE WHEN quad_code <= 2 THEN cluster_id END) AS cooperation, "
        "COUNT(DISTINCT CASE WHEN quad_code >= 3 THEN cluster_id END) AS conflict, "
        "AVG(goldstein) AS goldstein_mean FROM ("
        "SELECT cluster_id, recipient_code AS partner, quad_code, goldstein, date FROM cluster_dyads "
        "WHERE actor_code = ? UNION ALL "
        "SELECT cluster_id, actor_code AS partner, quad_code, goldstein, date FROM cluster_dyads "
        f"WHERE recipient_code = ?) t WHERE partner <> '' AND partner <> ?{dates} "
        "GROUP BY partner ORDER BY events DESC, partner LIMIT ?"
    )
    rows = store.sql(sql, [code, code, code, *params, limit])
    return [{**{k: _clean(v) for k, v in r.items()}, "name": actor_name(r["code"])} for r in rows]


def actor_entities(store: Store, code: str, limit: int = 20) -> list[dict[str, Any]]:
    """The knowledge-base entities (people, organisations, sectors) stored under a code."""
    return store.sql(
        "SELECT kb_id, sector, name, n_events, first_seen, last_seen FROM entities "
        "WHERE code = ? ORDER BY n_events DESC, id LIMIT ?",
        [code, limit],
    )


def search_actors(frame_rows: list[dict[str, Any]], query: str | None) -> list[dict[str, Any]]:
    """Actors whose code or name contains the query (case-insensitive)."""
    if not query:
        return frame_rows
    q = query.strip().lower()
    return [r for r in frame_rows if q in r["code"].lower() or q in str(r.get("name", "")).lower()]


def records(frame: Any) -> list[dict[str, Any]]:
    """A DataFrame as JSON-ready dicts: NaN → None, timestamps → dates."""
    out = []
    for row in frame.to_dict(orient="records"):
        out.append({k: _plain(v) for k, v in row.items()})
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy scalars
        value = value.item()
    if isinstance(value, dt.datetime):
        return value.date()
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    return _clean(value)


def dyad_directions(store: Store, a: str, b: str, since: Any = None, until: Any = None) -> list[dict[str, Any]]:
    """Deduplicated events A → B and B → A, with cooperative and conflictual counts."""
    dates, params = date_filter("date", since, until)
    sql = (
        "SELECT COUNT(*) AS events, SUM(CASE WHEN quad_code <= 2 THEN 1 ELSE 0 END) AS cooperation, "
        "SUM(CASE WHEN quad_code >= 3 THEN 1 ELSE 0 END) AS conflict FROM cluster_dyads "
        f"WHERE actor_code = ? AND recipient_code = ?{dates}"
    )
    out = []
    for x, y in ((a, b), (b, a)):
        row = store.sql(sql, [x, y, *params])[0]
        out.append({"actor": x, "recipient": y, **{k: int(v or 0) for k, v in row.items()}})
    return out


def trend_signals(series: Any, a: str, b: str, by: str) -> list[dict[str, Any]]:
    """The periods where relations worsened or improved, from a series already read.

    The same rolling z-score of the conflict share as `dyads.analysis.dyad_trend`
    (docs/analysis.md), computed on the undirected `dyad_series` the dyad endpoint has
    already read, which saves reading it twice. Keep in step with `dyad_trend`.
    """
    if by == "day" or series.empty:
        return []
    frame = series[["period", "events", "conflict", "net_cooperation", "goldstein_mean"]].copy()
    share = (frame["conflict"] / frame["events"]).where(frame["events"] >= trend.MIN_EVENTS)
    past = share.shift(1).rolling(trend.WINDOW, min_periods=trend.MIN_PERIODS)
    frame["conflict_share"], frame["baseline"] = share, past.mean()
    frame["z"] = (share - frame["baseline"]) / past.std(ddof=0).clip(lower=trend.MIN_STD)
    frame["signal"] = ""
    frame.loc[frame["z"] >= trend.THRESHOLD, "signal"] = "worsened"
    frame.loc[frame["z"] <= -trend.THRESHOLD, "signal"] = "improved"
    texts = describe_trend(frame, a, b, by)
    marked = frame[frame["signal"] != ""]
    return [
        {"period": row.period, "signal": row.signal, "text": text}
        for row, text in zip(marked.itertuples(), texts, strict=True)
    ]


def auto_period(store: Store, a: str, b: str, since: Any = None, until: Any = None) -> str:
    """The period that gives a dyad's dates a readable number of bars (at most about 70)."""
    dates, params = date_filter("date", since, until)
    first, last = store.db.rows(
        "SELECT MIN(date), MAX(date) FROM cluster_dyads WHERE ((actor_code = ? AND recipient_code = ?) OR "
        f"(actor_code = ? AND recipient_code = ?)){dates}",
        [a, b, b, a, *params],
    )[0]
    first, last = since or first, until or last
    if first is None or last is None:
        return "month"
    days = (last - first).days
    return "day" if days <= 60 else "week" if days <= 400 else "month" if days <= 6 * 366 else "year"


def network(graph: Any, max_nodes: int) -> dict[str, Any]:
    """The ``max_nodes`` most active actors of an `actor_network` graph and the edges among them."""
    ranked = sorted(graph.nodes(data=True), key=lambda n: (-n[1].get("events", 0), n[0]))[:max_nodes]
    keep = {n for n, _ in ranked}
    nodes = [{"id": n, **{k: _plain(v) for k, v in d.items()}} for n, d in sorted(ranked)]
    edges = [
        {"source": u, "target": v, **{k: _plain(x) for k, x in d.items()}}
        for u, v, d in sorted(graph.edges(data=True))
        if u in keep and v in keep
    ]
    blocs: dict[int, list[str]] = {}
    for node in nodes:
        if node.get("bloc") is not None:
            blocs.setdefault(node["bloc"], []).append(node["id"])
    return {"nodes": nodes, "edges": edges, "blocs": [blocs[k] for k in sorted(blocs)]}
