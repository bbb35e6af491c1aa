"""PLOVER's auxiliary modes: negation, future, hypothetical, historical."""

from __future__ import annotations

import pytest

CASES = [
    # text, trigger, date, expected flags
    ("The army did not seize the border post.", "seize", None, {"negation"}),
    ("Washington cannot prevent the sale.", "prevent", None, {"negation", "hypothetical"}),
    ("The two sides failed to reach an agreement.", "reach", None, {"negation"}),
    ("The foreign ministers will meet in Vienna.", "meet", None, {"future"}),
    ("Netanyahu said he would be meeting Putin soon.", "meeting", None, {"future"}),
    ("Tehran plans to expel the inspectors.", "expel", None, {"future"}),
    ("Moscow may seek a new deal with Ankara.", "seek", None, {"hypothetical"}),
    ("If talks collapse, Seoul could suspend aid.", "suspend", None, {"hypothetical"}),
    ("Israel must maintain contact with Russia.", "maintain", None, {"hypothetical"}),
    ("Kenya should withdraw its troops.", "withdraw", None, {"hypothetical"}),
    ("The government is required to release the detainees.", "release", None, {"hypothetical"}),
    ("Egyptian forces crossed the canal in 1973.", "crossed", "2019-05-01", {"historical"}),
    ("Egyptian forces crossed the canal on Monday.", "crossed", "2019-05-01", set()),
]


@pytest.mark.parametrize(("text", "trigger", "date", "flags"), CASES)
def test_auxiliary_modes(analyse, text, trigger, date, flags) -> None:
    a = analyse(text, trigger, date)
    assert set(a.modality.flags) == flags, a.modality.cues


def test_cues_are_recorded(analyse) -> None:
    a = analyse("Jordan will not attend the summit.", "attend")
    assert {"negation", "future"} <= set(a.modality.flags)
    assert any(c.startswith("negation:") for c in a.modality.cues)
