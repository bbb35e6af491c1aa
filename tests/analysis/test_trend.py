"""Change signals: the month relations soured stands out."""

from __future__ import annotations

import datetime as dt

from dyads.analysis import describe_trend, dyad_trend


def test_september_2018_is_flagged_as_worsening(relations) -> None:
    trend = dyad_trend(relations, "ISR", "RUS").set_index("period")
    september = trend.loc[dt.date(2018, 9, 1)]
    assert september["signal"] == "worsened"
    assert september["conflict_share"] == 1.0
    assert september["baseline"] == 0.2
    assert september["z"] >= 2
    assert set(trend["signal"]) - {""} <= {"worsened", "improved"}
    assert trend.loc[dt.date(2018, 3, 1), "signal"] == ""  # nothing special in March


def test_signals_read_as_sentences(relations) -> None:
    lines = describe_trend(dyad_trend(relations, "ISR", "RUS"), "ISR", "RUS")
    assert lines[0].startswith("Israel–Russia relations worsened in 2018-09: conflict share 1.00")


def test_quiet_periods_get_no_score(relations) -> None:
    trend = dyad_trend(relations, "ISR", "RUS", min_events=50)
    assert trend["z"].isna().all() and (trend["signal"] == "").all()
