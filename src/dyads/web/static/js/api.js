// The JSON API: GET and POST helpers that turn error bodies into Error messages.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, String(v));
  }
  const text = q.toString();
  return text ? "?" + text : "";
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

export async function get(path, params) {
  return parse(await fetch("/api" + path + query(params), { headers: { Accept: "application/json" } }));
}

export async function post(path, body, headers = {}) {
  return parse(await fetch("/api" + path, {
    method: "POST", body: JSON.stringify(body),
    headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
  }));
}

let info = null;
export async function storeInfo() {
  info = info || get("/info");
  return info;
}
