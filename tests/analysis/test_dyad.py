"""Dyad time series and evidence: deduplicated counts per quad class, both directions."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.analysis import dyad_evidence, dyad_series
from dyads.errors import DyadsError


def test_monthly_series_in_both_directions(relations) -> None:
    series = dyad_series(relations, "isr", "rus", by="month")
    assert list(series["direction"].unique()) == ["ISR→RUS", "RUS→ISR"]
    assert len(series) == 24  # 12 months × 2 directions
    jan = series[series["period"] == dt.date(2018, 1, 1)].set_index("direction")
    assert jan.loc["ISR→RUS", "events"] == 2  # CONSULT, SUPPORT
    assert jan.loc["RUS→ISR", "events"] == 3  # AGREE, COOPERATE, ACCUSE
    assert jan.loc["RUS→ISR", "material_cooperation"] == 1
    assert jan.loc["RUS→ISR", "verbal_conflict"] == 1
    assert jan.loc["RUS→ISR", "net_cooperation"] == 1


def test_undirected_series_counts_a_repeated_report_once(relations) -> None:
    series = dyad_series(relations, "ISR", "RUS", directed=False).set_index("period")
    september = series.loc[dt.date(2018, 9, 1)]
    assert september["events"] == 7  # six events, and one reported by three outlets
    assert september["cooperation"] == 0 and september["conflict"] == 7
    assert september["net_cooperation"] == -7
    assert september["goldstein_sum"] == pytest.approx(september["goldstein_mean"] * 7)
    assert series.loc[dt.date(2018, 3, 1), "net_cooperation"] == 3


def test_weekly_series_fills_quiet_weeks_within_bounds(relations) -> None:
    series = dyad_series(relations, "ISR", "RUS", by="week", since="2018-09-01", until="2018-09-30", directed=False)
    assert series["period"].iloc[0] == dt.date(2018, 8, 27)  # the Monday of the week holding Sept 1
    assert series["events"].sum() == 7
    assert (series["events"] == 0).sum() >= 2
    assert series["period"].map(dt.date.weekday).eq(0).all()


def test_evidence_puts_the_most_reported_event_first(relations) -> None:
    evidence = dyad_evidence(relations, "RUS", "ISR", limit=3)
    top = evidence.iloc[0]
    assert top["sentence"].startswith("Russia blamed Israel")
    assert (top["mentions"], top["sources"], top["event"]) == (3, 3, "ACCUSE")
    assert len(evidence) == 3


def test_codes_are_checked(relations) -> None:
    with pytest.raises(DyadsError, match="unknown actor code 'XYZ'"):
        dyad_series(relations, "ISR", "XYZ")
    with pytest.raises(DyadsError, match="unknown period"):
        dyad_series(relations, "ISR", "RUS", by="fortnight")
    empty = dyad_series(relations, "ISR", "NOR")  # a real code with no events
    assert empty.empty
