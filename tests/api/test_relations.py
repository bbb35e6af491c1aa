"""GET /api/dyads/{a}/{b} and GET /api/network."""

from __future__ import annotations

import pytest


def test_a_dyad_over_time_with_evidence(client) -> None:
    dyad = client.get("/api/dyads/per/CHL", params={"by": "month"}).json()
    names = (dyad["a"], dyad["b"], dyad["a_name"], dyad["b_name"], dyad["by"])
    assert names == ("PER", "CHL", "Peru", "Chile", "month")
    series = dyad["series"]
    assert series and [p["period"] for p in series] == sorted(p["period"] for p in series)
    assert all(p["period"].endswith("-01") for p in series)
    for p in series:
        quads = p["verbal_cooperation"] + p["material_cooperation"] + p["verbal_conflict"] + p["material_conflict"]
        assert p["events"] == quads == p["cooperation"] + p["conflict"]
        assert p["goldstein_mean"] is None if not p["events"] else -10 <= p["goldstein_mean"] <= 10
    assert [(d["actor"], d["recipient"]) for d in dyad["directions"]] == [("PER", "CHL"), ("CHL", "PER")]
    evidence = dyad["evidence"]["events"]
    assert evidence and dyad["evidence"]["total"] == len(evidence)
    for e in evidence:
        codes = set(e["actor_codes"]) | set(e["recipient_codes"])
        assert {"PER", "CHL"} <= codes and e["marks"]
    assert len({e["cluster_id"] for e in evidence}) == len(evidence)  # one row per deduplicated event


def test_the_period_is_chosen_for_the_dates_unless_given(client) -> None:
    auto = client.get("/api/dyads/PER/CHL").json()
    assert auto["by"] in {"day", "week", "month", "year"}
    weekly = client.get("/api/dyads/PER/CHL", params={"by": "week", "since": "2021-03-01", "until": "2021-03-31"})
    assert weekly.status_code == 200 and weekly.json()["by"] == "week"
    assert all("2021-02-22" <= p["period"] <= "2021-03-31" for p in weekly.json()["series"])


def test_a_dyad_without_events_is_empty_not_an_error(client) -> None:
    dyad = client.get("/api/dyads/KEN/CHL").json()
    assert sum(p["events"] for p in dyad["series"]) == 0 and dyad["evidence"]["events"] == []


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/api/dyads/PER/PER", 400, ["two different actors"]),
        ("/api/dyads/ZZZ/PER", 404, ["unknown actor code 'ZZZ'"]),
        ("/api/dyads/1%3B2/PER", 400, ["invalid actor code"]),
        ("/api/dyads/PER/CHL?by=decade", 422, ["by"]),
        ("/api/dyads/PER/CHL?since=2022-01-01&until=2021-01-01", 400, ["after"]),
    ],
)
def test_bad_dyads(client, json_error, path, status, words) -> None:
    json_error(client.get(path), status, *words)


def test_the_network(client) -> None:
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"PER", "CHL", "BOL"} <= ids
    for edge in net["edges"]:
        assert edge["source"] in ids and edge["target"] in ids and edge["source"] != edge["target"]
        assert edge["events"] == edge["cooperation"] + edge["conflict"] >= 1
    assert {("BOL", "CHL")} <= {(e["source"], e["target"]) for e in net["edges"]}
    assert sorted(c for bloc in net["blocs"] for c in bloc) == sorted(ids)


def test_network_options(client) -> None:
    two = client.get("/api/network", params={"max_nodes": 2}).json()
    assert len(two["nodes"]) == 2
    later = client.get("/api/network", params={"since": "2022-01-01"}).json()
    assert "BOL" not in {n["id"] for n in later["nodes"]} and later["since"] == "2022-01-01"
    assert client.get("/api/network", params={"since": "2030-01-01"}).json()["nodes"] == []
    strong = client.get("/api/network", params={"min_events": 1000}).json()
    assert strong["edges"] == []


@pytest.mark.parametrize("params", [{"max_nodes": 0}, {"min_events": "many"}, {"until": "yesterday"}])
def test_bad_network_parameters(client, json_error, params) -> None:
    json_error(client.get("/api/network", params=params), 422, next(iter(params)))


def test_dyad_signals_are_those_of_the_trend_analysis(store, make_event) -> None:
    """The API computes signals on the series it has read; they must equal `dyad_trend`'s."""
    import datetime as dt

    from dyads.analysis import describe_trend, dyad_series, dyad_trend
    from dyads.api.queries import trend_signals
    from dyads.ingest.document import Document

    pairs = []
    for month in range(1, 13):
        for k in range(4):
            category = ("ACCUSE", "THREATEN", "REJECT", "SANCTION")[k] if month == 9 else "CONSULT"
            sentence = f"Report {month}-{k}: Israel and Russia, a {category.lower()} matter."
            doc = Document(text=sentence, date=dt.date(2018, month, 3 + 5 * k), source=f"Outlet {k}")
            pairs.append((doc, [make_event(doc, sentence, category, ("ISR",), ("RUS",))]))
    store.add_many(pairs)
    series = dyad_series(store, "ISR", "RUS", by="month", directed=False)
    mine = [(s["period"], s["signal"], s["text"]) for s in trend_signals(series, "ISR", "RUS", "month")]
    frame = dyad_trend(store, "ISR", "RUS", by="month")
    theirs = [
        (r.period, r.signal, text)
        for r, text in zip(
            frame[frame["signal"] != ""].itertuples(), describe_trend(frame, "ISR", "RUS", "month"), strict=True
        )
    ]
    assert mine == theirs and mine[0][:2] == (dt.date(2018, 9, 1), "worsened")
