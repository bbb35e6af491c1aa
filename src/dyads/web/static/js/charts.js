// The dyad chart: cooperation stacked above the axis, conflict below, per period, with the
// mean Goldstein score as a line on its own axis (−10…+10) sharing the zero line.

import { QUAD } from "./colors.js";
import { fmtPeriod, fmtScore, h, hideTip, plural, s, showTip } from "./dom.js";

const H = 300, M = { top: 18, right: 50, bottom: 34, left: 46 };
let W = 960;
const UP = [1, 2], DOWN = [3, 4]; // from the zero line outwards

function niceMax(x) {
  if (x <= 4) return Math.max(2, 2 * Math.ceil(x / 2));
  const p = 10 ** Math.floor(Math.log10(x));
  return [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10].map((m) => m * p).find((v) => v >= x);
}

// width: of the viewBox; a narrow one keeps the text legible on phones.
export function dyadChart(series, by, { onSelect, selected, width = 960 } = {}) {
  W = width;
  const n = series.length;
  const top = niceMax(Math.max(1, ...series.map((p) => Math.max(p.cooperation, p.conflict))));
  const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
  const zero = M.top + ih / 2;
  const y = (v) => zero - (v / top) * (ih / 2);
  const g = (v) => zero - (v / 10) * (ih / 2);
  const band = iw / n;
  const x = (i) => M.left + i * band;
  const barW = Math.max(1, band * (n > 60 ? 0.9 : 0.72));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "dyad-chart", role: "img",
                         "aria-label": `Events per ${by}: cooperation above the line, conflict below; mean Goldstein score as a line` });
  svg.append(axes(top, y, g, x, n, series, by, zero));
  const bars = s("g", { class: "bars" });
  series.forEach((p, i) => {
    const col = s("g", { class: "period" + (selected === p.period ? " selected" : ""), dataset: { period: p.period } });
    const cx = x(i) + (band - barW) / 2;
    let up = 0, down = 0;
    for (const q of UP) {
      const v = p[QUAD[q].key];
      if (v) col.append(s("rect", { x: cx, y: y(up + v), width: barW, height: y(up) - y(up + v), fill: QUAD[q].color }));
      up += v;
    }
    for (const q of DOWN) {
      const v = p[QUAD[q].key];
      if (v) col.append(s("rect", { x: cx, y: y(-down), width: barW, height: y(-down - v) - y(-down), fill: QUAD[q].color }));
      down += v;
    }
    col.append(s("rect", { class: "hit", x: x(i), y: M.top, width: band, height: ih,
      onmousemove: (e) => showTip(e, tip(p, by)), onmouseleave: hideTip,
      onclick: () => p.events && onSelect && onSelect(p.period) }));
    bars.append(col);
  });
  svg.append(bars, goldsteinLine(series, x, band, g));
  return svg;
}

function axes(top, y, g, x, n, series, by, zero) {
  const group = s("g", { class: "axes" });
  const ticks = [-top, -top / 2, 0, top / 2, top];
  for (const t of ticks) {
    group.append(s("line", { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: t === 0 ? "zero" : "grid" }),
      s("text", { x: M.left - 6, y: y(t) + 4, class: "tick", "text-anchor": "end" }, String(Math.abs(Math.round(t * 10) / 10))));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    group.append(s("text", { x: W - M.right + 6, y: g(v) + 4, class: "tick goldstein-tick" }, v > 0 ? `+${v}` : String(v)));
  }
  group.append(
    s("text", { x: 12, y: M.top + 6, class: "axis-label", transform: `rotate(-90 12 ${M.top + 6})`, "text-anchor": "end" }, "cooperation ↑ events"),
    s("text", { x: 12, y: H - M.bottom, class: "axis-label", transform: `rotate(-90 12 ${H - M.bottom})`, "text-anchor": "start" }, "conflict ↓"),
    s("text", { x: W - 6, y: M.top - 6, class: "axis-label goldstein-tick", "text-anchor": "end" }, "Goldstein"));
  for (const i of tickIndexes(series, by)) {
    const p = series[i];
    const label = by === "month" && n > 18 ? p.period.slice(0, 4) : fmtPeriod(p.period, by);
    group.append(s("text", { x: x(i) + (W - M.left - M.right) / n / 2, y: H - M.bottom + 18, class: "tick", "text-anchor": "middle" }, label));
  }
  return group;
}

// About ten labels: at year starts for long monthly series, else every k-th period.
function tickIndexes(series, by) {
  const n = series.length;
  let candidates = series.map((_, i) => i);
  if (by === "month" && n > 18) candidates = candidates.filter((i) => series[i].period.slice(5, 7) === "01");
  else if (by === "week" && n > 18) candidates = candidates.filter((i) => Number(series[i].period.slice(8, 10)) <= 7);
  const every = Math.max(1, Math.ceil(candidates.length / (W < 700 ? 5 : 10)));
  return candidates.filter((_, k) => k % every === 0);
}

function goldsteinLine(series, x, band, g) {
  const group = s("g", { class: "goldstein" });
  const points = series.map((p, i) => [p, i]).filter(([p]) => p.events && p.goldstein_mean !== null);
  if (!points.length) return group;
  // The line breaks over periods without events rather than inventing a trend across them.
  const d = points.map(([p, i], k) => `${k && points[k - 1][1] === i - 1 ? "L" : "M"}${(x(i) + band / 2).toFixed(1)},${g(p.goldstein_mean).toFixed(1)}`).join("");
  group.append(s("path", { d }));
  if (points.length <= 120) {
    for (const [p, i] of points) group.append(s("circle", { cx: x(i) + band / 2, cy: g(p.goldstein_mean), r: 2.6 }));
  }
  return group;
}

function tip(p, by) {
  return [h("strong", {}, fmtPeriod(p.period, by)), h("div", {}, plural(p.events, "event")),
    [2, 1, 3, 4].map((q) => p[QUAD[q].key] ? h("div", {}, h("span", { class: "swatch", style: { background: QUAD[q].color } }), `${QUAD[q].label}: ${p[QUAD[q].key]}`) : null),
    p.events ? h("div", {}, `Mean Goldstein ${fmtScore(p.goldstein_mean)}`) : null,
    p.events ? h("div", { class: "muted small" }, "Click to show these events") : null];
}

export function goldsteinLegend() {
  return h("span", { class: "legend-item" }, h("span", { class: "line-swatch", "aria-hidden": "true" }), "Mean Goldstein score (right axis)");
}
