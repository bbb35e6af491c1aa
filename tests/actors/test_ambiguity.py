"""Ambiguous names are resolved by context or left unresolved, never guessed."""

from __future__ import annotations


def test_georgia_the_country_by_cues(subject) -> None:
    entity = subject("Georgia accused Moscow of occupying land near Tbilisi.")
    assert entity.code == "GEO"


def test_georgia_the_us_state_by_cues(subject) -> None:
    entity = subject("Georgia certified the results after the Atlanta recount and the governor signed.")
    assert entity.code == "USA"


def test_georgia_without_cues_is_unresolved(subject) -> None:
    entity = subject("Georgia complained.")
    assert entity.code is None and entity.resolution == "ambiguous"


def test_jordan_in_a_personal_name_is_not_the_country(subject) -> None:
    entity = subject("Jordan Henderson scored twice.")
    assert entity.code != "JOR"


def test_jordan_the_country(subject) -> None:
    entity = subject("Jordan recalled its ambassador from Tel Aviv.")
    assert entity.code == "JOR"
