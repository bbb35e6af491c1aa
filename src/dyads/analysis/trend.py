"""Change signals on a dyad's time series: when did relations worsen or improve?

The signal is a rolling z-score of the conflict share (docs/analysis.md):

    share_t    = conflictual events / all events in period t (both directions, deduplicated)
    baseline_t = mean of share over the previous ``window`` periods (those with a value)
    z_t        = (share_t − baseline_t) / max(std of those periods, ``min_std``)

A period with at least ``min_events`` events and z ≥ ``threshold`` is marked
``worsened``; z ≤ −threshold, ``improved``. The std floor keeps a quiet, steady
baseline from turning one extra event into an alarm.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from dyads.analysis.codes import actor_name
from dyads.analysis.dyad import dyad_series

if TYPE_CHECKING:
    from dyads.store import Store

WINDOW = 6
MIN_PERIODS = 3
MIN_EVENTS = 3
MIN_STD = 0.1
THRESHOLD = 2.0


def dyad_trend(
    store: Store,
    a: str,
    b: str,
    by: str = "month",
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    window: int = WINDOW,
    threshold: float = THRESHOLD,
    min_events: int = MIN_EVENTS,
) -> pd.DataFrame:
    """Per period: events, conflict share, its baseline, z-score, mean Goldstein and the signal."""
    series = dyad_series(store, a, b, by=by, since=since, until=until, directed=False)
    return series_trend(series, window, threshold, min_events)


def series_trend(
    series: pd.DataFrame,
    window: int = WINDOW,
    threshold: float = THRESHOLD,
    min_events: int = MIN_EVENTS,
) -> pd.DataFrame:
    """The change signal of an undirected `dyad_series` (for callers that already have one)."""
    frame = series[["period", "events", "conflict", "net_cooperation", "goldstein_mean"]].copy()
    share = (frame["conflict"] / frame["events"]).where(frame["events"] >= min_events)
    past = share.shift(1).rolling(window, min_periods=MIN_PERIODS)  # NaN periods are skipped
    baseline, spread = past.mean(), past.std(ddof=0)
    frame["conflict_share"] = share
    frame["baseline"] = baseline
    frame["z"] = (share - baseline) / spread.clip(lower=MIN_STD)
    frame["signal"] = np.select(
        [frame["z"] >= threshold, frame["z"] <= -threshold], ["worsened", "improved"], default=""
    )
    return frame


def describe_trend(frame: pd.DataFrame, a: str, b: str, by: str = "month") -> list[str]:
    """One sentence per signal: "Israel–Russia relations worsened in 2018-09 (...)"."""
    names = f"{actor_name(a.upper())}–{actor_name(b.upper())}"
    lines = []
    for row in frame[frame["signal"] != ""].itertuples():
        period = ("the week of " if by == "week" else "") + period_label(row.period, by)
        lines.append(
            f"{names} relations {row.signal} in {period}: conflict share {row.conflict_share:.2f} "
            f"against a baseline of {row.baseline:.2f} (z = {row.z:+.1f}, {row.events} events)"
        )
    return lines


def period_label(period: dt.date, by: str) -> str:
    """2018-09 for a month, 2018 for a year, else the first day (ISO)."""
    if by == "month":
        return period.strftime("%Y-%m")
    if by == "year":
        return str(period.year)
    return period.isoformat()
