// The sitrep page: filters, map, timeline, event list and evidence panel.
import L from "leaflet";
import "leaflet.markercluster";
import { feature } from "topojson-client";
import { TYPES, colorOf } from "./colors.js";
import { $, clear, el } from "./dom.js";
import { renderEvent } from "./panel.js";
import { SERVER_KEYS, readState, serverQuery, writeState } from "./state.js";
import { Timeline } from "./timeline.js";

const PAGE = 10000;
const LIST_MAX = 300;
let state = readState();
let features = [];
let map;
let cluster;
/** Date precisions the timeline counts as days: the server's (/api/meta), as the
 * situation report counts them. */
let daily = new Set();
let timeline;
let loadSeq = 0;

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail || detail;
    } catch (_err) {
      // The body was not JSON: keep the status text.
    }
    throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
  }
  return response.json();
}

function status(text, isError = false) {
  const node = $("#status");
  node.textContent = text;
  node.classList.toggle("error", isError);
}

// --- filters -------------------------------------------------------------------------

function fillSelect(select, values, anyLabel) {
  clear(select);
  select.appendChild(el("option", { value: "" }, anyLabel));
  for (const value of values) select.appendChild(el("option", { value }, value));
}

function formToState() {
  const next = { ...state };
  for (const key of SERVER_KEYS) {
    const value = $(`#f-${key}`).value.trim();
    if (value) next[key] = value;
    else delete next[key];
  }
  return next;
}

function stateToForm() {
  for (const key of SERVER_KEYS) $(`#f-${key}`).value = state[key] || "";
}

async function initControls() {
  const meta = await getJson("/api/meta");
  daily = new Set(meta.daily_precisions);
  const seen = new Set(meta.by_type.map((t) => t.key));
  fillSelect($("#f-type"), [...TYPES.filter((t) => seen.has(t)), ...TYPES.filter((t) => !seen.has(t))], "any type");
  fillSelect($("#f-outlet"), meta.by_outlet.map((o) => o.key), "any outlet");
  fillSelect($("#f-stance"), meta.stances, "any stance");
  // A deep link may name an outlet the store no longer has: keep it selectable.
  for (const key of ["type", "outlet", "stance"]) {
    const select = $(`#f-${key}`);
    if (state[key] && ![...select.options].some((o) => o.value === state[key])) {
      select.appendChild(el("option", { value: state[key] }, state[key]));
    }
  }
  stateToForm();
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    state = formToState();
    load();
  });
  for (const id of ["#f-type", "#f-outlet", "#f-stance", "#f-since", "#f-until"]) {
    $(id).addEventListener("change", () => {
      state = formToState();
      load();
    });
  }
  $("#reset").addEventListener("click", () => {
    state = {};
    stateToForm();
    load();
  });
  $("#clear-brush").addEventListener("click", () => brush(null));
}

// --- map -----------------------------------------------------------------------------

// Rings that cross the antimeridian (Russia's far east, Fiji) hold longitudes near
// both +180 and -180; Leaflet draws the jump as a stroke across the whole world.
// Moving the western side past +180 keeps each ring in one piece.
function unwrapAntimeridian(geometry) {
  if (!geometry) return;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const lons = ring.map((p) => p[0]);
      if (Math.min(...lons) < -170 && Math.max(...lons) > 170) {
        for (const p of ring) if (p[0] < 0) p[0] += 360;
      }
    }
  }
}

async function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12, keyboard: true }).setView([34, 40], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Base map: Natural Earth");
  const base = L.canvas({ padding: 0.2 });
  const [countries, admin1] = await Promise.all([
    getJson("/basemap/countries.json"),
    getJson("/basemap/admin1.json"),
  ]);
  const land = feature(countries, countries.objects.countries);
  for (const f of land.features) unwrapAntimeridian(f.geometry);
  L.geoJSON(land, {
    renderer: base, interactive: false,
    style: { color: "#8d8a80", weight: 0.8, fillColor: "#f4f1e8", fillOpacity: 1 },
  }).addTo(map);
  L.geoJSON(admin1, {
    renderer: base, interactive: false,
    style: { color: "#b3ada0", weight: 0.5, dashArray: "3 3", fill: false },
  }).addTo(map);
  cluster = L.markerClusterGroup({
    maxClusterRadius: 40,
    disableClusteringAtZoom: 9,
    showCoverageOnHover: false,
    iconCreateFunction(group) {
      const markers = group.getAllChildMarkers();
      const counts = {};
      for (const m of markers) counts[m.options.evType] = (counts[m.options.evType] || 0) + 1;
      const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
      const node = el("div", { className: "cluster-icon", title: `${markers.length} events` },
        el("span", {}, String(markers.length)));
      node.style.borderColor = colorOf(top);
      return L.divIcon({ html: node, className: "ev-cluster", iconSize: L.point(34, 34) });
    },
  });
  map.addLayer(cluster);
}

function brushed() {
  const [from, to] = [state.from, state.to];
  if (!from && !to) return features;
  return features.filter((f) => {
    const d = f.properties.date;
    return d && (!from || d >= from) && (!to || d <= to);
  });
}

function render(fit) {
  const shown = brushed();
  cluster.clearLayers();
  const markers = shown.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const marker = L.circleMarker([lat, lon], {
      radius: 7, color: "#1b1b1b", weight: 1, fillColor: colorOf(p.type), fillOpacity: 0.9,
      className: "ev-marker", evType: p.type,
    });
    marker.bindTooltip(`${p.type} · ${p.place} · ${p.date || "undated"}`);
    marker.on("click", () => select(f.id));
    return marker;
  });
  cluster.addLayers(markers);
  if (fit && markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 7 });
  $("#count").textContent = `${shown.length} of ${features.length}`;
  $("#count").dataset.count = String(shown.length);
  renderList(shown);
  $("#clear-brush").hidden = !(state.from || state.to);
}

function renderList(shown) {
  const list = clear($("#event-list"));
  for (const f of shown.slice(0, LIST_MAX)) {
    const p = f.properties;
    const button = el("button", { type: "button", className: "ev-item", "data-id": f.id, onclick: () => select(f.id) },
      el("span", { className: "swatch", "aria-hidden": "true" }),
      el("strong", {}, p.type), ` ${p.date || "undated"} · ${p.place} · ${p.trigger}`);
    button.firstChild.style.background = colorOf(p.type);
    list.appendChild(el("li", {}, button));
  }
  if (shown.length > LIST_MAX) list.appendChild(el("li", { className: "more" }, `… and ${shown.length - LIST_MAX} more`));
}

async function select(id) {
  state.event = id;
  writeState(state);
  const panel = $("#panel");
  panel.hidden = false;
  try {
    const data = await getJson(`/api/events/${encodeURIComponent(id)}`);
    renderEvent(panel, data, () => {
      delete state.event;
      writeState(state);
      clear(panel);
      panel.hidden = true;
    });
    const loc = data.event.location;
    if (loc) map.panTo([loc.lat, loc.lon]);
  } catch (err) {
    clear(panel).appendChild(el("p", { className: "error" }, `Cannot open event: ${err.message}`));
  }
}

function brush(range) {
  if (range) [state.from, state.to] = range;
  else {
    delete state.from;
    delete state.to;
  }
  writeState(state);
  timeline.setRange(range);
  render(false);
}

async function load() {
  const seq = ++loadSeq;
  writeState(state);
  status("Loading…");
  const params = serverQuery(state);
  params.set("format", "geojson");
  params.set("limit", String(PAGE));
  try {
    const data = await getJson(`/api/events?${params}`);
    if (seq !== loadSeq) return;
    features = data.features;
    status(data.next_offset !== null ? `Showing the first ${PAGE} events; narrow the filters.` : "");
    // Only day dates (and "week": an undated event at its report's day) are days of the
    // timeline; month, year and span dates would pile up on the 1st of their month.
    const days = features.filter((f) => daily.has(f.properties.date_precision));
    timeline.setData(days.map((f) => f.properties.date), state.from || state.to ? [state.from || "0000-01-01", state.to || "9999-12-31"] : null);
    render(true);
  } catch (err) {
    if (seq === loadSeq) status(`Cannot load events: ${err.message}`, true);
  }
}

async function main() {
  timeline = new Timeline($("#timeline"), brush);
  try {
    await Promise.all([initControls(), initMap()]);
  } catch (err) {
    status(`Cannot start: ${err.message}`, true);
    return;
  }
  await load();
  if (state.event) await select(state.event);
  document.body.dataset.ready = "1";
}

main();
