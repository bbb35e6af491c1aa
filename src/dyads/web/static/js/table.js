// The evidence table: one row per event, its sentence with actor and trigger highlighted.

import { get } from "./api.js";
import { quadBadge } from "./colors.js";
import { clear, empty, fmtNumber, fmtScore, h, loading, plural } from "./dom.js";
import { highlight } from "./marks.js";

function codes(list, texts) {
  if (!list.length) return h("span", { class: "muted" }, "–");
  return h("span", { class: "codes" },
    list.map((code, i) => [
      code === "?" ? h("span", { class: "code unresolved", title: "unresolved" }, "?")
                   : h("a", { class: "code", href: `/actors/${encodeURIComponent(code)}` }, code),
      texts[i] && texts[i] !== code ? h("span", { class: "mention" }, texts[i]) : null,
    ]));
}

function sourceCell(e) {
  const title = e.title || e.source || "article";
  return h("td", { class: "source" },
    h("a", { href: `/documents/${encodeURIComponent(e.doc_id)}`, title: "Open the article with its events marked" }, title),
    h("div", { class: "muted small" }, [e.source, e.doc_date].filter(Boolean).join(" · "),
      e.url ? [" ", h("a", { href: e.url, target: "_blank", rel: "noopener noreferrer", class: "external",
                              title: "Original article", "aria-label": "Original article (new tab)" }, "↗")] : null));
}

export function eventRow(e) {
  return h("tr", { dataset: { event: e.id } },
    h("td", { class: "nowrap" }, e.date || h("span", { class: "muted" }, "undated")),
    h("td", {}, codes(e.actor_codes, e.actor_text)),
    h("td", { class: "event-cell" },
      h("a", { href: `/events/${e.id}`, class: "event-link", title: "Event details" }, quadBadge(e.category, e.quad_code)),
      h("div", { class: "muted small" }, [e.cameo ? `CAMEO ${e.cameo}` : null, e.goldstein !== null ? `GS ${fmtScore(e.goldstein)}` : null].filter(Boolean).join(" · "))),
    h("td", {}, codes(e.recipient_codes, e.recipient_text)),
    h("td", { class: "sentence" }, highlight(e.sentence.trim(), e.marks)),
    sourceCell(e),
    h("td", { class: "num", title: `${plural(e.mentions, "mention")} in ${plural(e.articles, "article")} from ${plural(e.sources, "source")}` },
      fmtNumber(e.mentions)));
}

export function eventTable(events, caption) {
  return h("div", { class: "table-wrap" },
    h("table", { class: "events" },
      caption ? h("caption", { class: "visually-hidden" }, caption) : null,
      h("thead", {}, h("tr", {}, ["Date", "Actor", "Event", "Recipient", "Sentence", "Source", "Mentions"].map(
        (c) => h("th", { scope: "col", class: c === "Mentions" ? "num" : null }, c)))),
      h("tbody", {}, events.map(eventRow))));
}

// A table of events from /api/events with "Load more", inside `el`.
export async function pagedEvents(el, filters, { emptyTitle = "No events", emptyHint, caption } = {}) {
  clear(el, loading("Loading events…"));
  const page = await get("/events", filters);
  if (!page.events.length) {
    clear(el, empty(emptyTitle, emptyHint || "Try a wider date range or fewer filters."));
    return page;
  }
  renderPage(el, page, filters, caption);
  return page;
}

export function renderPage(el, page, filters, caption) {
  const table = eventTable(page.events, caption);
  const tbody = table.querySelector("tbody");
  const status = h("p", { class: "muted small", "aria-live": "polite" });
  let shown = page.events.length;
  const total = page.total;
  const more = h("button", { class: "button secondary", type: "button" }, "Load more");
  const update = (cursor) => {
    status.textContent = total !== null && total !== undefined ? `Showing ${fmtNumber(shown)} of ${plural(total, "event")}`
                                                                : `Showing ${plural(shown, "event")}`;
    more.hidden = !cursor;
    more.dataset.cursor = cursor || "";
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    more.textContent = "Loading…";
    try {
      const next = await get("/events", { ...filters, cursor: more.dataset.cursor });
      next.events.forEach((e) => tbody.append(eventRow(e)));
      shown += next.events.length;
      update(next.next_cursor);
    } finally {
      more.disabled = false;
      more.textContent = "Load more";
    }
  });
  update(page.next_cursor);
  clear(el, table, h("div", { class: "pager" }, status, more));
}
