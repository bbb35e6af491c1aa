// Actors: the most active, searchable; one actor with its partners and recent events.

import { get } from "../api.js";
import { splitBar } from "../colors.js";
import { clear, empty, fmtNumber, fmtScore, h, loading, plural } from "../dom.js";
import { params, setParams } from "../router.js";
import { pagedEvents } from "../table.js";

export async function actorsView(root) {
  document.title = "Actors · dyads";
  const q = params().get("q") || "";
  const list = h("div", {});
  const search = h("input", { type: "search", name: "q", value: q, placeholder: "Code or name, e.g. RUS or Israel", "aria-label": "Search actors" });
  const load = async () => {
    setParams({ q: search.value.trim() });
    clear(list, loading("Loading actors…"));
    const { actors } = await get("/actors", { q: search.value.trim(), limit: 200 });
    clear(list, actors.length ? actorTable(actors) : empty("No actor matches", "Search by PLOVER code (ISR) or name (Israel)."));
  };
  let timer;
  search.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(load, 250); });
  clear(root,
    h("div", { class: "view-head" }, h("div", {}, h("h1", {}, "Actors"),
      h("p", { class: "lede" }, "States, organisations and groups by the deduplicated events they take part in, on either side."))),
    h("form", { class: "controls", role: "search", onsubmit: (e) => { e.preventDefault(); load(); } }, h("label", { class: "field grow" }, h("span", {}, "Search"), search)),
    list);
  await load();
}

function actorTable(actors) {
  return h("div", { class: "table-wrap" }, h("table", { class: "actors" },
    h("thead", {}, h("tr", {}, ["Actor", "Events", "As actor", "As recipient", "Cooperation / conflict", "Mean Goldstein"].map(
      (c, i) => h("th", { scope: "col", class: i && i !== 4 ? "num" : null }, c)))),
    h("tbody", {}, actors.map((a) => h("tr", {},
      h("td", {}, h("a", { href: `/actors/${a.code}` }, h("span", { class: "code" }, a.code), " ", a.name)),
      h("td", { class: "num" }, fmtNumber(a.events)), h("td", { class: "num" }, fmtNumber(a.as_actor)),
      h("td", { class: "num" }, fmtNumber(a.as_recipient)),
      h("td", {}, splitBar(a.cooperation, a.conflict), h("span", { class: "muted small" }, ` ${a.cooperation} / ${a.conflict}`)),
      h("td", { class: "num" }, fmtScore(a.goldstein_mean)))))));
}

export async function actorView(root, code) {
  const a = await get(`/actors/${encodeURIComponent(code)}`, { partners: 25 });
  document.title = `${a.name} · dyads`;
  const recent = h("div", {});
  const card = (label, value, extra) => h("div", { class: "stat" }, h("div", { class: "stat-label" }, label), h("div", { class: "stat-value" }, value), extra);
  clear(root,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "/actors" }, "Actors"), ` / ${a.code}`),
    h("div", { class: "view-head" }, h("div", {}, h("h1", {}, a.name, " ", h("span", { class: "code big" }, a.code)),
      h("p", { class: "lede" }, a.first_seen ? `Events dated ${a.first_seen} to ${a.last_seen}.` : "No dated events."))),
    h("div", { class: "stats" },
      card("Events", fmtNumber(a.events)), card("As actor", fmtNumber(a.as_actor)), card("As recipient", fmtNumber(a.as_recipient)),
      card("Cooperation / conflict", `${fmtNumber(a.cooperation)} / ${fmtNumber(a.conflict)}`, splitBar(a.cooperation, a.conflict)),
      card("Mean Goldstein", fmtScore(a.goldstein_mean))),
    h("div", { class: "two-col" },
      h("section", { class: "card" }, h("h2", {}, "Partners"), a.partners.length ? partnerTable(a) : empty("No partners", "This actor has no events with another actor.")),
      h("section", { class: "card" }, h("h2", {}, "Known as"), a.entities.length ? h("ul", { class: "entities" }, a.entities.map((e) =>
        h("li", {}, h("strong", {}, e.name || e.kb_id || a.code), e.sector ? h("span", { class: "pill" }, e.sector) : null,
          h("span", { class: "muted small" }, ` ${plural(e.n_events, "event")}`)))) : empty("No knowledge-base entries"))),
    h("h2", {}, "Latest events"), recent);
  await pagedEvents(recent, { either: a.code, unique: true, limit: 20 }, { caption: `Events of ${a.name}` });
}

function partnerTable(a) {
  return h("div", { class: "table-wrap" }, h("table", {},
    h("thead", {}, h("tr", {}, ["Partner", "Events", "Cooperation / conflict"].map((c, i) => h("th", { scope: "col", class: i === 1 ? "num" : null }, c)))),
    h("tbody", {}, a.partners.map((p) => h("tr", {},
      h("td", {}, h("a", { href: `/dyads/${a.code}/${p.code}`, title: `Open the ${a.code} – ${p.code} dyad` }, h("span", { class: "code" }, p.code), " ", p.name)),
      h("td", { class: "num" }, fmtNumber(p.events)),
      h("td", {}, splitBar(p.cooperation, p.conflict), h("span", { class: "muted small" }, ` ${p.cooperation} / ${p.conflict}`)))))));
}
