"""Misspelt personal names match a known person only when one edit apart and unambiguous."""

from __future__ import annotations

import pytest

from dyads.actors.fuzzy import NameIndex, fold, within_one_edit

PEOPLE = NameIndex(
    [
        ("p:mitterrand", "François Mitterrand"),
        ("p:mitterrand", "Mitterrand"),
        ("p:martin", "Micheál Martin"),
        ("p:hansen", "Ola Hansen"),
        ("p:jansen", "Ola Jansen"),
    ]
)


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("mitterand", "mitterrand", True),  # a letter dropped
        ("bouteflicka", "bouteflika", True),  # a letter added
        ("santos", "sontas", False),  # two letters changed
        ("karzia", "karzai", True),  # two letters swapped
        ("obama", "osama", True),
        ("obama", "obama", True),
    ],
)
def test_one_edit(a: str, b: str, near: bool) -> None:
    assert within_one_edit(a, b) is near


def test_accents_do_not_count() -> None:
    assert fold("Micheál") == "micheal"
    assert PEOPLE.match("Francois Mitterand") == "p:mitterrand"


def test_a_long_surname_alone_is_enough() -> None:
    assert PEOPLE.match("Mitterand") == "p:mitterrand"


def test_a_short_surname_needs_an_agreeing_first_name() -> None:
    assert PEOPLE.match("Martins") is None
    assert PEOPLE.match("Micheal Martins") == "p:martin"
    assert PEOPLE.match("Joan Martins") is None


def test_two_people_one_edit_away_is_no_match() -> None:
    assert PEOPLE.match("Ola Hanssen") == "p:hansen"  # two edits from Jansen
    assert PEOPLE.match("Ola Ransen") is None  # one edit from both Hansen and Jansen
