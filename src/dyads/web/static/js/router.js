// URLs are the state: every view reads its filters from the URL and writes them back,
// so a view can be bookmarked or shared.

let renderer = () => {};

export function onNavigate(fn) {
  renderer = fn;
}

export function navigate(url, { replace = false } = {}) {
  history[replace ? "replaceState" : "pushState"](null, "", url);
  renderer();
  window.scrollTo(0, 0);
}

export function params() {
  return new URLSearchParams(location.search);
}

// Write filters into the URL without re-rendering (the view has already updated itself).
export function setParams(values, { push = false } = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, String(v));
  }
  const text = q.toString();
  const url = location.pathname + (text ? "?" + text : "");
  if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
}

export function link(path, values = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== "") q.append(key, String(value));
  }
  const text = q.toString();
  return path + (text ? "?" + text : "");
}
