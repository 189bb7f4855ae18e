// The event panel: the report sentence with trigger, actors, places and framing
// highlighted, the attribution chain spelled out, and the other reports of the event.
import { colorOf } from "./colors.js";
import { append, clear, el } from "./dom.js";

// Cut the sentence at every highlight edge; each run carries the kinds covering it.
export function runs(text, highlights) {
  const edges = new Set([0, text.length]);
  for (const h of highlights) {
    edges.add(Math.max(0, Math.min(text.length, h.start)));
    edges.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = highlights.filter((h) => h.start <= a && b <= h.end);
    out.push({ text: text.slice(a, b), kinds: covering.map((h) => h.kind), labels: covering.map((h) => h.label) });
  }
  return out;
}

function sentence(data) {
  const p = el("p", { className: "sentence", id: "evidence-sentence" });
  for (const run of runs(data.sentence.text, data.highlights)) {
    if (!run.kinds.length) {
      p.appendChild(document.createTextNode(run.text));
      continue;
    }
    const mark = el("mark", { title: run.labels.join("; ") }, run.text);
    for (const kind of new Set(run.kinds)) mark.classList.add(`hl-${kind}`);
    p.appendChild(mark);
  }
  return p;
}

function dl(pairs) {
  const list = el("dl", { className: "facts" });
  for (const [term, value] of pairs) {
    if (value === undefined || value === null || value === "") continue;
    append(list, [el("dt", {}, term), el("dd", {}, value)]);
  }
  return list;
}

const actorName = (a) => (a ? a.name || a.text : "");

export function renderEvent(container, data, onClose) {
  clear(container);
  const ev = data.event;
  const doc = data.document;
  const heading = el("h2", { id: "panel-title", tabindex: "-1" },
    el("span", { className: "swatch", "aria-hidden": "true" }), `${ev.type}${ev.mode ? ` / ${ev.mode}` : ""}`);
  heading.firstChild.style.background = colorOf(ev.type);
  const close = el("button", { type: "button", className: "close", "aria-label": "Close event", onclick: onClose }, "×");
  const q = (ev.quantities || []).map((x) => `${x.qualifier ? `${x.qualifier} ` : ""}${x.value} ${x.unit}`).join("; ");
  append(container, [
    el("div", { className: "panel-head" }, heading, close),
    sentence(data),
    el("p", { className: "legend" },
      el("mark", { className: "hl-trigger" }, "trigger"), " ",
      el("mark", { className: "hl-actor" }, "actor"), " ",
      el("mark", { className: "hl-place" }, "place"), " ",
      el("mark", { className: "hl-framing" }, "framing")),
    el("h3", {}, "Who says so"),
    el("p", { className: "chain", id: "evidence-chain" },
      data.attribution.text || `${doc.outlet || "the outlet"}, in its own voice`),
    data.attribution.links.length
      ? el("ol", { className: "links" }, data.attribution.links.map((l) =>
        el("li", {}, l.says, l.anonymous ? " · anonymous" : "")))
      : null,
    dl([
      ["hedged", data.attribution.hedged ? "yes" : ""],
      ["when", ev.date ? `${ev.date.value}${ev.date.precision !== "day" ? ` (${ev.date.precision})` : ""}` : ""],
      ["where", ev.location ? `${ev.location.name}${ev.location.admin1 ? `, ${ev.location.admin1}` : ""} (${ev.location.precision})` : ""],
      ["who", actorName(ev.source_actor)],
      ["whom", actorName(ev.target_actor)],
      ["counted", q],
      ["modality", ev.modality !== "asserted" ? ev.modality : ""],
      ["framing", data.framing.map((f) => `“${f.text}” (${f.kind})`).join("; ")],
    ]),
    el("h3", {}, "Report"),
    dl([
      ["title", doc.title],
      ["outlet", doc.outlet],
      ["published", doc.published],
      ["document", doc.source_id || doc.id],
    ]),
  ]);
  const others = (data.cluster ? data.cluster.reports : []).filter((r) => r.event_id !== ev.id);
  if (others.length) {
    append(container, [
      el("h3", {}, `Also reported by (${others.length})`),
      el("ul", { className: "others" }, others.map((r) =>
        el("li", {}, `${r.outlet || "?"} · ${r.published || ""} · ${r.title || r.document_id}`))),
    ]);
  }
  heading.focus();
}
