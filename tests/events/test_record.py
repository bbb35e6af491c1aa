"""The coded record: PLOVER fields, provenance down to the token, stable ids."""

from __future__ import annotations

from dyads.events.ontology import cameo_info, categories
from dyads.events.record import Event

TEXT = (
    "ISLAMABAD, March 6 - Pakistan and India held talks in Islamabad on Sunday. "
    "Pakistani troops later shelled Indian positions in Kashmir, the Indian army said."
)


def test_record_fields_follow_plover(coder) -> None:
    events = coder.code_text(TEXT, date="2019-03-06", doc_id="doc-1")
    assert len(events) >= 2
    for e in events:
        d = e.to_dict()
        assert list(d)[:3] == ["id", "doc_id", "date"]
        category = categories()[e.category]
        assert d["quad_code"] == category.quad
        assert d["event_scale"] == category.scale(e.mode)
        assert cameo_info(d["cameo"]).goldstein == d["goldstein"]
        assert set(e.mode) <= set(category.modes)
        assert Event.from_dict(d).to_dict() == d


def test_provenance_points_into_the_document(coder) -> None:
    for e in coder.code_text(TEXT, date="2019-03-06", doc_id="doc-1"):
        assert TEXT[e.text_info["start"] : e.text_info["end"]] == e.text
        trigger = e.evidence["trigger"]
        assert TEXT[trigger["start"] : trigger["end"]].startswith(e.event_text.split()[0])
        for actor in [*e.actor, *e.recipient]:
            assert TEXT[actor.start : actor.end] == actor.entity_text
        assert e.evidence["rule"] and e.evidence["features"]
        assert 0 < e.confidence <= 1


def test_the_shelling_is_an_assault_claimed_by_the_army(coder) -> None:
    events = coder.code_text(TEXT, date="2019-03-06", doc_id="doc-1")
    assault = next(e for e in events if e.category == "ASSAULT")
    assert [(a.code, a.sector) for a in assault.actor] == [("PAK", "MIL")]
    assert assault.recipient[0].code == "IND"
    assert assault.claimed_by.code == "IND"
    assert "heavy-weapons" in assault.mode


def test_meeting_is_consult_with_place_and_date(coder) -> None:
    events = coder.code_text(TEXT, date="2019-03-06", doc_id="doc-1")
    talks = next(e for e in events if e.category == "CONSULT")
    assert sorted(a.code for a in talks.actor) == ["IND", "PAK"]
    assert talks.date == "2019-03-03"
    assert talks.event_loc["resolved_place"] == "Islamabad" and talks.event_loc["country_code"] == "PAK"
    assert round(talks.event_loc["lat"]) == 34


def test_ids_are_stable_and_unique(coder) -> None:
    first = [e.id for e in coder.code_text(TEXT, date="2019-03-06", doc_id="doc-1")]
    second = [e.id for e in coder.code_text(TEXT, date="2019-03-06", doc_id="doc-1")]
    other = [e.id for e in coder.code_text(TEXT, date="2019-03-06", doc_id="doc-2")]
    assert first == second and len(set(first)) == len(first)
    assert not set(first) & set(other)


def test_future_cooperation_is_agree(coder) -> None:
    events = coder.code_text("The foreign ministers of Chile and Peru will meet in Lima next week.", date="2021-05-03")
    assert events[0].category == "AGREE" and "future" in events[0].context


def test_refusing_in_the_future_is_reject(coder) -> None:
    events = coder.code_text("The junta will not release the detained ministers, a spokesman said.")
    assert events[0].category == "REJECT"


def test_negated_act_keeps_its_category(coder) -> None:
    events = coder.code_text("Turkish troops did not attack the Kurdish town on Friday.")
    assert events[0].category == "ASSAULT" and "negation" in events[0].context


def test_a_non_event_sentence_yields_nothing(coder) -> None:
    assert coder.code_text("The weather in Geneva was mild and sunny on Tuesday.") == []


def test_long_documents_are_coded_in_parts_with_document_offsets(coder, monkeypatch) -> None:
    monkeypatch.setenv("DYADS_MAX_DOC_CHARS", "200")
    para = "Chile and Peru held talks in Lima on Monday.\n\n"
    text = "Filler line about nothing in particular at all.\n\n" * 6 + para
    from dyads.ingest.document import Document

    ((_, events),) = coder.code_documents([Document(text=text, id="long")])
    talks = [e for e in events if e.category == "CONSULT"]
    assert talks and text[talks[0].text_info["start"] : talks[0].text_info["end"]] == talks[0].text


def test_reported_obligation_is_a_request_by_who_says_it(coder) -> None:
    events = coder.code_text(
        "Moscow said on Friday that Kyiv must withdraw its troops from the border.", date="2021-04-10"
    )
    demand = events[0]
    assert demand.category == "REQUEST"
    assert [(a.code, a.sector) for a in demand.actor] == [("RUS", "GOV")]
    assert [r.code for r in demand.recipient] == ["UKR"]


def test_pronoun_actor_is_named_by_its_antecedent(coder) -> None:
    events = coder.code_text("Switzerland said it had expelled three Belarusian diplomats.")
    actor = events[0].actor[0]
    assert actor.code == "CHE" and actor.entity_text == "Switzerland" and actor.resolution == "coref"
    assert any(e.startswith("coref:it@") for e in actor.evidence)


def test_agentless_arrest_has_the_state_of_its_place_as_actor(coder) -> None:
    text = "A French reporter was arrested in Minsk on Friday."
    arrest = next(e for e in coder.code_text(text, date="2021-03-05") if e.category == "COERCE")
    [actor] = arrest.actor
    assert (actor.code, actor.resolution, actor.entity_text) == ("BLR", "location", "Minsk")
    assert text[actor.start : actor.end] == "Minsk"
    assert [r.code for r in arrest.recipient] == ["FRA"]


def test_countryless_attackers_take_the_country_of_the_place(coder) -> None:
    events = coder.code_text("A car bomb exploded near the town of Kirkuk, killing four policemen.", date="2021-03-05")
    attacks = [e for e in events if e.category == "ASSAULT"]
    assert attacks and all(a.code == "IRQ" and a.resolution == "location" for e in attacks for a in e.actor)
    assert attacks[0].event_loc["resolved_place"] == "Kirkuk"


def test_a_meeting_place_does_not_give_the_negotiators_a_country(coder) -> None:
    events = coder.code_text("The negotiators met in Geneva on Monday.", date="2021-03-05")
    assert events and all(a.code != "CHE" for e in events for a in e.actor)
    assert all(r.entity_text != "Monday" for e in events for r in e.recipient)
