// Browser side by side (issue #7): Article Atlas against npm `leaflet` and `@knight-lab/timelinejs`
// (e2e devDependencies, never shipped), same machine, same headless Chromium, runs alternated.
//
// Data, identical on both sides: the map gets the 5,000 synthetic events of e2e/synthetic.mjs
// (ours imports the Analysis JSON; Leaflet gets it as GeoJSON from our own `atlas export
// --format geojson`), the timeline gets the seed's events (ours analyses the seed; TimelineJS
// gets them from our own `atlas export --format timelinejs`). The peer pages (bench/peers/) are
// served by e2e/server.mjs beside dist/, everything local: no CDN, no tile server. Leaflet has no
// tile layer and shows L.geoJSON's default, an L.marker with the default icon per event, as a
// Leaflet user gets by default; the canvas variant (L.circleMarker, preferCanvas) is measured too.
//
// Measures, ours / theirs:
// - bytes shipped: brotli (quality 11) of the body of every response the page loads up to one
//   second after its first render (ours: the app, i.e. dist/; theirs: page + library + data);
// - time to first render: navigation start → the first frame after the events are in the DOM
//   (ours map: the imported article's title and its map markers, the file handed to the import
//   picker the moment it exists; Leaflet: a marker icon or its canvas; ours timeline: a mark in
//   .tl-marks; TimelineJS: a .tl-timemarker and a .tl-slide), median of RUNS cold loads;
// - frame time p95 (rAF deltas, as bench/load.mjs, with the same gestures from harness.mjs plus
//   300 ms to settle): map drag-pan and wheel-zoom after one zoom step in; timeline drag-pan
//   (ours: drag on the plot; TimelineJS: drag on its timenav), frames pooled over ROUNDS rounds.
// Prints measure | Article Atlas | peer | ratio (ours / theirs; above 1 = we are worse).
// `node e2e/bench/peers.mjs`; $ATLAS_BIN is the CLI (default target/release/atlas), $ATLAS_DIST
// the release build, $PEER_RUNS / $PEER_ROUNDS override the repetitions.

import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { appStarted, CHROMIUM_ARGS, circlePan, dragAcross, recordFrames, wheelZoom } from "../harness.mjs";
import { importAnalysis, openFileAtOnce, syntheticAnalysis } from "../synthetic.mjs";

const RUNS = Number(process.env.PEER_RUNS ?? 10);
const ROUNDS = Number(process.env.PEER_ROUNDS ?? 2);
const EVENTS = 5000;
const VIEWPORT = { width: 1280, height: 800 };
const SETTLE_MS = 300;

const root = fileURLToPath(new URL("../../", import.meta.url));
const modules = fileURLToPath(new URL("../node_modules/", import.meta.url));
const atlas = process.env.ATLAS_BIN ?? `${root}target/release/atlas`;

// The data, written by our own exporters.
const data = `${root}target/bench-peers/`;
await mkdir(data, { recursive: true });
const analysis = syntheticAnalysis(EVENTS);
const analysisJson = JSON.stringify(analysis);
await writeFile(`${data}synthetic.analysis.json`, analysisJson);
const exportTo = (input, format, out) =>
  writeFile(`${data}${out}`, execFileSync(atlas, ["export", input, "--format", format], { maxBuffer: 1 << 28 }));
await exportTo(`${data}synthetic.analysis.json`, "geojson", "events.geojson");
await exportTo(`${root}assets/seed.txt`, "timelinejs", "seed.timeline.json");

const loadBefore = loadavg()[0];
const server = await startServer({
  mounts: {
    "/peers/": fileURLToPath(new URL("./peers/", import.meta.url)),
    "/peers/leaflet/": `${modules}leaflet/dist/`,
    "/peers/timelinejs/": `${modules}@knight-lab/timelinejs/dist/`,
    "/peers/data/": data,
  },
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

const brotliCache = new Map();
const brotli = (body) => {
  const key = createHash("sha256").update(body).digest("hex");
  if (!brotliCache.has(key)) {
    brotliCache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return brotliCache.get(key);
};

/** Marks `window.__firstRender` (ms since navigation) at the first frame after `ready` holds. */
function watchFirstRender({ selectors, title }) {
  const ready = () =>
    selectors.every((s) => document.querySelector(s)) &&
    (!title || document.querySelector("#article-title")?.textContent === title);
  const poll = () => {
    if (ready()) requestAnimationFrame(() => (window.__firstRender = performance.now()));
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}


/** The sides. `ready` defines the first render; `open` prepares a page for the gestures. */
const SIDES = {
  oursMap: {
    url: server.url,
    ready: { selectors: [".map-markers > *"], title: analysis.meta.title },
    inject: { name: "synthetic.analysis.json", json: analysisJson },
  },
  leaflet: { url: () => leafletUrl(false), ready: { selectors: [".leaflet-marker-icon"] } },
  leafletCanvas: {
    url: () => leafletUrl(true),
    ready: { selectors: [".leaflet-overlay-pane canvas"] },
  },
  oursTimeline: { url: server.url, ready: { selectors: [".tl-marks > *"] } },
  timelinejs: {
    url: `${server.origin}/peers/timeline.html`,
    ready: { selectors: [".tl-timenav .tl-timemarker", ".tl-storyslider .tl-slide"] },
  },
};

/** A fresh context and page; requests to any other origin are aborted and listed. */
async function newPage() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const foreign = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + "/") || /^(data|blob):/.test(url)) return route.continue();
    foreign.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  return { context, page, foreign };
}

/** One cold load of `side`: ms to first render, and (if `count`) the brotli bytes of every response. */
async function firstRender(side, count) {
  const { url, ready, inject } = SIDES[side];
  const { context, page, foreign } = await newPage();
  const bodies = [];
  context.on("response", (response) => {
    if (count && response.url().startsWith(server.origin)) {
      bodies.push(response.body().then((body) => ({ url: response.url(), bytes: brotli(body) }), () => null));
    }
  });
  await context.addInitScript(watchFirstRender, ready);
  if (inject) await context.addInitScript(openFileAtOnce, inject);
  await page.goto(typeof url === "function" ? url() : url);
  await page.waitForFunction(() => window.__firstRender > 0, null, { timeout: 60_000, polling: 50 });
  const ms = await page.evaluate(() => window.__firstRender);
  // Whatever the page loads just after its first render (marker icons, fonts) is shipped too.
  if (count) await page.waitForTimeout(1000);
  const files = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  return { ms, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), foreign };
}

/** Our map with the 5,000 events, zoomed in one step: { page, box, close }. */
async function openOursMap() {
  const { context, page } = await newPage();
  await page.goto(server.url);
  // (The first screen built ahead is replaced when the app starts: act on the live one.)
  await appStarted(page);
  await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
  await importAnalysis(page, analysis);
  await page.locator(".toasts").evaluate((el) => el.remove()).catch(() => {});
  await page.getByRole("button", { name: "Zoom in on the map" }).click();
  await page.waitForTimeout(SETTLE_MS);
  return { page, box: await page.locator(".map-svg").boundingBox(), close: () => context.close() };
}

let mapSize = null;
/** The Leaflet page, its map the size of ours. */
const leafletUrl = (canvas) =>
  `${server.origin}/peers/leaflet.html?w=${Math.round(mapSize.width)}&h=${Math.round(mapSize.height)}${canvas ? "&markers=canvas" : ""}`;

/** The Leaflet page zoomed in one step. */
async function openLeaflet(canvas) {
  const { context, page } = await newPage();
  await page.goto(leafletUrl(canvas));
  await page.locator(canvas ? ".leaflet-overlay-pane canvas" : ".leaflet-marker-icon").first().waitFor({ state: "attached" });
  await page.evaluate(() => void window.peerMap.zoomIn(1, { animate: false }));
  await page.waitForTimeout(SETTLE_MS);
  return { page, box: await page.locator("#map").boundingBox(), close: () => context.close() };
}

async function openOursTimeline() {
  const { context, page } = await newPage();
  await page.goto(server.url);
  await appStarted(page);
  await page.locator(".tl-marks > *").first().waitFor({ state: "attached" });
  await page.locator(".tl-chart").scrollIntoViewIfNeeded();
  await page.waitForTimeout(SETTLE_MS);
  return { page, box: await page.locator(".tl-svg").boundingBox(), band: await page.locator(".tl-band").boundingBox(), close: () => context.close() };
}

async function openTimelinejs() {
  const { context, page } = await newPage();
  await page.goto(`${server.origin}/peers/timeline.html`);
  await page.locator(".tl-timenav .tl-timemarker").first().waitFor({ state: "attached" });
  await page.waitForTimeout(SETTLE_MS);
  return { page, box: await page.locator(".tl-timenav").boundingBox(), close: () => context.close() };
}

// Leaflet's map gets the size of ours.
{
  const ours = await openOursMap();
  mapSize = ours.box;
  await ours.close();
}

const mapSides = ["oursMap", "leaflet", "leafletCanvas"];
const timelineSides = ["oursTimeline", "timelinejs"];
const loads = Object.fromEntries(Object.keys(SIDES).map((side) => [side, []]));
for (let i = 0; i < RUNS; i++) {
  // Alternate which side goes first.
  for (const group of [mapSides, timelineSides]) {
    for (const side of i % 2 ? [...group].reverse() : group) {
      loads[side].push(await firstRender(side, i === 0));
      if (process.env.PEER_DEBUG) console.error(side, loads[side].at(-1).ms, Date.now());
    }
  }
}

/** Frame times (rAF deltas) while `drive` runs and for SETTLE_MS after. */
async function frames(page, drive) {
  const { sorted } = await recordFrames(page, async () => {
    await drive();
    await page.waitForTimeout(SETTLE_MS);
  });
  return sorted;
}

const gestures = {
  pan: async ({ page, box }) => frames(page, () => circlePan(page, box.x + box.width / 2, box.y + box.height / 2)),
  wheel: async ({ page, box }) => frames(page, () => wheelZoom(page, box.x + box.width / 2, box.y + box.height / 2)),
  // A drag from three quarters to one quarter of the width, across the marks (ours: below the
  // brush band, so it pans).
  timelinePan: async ({ page, box, band }) => {
    const y = band ? band.y + band.height + (box.y + box.height - band.y - band.height) / 3 : box.y + box.height / 2;
    return frames(page, () => dragAcross(page, box.x + box.width * 0.75, box.x + box.width * 0.25, y));
  },
};

const pooled = {};
const pool = (key, sorted) => (pooled[key] ??= []).push(...sorted);
const openers = {
  oursMap: openOursMap,
  leaflet: () => openLeaflet(false),
  leafletCanvas: () => openLeaflet(true),
  oursTimeline: openOursTimeline,
  timelinejs: openTimelinejs,
};
for (let round = 0; round < ROUNDS; round++) {
  for (const side of round % 2 ? [...mapSides].reverse() : mapSides) {
    const opened = await openers[side]();
    pool(`${side} pan`, await gestures.pan(opened));
    pool(`${side} wheel`, await gestures.wheel(opened));
    await opened.close();
  }
  for (const side of round % 2 ? [...timelineSides].reverse() : timelineSides) {
    const opened = await openers[side]();
    pool(`${side} timelinePan`, await gestures.timelinePan(opened));
    await opened.close();
  }
}
await browser.close();
await server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (key) => {
  const sorted = pooled[key].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const bytes = (side) => loads[side][0].bytes;
const ttfr = (side) => median(loads[side].map((l) => l.ms));
const frameCount = (key) => `${pooled[key].length} fr`;

const rows = [
  ["bytes shipped, map (brotli)", kb(bytes("oursMap")), kb(bytes("leaflet")), bytes("oursMap") / bytes("leaflet"), "Leaflet + 5,000 events GeoJSON"],
  ["bytes shipped, timeline (brotli)", kb(bytes("oursTimeline")), kb(bytes("timelinejs")), bytes("oursTimeline") / bytes("timelinejs"), "TimelineJS + seed JSON"],
  ["bytes shipped, map + timeline", kb(bytes("oursTimeline")), kb(bytes("leaflet") + bytes("timelinejs")), bytes("oursTimeline") / (bytes("leaflet") + bytes("timelinejs")), "both peers together"],
  [`first render, map, ${EVENTS} events (median of ${RUNS})`, ms(ttfr("oursMap")), ms(ttfr("leaflet")), ttfr("oursMap") / ttfr("leaflet"), "L.marker"],
  ["  … canvas variant", ms(ttfr("oursMap")), ms(ttfr("leafletCanvas")), ttfr("oursMap") / ttfr("leafletCanvas"), "L.circleMarker, preferCanvas"],
  [`first render, timeline, seed (median of ${RUNS})`, ms(ttfr("oursTimeline")), ms(ttfr("timelinejs")), ttfr("oursTimeline") / ttfr("timelinejs"), "TimelineJS"],
];
for (const [gesture, name] of [["pan", "map pan (drag)"], ["wheel", "map zoom (wheel)"]]) {
  rows.push([`frame p95, ${name}`, ms(p95(`oursMap ${gesture}`)), ms(p95(`leaflet ${gesture}`)), p95(`oursMap ${gesture}`) / p95(`leaflet ${gesture}`), `L.marker; ${frameCount(`oursMap ${gesture}`)} / ${frameCount(`leaflet ${gesture}`)}`]);
  rows.push(["  … canvas variant", ms(p95(`oursMap ${gesture}`)), ms(p95(`leafletCanvas ${gesture}`)), p95(`oursMap ${gesture}`) / p95(`leafletCanvas ${gesture}`), `canvas; ${frameCount(`leafletCanvas ${gesture}`)}`]);
}
rows.push(["frame p95, timeline pan (drag)", ms(p95("oursTimeline timelinePan")), ms(p95("timelinejs timelinePan")), p95("oursTimeline timelinePan") / p95("timelinejs timelinePan"), `timenav drag; ${frameCount("oursTimeline timelinePan")} / ${frameCount("timelinejs timelinePan")}`]);

const width = [44, 15, 15, 7];
console.log(`${"measure".padEnd(width[0])}${"Article Atlas".padStart(width[1])}${"peer".padStart(width[2])}${"ratio".padStart(width[3])}   peer`);
for (const [name, ours, theirs, ratio, note] of rows) {
  // Frame times come in whole vsync intervals: 16.8 against 16.7 ms is the same frame rate.
  const flag = Number(ratio.toFixed(2)) > 1 ? " ✗" : "  ";
  console.log(`${name.padEnd(width[0])}${ours.padStart(width[1])}${theirs.padStart(width[2])}${ratio.toFixed(2).padStart(width[3])}${flag} ${note}`);
}
console.log("ratio = Article Atlas / peer; above 1 (✗) means we are worse.");
console.log(`machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after; map ${Math.round(mapSize.width)} × ${Math.round(mapSize.height)} px on both sides; files loaded (brotli):`);
for (const side of Object.keys(SIDES)) {
  const files = loads[side][0].files.map((f) => `${new URL(f.url).pathname.split("/").pop() || "index.html"} ${kb(f.bytes)}`);
  console.log(`  ${side}: ${files.join(", ")}`);
  const foreign = new Set(loads[side].flatMap((l) => l.foreign));
  if (foreign.size) console.log(`  ${side} tried other origins (blocked): ${[...foreign].join(", ")}`);
}
