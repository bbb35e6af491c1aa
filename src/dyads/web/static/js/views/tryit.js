// Try it: paste an article, see its events appear with highlights (POST /api/code).

import { post } from "../api.js";
import { clear, empty, failure, h, loading, plural } from "../dom.js";
import { markedArticle } from "../article.js";
import { marksLegend } from "../marks.js";
import { params, setParams } from "../router.js";

const EXAMPLE = `Coastal states sign fisheries pact after talks in Lima

LIMA — Peru and Chile signed an agreement on Tuesday to share patrols of their fishing grounds, ending a dispute that had simmered for two years.

Peruvian President Pedro Castillo met Chilean President Gabriel Boric in Lima before the signing. Boric praised Peru for its patience during the talks.

Separately, Bolivia accused Chile of blocking its access to the sea and demanded new negotiations.`;

export async function tryView(root) {
  document.title = "Try it · dyads";
  const q = params();
  const text = h("textarea", { id: "try-text", name: "text", rows: 9, required: true, spellcheck: false,
                               placeholder: "Paste a news article or a few sentences…" });
  const date = h("input", { type: "date", name: "date", value: q.get("date") || "", id: "try-date" });
  const result = h("div", { class: "try-result", "aria-live": "polite" });
  const button = h("button", { class: "button", type: "submit" }, "Code it");
  const run = async (e) => {
    if (e) e.preventDefault();
    if (!text.value.trim()) { text.focus(); return; }
    setParams({ date: date.value });
    button.disabled = true;
    clear(result, loading("Coding… the first request loads the language models, which takes a few seconds."));
    try {
      const out = await post("/code", { text: text.value, date: date.value || null });
      showResult(result, out);
    } catch (error) {
      clear(result, failure(error));
    } finally {
      button.disabled = false;
    }
  };
  text.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e); });
  clear(root,
    h("div", { class: "view-head" }, h("div", {}, h("h1", {}, "Try it"),
      h("p", { class: "lede" }, "Paste an article and see who did what to whom. Nothing is stored."))),
    h("form", { class: "card try-form", onsubmit: run },
      h("label", { class: "field", for: "try-text" }, h("span", {}, "Text")), text,
      h("div", { class: "form-actions" },
        h("label", { class: "field inline" }, h("span", {}, "Published"), date),
        button,
        h("button", { class: "button secondary", type: "button", onclick: () => { text.value = EXAMPLE; date.value = date.value || "2022-03-15"; text.focus(); } }, "Use an example"),
        h("span", { class: "muted small" }, "Ctrl+Enter codes the text"))),
    result);
}

function showResult(el, out) {
  if (!out.events.length) {
    clear(el, empty("No events found in this text", "dyads codes interactions between political actors: states, leaders, militaries, parties, organisations."));
    return;
  }
  const { body, list } = markedArticle(out.text, out.events, out.marks, { linkEvents: false });
  clear(el,
    h("div", { class: "section-head" }, h("h2", {}, `${plural(out.events.length, "event")} found`), marksLegend()),
    h("p", { class: "muted small" }, `Coded in ${out.seconds.toFixed(2)} s.`),
    h("div", { class: "article-layout" }, h("article", { class: "card article" }, body), h("aside", { class: "article-side" }, list)));
}
