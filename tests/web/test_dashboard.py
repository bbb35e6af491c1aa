"""The analyst's path through the dashboard: network → dyad → evidence; an article; Try it; filters in the URL."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_network_edge_opens_the_dyad_with_chart_and_evidence(tab) -> None:
    page = tab.open("/network")
    edge = page.locator('g.edge[data-dyad="CHL-PER"]')
    expect(edge).to_be_visible()
    expect(page.locator("g.node")).to_have_count(page.locator("g.node").count())
    assert page.locator("g.node").count() >= 4
    expect(page.locator(".network-side .dyad-list li").first).to_be_visible()
    tab.screenshot("network")

    edge.click()
    expect(page).to_have_url(re.compile(r"/dyads/CHL/PER"))
    expect(page.locator("svg.dyad-chart")).to_be_visible()
    expect(page.locator("svg.dyad-chart .bars rect:not(.hit)").first).to_be_visible()
    rows = page.locator("table.events tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 1
    first = rows.first
    expect(first.locator("mark.m-trigger")).not_to_have_count(0)
    expect(first.locator("td.source a").first).to_have_attribute("href", re.compile(r"^/documents/"))
    expect(page.locator("h1")).to_contain_text("Chile")
    tab.screenshot("dyad", full_page=True)


def test_clicking_a_bar_shows_the_events_of_that_period(tab) -> None:
    page = tab.open("/dyads/PER/CHL?by=month")
    bar = page.locator("svg.dyad-chart g.period", has=page.locator("rect:not(.hit)")).first
    period = bar.get_attribute("data-period")
    bar.locator("rect.hit").click()
    expect(page.locator(".chip")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"period={period}"))
    for date in page.locator("table.events tbody tr td:first-child").all_inner_texts():
        assert date[:7] == period[:7]


def test_try_it_highlights_the_events_of_pasted_text(tab) -> None:
    page = tab.open("/try")
    page.fill(
        "#try-text",
        "Ghana and Togo signed an agreement on Tuesday to reopen three border crossings. "
        "Togolese officials thanked Ghana for its help.",
    )
    page.fill("#try-date", "2022-05-17")
    page.get_by_role("button", name="Code it").click()
    expect(page.locator(".event-list li").first).to_be_visible(timeout=60_000)
    expect(page.locator(".article-text mark.m-trigger").first).to_be_visible()
    expect(page.locator(".article-text mark.m-actor").first).to_be_visible()
    assert "signed" in page.locator(".article-text mark.m-trigger").all_inner_texts()
    page.locator(".event-list li").first.click()
    expect(page.locator(".article-text mark.selected").first).to_be_visible()
    expect(page).to_have_url(re.compile(r"/try\?date=2022-05-17"))
    tab.screenshot("try-it", full_page=True)


def test_a_document_with_its_events_marked(tab) -> None:
    page = tab.open("/documents/t-bolivia-chile")
    expect(page.locator("h1")).to_have_text("Bolivia accuses Chile over sea access")
    expect(page.locator(".article-text mark.m-actor", has_text="Bolivia").first).to_be_visible()
    assert page.locator(".event-list li").count() >= 1
    tab.screenshot("document", full_page=True)


def test_filters_live_in_the_url(tab) -> None:
    page = tab.open("/events?actor=BOL")
    expect(page.locator("table.events tbody tr").first).to_be_visible()
    for cell in page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts():
        assert "BOL" in cell
    page.get_by_label("Sentence contains").fill("sea")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"actor=BOL.*q=sea|q=sea.*actor=BOL"))
    page.reload()  # a shared link opens the same view
    expect(page.get_by_label("Sentence contains")).to_have_value("sea")
    expect(page.get_by_label("Actor", exact=True)).to_have_value("BOL")
    tab.screenshot("events")


def test_empty_and_missing_states(tab) -> None:
    page = tab.open("/events?q=no-such-words-anywhere")
    expect(page.locator(".state.empty")).to_contain_text("No events match")
    page = tab.open("/network?since=2030-01-01")
    expect(page.locator(".state.empty")).to_contain_text("No relations")
    page = tab.open("/documents/nowhere")
    expect(page.locator(".state.error")).to_contain_text("no document 'nowhere'")
    tab.errors.clear()  # the 404 of the missing document is logged by the browser


def test_every_view_loads_without_errors(tab) -> None:
    for path, text, name in [
        ("/", "Actor network", None),
        ("/actors", "Actors", "actors"),
        ("/actors/CHL", "Chile", "actor"),
        ("/events", "Events", None),
        ("/try", "Try it", None),
    ]:
        page = tab.open(path)
        expect(page.locator("h1").first).to_contain_text(text)
        expect(page.locator(".state.loading")).to_have_count(0)
        if name:
            tab.screenshot(name)
