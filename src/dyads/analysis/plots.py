"""Plots of a dyad and of the actor network, as PNG, SVG or a self-contained HTML page.

matplotlib's object API (`Figure`) is used, so no GUI backend is needed or changed.
An HTML page embeds the figure as inline SVG with the evidence beside it: no scripts,
no CDN, it opens offline.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import math
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.figure import Figure

from dyads.analysis.codes import actor_code, actor_name
from dyads.analysis.dyad import dyad_evidence, dyad_series
from dyads.analysis.network import actor_network
from dyads.analysis.sql import QUADS
from dyads.analysis.trend import describe_trend, dyad_trend, period_label
from dyads.errors import DyadsError

if TYPE_CHECKING:
    import networkx as nx

    from dyads.store import Store

FORMATS = (".png", ".svg", ".html")
QUAD_COLOURS = {1: "#9fd89f", 2: "#2e8b57", 3: "#f4a261", 4: "#c0392b"}
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}}
table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;
vertical-align:top}}svg{{max-width:100%;height:auto}}.muted{{color:#666}}</style></head>
<body><h1>{title}</h1>
{figure}
{body}
<p class="muted">Made by dyads from {store}. Counts are deduplicated events.</p></body></html>
"""


def _check_out(out: str | Path) -> Path:
    path = Path(out)
    if path.suffix.lower() not in FORMATS:
        raise DyadsError(f"--out {out}: use a file ending in {', '.join(FORMATS)}")
    if not path.parent.exists():
        raise DyadsError(f"--out {out}: folder {path.parent} does not exist")
    return path


def _svg(fig: Figure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _save(fig: Figure, path: Path, title: str, body: str, store: Store) -> Path:
    if path.suffix.lower() == ".html":
        page = PAGE.format(title=html.escape(title), figure=_svg(fig), body=body, store=html.escape(store.target))
        path.write_text(page, encoding="utf-8")
    else:
        fig.savefig(path, dpi=150, bbox_inches="tight")
    return path


def dyad_figure(series: pd.DataFrame, title: str, by: str = "month") -> Figure:
    """Stacked bars of events per quad class and the mean Goldstein score, per period."""
    fig = Figure(figsize=(11, 4.8))
    ax = fig.add_subplot()
    x = list(range(len(series)))
    bottom = [0] * len(series)
    for quad, name in QUADS.items():
        values = series[name].tolist()
        ax.bar(x, values, bottom=bottom, color=QUAD_COLOURS[quad], label=name.replace("_", " "), width=0.8)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("events (deduplicated)")
    step = max(1, len(x) // 12)
    labels = [period_label(p, by) for p in series["period"]]
    ax.set_xticks(x[::step], labels[::step], rotation=45, ha="right")
    line = ax.twinx()
    line.plot(x, series["goldstein_mean"], color="#1f3b73", marker="o", markersize=3, label="mean Goldstein")
    line.axhline(0, color="#999", linewidth=0.6)
    line.set_ylim(-10.5, 10.5)
    line.set_ylabel("mean Goldstein score")
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.25), fontsize=8, ncols=5, frameon=False)
    ax.set_title(title)
    return fig


def plot_dyad(
    store: Store,
    a: str,
    b: str,
    out: str | Path,
    by: str = "month",
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    top: int = 10,
) -> Path:
    """Draw the dyad's quad classes and Goldstein line to ``out`` (.png, .svg or .html)."""
    path = _check_out(out)
    a, b = actor_code(store, a), actor_code(store, b)
    series = dyad_series(store, a, b, by=by, since=since, until=until, directed=False)
    if series.empty:
        raise DyadsError(f"no dated events between {a} and {b} in {store.target}")
    title = f"{actor_name(a)} – {actor_name(b)}: events per {by}"
    fig = dyad_figure(series, title, by)
    body = ""
    if path.suffix.lower() == ".html":
        trend = describe_trend(dyad_trend(store, a, b, by=by, since=since, until=until), a, b, by)
        body = _signals_html(trend) + _evidence_html(dyad_evidence(store, a, b, since, until, top))
    return _save(fig, path, title, body, store)


def _signals_html(lines: list[str]) -> str:
    if not lines:
        return "<p>No change signal in this period (see docs/analysis.md).</p>"
    return "<h2>Change signals</h2><ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in lines) + "</ul>"


def _evidence_html(evidence: pd.DataFrame) -> str:
    rows = []
    for e in evidence.itertuples():
        link = (
            f'<a href="{html.escape(e.url)}">{html.escape(e.source or "source")}</a>'
            if e.url
            else html.escape(e.source or "")
        )
        rows.append(
            f"<tr><td>{e.date or ''}</td><td>{html.escape(e.actor or '')}</td><td>{e.event}</td>"
            f"<td>{html.escape(e.recipient or '')}</td><td>{html.escape(e.sentence)}</td>"
            f"<td>{e.mentions}</td><td>{link}</td></tr>"
        )
    return (
        "<h2>Most reported events</h2><table><tr><th>date</th><th>actor</th><th>event</th>"
        "<th>recipient</th><th>sentence</th><th>mentions</th><th>source</th></tr>" + "".join(rows) + "</table>"
    )


def network_figure(graph: nx.DiGraph, title: str) -> Figure:
    """Nodes sized by volume and coloured by bloc; edges green (net cooperation) or red (net conflict)."""
    import networkx as nx

    fig = Figure(figsize=(10, 8))
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    if not graph.number_of_nodes():
        return fig
    pos = nx.spring_layout(graph, seed=0, weight="events", k=1.5 / math.sqrt(graph.number_of_nodes()))
    colours = [f"C{graph.nodes[n].get('bloc', 0) % 10}" for n in graph.nodes]
    sizes = [60 + 40 * math.sqrt(graph.nodes[n]["events"]) for n in graph.nodes]
    edge_colours = [
        "#2e8b57" if d["net_cooperation"] > 0 else "#c0392b" if d["net_cooperation"] < 0 else "#999999"
        for *_, d in graph.edges(data=True)
    ]
    widths = [0.5 + math.log1p(d["events"]) for *_, d in graph.edges(data=True)]
    nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        edge_color=edge_colours,
        width=widths,
        alpha=0.6,
        arrowsize=8,
        node_size=sizes,
        connectionstyle="arc3,rad=0.12",
    )
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colours, node_size=sizes)
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=8)
    return fig


def plot_network(
    store: Store,
    out: str | Path,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    min_events: int = 1,
    sectors: bool = False,
) -> Path:
    """Draw the actor network to ``out`` (.png, .svg or .html)."""
    path = _check_out(out)
    graph = actor_network(store, since, until, min_events, sectors)
    if not graph.number_of_nodes():
        raise DyadsError(f"no events between two different actors in {store.target} with these filters")
    span = " to ".join(str(d) for d in (since, until) if d) or "all dates"
    title = f"Actor network ({span}, edges with ≥ {min_events} events)"
    fig = network_figure(graph, title)
    body = _blocs_html(graph) if path.suffix.lower() == ".html" else ""
    return _save(fig, path, title, body, store)


def _blocs_html(graph: nx.DiGraph) -> str:
    blocs: dict[int, list[str]] = {}
    for node, bloc in graph.nodes(data="bloc"):
        blocs.setdefault(bloc, []).append(node)
    items = "".join(
        f"<li>{', '.join(html.escape(n) for n in sorted(nodes))}</li>"
        for _, nodes in sorted(blocs.items())
        if len(nodes) > 1
    )
    edges = sorted(graph.edges(data=True), key=lambda e: -e[2]["events"])[:25]
    rows = "".join(
        f"<tr><td>{html.escape(u)} → {html.escape(v)}</td><td>{d['events']}</td>"
        f"<td>{d['cooperation']}</td><td>{d['conflict']}</td><td>{d['net_cooperation']:+d}</td></tr>"
        for u, v, d in edges
    )
    return (
        f"<h2>Blocs</h2><ol>{items}</ol><h2>Busiest edges</h2><table><tr><th>edge</th><th>events</th>"
        f"<th>cooperation</th><th>conflict</th><th>net</th></tr>{rows}</table>"
    )
