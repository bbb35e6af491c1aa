"""Analyses of an event store, as pandas DataFrames (and networkx graphs, and plots).

    >>> from dyads.store import open_store
    >>> from dyads.analysis import dyad_series, dyad_trend, actor_network
    >>> store = open_store("events.duckdb")
    >>> dyad_series(store, "ISR", "RUS", by="month")

Every count is of deduplicated events (clusters): an event reported by ten outlets
counts once. Methods are described in docs/analysis.md.
"""

from __future__ import annotations

from dyads.analysis.codes import actor_code, actor_name
from dyads.analysis.dyad import dyad_evidence, dyad_series
from dyads.analysis.network import actor_network, blocs, network_edges, network_json
from dyads.analysis.top import top_actors
from dyads.analysis.trend import describe_trend, dyad_trend, series_trend

__all__ = [
    "actor_code",
    "actor_name",
    "actor_network",
    "blocs",
    "describe_trend",
    "dyad_evidence",
    "dyad_series",
    "dyad_trend",
    "network_edges",
    "network_json",
    "plot_dyad",
    "plot_network",
    "series_trend",
    "top_actors",
]


def __getattr__(name: str):  # matplotlib loads only when a plot is drawn
    if name in {"plot_dyad", "plot_network"}:
        from dyads.analysis import plots

        return getattr(plots, name)
    raise AttributeError(name)
