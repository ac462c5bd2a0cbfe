// Development aid: the 1 MB import in the browser with a CPU profile of the main thread
// (`node e2e/bench/import_profile.mjs`): long tasks and top self times while it is shown.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { appStarted, CHROMIUM_ARGS } from "../harness.mjs";
import { measureImport, syntheticArticle } from "../synthetic.mjs";

const server = await startServer();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);
await appStarted(page);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
const run = await measureImport(page, await syntheticArticle(1 << 20));
const { profile } = await cdp.send("Profiler.stop");
console.log(`Analyse → shown ${run.wallMs.toFixed(0)} ms; long tasks ${JSON.stringify(run.longTasks)}`);
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
// Inclusive times of the app's own functions (names are there in a build with debug names).
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const name = byId.get(n).callFrame.functionName;
    if (!/article_atlas|atlas_core|serde_json::de::from|Reconcilable|IdbRequest|JSON/.test(name) || seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
});
console.log("inclusive:");
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k.slice(0, 160));
// A selection after the import: how long the app takes to answer a click on the table.
const t = await page.evaluate(async () => {
  const row = document.querySelector(".events-table tbody tr");
  const t0 = performance.now();
  row?.click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return performance.now() - t0;
});
console.log(`select an event after the import: ${t.toFixed(0)} ms`);
await browser.close();
await server.close();
