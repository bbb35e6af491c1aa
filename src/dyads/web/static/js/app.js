// The dashboard: picks the view for the URL and keeps in-page links in the page.

import { storeInfo } from "./api.js";
import { clear, failure, fmtNumber, h, hideTip, loading } from "./dom.js";
import { onNavigate, navigate } from "./router.js";
import { actorView, actorsView } from "./views/actors.js";
import { documentView } from "./views/document.js";
import { dyadView } from "./views/dyad.js";
import { eventView, eventsView } from "./views/events.js";
import { networkView } from "./views/network.js";
import { tryView } from "./views/tryit.js";

const ROUTES = [
  [/^\/(network)?$/, "network", networkView],
  [/^\/dyads\/([^/]+)\/([^/]+)$/, "network", dyadView],
  [/^\/events$/, "events", eventsView],
  [/^\/events\/([^/]+)$/, "events", eventView],
  [/^\/actors$/, "actors", actorsView],
  [/^\/actors\/([^/]+)$/, "actors", actorView],
  [/^\/documents\/([^/]+)$/, "documents", documentView],
  [/^\/try$/, "try", tryView],
];

let generation = 0;

async function render() {
  const main = document.getElementById("main");
  const path = location.pathname.replace(/\/+$/, "") || "/";
  const found = ROUTES.map(([re, nav, view]) => [path.match(re), nav, view]).find(([m]) => m);
  hideTip();
  const mine = ++generation;
  for (const a of document.querySelectorAll("[data-nav]")) {
    a.toggleAttribute("aria-current", Boolean(found) && a.dataset.nav === found[1]);
  }
  if (!found) {
    document.title = "Not found · dyads";
    clear(main, h("div", { class: "state empty" }, h("p", { class: "state-title" }, "No such page"),
      h("p", {}, h("a", { href: "/network" }, "Go to the network"))));
    return;
  }
  const [match, , view] = found;
  const args = match.slice(1).filter((x) => x !== undefined && x !== "network").map(decodeURIComponent);
  const root = h("div", { class: "view" }, loading());
  clear(main, root);
  try {
    await view(root, ...args);
  } catch (error) {
    if (mine !== generation) return; // the user has moved on
    console.error(error);
    clear(root, failure(error));
  }
}

function interceptLinks(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const a = event.target.closest("a[href]");
  if (!a || a.target || a.hasAttribute("download") || a.origin !== location.origin) return;
  if (a.pathname.startsWith("/api") || a.pathname.startsWith("/static") || a.pathname === "/openapi.json") return;
  event.preventDefault();
  navigate(a.pathname + a.search);
}

async function showStore() {
  try {
    const info = await storeInfo();
    const el = document.getElementById("store-info");
    clear(el, h("span", { title: info.store }, `${fmtNumber(info.counts.clusters)} events · ${fmtNumber(info.counts.documents)} articles`),
      info.read_only ? h("span", { class: "pill" }, "read-only") : null);
  } catch {
    /* the view shows the error */
  }
}

onNavigate(render);
document.addEventListener("click", interceptLinks);
window.addEventListener("popstate", render);
showStore();
render();
