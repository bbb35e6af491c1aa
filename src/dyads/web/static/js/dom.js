// Small DOM helpers: build elements safely (text is never parsed as HTML), states, formats.

export function h(tag, attrs = {}, ...children) {
  const svg = tag.startsWith("svg:");
  const el = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
                 : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.setAttribute("class", value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "style" && typeof value === "object") Object.assign(el.style, value);
    else if (!svg && key in el && typeof value !== "string") el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export const s = (tag, attrs, ...children) => h("svg:" + tag, attrs, ...children);

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

// --- states -------------------------------------------------------------------------
export function loading(text = "Loading…") {
  return h("p", { class: "state loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), text);
}

export function empty(title, hint) {
  return h("div", { class: "state empty" }, h("p", { class: "state-title" }, title), hint ? h("p", {}, hint) : null);
}

export function failure(error) {
  return h("div", { class: "state error", role: "alert" },
    h("p", { class: "state-title" }, "Something went wrong"), h("p", {}, error.message || String(error)));
}

// --- formats ------------------------------------------------------------------------
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function fmtNumber(n) {
  return n === null || n === undefined ? "–" : Number(n).toLocaleString("en");
}

export function fmtScore(x) {
  return x === null || x === undefined ? "–" : (x > 0 ? "+" : "") + Number(x).toFixed(1);
}

export function fmtPeriod(iso, by) {
  if (!iso) return "undated";
  const [y, m] = iso.split("-");
  if (by === "year") return y;
  if (by === "month") return `${MONTHS[Number(m) - 1]} ${y}`;
  return iso;
}

export function monthLabel(index) {
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}

export function plural(n, word, many = word + "s") {
  return `${fmtNumber(n)} ${n === 1 ? word : many}`;
}

// --- the tooltip shared by charts -----------------------------------------------------
export function showTip(event, content) {
  const tip = document.getElementById("tooltip");
  clear(tip, content);
  tip.hidden = false;
  const pad = 14;
  const { innerWidth: w, innerHeight: hgt } = window;
  const rect = tip.getBoundingClientRect();
  let x = event.clientX + pad, y = event.clientY + pad;
  if (x + rect.width > w - 8) x = event.clientX - rect.width - pad;
  if (y + rect.height > hgt - 8) y = event.clientY - rect.height - pad;
  tip.style.left = `${Math.max(4, x)}px`;
  tip.style.top = `${Math.max(4, y)}px`;
}

export function hideTip() {
  document.getElementById("tooltip").hidden = true;
}
