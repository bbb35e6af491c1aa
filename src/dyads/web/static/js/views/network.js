// Network view: actors sized by activity, edges coloured from conflict to cooperation and
// sized by volume, a date range slider; clicking an edge opens that dyad.

import { get, storeInfo } from "../api.js";
import { balance, balanceColor, balanceLegend, splitBar } from "../colors.js";
import { clear, empty, fmtNumber, h, hideTip, loading, monthLabel, plural, s, showTip } from "../dom.js";
import { fit, forceLayout } from "../layout.js";
import { link, navigate, params, setParams } from "../router.js";

const WIDE = [960, 620], NARROW = [520, 640]; // viewBox sizes for wide and phone screens
const LABELS = 40; // actors labelled without hovering

export async function networkView(root) {
  document.title = "Network · dyads";
  const info = await storeInfo();
  if (!info.counts.clusters) {
    clear(root, h("h1", {}, "Actor network"), empty("No events in this store yet",
      h("span", {}, "Add some with ", h("code", {}, "dyads ingest --db STORE --sample"), " or paste text in ", h("a", { href: "/try" }, "Try it"), ".")));
    return;
  }
  const q = params();
  const state = {
    since: q.get("since") || "", until: q.get("until") || "",
    min_events: Number(q.get("min_events")) || 1, max_nodes: Number(q.get("max_nodes")) || 60,
  };
  const chart = h("div", { class: "network-chart", "aria-busy": "true" }, loading("Drawing the network…"));
  const side = h("aside", { class: "network-side" });
  const summary = h("p", { class: "muted", "aria-live": "polite" });
  const reload = async () => {
    setParams(state);
    chart.setAttribute("aria-busy", "true");
    const net = await get("/network", state);
    chart.removeAttribute("aria-busy");
    drawNetwork(chart, side, summary, net, state);
  };
  clear(root,
    h("div", { class: "view-head" },
      h("div", {}, h("h1", {}, "Actor network"),
        h("p", { class: "lede" }, "Who acts on whom. Circles are actors, sized by their events; lines join actors that acted on each other, thicker for more events, coloured by how cooperative their relations were. Click a line to open the dyad.")),
      balanceLegend()),
    controls(info, state, reload),
    summary,
    h("div", { class: "network-layout" }, chart, side));
  try {
    await reload();
  } catch (error) {
    clear(chart, h("div", { class: "state error", role: "alert" }, error.message));
  }
}

// --- controls -------------------------------------------------------------------------
function monthIndex(iso) {
  const [y, m] = iso.split("-").map(Number);
  return y * 12 + m - 1;
}

function monthStart(i) {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`;
}

function monthEnd(i) {
  const next = new Date(Date.UTC(Math.floor((i + 1) / 12), (i + 1) % 12, 1));
  next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

function controls(info, state, reload) {
  const lo = info.first_event ? monthIndex(info.first_event) : null;
  const hi = info.last_event ? monthIndex(info.last_event) : null;
  const form = h("form", { class: "controls", onsubmit: (e) => e.preventDefault() });
  if (lo !== null && hi !== null && hi > lo) form.append(rangeSlider(lo, hi, state, reload));
  const select = (label, key, options) => h("label", { class: "field" }, h("span", {}, label),
    h("select", { onchange: (e) => { state[key] = Number(e.target.value); reload(); } },
      options.map((v) => h("option", { value: v, selected: v === state[key] }, String(v)))));
  form.append(select("Actors shown", "max_nodes", [20, 40, 60, 100, 150]),
    select("Min. events per line", "min_events", [1, 2, 3, 5, 10, 20]));
  return form;
}

function rangeSlider(lo, hi, state, reload) {
  const from = h("input", { type: "range", min: lo, max: hi, step: 1, "aria-label": "From month",
                             value: state.since ? Math.max(lo, monthIndex(state.since)) : lo });
  const to = h("input", { type: "range", min: lo, max: hi, step: 1, "aria-label": "To month",
                           value: state.until ? Math.min(hi, monthIndex(state.until)) : hi });
  const label = h("output", { class: "range-label" });
  const fill = h("span", { class: "range-fill" });
  const show = () => {
    let [a, b] = [Number(from.value), Number(to.value)];
    if (a > b) [a, b] = [b, a];
    label.textContent = `${monthLabel(a)} – ${monthLabel(b)}`;
    fill.style.left = `${(100 * (a - lo)) / (hi - lo)}%`;
    fill.style.right = `${100 - (100 * (b - lo)) / (hi - lo)}%`;
    return [a, b];
  };
  const commit = () => {
    const [a, b] = show();
    state.since = a > lo ? monthStart(a) : "";
    state.until = b < hi ? monthEnd(b) : "";
    reload();
  };
  for (const input of [from, to]) {
    input.addEventListener("input", show);
    input.addEventListener("change", commit);
  }
  show();
  const reset = h("button", { type: "button", class: "link-button", onclick: () => {
    from.value = lo; to.value = hi; commit();
  } }, "all dates");
  return h("div", { class: "field range-field" },
    h("span", {}, "Events dated ", label, " · ", reset),
    h("div", { class: "range" }, h("span", { class: "range-track" }), fill, from, to));
}

// --- drawing ----------------------------------------------------------------------------
// Directed edges A→B and B→A become one line per pair: a dyad.
export function pairs(edges) {
  const out = new Map();
  for (const e of edges) {
    const [a, b] = [e.source, e.target].sort();
    const p = out.get(`${a}|${b}`) || { a, b, events: 0, cooperation: 0, conflict: 0, directed: [] };
    p.events += e.events;
    p.cooperation += e.cooperation;
    p.conflict += e.conflict;
    p.directed.push(e);
    out.set(`${a}|${b}`, p);
  }
  return [...out.values()].sort((x, y) => y.events - x.events || x.a.localeCompare(y.a));
}

function drawNetwork(chart, side, summary, net, state) {
  hideTip();
  const dyads = pairs(net.edges);
  const linked = new Set(dyads.flatMap((p) => [p.a, p.b]));
  const nodes = net.nodes.filter((n) => linked.has(n.id)).sort((x, y) => y.events - x.events || x.id.localeCompare(y.id));
  summary.textContent = `${plural(nodes.length, "actor")} and ${plural(dyads.length, "dyad")}` +
    (state.since || state.until ? ` in events dated ${state.since || "…"} to ${state.until || "…"}` : "") + ".";
  if (!dyads.length) {
    clear(chart, empty("No relations in this range", "Widen the date range or lower the minimum events per line."));
    clear(side);
    return;
  }
  const maxNode = Math.max(...nodes.map((n) => n.events));
  const maxPair = Math.max(...dyads.map((p) => p.events));
  const radius = (n) => 5 + 19 * Math.sqrt(n.events / maxNode);
  const sized = nodes.map((n) => ({ id: n.id, r: radius(n) }));
  const [WIDTH, HEIGHT] = chart.clientWidth && chart.clientWidth < 640 ? NARROW : WIDE;
  const pos = fit(forceLayout(sized, dyads.map((p) => ({ source: p.a, target: p.b, weight: p.events }))), sized, WIDTH, HEIGHT);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "network", role: "group",
                         "aria-label": `Network of ${nodes.length} actors` });
  const edgeLayer = s("g", { class: "edges" }), nodeLayer = s("g", { class: "nodes" });
  for (const p of [...dyads].reverse()) edgeLayer.append(edge(p, pos, byId, maxPair, state));
  nodes.forEach((n, i) => nodeLayer.append(node(n, pos.get(n.id), radius(n), i < LABELS, svg)));
  svg.append(edgeLayer, nodeLayer);
  clear(chart, svg);
  drawSide(side, dyads, byId, net.blocs, state);
}

function dyadHref(p, state) {
  return link(`/dyads/${p.a}/${p.b}`, { since: state.since, until: state.until });
}

function edge(p, pos, byId, maxPair, state) {
  const [u, v] = [pos.get(p.a), pos.get(p.b)];
  const width = 1.2 + 9 * Math.sqrt(p.events / maxPair);
  const color = balanceColor(balance(p.cooperation, p.conflict));
  const names = `${byId.get(p.a).name} – ${byId.get(p.b).name}`;
  const open = () => navigate(dyadHref(p, state));
  const g = s("g", { class: "edge", tabindex: 0, role: "link", dataset: { dyad: `${p.a}-${p.b}` },
                     "aria-label": `${names}: ${p.events} events, ${p.cooperation} cooperative, ${p.conflict} conflictual. Open the dyad.`,
                     onclick: open, onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } },
                     onmousemove: (e) => showTip(e, edgeTip(p, names)), onmouseleave: hideTip },
    s("line", { x1: u.x, y1: u.y, x2: v.x, y2: v.y, class: "edge-line", stroke: color, "stroke-width": width,
                "stroke-opacity": (0.45 + 0.5 * Math.sqrt(p.events / maxPair)).toFixed(2) }),
    s("line", { x1: u.x, y1: u.y, x2: v.x, y2: v.y, class: "edge-hit", "stroke-width": Math.max(14, width + 8) }));
  return g;
}

function edgeTip(p, names) {
  return [h("strong", {}, names),
    h("div", {}, `${plural(p.events, "event")}: ${p.cooperation} cooperative, ${p.conflict} conflictual`),
    p.directed.map((e) => h("div", { class: "muted" }, `${e.source} → ${e.target}: ${e.events}`)),
    h("div", { class: "muted small" }, "Click to open the dyad")];
}

function node(n, p, r, labelled, svg) {
  const open = () => navigate(`/actors/${encodeURIComponent(n.id)}`);
  const g = s("g", { class: "node", transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`, dataset: { actor: n.id },
                     onclick: open, onmousemove: (e) => showTip(e, [h("strong", {}, `${n.name} (${n.id})`), h("div", {}, plural(n.events, "event"))]),
                     onmouseenter: () => focusActor(svg, n.id), onmouseleave: () => { hideTip(); focusActor(svg, null); } },
    s("circle", { r }),
    s("text", { class: labelled ? "label" : "label hover-only", y: r + 12 }, n.id));
  return g;
}

function focusActor(svg, id) {
  svg.classList.toggle("focused", Boolean(id));
  for (const g of svg.querySelectorAll(".edge")) {
    g.classList.toggle("on", Boolean(id) && g.dataset.dyad.split("-").includes(id));
  }
  for (const g of svg.querySelectorAll(".node")) g.classList.toggle("on", g.dataset.actor === id);
}

function drawSide(side, dyads, byId, blocs, state) {
  const top = dyads.slice(0, 12);
  clear(side,
    h("h2", {}, "Most active dyads"),
    h("ol", { class: "dyad-list" }, top.map((p) => h("li", {},
      h("a", { href: dyadHref(p, state) }, h("span", { class: "pair" }, `${p.a} – ${p.b}`),
        h("span", { class: "muted small" }, `${byId.get(p.a).name} and ${byId.get(p.b).name}`)),
      h("span", { class: "num" }, fmtNumber(p.events)), splitBar(p.cooperation, p.conflict)))),
    blocs.filter((b) => b.length > 1).length ? h("h2", {}, "Blocs") : null,
    h("p", { class: "muted small" }, blocs.filter((b) => b.length > 1).length ? "Communities of actors that cooperate with each other." : ""),
    h("ul", { class: "blocs" }, blocs.filter((b) => b.length > 1).slice(0, 6).map((b) => h("li", {},
      b.map((code) => h("a", { class: "code", href: `/actors/${code}` }, code))))));
}
