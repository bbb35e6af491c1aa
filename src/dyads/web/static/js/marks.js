// Highlight spans (actor, recipient, trigger) in a text, overlaps included.

import { h } from "./dom.js";

const PRIORITY = { trigger: 3, actor: 2, recipient: 1 };
export const ROLE_LABEL = { actor: "Actor", recipient: "Recipient", trigger: "Event trigger" };

// text: string; marks: [{start, end, role, event_id?}] with offsets into text.
// Returns nodes: plain text and <mark> elements; a span covered by several marks takes
// the most important role and carries every event id in data-events.
export function highlight(text, marks, { onMark } = {}) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.end > m.start) { cuts.add(m.start); cuts.add(m.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const over = marks.filter((m) => m.start <= a && m.end >= b);
    if (!over.length) { nodes.push(piece); continue; }
    const top = over.reduce((x, y) => (PRIORITY[y.role] > PRIORITY[x.role] ? y : x));
    const events = [...new Set(over.map((m) => m.event_id).filter(Boolean))];
    const el = h("mark", { class: `m-${top.role}`, title: ROLE_LABEL[top.role],
                           dataset: events.length ? { events: events.join(" ") } : {} }, piece);
    if (onMark) onMark(el, over);
    nodes.push(el);
  }
  return nodes;
}

export function marksLegend() {
  return h("ul", { class: "legend", "aria-label": "Highlights" },
    ["actor", "trigger", "recipient"].map((role) => h("li", {}, h("mark", { class: `m-${role}` }, ROLE_LABEL[role]))));
}
