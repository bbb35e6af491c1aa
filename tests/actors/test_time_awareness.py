"""The same name resolves to different codes at different dates."""

from __future__ import annotations

import pytest

CASES = [
    # sentence, date, code, sector, office
    ("Netanyahu criticised the budget.", "2019-09-01", "ISR", "GOV", "head_of_government"),
    ("Netanyahu criticised the budget.", "2021-09-01", "ISR", "OPP", "opposition_leader"),
    ("Netanyahu criticised the budget.", "2023-03-01", "ISR", "GOV", "head_of_government"),
    ("Bennett spoke with reporters in Jerusalem.", "2021-09-01", "ISR", "GOV", "head_of_government"),
    ("Bennett spoke with reporters in Jerusalem.", "2020-03-01", "ISR", "GOV", "defence_minister"),
    ("Trump criticised the trade deal.", "2018-06-01", "USA", "GOV", "head_of_state"),
    ("Trump criticised the trade deal.", "2022-06-01", "USA", "ELI", None),
    ("Trump criticised the trade deal.", "2025-06-01", "USA", "GOV", "head_of_state"),
    ("Biden visited Kyiv.", "2015-06-01", "USA", "GOV", "vice_president"),
    ("Biden visited Kyiv.", "2023-02-20", "USA", "GOV", "head_of_state"),
    ("Putin met the delegation.", "2010-06-01", "RUS", "GOV", "head_of_government"),
    ("Putin met the delegation.", "2014-06-01", "RUS", "GOV", "head_of_state"),
    ("Medvedev met the delegation.", "2010-06-01", "RUS", "GOV", "head_of_state"),
    ("Medvedev met the delegation.", "2016-06-01", "RUS", "GOV", "head_of_government"),
    ("Erdogan met the delegation.", "2010-06-01", "TUR", "GOV", "head_of_government"),
    ("Erdogan met the delegation.", "2016-06-01", "TUR", "GOV", "head_of_state"),
    ("Lula met the delegation.", "2008-06-01", "BRA", "GOV", "head_of_state"),
    ("Lula met the delegation.", "2023-06-01", "BRA", "GOV", "head_of_state"),
    ("Berlusconi met the delegation.", "2004-06-01", "ITA", "GOV", "head_of_government"),
    ("Berlusconi met the delegation.", "2007-06-01", "ITA", "ELI", None),
    ("Abe met the delegation.", "2015-06-01", "JPN", "GOV", "head_of_government"),
    ("Abe met the delegation.", "2010-06-01", "JPN", "ELI", None),
    ("Rouhani met the delegation.", "2016-06-01", "IRN", "GOV", "head_of_government"),
    ("Raisi met the delegation.", "2022-06-01", "IRN", "GOV", "head_of_government"),
    ("Pezeshkian met the delegation.", "2025-06-01", "IRN", "GOV", "head_of_government"),
    ("Rouhani met the delegation.", "2023-06-01", "IRN", "ELI", None),
]


@pytest.mark.parametrize(("text", "date", "code", "sector", "office"), CASES)
def test_leaders_resolve_by_date(subject, text, date, code, sector, office) -> None:
    entity = subject(text, date)
    assert (entity.code, entity.sector, entity.office) == (code, sector, office)
    assert entity.resolution in {"dated", "out_of_office"}


def test_lula_between_terms_is_not_government(subject) -> None:
    entity = subject("Lula met the delegation.", "2015-06-01")
    assert entity.code == "BRA" and entity.sector != "GOV"
    assert entity.resolution == "out_of_office"


def test_undated_uses_most_recent_role_and_says_so(subject) -> None:
    entity = subject("Netanyahu criticised the budget.")
    assert entity.resolution == "undated"
    assert (entity.code, entity.office) == ("ISR", "head_of_government")


def test_office_dates_are_reported(subject) -> None:
    entity = subject("Medvedev met the delegation.", "2010-06-01")
    assert entity.office_start == "2008-05-07" and entity.office_end == "2012-05-07"
    assert entity.kb_id == "person:dmitry-medvedev"


def test_titles_and_names_make_one_person(subject) -> None:
    entity = subject("Russian President Vladimir Putin met the delegation.", "2019-01-10")
    assert entity.entity_text == "Russian President Vladimir Putin"
    assert entity.kb_id == "person:vladimir-putin" and entity.sector == "GOV"


def test_former_title_without_date_is_elite(subject) -> None:
    entity = subject("Former Prime Minister Silvio Berlusconi attacked the plan.")
    assert (entity.code, entity.sector) == ("ITA", "ELI")


def test_office_title_resolves_to_holder_on_date(subject) -> None:
    entity = subject("The Iranian president flew to Moscow.", "2019-07-01")
    assert entity.kb_id == "person:hassan-rouhani"
    entity = subject("The Iranian president flew to Moscow.", "2022-07-01")
    assert entity.kb_id == "person:ebrahim-raisi"
