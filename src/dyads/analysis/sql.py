"""SQL pieces shared by the analyses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dyads.errors import DyadsError
from dyads.store.query import date_arg

QUADS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
PERIODS = ("day", "week", "month", "year")


def date_filter(column: str, since: dt.date | str | None, until: dt.date | str | None) -> tuple[str, list[Any]]:
    """`` AND column >= ? AND column <= ?`` for the bounds given."""
    sql, params = "", []
    for op, value in ((">=", since), ("<=", until)):
        if value:
            sql += f" AND {column} {op} ?"
            params.append(date_arg(value))
    return sql, params


def quad_counts(quad: str = "quad_code") -> str:
    """One SUM column per quad class, plus cooperation and conflict."""
    parts = [f"SUM(CASE WHEN {quad} = {q} THEN 1 ELSE 0 END) AS {name}" for q, name in QUADS.items()]
    parts.append(f"SUM(CASE WHEN {quad} <= 2 THEN 1 ELSE 0 END) AS cooperation")
    parts.append(f"SUM(CASE WHEN {quad} >= 3 THEN 1 ELSE 0 END) AS conflict")
    return ", ".join(parts)


def period_expr(by: str, column: str = "date") -> str:
    if by not in PERIODS:
        raise DyadsError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    return f"CAST(date_trunc('{by}', {column}) AS DATE)"
