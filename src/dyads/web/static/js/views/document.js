// Document view: an article with its events marked inline.

import { get } from "../api.js";
import { clear, empty, h, plural } from "../dom.js";
import { markedArticle } from "../article.js";
import { marksLegend } from "../marks.js";

export async function documentView(root, id) {
  const doc = await get(`/documents/${encodeURIComponent(id)}`);
  document.title = `${doc.title || "Article"} · dyads`;
  const { body, list } = markedArticle(doc.text, doc.events, doc.marks);
  clear(root,
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("a", { href: "/events" }, "Events"), " / article"),
    h("div", { class: "view-head" }, h("div", {},
      h("h1", {}, doc.title || "Untitled article"),
      h("p", { class: "lede" }, [doc.source, doc.date].filter(Boolean).join(" · "),
        doc.url ? [" · ", h("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer" }, "original ↗")] : null)),
      marksLegend()),
    h("div", { class: "article-layout" },
      h("article", { class: "card article" }, body),
      h("aside", { class: "article-side" }, h("h2", {}, plural(doc.events.length, "event")),
        doc.events.length ? list : empty("No events coded in this article"))));
}
