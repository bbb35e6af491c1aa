// Events view: every filter of GET /api/events, kept in the URL; and one event in detail.

import { get, storeInfo } from "../api.js";
import { QUAD, QUADS, quadBadge } from "../colors.js";
import { clear, fmtNumber, fmtScore, h } from "../dom.js";
import { highlight, marksLegend } from "../marks.js";
import { params, setParams } from "../router.js";
import { pagedEvents } from "../table.js";

const TEXT_FIELDS = [["actor", "Actor", "code, e.g. ISR"], ["recipient", "Recipient", "code, e.g. RUS"],
  ["either", "Either side", "code, e.g. USA"], ["since", "From", ""], ["until", "To", ""],
  ["q", "Sentence contains", "e.g. talks"], ["min_mentions", "Min. mentions", "e.g. 2"]];

function readFilters() {
  const q = params();
  const out = {};
  for (const [key] of TEXT_FIELDS) out[key] = q.get(key) || "";
  out.category = q.getAll("category");
  out.quad = q.getAll("quad");
  out.unique = q.get("unique") === "true";
  return out;
}

export async function eventsView(root) {
  document.title = "Events · dyads";
  const info = await storeInfo();
  const filters = readFilters();
  const results = h("div", { class: "results" });
  const run = async () => {
    setParams(filters, { push: true });
    await pagedEvents(results, filters, { emptyTitle: "No events match these filters", caption: "Events" });
  };
  clear(root,
    h("div", { class: "view-head" }, h("div", {}, h("h1", {}, "Events"),
      h("p", { class: "lede" }, "Every coded event with the sentence it was read from. Filters stay in the address, so the view can be shared.")),
      marksLegend()),
    h("div", { class: "events-layout" }, filterForm(filters, info, run), results));
  await run();
}

function filterForm(filters, info, run) {
  const form = h("form", { class: "filters card", "aria-label": "Filters" });
  for (const [key, label, placeholder] of TEXT_FIELDS) {
    const type = key === "since" || key === "until" ? "date" : key === "min_mentions" ? "number" : "search";
    form.append(h("label", { class: "field" }, h("span", {}, label),
      h("input", { type, name: key, value: filters[key], placeholder, min: type === "number" ? 1 : null,
                   autocapitalize: ["actor", "recipient", "either"].includes(key) ? "characters" : null })));
  }
  form.append(h("fieldset", { class: "field" }, h("legend", {}, "Quad class"),
    QUADS.map((q) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "quad", value: q.code, checked: filters.quad.includes(String(q.code)) }),
      h("span", { class: "swatch", style: { background: q.color } }), q.label))));
  const cats = h("details", { class: "field", open: filters.category.length > 0 },
    h("summary", {}, "PLOVER categories", filters.category.length ? ` (${filters.category.length})` : ""),
    h("div", { class: "category-grid" }, info.categories.map((c) => h("label", { class: "check" },
      h("input", { type: "checkbox", name: "category", value: c.name, checked: filters.category.includes(c.name) }),
      h("span", { class: "swatch", style: { background: QUAD[c.quad_code].color } }), c.name))));
  form.append(cats,
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "unique", checked: filters.unique }), "One row per deduplicated event"),
    h("div", { class: "form-actions" }, h("button", { class: "button", type: "submit" }, "Apply"),
      h("a", { href: "/events", class: "button secondary" }, "Clear")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    for (const [key] of TEXT_FIELDS) filters[key] = String(data.get(key) || "").trim();
    for (const key of ["actor", "recipient", "either"]) filters[key] = filters[key].toUpperCase();
    filters.category = data.getAll("category");
    filters.quad = data.getAll("quad");
    filters.unique = data.get("unique") === "on";
    run();
  });
  return form;
}

// --- one event ---------------------------------------------------------------------------

export async function eventView(root, id) {
  const e = await get(`/events/${encodeURIComponent(id)}`);
  const side = (codes) => codes.join(", ") || "–";
  document.title = `${side(e.actor_codes)} → ${e.category} → ${side(e.recipient_codes)} · dyads`;
  const p = e.plover;
  const fact = (k, v) => (v === null || v === undefined || v === "" ? null : [h("dt", {}, k), h("dd", {}, v)]);
  clear(root,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "/events" }, "Events"), " / event"),
    h("div", { class: "view-head" }, h("div", {},
      h("h1", {}, side(e.actor_codes), " ", quadBadge(e.category, e.quad_code), " ", side(e.recipient_codes)),
      h("p", { class: "lede" }, e.date ? `Dated ${e.date}` : "Undated", (p.date_info || {}).text ? ` from “${p.date_info.text}”` : "",
        " · ", h("a", { href: `/documents/${encodeURIComponent(e.doc_id)}` }, e.title || "the article")))),
    h("blockquote", { class: "sentence big" }, highlight(e.sentence.trim(), e.marks)), marksLegend(),
    h("div", { class: "two-col" },
      h("section", { class: "card" }, h("h2", {}, "Coding"), h("dl", { class: "facts" },
        fact("Category", `${e.category} (${QUAD[e.quad_code] ? QUAD[e.quad_code].label.toLowerCase() : "–"})`),
        fact("CAMEO", e.cameo), fact("Goldstein", fmtScore(e.goldstein)), fact("Mode", e.mode.join(", ")),
        fact("Context", e.context.join(", ")), fact("Trigger", e.event_text), fact("Rule", (p.evidence || {}).rule),
        fact("Place", e.place), fact("Confidence", e.confidence !== null ? e.confidence.toFixed(2) : null))),
      h("section", { class: "card" }, h("h2", {}, "Actors"), h("div", { class: "table-wrap" }, h("table", {},
        h("thead", {}, h("tr", {}, ["Role", "Code", "Sector", "As written", "Resolved by"].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, e.actors.map((a) => h("tr", {}, h("td", {}, a.role),
          h("td", {}, a.code ? h("a", { class: "code", href: `/actors/${a.code}` }, a.code) : "?"), h("td", {}, a.sector || ""),
          h("td", {}, a.text || ""), h("td", { class: "muted" }, a.resolution || "")))))))),
    mentions(e.cluster),
    h("details", { class: "card" }, h("summary", {}, "PLOVER record (JSON)"), h("pre", { class: "json" }, JSON.stringify(p, null, 2))));
}

function mentions(cluster) {
  if (!cluster) return null;
  return h("section", {},
    h("h2", {}, `Reported ${fmtNumber(cluster.n_mentions)} ${cluster.n_mentions === 1 ? "time" : "times"}`,
      h("span", { class: "muted small" }, ` in ${fmtNumber(cluster.n_documents)} articles from ${fmtNumber(cluster.n_sources)} sources`)),
    h("div", { class: "table-wrap" }, h("table", {},
      h("thead", {}, h("tr", {}, ["Seen", "Source", "Sentence", "Similarity"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, cluster.mentions.map((m) => h("tr", {},
        h("td", { class: "nowrap" }, m.seen || ""),
        h("td", {}, h("a", { href: `/documents/${encodeURIComponent(m.doc_id)}` }, m.title || m.source || "article"),
          m.url ? [" ", h("a", { href: m.url, target: "_blank", rel: "noopener noreferrer", class: "external", "aria-label": "Original article" }, "↗")] : null,
          h("div", { class: "muted small" }, m.source || "")),
        h("td", {}, h("a", { href: `/events/${m.event_id}` }, m.sentence.trim())),
        h("td", { class: "num" }, m.similarity !== null ? m.similarity.toFixed(2) : "")))))));
}
