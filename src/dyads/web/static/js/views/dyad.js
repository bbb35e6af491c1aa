// Dyad view: quad-class bars over time with the Goldstein line, and the evidence below.

import { get } from "../api.js";
import { dyadChart, goldsteinLegend } from "../charts.js";
import { quadLegend, splitBar } from "../colors.js";
import { clear, empty, fmtNumber, fmtPeriod, fmtScore, h } from "../dom.js";
import { marksLegend } from "../marks.js";
import { link, navigate, params, setParams } from "../router.js";
import { pagedEvents, renderPage } from "../table.js";

const PERIODS = ["auto", "day", "week", "month", "year"];

export async function dyadView(root, a, b) {
  const q = params();
  const state = { by: q.get("by") || "auto", since: q.get("since") || "", until: q.get("until") || "", period: q.get("period") || "" };
  document.title = `${a} – ${b} · dyads`;
  const dyad = await get(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by: state.by, since: state.since, until: state.until });
  document.title = `${dyad.a_name} – ${dyad.b_name} · dyads`;
  const total = dyad.series.reduce((n, p) => n + p.events, 0);
  const chartBox = h("figure", { class: "card chart-card" });
  const evidence = h("div", { class: "evidence" });
  const chip = h("div", { class: "chip-row" });
  const filters = { actor: dyad.a, recipient: dyad.b, both_directions: true, unique: true, since: state.since, until: state.until };

  const showPeriod = async (period) => {
    state.period = period || "";
    setParams({ ...state, period: state.period });
    drawChart();
    clear(chip, period ? h("span", { class: "chip" }, `Events of ${fmtPeriod(period, dyad.by)}`,
      h("button", { type: "button", class: "chip-x", "aria-label": "Show all evidence", onclick: () => showPeriod("") }, "×")) : null);
    if (!period) {
      renderPage(evidence, dyad.evidence, filters, "Evidence");
      return;
    }
    await pagedEvents(evidence, { ...filters, since: period, until: periodEnd(period, dyad.by) }, { caption: "Evidence" });
  };
  const drawChart = () => {
    const width = chartBox.clientWidth && chartBox.clientWidth < 640 ? 520 : 960;
    clear(chartBox, total ? dyadChart(dyad.series, dyad.by, { onSelect: showPeriod, selected: state.period, width })
                          : empty("No dated events between these actors", "Try a wider date range."),
      h("figcaption", { class: "legend-row" }, quadLegend(), goldsteinLegend()));
  };

  clear(root,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "/network" }, "Network"), " / dyad"),
    h("div", { class: "view-head" },
      h("div", {}, h("h1", {}, h("a", { href: `/actors/${dyad.a}` }, dyad.a_name), h("span", { class: "muted" }, " – "),
        h("a", { href: `/actors/${dyad.b}` }, dyad.b_name)),
      h("p", { class: "lede" }, `Deduplicated events between ${dyad.a} and ${dyad.b}, in both directions, per ${dyad.by}.`))),
    periodForm(state, dyad.by),
    stats(dyad, total),
    dyad.signals.length ? h("ul", { class: "signals" }, dyad.signals.map((sig) =>
      h("li", { class: sig.signal }, h("span", { "aria-hidden": "true" }, sig.signal === "worsened" ? "▼ " : "▲ "), sig.text))) : null,
    chartBox,
    h("div", { class: "section-head" }, h("h2", {}, "Evidence"), marksLegend()),
    h("p", { class: "muted small" }, "One row per deduplicated event (its first report), newest first. Click a bar above to see one period."),
    chip, evidence);
  drawChart();
  if (state.period) await showPeriod(state.period);
  else if (!dyad.evidence.events.length) clear(evidence, empty("No events between these actors", "Try a wider date range."));
  else renderPage(evidence, dyad.evidence, filters, "Evidence");
}

function periodEnd(period, by) {
  const d = new Date(period + "T00:00:00Z");
  if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  if (by === "year") { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function periodForm(state, resolved) {
  const by = h("select", { name: "by" }, PERIODS.map((p) => h("option", { value: p, selected: p === state.by },
    p === "auto" ? `auto (${resolved})` : p)));
  const since = h("input", { type: "date", name: "since", value: state.since });
  const until = h("input", { type: "date", name: "until", value: state.until });
  const apply = (e) => {
    e.preventDefault();
    navigate(link(location.pathname, { by: by.value === "auto" ? "" : by.value, since: since.value, until: until.value }));
  };
  by.addEventListener("change", apply);
  return h("form", { class: "controls", onsubmit: apply },
    h("label", { class: "field" }, h("span", {}, "Period"), by),
    h("label", { class: "field" }, h("span", {}, "From"), since),
    h("label", { class: "field" }, h("span", {}, "To"), until),
    h("button", { class: "button", type: "submit" }, "Apply"));
}

function stats(dyad, total) {
  const sum = dyad.series.reduce((n, p) => n + p.goldstein_sum, 0);
  const card = (label, value, extra) => h("div", { class: "stat" }, h("div", { class: "stat-label" }, label), h("div", { class: "stat-value" }, value), extra);
  return h("div", { class: "stats" },
    card("Events", fmtNumber(total)),
    dyad.directions.map((d) => card(`${d.actor} → ${d.recipient}`, fmtNumber(d.events),
      h("div", {}, splitBar(d.cooperation, d.conflict), h("div", { class: "muted small" }, `${d.cooperation} cooperative · ${d.conflict} conflictual`)))),
    card("Mean Goldstein", total ? fmtScore(sum / total) : "–", h("div", { class: "muted small" }, "−10 conflict … +10 cooperation")));
}

