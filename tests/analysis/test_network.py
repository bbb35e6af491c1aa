"""The actor network: weighted edges, blocs, JSON and GraphML."""

from __future__ import annotations

import networkx as nx

from dyads.analysis import actor_network, network_edges, network_json, top_actors


def test_edges_carry_volume_and_net_cooperation(relations) -> None:
    edges = network_edges(relations).set_index(["source", "target"])
    usa_rus = edges.loc[("USA", "RUS")]
    assert (usa_rus["events"], usa_rus["conflict"], usa_rus["net_cooperation"]) == (12, 12, -12)
    assert edges.loc[("USA", "GBR"), "net_cooperation"] == 12
    assert not any(s == t for s, t in edges.index)


def test_min_events_and_dates_filter_edges(relations) -> None:
    assert set(network_edges(relations, min_events=13)["source"]) == {"ISR", "RUS"}
    one_month = network_edges(relations, since="2018-01-01", until="2018-01-31")
    assert one_month.set_index(["source", "target"]).loc[("USA", "GBR"), "events"] == 1


def test_blocs_are_the_cooperating_groups(relations) -> None:
    graph = actor_network(relations)
    blocs = {frozenset(b) for b in network_json(graph)["blocs"]}
    assert any({"USA", "GBR", "FRA"} <= b for b in blocs)
    assert any({"SYR", "IRN"} <= b for b in blocs)
    assert graph.nodes["USA"]["bloc"] != graph.nodes["SYR"]["bloc"]
    assert graph.nodes["USA"]["name"] == "United States"


def test_graph_writes_to_graphml(relations, tmp_path) -> None:
    path = tmp_path / "net.graphml"
    nx.write_graphml(actor_network(relations, sectors=True), path)
    assert nx.read_graphml(path).number_of_nodes() == 7


def test_top_actors(relations) -> None:
    top = top_actors(relations, limit=3)
    assert list(top["code"]) == ["RUS", "ISR", "USA"]
    rus = top.iloc[0]
    assert rus["name"] == "Russia"
    assert rus["events"] == rus["as_actor"] + rus["as_recipient"]  # never on both sides here
    assert rus["mentions"] == rus["events"] + 2  # the repeated report
