// A small, deterministic force layout: the same network always gets the same picture.

const ITERATIONS = 320;

// nodes: [{id, r}], links: [{source, target, weight}]; returns Map id -> {x, y}.
export function forceLayout(nodes, links) {
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  // Phyllotaxis start: the most active actors in the middle.
  const x = new Float64Array(n), y = new Float64Array(n);
  nodes.forEach((_, i) => {
    const radius = 28 * Math.sqrt(i + 0.5), angle = i * 2.399963;
    x[i] = radius * Math.cos(angle);
    y[i] = radius * Math.sin(angle);
  });
  const springs = links.map((l) => [index.get(l.source), index.get(l.target), l.weight]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const maxWeight = Math.max(1, ...springs.map((s) => s[2]));
  const degree = new Float64Array(n);
  springs.forEach(([a, b]) => { degree[a] += 1; degree[b] += 1; });
  const r = nodes.map((d) => d.r);
  for (let step = 0; step < ITERATIONS; step++) {
    const alpha = 1 - step / ITERATIONS;
    const fx = new Float64Array(n), fy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = x[i] - x[j] || 0.01, dy = y[i] - y[j] || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 2600 / d2;
        const d = Math.sqrt(d2);
        fx[i] += (f * dx) / d; fy[i] += (f * dy) / d;
        fx[j] -= (f * dx) / d; fy[j] -= (f * dy) / d;
      }
    }
    for (const [a, b, w] of springs) {
      const dx = x[b] - x[a], dy = y[b] - y[a];
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const length = 70 + r[a] + r[b] - 30 * Math.sqrt(w / maxWeight);
      const f = ((d - length) * (0.06 + 0.1 * Math.sqrt(w / maxWeight))) / Math.sqrt(Math.min(degree[a], degree[b]) || 1);
      fx[a] += (f * dx) / d; fy[a] += (f * dy) / d;
      fx[b] -= (f * dx) / d; fy[b] -= (f * dy) / d;
    }
    for (let i = 0; i < n; i++) {
      fx[i] -= 0.035 * x[i];
      fy[i] -= 0.035 * y[i];
      const len = Math.hypot(fx[i], fy[i]);
      const cap = 14 * alpha + 0.5;
      const k = len > cap ? cap / len : 1;
      x[i] += fx[i] * k;
      y[i] += fy[i] * k;
    }
    separate(x, y, r);
  }
  return new Map(nodes.map((d, i) => [d.id, { x: x[i], y: y[i] }]));
}

// Push overlapping circles apart (labels need a little room too).
function separate(x, y, r) {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = x[j] - x[i], dy = y[j] - y[i];
      const d = Math.hypot(dx, dy) || 0.01;
      const min = r[i] + r[j] + 10;
      if (d < min) {
        const push = (min - d) / 2;
        x[i] -= (dx / d) * push; y[i] -= (dy / d) * push;
        x[j] += (dx / d) * push; y[j] += (dy / d) * push;
      }
    }
  }
}

// Scale positions into a width × height box with a margin.
export function fit(positions, nodes, width, height, margin = 36) {
  const xs = nodes.map((d) => positions.get(d.id).x), ys = nodes.map((d) => positions.get(d.id).y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = (width - 2 * margin) / (x1 - x0 || 1), ky = (height - 2 * margin) / (y1 - y0 || 1);
  // Stretch a round layout a little to fill a wide box, but not so much that it distorts.
  const k = Math.min(kx, ky, 4);
  const [sx, sy] = [Math.min(kx, k * 1.5), Math.min(ky, k * 1.5)];
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const out = new Map();
  for (const d of nodes) {
    const p = positions.get(d.id);
    out.set(d.id, { x: width / 2 + (p.x - cx) * sx, y: height / 2 + (p.y - cy) * sy });
  }
  return out;
}
