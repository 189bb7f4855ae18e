// Timeline: a histogram of event dates drawn in SVG, with a brush (drag across it)
// that selects a date range. Keyboard: the date fields above do the same; Escape
// on the focused timeline clears the selection.

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const MAX_BINS = 120;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

export class Timeline {
  constructor(container, onBrush) {
    this.container = container;
    this.onBrush = onBrush;
    this.svg = svg("svg", { role: "img", "aria-label": "Events per period; drag to select dates" });
    this.svg.setAttribute("tabindex", "0");
    this.svg.classList.add("timeline-svg");
    container.appendChild(this.svg);
    this.dates = [];
    this.range = null;
    this.drag = null;
    this.svg.addEventListener("pointerdown", (e) => this.start(e));
    this.svg.addEventListener("pointermove", (e) => this.move(e));
    this.svg.addEventListener("pointerup", (e) => this.end(e));
    this.svg.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.onBrush(null);
    });
    new ResizeObserver(() => this.draw()).observe(container);
  }

  setData(dates, range) {
    this.dates = dates.filter(Boolean).map(toDay).filter((d) => !Number.isNaN(d));
    this.range = range;
    this.draw();
  }

  setRange(range) {
    this.range = range;
    this.draw();
  }

  scale() {
    const width = this.container.clientWidth || 600;
    const lo = Math.min(...this.dates);
    const hi = Math.max(...this.dates) + DAY;
    const span = Math.max(hi - lo, DAY);
    const binDays = Math.max(1, Math.ceil(span / DAY / MAX_BINS));
    const bins = Math.ceil(span / (binDays * DAY));
    return { width, lo, hi: lo + bins * binDays * DAY, binMs: binDays * DAY, bins };
  }

  draw() {
    const height = 90;
    const axis = 16;
    while (this.svg.firstChild) this.svg.removeChild(this.svg.firstChild);
    const width = this.container.clientWidth || 600;
    this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.svg.setAttribute("width", String(width));
    this.svg.setAttribute("height", String(height));
    if (!this.dates.length) {
      const t = svg("text", { x: 8, y: 40, class: "tl-empty" });
      t.textContent = "No dated events";
      this.svg.appendChild(t);
      return;
    }
    const s = this.scale();
    this.s = s;
    const counts = new Array(s.bins).fill(0);
    for (const d of this.dates) counts[Math.min(s.bins - 1, Math.floor((d - s.lo) / s.binMs))] += 1;
    const top = Math.max(...counts);
    const bw = s.width / s.bins;
    counts.forEach((n, i) => {
      if (!n) return;
      const h = ((height - axis - 4) * n) / top;
      const bar = svg("rect", {
        x: i * bw + 0.5, y: height - axis - h, width: Math.max(1, bw - 1), height: h, class: "tl-bar",
      });
      const tip = svg("title");
      tip.textContent = `${toIso(s.lo + i * s.binMs)}: ${n}`;
      bar.appendChild(tip);
      this.svg.appendChild(bar);
    });
    for (const [x, anchor, ms] of [[2, "start", s.lo], [s.width - 2, "end", s.hi - DAY]]) {
      const label = svg("text", { x, y: height - 3, "text-anchor": anchor, class: "tl-axis" });
      label.textContent = toIso(ms);
      this.svg.appendChild(label);
    }
    if (this.range) {
      const x0 = this.xOf(toDay(this.range[0]));
      const x1 = this.xOf(toDay(this.range[1]) + DAY);
      this.svg.appendChild(
        svg("rect", { x: Math.min(x0, x1), y: 0, width: Math.max(2, Math.abs(x1 - x0)), height: height - axis, class: "tl-brush" }),
      );
    }
    if (this.drag) {
      const { x0, x1 } = this.drag;
      this.svg.appendChild(
        svg("rect", { x: Math.min(x0, x1), y: 0, width: Math.abs(x1 - x0), height: height - axis, class: "tl-brush tl-dragging" }),
      );
    }
  }

  xOf(ms) {
    const s = this.s;
    return ((ms - s.lo) / (s.hi - s.lo)) * s.width;
  }

  msOf(x) {
    const s = this.s;
    return s.lo + (Math.max(0, Math.min(s.width, x)) / s.width) * (s.hi - s.lo);
  }

  localX(e) {
    const box = this.svg.getBoundingClientRect();
    return e.clientX - box.left;
  }

  start(e) {
    if (!this.dates.length) return;
    this.svg.setPointerCapture(e.pointerId);
    const x = this.localX(e);
    this.drag = { x0: x, x1: x };
  }

  move(e) {
    if (!this.drag) return;
    this.drag.x1 = this.localX(e);
    this.draw();
  }

  end(e) {
    if (!this.drag) return;
    this.drag.x1 = this.localX(e);
    const { x0, x1 } = this.drag;
    this.drag = null;
    if (Math.abs(x1 - x0) < 3) {
      this.onBrush(null);
      return;
    }
    const a = toIso(this.msOf(Math.min(x0, x1)));
    const b = toIso(this.msOf(Math.max(x0, x1)) - 1);
    this.onBrush([a, b < a ? a : b]);
  }
}
