"""The actor network: who acts on whom, how much, and how cooperatively; blocs.

Nodes are actor codes (``ISR``), or code and sector (``ISR GOV``) with ``sectors=True``;
a directed edge A → B carries the deduplicated events A did to B: ``events``,
``cooperation``, ``conflict``, ``net_cooperation`` and ``goldstein_mean``. Domestic
events (A → A) and unresolved sides are left out.

Blocs are Louvain communities (networkx, fixed seed) of the undirected graph whose
edge weight is the number of cooperative events between two actors in either
direction: conflict does not bind a bloc.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from dyads.analysis.codes import actor_name
from dyads.analysis.sql import date_filter

if TYPE_CHECKING:
    from dyads.store import Store

EDGE_COLUMNS = ["source", "target", "events", "cooperation", "conflict", "net_cooperation", "goldstein_mean"]


def network_edges(
    store: Store,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    min_events: int = 1,
    sectors: bool = False,
) -> pd.DataFrame:
    """Directed edges with at least ``min_events`` deduplicated events."""
    if sectors:
        dates, params = date_filter("c.date", since, until)
        pairs = (
            "SELECT DISTINCT c.id AS cluster_id, TRIM(a.code || ' ' || COALESCE(a.sector, '')) AS source, "
            "TRIM(r.code || ' ' || COALESCE(r.sector, '')) AS target, c.quad_code, c.goldstein "
            "FROM clusters c JOIN event_actors a ON a.event_id = c.event_id AND a.role = 'actor' "
            "JOIN event_actors r ON r.event_id = c.event_id AND r.role = 'recipient' "
            f"WHERE a.code IS NOT NULL AND r.code IS NOT NULL AND a.code <> r.code{dates}"
        )
    else:
        dates, params = date_filter("date", since, until)
        pairs = (
            "SELECT cluster_id, actor_code AS source, recipient_code AS target, quad_code, goldstein "
            "FROM cluster_dyads WHERE actor_code <> '' AND recipient_code <> '' "
            f"AND actor_code <> recipient_code{dates}"
        )
    sql = (
        "SELECT source, target, COUNT(*) AS events, "
        "SUM(CASE WHEN quad_code <= 2 THEN 1 ELSE 0 END) AS cooperation, "
        "SUM(CASE WHEN quad_code >= 3 THEN 1 ELSE 0 END) AS conflict, AVG(goldstein) AS goldstein_mean "
        f"FROM ({pairs}) t GROUP BY source, target HAVING COUNT(*) >= ? ORDER BY events DESC, source, target"
    )
    frame = store.frame(sql, [*params, max(1, int(min_events))])
    frame["net_cooperation"] = frame["cooperation"] - frame["conflict"]
    return frame[EDGE_COLUMNS]


def actor_network(
    store: Store,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    min_events: int = 1,
    sectors: bool = False,
) -> nx.DiGraph:
    """The network as a networkx DiGraph, with ``events``, ``name`` and ``bloc`` on every node."""
    edges = network_edges(store, since, until, min_events, sectors)
    edges["goldstein_mean"] = edges["goldstein_mean"].astype(float).fillna(0.0)
    graph = nx.from_pandas_edgelist(edges, "source", "target", edge_attr=EDGE_COLUMNS[2:], create_using=nx.DiGraph)
    volume = edges.groupby("source")["events"].sum().add(edges.groupby("target")["events"].sum(), fill_value=0)
    for node in graph.nodes:
        code = node.split()[0]
        graph.nodes[node].update(code=code, name=actor_name(code) + node[3:], events=int(volume[node]))
    for number, bloc in enumerate(_blocs(edges, list(graph.nodes))):
        for node in bloc:
            graph.nodes[node]["bloc"] = number
    return graph


def blocs(graph: nx.DiGraph) -> list[set[str]]:
    """Communities of cooperating actors, largest first."""
    edges = nx.to_pandas_edgelist(graph)
    return _blocs(edges, list(graph.nodes)) if len(edges) else [{n} for n in sorted(graph.nodes)]


def _blocs(edges: pd.DataFrame, nodes: list[str]) -> list[set[str]]:
    cooperative = edges[edges["cooperation"] > 0]
    ends = pd.DataFrame(
        {
            "u": cooperative[["source", "target"]].min(axis=1),
            "v": cooperative[["source", "target"]].max(axis=1),
            "w": cooperative["cooperation"],
        }
    )
    weights = ends.groupby(["u", "v"], as_index=False)["w"].sum()
    undirected = nx.Graph()
    undirected.add_nodes_from(nodes)
    undirected.add_weighted_edges_from(weights.itertuples(index=False, name=None))
    found = nx.community.louvain_communities(undirected, weight="weight", seed=0)
    return sorted(found, key=lambda c: (-len(c), sorted(c)))


def network_json(graph: nx.DiGraph) -> dict[str, Any]:
    """Nodes, edges and blocs as plain JSON-able data."""
    return {
        "nodes": [{"id": n, **d} for n, d in sorted(graph.nodes(data=True))],
        "edges": [{"source": u, "target": v, **d} for u, v, d in sorted(graph.edges(data=True))],
        "blocs": [
            sorted(n for n, b in graph.nodes(data="bloc") if b == i)
            for i in sorted({b for _, b in graph.nodes(data="bloc")})
        ],
    }
