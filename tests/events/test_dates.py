"""Event dates from the document date and the sentence's time expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.events.dates import parse_expression

DOC = dt.date(2019, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "future", "date", "basis"),
    [
        ("on Sunday", False, "2019-03-03", "relative"),
        ("Sunday", True, "2019-03-10", "relative"),
        ("yesterday", False, "2019-03-05", "relative"),
        ("last week", False, "2019-02-27", "relative"),
        ("next month", True, "2019-04-01", "relative"),
        ("in 2015", False, "2015-01-01", "explicit"),
        ("March 3, 2018", False, "2018-03-03", "explicit"),
        ("3 March", False, "2019-03-03", "relative"),
        ("on December 12", False, "2018-12-12", "relative"),
        ("in May 2016", False, "2016-05-01", "explicit"),
    ],
)
def test_time_expressions(text, future, date, basis) -> None:
    found = parse_expression(text, DOC, future)
    assert (found.date, found.basis) == (date, basis)


def test_precision_is_reported() -> None:
    assert parse_expression("in 2015", DOC).precision == "year"
    assert parse_expression("in May 2016", DOC).precision == "month"


def test_relative_needs_a_document_date() -> None:
    assert parse_expression("on Sunday", None) is None
    assert parse_expression("March 3, 2018", None).date == "2018-03-03"


def test_event_date_in_context(coder) -> None:
    events = coder.code_text("Pakistan and India held talks in Islamabad on Sunday.", date="2019-03-06")
    assert events and events[0].date == "2019-03-03"
    assert events[0].date_info == {"basis": "relative", "text": "Sunday", "precision": "day"}


def test_document_date_without_expression(coder) -> None:
    events = coder.code_text("Pakistan and India held talks in Islamabad.", date="2019-03-06")
    assert events[0].date == "2019-03-06" and events[0].date_info["basis"] == "document"


def test_undated_document(coder) -> None:
    events = coder.code_text("Pakistan and India held talks in Islamabad.")
    assert events[0].date is None and events[0].date_info["basis"] == "undated"
