// Development aid: frame times with 5,000 events for two builds, alternating, in one browser, with
// the gestures and set-up of the benchmark (load.mjs: one click on "Zoom in", then map pan, map
// wheel zoom, timeline brush): `node e2e/bench/ab.mjs OTHER_DIST [ROUNDS]` compares dist/ (or
// $ATLAS_DIST) with OTHER_DIST, ROUNDS times each (default 3), and prints every run and the
// median of each figure.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS, recordFrames, circlePan, dragAcross, wheelZoom } from "../harness.mjs";
import { importAnalysis, syntheticAnalysis } from "../synthetic.mjs";
const servers = { current: await startServer(), other: await startServer({ root: process.argv[2] }) };
const rounds = Number(process.argv[3] ?? 3);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const analysis = syntheticAnalysis(5000);
const runs = { current: [], other: [] };
const fmt = (r) => Object.entries(r).map(([k, [p50, p95]]) => `${k} p50 ${p50.toFixed(1)} p95 ${p95.toFixed(1)}`).join(" | ");
for (let i = 0; i < rounds * 2; i++) {
  const variant = i % 2 === 0 ? "current" : "other";
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(servers[variant].url);
  await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
  await importAnalysis(page, analysis);
  await page.locator(".toasts").evaluate((el) => el.remove()).catch(() => {});
  await page.getByRole("button", { name: "Zoom in on the map" }).click();
  await page.waitForTimeout(1500);
  const map = await page.locator(".map-svg").boundingBox();
  const cx = map.x + map.width / 2, cy = map.y + map.height / 2;
  const q = (f) => [f.at(0.5), f.at(0.95)];
  const pan = q(await recordFrames(page, () => circlePan(page, cx, cy)));
  await page.waitForTimeout(500);
  const wheel = q(await recordFrames(page, () => wheelZoom(page, cx, cy)));
  await page.waitForTimeout(500);
  await page.locator(".tl-chart").scrollIntoViewIfNeeded();
  const band = await page.locator(".tl-band").boundingBox();
  const brush = q(await recordFrames(page, () => dragAcross(page, band.x + 10, band.x + band.width - 10, band.y + band.height / 2)));
  const r = { pan, wheel, brush };
  runs[variant].push(r);
  console.log(variant.padEnd(8), fmt(r));
  await page.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const variant of ["current", "other"]) {
  const m = {};
  for (const k of ["pan", "wheel", "brush"]) m[k] = [0, 1].map((j) => median(runs[variant].map((r) => r[k][j])));
  console.log(`median ${variant.padEnd(8)}`, fmt(m));
}
await browser.close(); await servers.current.close(); await servers.other.close();
