"""Who did it to whom: actors and recipients from the dependency structure."""

from __future__ import annotations


def codes(entities) -> list[str | None]:
    return [e.code for e in entities]


def test_active_subject_and_object(analyse) -> None:
    a = analyse("Egypt condemned Israel on Tuesday.", "condemned")
    assert codes(a.roles.actor) == ["EGY"] and codes(a.roles.recipient) == ["ISR"]


def test_passive_with_by_agent(analyse) -> None:
    a = analyse("Two Kurdish journalists were arrested by Turkish police in Diyarbakir.", "arrested")
    assert [(e.code, e.sector) for e in a.roles.actor] == [("TUR", "COP")]
    assert "journalists" in a.roles.recipient[0].entity_text


def test_passive_without_agent_has_no_actor(analyse) -> None:
    a = analyse("The Dutch ambassador was expelled from Caracas.", "expelled")
    assert a.roles.actor == []
    assert codes(a.roles.recipient) == ["NLD"]


def test_recipient_in_prepositional_phrase(analyse) -> None:
    a = analyse("India held talks with Pakistan in Geneva.", "held")
    assert codes(a.roles.actor) == ["IND"] and codes(a.roles.recipient) == ["PAK"]


def test_recipient_of_a_light_verb_noun(analyse) -> None:
    a = analyse("The European Union imposed new sanctions on Belarus.", "imposed")
    assert codes(a.roles.actor) == ["EUR"] and codes(a.roles.recipient) == ["BLR"]
    assert a.cand.text == "imposed sanctions"


def test_coordination_is_one_compound_actor(analyse) -> None:
    a = analyse("Saudi Arabia, the UAE and Egypt cut ties with Qatar.", "cut")
    assert codes(a.roles.actor) == ["SAU", "ARE", "EGY"]
    assert codes(a.roles.recipient) == ["QAT"]


def test_apposition_gives_an_unknown_person_a_country(analyse) -> None:
    a = analyse("Dov Halperin, a former Israeli defence minister, criticised Russia.", "criticised")
    actor = a.roles.actor[0]
    assert actor.entity_text == "Dov Halperin"
    assert (actor.code, actor.sector) == ("ISR", "ELI")


def test_title_and_name(analyse) -> None:
    a = analyse(
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.", "met", "2019-02-14"
    )
    assert [e.kb_id for e in a.roles.actor] == ["person:vladimir-putin"]
    assert [e.kb_id for e in a.roles.recipient] == ["person:recep-tayyip-erdogan"]


def test_possessive_actor_of_a_nominal_event(analyse) -> None:
    a = analyse("Trump's withdrawal of troops from Syria alarmed the Kurds.", "withdrawal", "2019-10-10")
    assert codes(a.roles.actor) == ["USA"]


def test_national_adjective_is_the_actor_of_a_nominal_event(analyse) -> None:
    a = analyse("Israeli airstrikes on Iranian positions in Syria continued.", "airstrikes")
    assert codes(a.roles.actor) == ["ISR"] and codes(a.roles.recipient) == ["IRN"]


def test_controlled_infinitive_is_one_event(analyse) -> None:
    a = analyse("Norway agreed to send medical teams to Yemen.", "agreed")
    assert codes(a.roles.actor) == ["NOR"]
    assert "send" in a.cand.text


def test_transparent_verb_hands_the_event_to_its_complement(analyse) -> None:
    a = analyse("Japan plans to impose sanctions on North Korea.", "impose")
    assert codes(a.roles.actor) == ["JPN"] and codes(a.roles.recipient) == ["PRK"]
    assert a.modality.future


def test_relative_clause_subject_is_the_modified_noun(analyse) -> None:
    a = analyse("Oman, which hosted the talks between Iran and the United States, urged calm.", "hosted")
    assert codes(a.roles.actor) == ["OMN"]


def test_pronoun_resolves_to_a_recent_person(analyse) -> None:
    a = analyse("Netanyahu flew to Moscow on Monday. He met Putin at the Kremlin.", "met", "2018-05-09")
    assert [e.kb_id for e in a.roles.actor] == ["person:benjamin-netanyahu"]
    assert a.roles.actor[0].resolution == "coref"


def test_the_two_leaders_are_both_people(analyse) -> None:
    text = "Modi met Xi Jinping in Wuhan. The two leaders agreed to strengthen border communication."
    a = analyse(text, "agreed", "2018-04-28")
    assert sorted(codes(a.roles.actor)) == ["CHN", "IND"]


def test_reported_speech_keeps_the_claimant_apart(analyse) -> None:
    a = analyse("Syrian state media said Israeli jets struck a depot near Homs.", "struck")
    assert codes(a.roles.actor) == ["ISR"]
    assert a.roles.claimed_by is not None
    assert (a.roles.claimed_by.code, a.roles.claimed_by.sector) == ("SYR", "JRN")


def test_claimant_after_the_event(analyse) -> None:
    a = analyse("Rebels shelled the airport overnight, the Libyan army said.", "shelled")
    assert a.roles.claimed_by is not None and a.roles.claimed_by.code == "LBY"


def test_coordinated_national_adjectives_make_two_actors(analyse) -> None:
    a = analyse("US and British warplanes bombed the airfield.", "bombed")
    assert sorted(codes(a.roles.actor)) == ["GBR", "USA"]


def test_adjective_passes_its_subject_to_the_infinitive(analyse) -> None:
    a = analyse(
        "Norway is ready to contribute 200 troops to the peacekeeping mission, the minister said.", "contribute"
    )
    assert codes(a.roles.actor) == ["NOR"]
    assert a.roles.claimed_by is not None and a.roles.claimed_by.entity_text == "minister"


def test_purpose_infinitive_of_an_object_takes_the_subject(analyse) -> None:
    a = analyse("The Egyptian government has taken steps to ease restrictions on the press.", "ease")
    assert codes(a.roles.actor) == ["EGY"]


def test_gerund_after_a_preposition_takes_the_subject(analyse) -> None:
    a = analyse("Colombia's army succeeded in freeing the hostages.", "freeing")
    assert codes(a.roles.actor) == ["COL"]
    assert a.roles.recipient[0].entity_text == "hostages"
