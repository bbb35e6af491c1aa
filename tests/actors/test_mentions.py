"""Noun phrases become actors: metonyms, sector words, organisations, unknown names."""

from __future__ import annotations

import pytest

CASES = [
    ("The Kremlin rejected the proposal.", "RUS", "GOV"),
    ("Moscow rejected the proposal.", "RUS", "GOV"),
    ("The White House welcomed the vote.", "USA", "GOV"),
    ("The Pentagon sent more jets.", "USA", "MIL"),
    ("Washington imposed new tariffs.", "USA", "GOV"),
    ("Tehran denied the report.", "IRN", "GOV"),
    ("Damascus accused the rebels.", "SYR", "GOV"),
    ("Ankara summoned the envoy.", "TUR", "GOV"),
    ("Beijing protested the visit.", "CHN", "GOV"),
    ("The Israeli Air Force struck a convoy.", "ISR", "MIL"),
    ("Israeli police arrested two men.", "ISR", "COP"),
    ("Syrian rebels shelled the town.", "SYR", "REB"),
    ("Russian troops crossed the river.", "RUS", "MIL"),
    ("Russia's military denied the claim.", "RUS", "MIL"),
    ("The Syrian army retook the village.", "SYR", "MIL"),
    ("The Turkish opposition boycotted the vote.", "TUR", "OPP"),
    ("Iranian state media reported the arrests.", "IRN", "JRN"),
    ("Hezbollah fired rockets.", "LBN", "REB"),
    ("Hamas released a statement.", "PSE", "REB"),
    ("The Houthis attacked a tanker.", "YEM", "REB"),
    ("NATO condemned the launch.", "IGO", None),
    ("Israel struck the depot.", "ISR", None),
    ("The president of Armenia flew to Paris.", "ARM", "GOV"),
    ("Montenegro's prime minister resigned.", "MNE", "GOV"),
]


@pytest.mark.parametrize(("text", "code", "sector"), CASES)
def test_phrase_resolves(subject, text, code, sector) -> None:
    entity = subject(text, "2019-06-01")
    assert (entity.code, entity.sector) == (code, sector), entity


def test_un_is_its_own_code(subject) -> None:
    assert subject("The United Nations demanded access.").code == "UNO"


def test_sector_word_takes_country_from_document(subject) -> None:
    entity = subject("Protesters clashed with police after Egypt raised fuel prices.")
    assert (entity.code, entity.sector, entity.resolution) == ("EGY", "CVL", "context")


def test_sector_word_takes_country_from_its_prepositional_phrase(subject) -> None:
    entity = subject("Rebels in Darfur attacked a convoy, British officials said.")
    assert (entity.code, entity.sector) == ("SDN", "REB")


def test_head_decides_between_organisation_and_country(subject) -> None:
    assert subject("NATO-member Norway sent two frigates.").code == "NOR"
    assert (lambda e: (e.code, e.sector))(subject("Hezbollah fighters crossed the border.")) == ("LBN", "REB")


def test_ethnic_group_is_not_the_state_of_the_same_name(subject) -> None:
    entity = subject("Ethnic Albanians in southern Serbia demanded autonomy.")
    assert entity.code == "SRB" and entity.sector == "CVL"


def test_unknown_named_official_keeps_title_sector_without_guessing_the_holder(subject) -> None:
    entity = subject("President Zorblatt Kessington denied the charges.", "2019-05-05")
    assert entity.kb_id is None and entity.sector == "GOV"


def test_sector_word_without_context_stays_unresolved(subject) -> None:
    entity = subject("Protesters blocked the road.")
    assert entity.code is None and entity.sector == "CVL" and entity.resolution == "unresolved"


def test_unknown_named_actor_is_kept_with_its_label(subject) -> None:
    entity = subject("Zorblatt Kessington denied the charges.")
    assert entity.code is None and entity.entity_text == "Zorblatt Kessington"
    assert entity.ner_label == "PERSON" and entity.resolution == "ner"


def test_lowercase_common_words_are_not_countries(nlp) -> None:
    doc = nlp("They served turkey to us and chad about it.")
    assert doc._.kb_hits == [] or all(doc[h.start].text[0].isupper() for h in doc._.kb_hits)


def test_misspelt_leader_is_the_known_person(subject) -> None:
    entity = subject("President Francois Mitterand welcomed the visitors.")
    assert entity.kb_id == "person:francois-mitterrand" and entity.code == "FRA"
    assert "misspelt:Francois Mitterand" in entity.evidence


def test_unknown_name_takes_the_code_of_its_acronym_apposition(subject) -> None:
    entity = subject("The Refugee Relief Office (UNHCR) criticised the decision.")
    assert (entity.entity_text, entity.code, entity.resolution) == ("Refugee Relief Office", "UNO", "appos")


def test_a_people_named_with_where_they_live_belongs_there(subject) -> None:
    entity = subject("Hungarians of southern Slovakia demanded more schools.")
    assert (entity.code, entity.sector) == ("SVK", "CVL")
    assert entity.entity_text == "Hungarians of southern Slovakia"
