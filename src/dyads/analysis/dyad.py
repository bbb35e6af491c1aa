"""A dyad over time: deduplicated events between two actors, by period and direction.

    >>> dyad_series(store, "ISR", "RUS", by="month")
        period direction  events  verbal_cooperation  ...  net_cooperation  goldstein_mean  goldstein_sum

Counts are of clusters (an event reported by ten outlets counts once), read from the
``cluster_dyads`` table; undated events are left out of time series.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pandas as pd

from dyads.analysis.codes import actor_code
from dyads.analysis.sql import QUADS, date_filter, period_expr, quad_counts
from dyads.store.query import rows_by_id

if TYPE_CHECKING:
    from dyads.store import Store

COUNT_COLUMNS = ["events", *QUADS.values(), "cooperation", "conflict"]
FREQ = {"day": "D", "week": "W-MON", "month": "MS", "year": "YS"}


def dyad_series(
    store: Store,
    a: str,
    b: str,
    by: str = "month",
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    directed: bool = True,
) -> pd.DataFrame:
    """Per period (and direction ``A→B``/``B→A`` unless ``directed=False``): counts per quad
    class, cooperation, conflict, net cooperation, mean and summed Goldstein score.

    Periods without events are filled with zeros between the first and last period (or
    ``since``/``until``), so the result is a regular time series.
    """
    a, b = actor_code(store, a), actor_code(store, b)
    dates, date_params = date_filter("date", since, until)
    pair = "((actor_code = ? AND recipient_code = ?) OR (actor_code = ? AND recipient_code = ?))"
    params = [a, b, b, a, *date_params]
    if directed:
        source = (
            f"SELECT date, quad_code, goldstein, CASE WHEN actor_code = ? THEN '{a}→{b}' "
            f"ELSE '{b}→{a}' END AS direction FROM cluster_dyads WHERE {pair}"
        )
        params = [a, *params]
    else:
        source = (
            f"SELECT DISTINCT cluster_id, date, quad_code, goldstein, '{a}–{b}' AS direction "
            f"FROM cluster_dyads WHERE {pair}"
        )
    sql = (
        f"SELECT {period_expr(by)} AS period, direction, COUNT(*) AS events, {quad_counts()}, "
        f"AVG(goldstein) AS goldstein_mean, SUM(goldstein) AS goldstein_sum "
        f"FROM ({source} AND date IS NOT NULL{dates}) t GROUP BY 1, 2 ORDER BY 1, 2"
    )
    frame = store.frame(sql, params)
    directions = [f"{a}→{b}", f"{b}→{a}"] if directed else [f"{a}–{b}"]
    frame = _fill(frame, directions, by, since, until)
    frame["net_cooperation"] = frame["cooperation"] - frame["conflict"]
    columns = ["period", "direction", *COUNT_COLUMNS, "net_cooperation", "goldstein_mean", "goldstein_sum"]
    return frame[columns] if directed else frame[columns].drop(columns="direction")


def _fill(
    frame: pd.DataFrame, directions: list[str], by: str, since: dt.date | str | None, until: dt.date | str | None
) -> pd.DataFrame:
    """Zero rows for the periods and directions without events."""
    periods = pd.to_datetime(frame["period"]) if len(frame) else pd.Series([], dtype="datetime64[ns]")
    start = _bucket(since, by) if since else (periods.min() if len(frame) else None)
    end = _bucket(until, by) if until else (periods.max() if len(frame) else None)
    if start is None or end is None:
        return pd.DataFrame(columns=["period", "direction", *COUNT_COLUMNS, "goldstein_mean", "goldstein_sum"])
    index = pd.MultiIndex.from_product(
        [pd.date_range(start, end, freq=FREQ[by]), directions], names=["period", "direction"]
    )
    frame = frame.assign(period=periods).set_index(["period", "direction"]).reindex(index).reset_index()
    frame[COUNT_COLUMNS] = frame[COUNT_COLUMNS].fillna(0).astype(int)
    frame["goldstein_sum"] = frame["goldstein_sum"].fillna(0.0).astype(float)
    frame["goldstein_mean"] = frame["goldstein_mean"].astype(float)
    frame["period"] = frame["period"].dt.date
    return frame


def _bucket(value: dt.date | str, by: str) -> pd.Timestamp:
    """The start of the period that contains a date."""
    ts = pd.Timestamp(value)
    if by == "week":
        return (ts - pd.Timedelta(days=ts.weekday())).normalize()
    if by == "month":
        return ts.replace(day=1)
    if by == "year":
        return ts.replace(month=1, day=1)
    return ts


def dyad_evidence(
    store: Store, a: str, b: str, since: dt.date | str | None = None, until: dt.date | str | None = None, limit: int = 5
) -> pd.DataFrame:
    """The dyad's most reported events (then most confident), both directions, as evidence.

    Columns: date, actor, event, recipient, sentence, mentions, sources, confidence,
    goldstein, quad_code, cluster_id, event_id, title, url, source.
    """
    a, b = actor_code(store, a), actor_code(store, b)
    dates, date_params = date_filter("c.date", since, until)
    rows = store.sql(
        "SELECT c.date, c.actor_codes AS actor, c.category AS event, c.recipient_codes AS recipient, "
        "c.n_mentions AS mentions, c.n_sources AS sources, c.confidence, c.goldstein, c.quad_code, "
        "c.id AS cluster_id, c.event_id FROM clusters c WHERE c.id IN (SELECT cluster_id FROM cluster_dyads "
        f"WHERE (actor_code = ? AND recipient_code = ?) OR (actor_code = ? AND recipient_code = ?)){dates} "
        "ORDER BY c.n_mentions DESC, c.confidence DESC, c.date DESC, c.id LIMIT ?",
        [a, b, b, a, *date_params, limit],
    )
    events = rows_by_id(store, "SELECT id, sentence, doc_id FROM events", {r["event_id"] for r in rows})
    docs = rows_by_id(store, "SELECT id, title, url, source FROM documents", {e["doc_id"] for e in events.values()})
    for row in rows:
        event = events[row["event_id"]]
        doc = docs.get(event["doc_id"], {})
        row.update(sentence=event["sentence"], title=doc.get("title"), url=doc.get("url"), source=doc.get("source"))
    columns = [
        "date",
        "actor",
        "event",
        "recipient",
        "sentence",
        "mentions",
        "sources",
        "confidence",
        "goldstein",
        "quad_code",
        "cluster_id",
        "event_id",
        "title",
        "url",
        "source",
    ]
    return pd.DataFrame(rows, columns=columns)
