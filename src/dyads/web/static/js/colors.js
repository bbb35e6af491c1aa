// Colours: ColorBrewer RdBu (colour-blind safe), conflict red ↔ cooperation blue.

import { h } from "./dom.js";

export const QUADS = [
  { code: 4, key: "material_conflict", label: "Material conflict", color: "#b2182b" },
  { code: 3, key: "verbal_conflict", label: "Verbal conflict", color: "#ef8a62" },
  { code: 1, key: "verbal_cooperation", label: "Verbal cooperation", color: "#67a9cf" },
  { code: 2, key: "material_cooperation", label: "Material cooperation", color: "#2166ac" },
];
export const QUAD = Object.fromEntries(QUADS.map((q) => [q.code, q]));

const STOPS = [[-1, [178, 24, 43]], [-0.5, [239, 138, 98]], [0, [170, 170, 170]], [0.5, [103, 169, 207]], [1, [33, 102, 172]]];

// t from -1 (all conflict) to +1 (all cooperation)
export function balanceColor(t) {
  const x = Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0));
  for (let i = 1; i < STOPS.length; i++) {
    const [x1, c1] = STOPS[i];
    const [x0, c0] = STOPS[i - 1];
    if (x <= x1) {
      const f = (x - x0) / (x1 - x0);
      const c = c0.map((v, k) => Math.round(v + f * (c1[k] - v)));
      return `rgb(${c.join(",")})`;
    }
  }
  return "rgb(33,102,172)";
}

export function balance(cooperation, conflict) {
  const n = cooperation + conflict;
  return n ? (cooperation - conflict) / n : 0;
}

export function quadLegend() {
  return h("ul", { class: "legend", "aria-label": "Quad classes" },
    QUADS.map((q) => h("li", {}, h("span", { class: "swatch", style: { background: q.color } }), q.label)));
}

export function balanceLegend() {
  const stops = STOPS.map(([x]) => `${balanceColor(x)} ${((x + 1) / 2) * 100}%`).join(", ");
  return h("div", { class: "legend gradient-legend" },
    h("span", {}, "Conflict"),
    h("span", { class: "gradient", style: { background: `linear-gradient(90deg, ${stops})` }, "aria-hidden": "true" }),
    h("span", {}, "Cooperation"));
}

export function quadBadge(category, quad) {
  const q = QUAD[quad];
  return h("span", { class: `badge quad-${quad || 0}`, title: q ? q.label : "" }, category);
}

// A thin bar split between cooperative (blue) and conflictual (red) events.
export function splitBar(cooperation, conflict) {
  const n = cooperation + conflict || 1;
  return h("span", { class: "split", title: `${cooperation} cooperative, ${conflict} conflictual`, role: "img",
                     "aria-label": `${cooperation} cooperative, ${conflict} conflictual` },
    h("span", { class: "split-coop", style: { width: `${(100 * cooperation) / n}%` } }),
    h("span", { class: "split-conf", style: { width: `${(100 * conflict) / n}%` } }));
}
