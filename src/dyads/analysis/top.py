"""The most active actors: deduplicated events per code (or code and sector)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pandas as pd

from dyads.analysis.codes import actor_name
from dyads.analysis.sql import date_filter

if TYPE_CHECKING:
    from dyads.store import Store


def top_actors(
    store: Store,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    limit: int = 20,
    sectors: bool = False,
) -> pd.DataFrame:
    """Actors by number of deduplicated events they take part in, on either side.

    Columns: code (and sector), name, events, as_actor, as_recipient, cooperation,
    conflict, mentions (articles' mentions of those events), goldstein_mean.
    """
    if sectors:  # sectors are on the first mention's actors
        dates, params = date_filter("c.date", since, until)
        sides = (
            "SELECT c.id AS cluster_id, a.code, a.sector, CASE WHEN a.role = 'actor' THEN 1 ELSE 0 END "
            "AS is_actor, CASE WHEN a.role = 'recipient' THEN 1 ELSE 0 END AS is_recipient, c.quad_code, "
            "c.goldstein FROM clusters c JOIN event_actors a ON a.event_id = c.event_id "
            f"WHERE a.code IS NOT NULL{dates}"
        )
    else:
        dates, params = date_filter("date", since, until)
        sides = (
            "SELECT cluster_id, actor_code AS code, 1 AS is_actor, 0 AS is_recipient, quad_code, goldstein "
            f"FROM cluster_dyads WHERE actor_code <> ''{dates} UNION ALL "
            "SELECT cluster_id, recipient_code, 0, 1, quad_code, goldstein "
            f"FROM cluster_dyads WHERE recipient_code <> ''{dates}"
        )
        params = params * 2
    keys = "code, sector" if sectors else "code"
    sql = f"""
    SELECT {keys}, COUNT(*) AS events, SUM(is_actor) AS as_actor, SUM(is_recipient) AS as_recipient,
           SUM(CASE WHEN quad_code <= 2 THEN 1 ELSE 0 END) AS cooperation,
           SUM(CASE WHEN quad_code >= 3 THEN 1 ELSE 0 END) AS conflict,
           SUM(n_mentions) AS mentions, AVG(goldstein) AS goldstein_mean
    FROM (SELECT s.cluster_id, {keys}, MAX(is_actor) AS is_actor, MAX(is_recipient) AS is_recipient,
                 MAX(s.quad_code) AS quad_code, MAX(s.goldstein) AS goldstein, MAX(k.n_mentions) AS n_mentions
          FROM ({sides}) s JOIN clusters k ON k.id = s.cluster_id GROUP BY s.cluster_id, {keys}) t
    GROUP BY {keys} ORDER BY events DESC, {keys} LIMIT ?"""
    frame = store.frame(sql, [*params, limit])
    frame.insert(2 if sectors else 1, "name", [actor_name(c) for c in frame["code"]])
    return frame
