// An article with its events marked inline, and the list of its events beside it.

import { quadBadge } from "./colors.js";
import { h } from "./dom.js";
import { highlight } from "./marks.js";

function summary(e) {
  const side = (list) => (list || []).map((x) => (typeof x === "string" ? x : x.code || "?")).join(", ") || "–";
  return [side(e.actor_codes || e.actor), " ", quadBadge(e.category || e.event[0], e.quad_code), " ", side(e.recipient_codes || e.recipient)];
}

// text: the article; events: API rows or PLOVER records; marks: spans with event_id.
export function markedArticle(text, events, marks, { linkEvents = true } = {}) {
  const body = h("div", { class: "article-text" });
  const items = new Map();
  const select = (id, scroll) => {
    for (const el of body.querySelectorAll("mark.selected")) el.classList.remove("selected");
    for (const el of items.values()) el.classList.remove("selected");
    const found = [...body.querySelectorAll("mark[data-events]")].filter((m) => m.dataset.events.split(" ").includes(id));
    found.forEach((m) => m.classList.add("selected"));
    if (items.has(id)) items.get(id).classList.add("selected");
    if (scroll && found.length) found[0].scrollIntoView({ block: "center", behavior: "smooth" });
  };
  body.append(...highlight(text, marks, {
    onMark: (el) => el.addEventListener("click", () => select((el.dataset.events || "").split(" ")[0], false)),
  }));
  const list = h("ol", { class: "event-list" }, events.map((e) => {
    const li = h("li", { tabindex: 0, dataset: { event: e.id }, onclick: () => select(e.id, true),
                         onkeydown: (k) => { if (k.key === "Enter") select(e.id, true); } },
      h("div", { class: "event-summary" }, summary(e)),
      h("div", { class: "muted small" }, [e.date, e.event_text, e.goldstein !== null && e.goldstein !== undefined ? `GS ${e.goldstein > 0 ? "+" : ""}${e.goldstein}` : null].filter(Boolean).join(" · ")),
      linkEvents ? h("a", { href: `/events/${e.id}`, class: "small" }, "details") : null);
    items.set(e.id, li);
    return li;
  }));
  return { body, list };
}
