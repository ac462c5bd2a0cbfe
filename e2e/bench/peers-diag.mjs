// Development aid for peers.mjs: where the time goes on our side with the 5,000 synthetic events.
// `node e2e/bench/peers-diag.mjs MODE`:
//   ttfr     trace of navigation → file handed to the import → markers: main-thread tasks > 15 ms
//   seed     trace of navigation → the seed's timeline marks (no import)
//   dom      time in insertBefore/appendChild/setAttribute/removeChild per parent during the
//            import, and how one insert's cost grows with its siblings (NO_HAS=1 drops :has() rules)
//   profile  CPU profile of the import: self and inclusive time per function
//   pan      trace of the map drag-pan (tasks > 15 ms, raster on other threads)
//   wheel    the same for the wheel zoom
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS, circlePan, wheelZoom } from "../harness.mjs";
import { importAnalysis, openFileAtOnce, syntheticAnalysis } from "../synthetic.mjs";

const what = process.argv[2] ?? "ttfr";
const server = await startServer();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const analysis = syntheticAnalysis(5000);
const json = JSON.stringify(analysis);
const inner = ["FunctionCall", "EvaluateScript", "v8.compile", "v8.wasm.compiledModule", "ParseHTML", "UpdateLayoutTree", "Layout", "Paint", "PrePaint", "Layerize", "HitTest", "FireAnimationFrame", "TimerFire", "EventDispatch", "MajorGC", "MinorGC", "V8.GCScavenger", "Commit", "v8.run", "GPUTask", "RasterTask", "PaintLayer"];
function summarise(events, from) {
  const mainTid = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")?.tid;
  const tasks = events.filter((e) => e.ph === "X" && e.tid === mainTid && /RunTask$/.test(e.name) && e.dur > 15000 && e.ts >= from);
  const total = new Map();
  for (const t of tasks) {
    const kids = events.filter((e) => e.ph === "X" && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && inner.includes(e.name));
    const sum = new Map();
    for (const k of kids) sum.set(k.name, (sum.get(k.name) ?? 0) + k.dur / 1000);
    for (const [k, v] of sum) total.set(k, (total.get(k) ?? 0) + v);
    const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
    console.log(`${((t.ts - from) / 1000).toFixed(0).padStart(6)} ms  ${(t.dur / 1000).toFixed(1).padStart(7)} ms  ${top}`);
  }
  // Work off the main thread (raster, compositor).
  const names = new Map(events.filter((e) => e.name === "thread_name").map((e) => [e.tid, e.args.name]));
  const other = new Map();
  for (const e of events) if (e.ph === "X" && e.ts >= from && ["RasterTask", "Paint", "PaintLayer"].includes(e.name) && e.tid !== mainTid) other.set(`${names.get(e.tid)}:${e.name}`, (other.get(`${names.get(e.tid)}:${e.name}`) ?? 0) + e.dur / 1000);
  console.log("main-thread totals in tasks > 15 ms:", [...total].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", "));
  console.log("other threads:", [...other].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", "));
}
const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink.user_timing", "loading"];
if (what === "ttfr" || what === "seed") {
  if (what === "ttfr") await page.addInitScript(openFileAtOnce, { name: "s.json", json });
  await browser.startTracing(page, { categories });
  await page.goto(server.url);
  if (what === "ttfr") await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t && document.querySelector(".map-markers > *"), analysis.meta.title, { polling: "raf", timeout: 60000 });
  else await page.waitForFunction(() => document.querySelector(".tl-marks > *"), null, { polling: "raf", timeout: 60000 });
  const marks = await page.evaluate(() => ({
    now: performance.now(),
    handed: performance.getEntriesByName("handed")[0]?.startTime,
    resources: performance.getEntriesByType("resource").map((r) => `${r.name.split("/").pop()} ${Math.round(r.startTime)}–${Math.round(r.responseEnd)}`),
    paint: performance.getEntriesByType("paint").map((p) => `${p.name} ${Math.round(p.startTime)}`),
  }));
  console.log("ready at", marks.now.toFixed(0), "file handed at", marks.handed?.toFixed(0), "|", marks.paint.join(", "));
  console.log("resources (ms since navigation):", marks.resources.join(", "));
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const t0 = Math.min(...events.filter((e) => e.name === "ResourceSendRequest").map((e) => e.ts));
  summarise(events, t0);
} else if (what === "dom") {
  // Time spent in insertBefore/appendChild/setAttribute per parent during the import.
  await page.goto(server.url);
  await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
  await page.evaluate(() => {
    const stats = (window.__dom = new Map());
    const key = (el) => el ? `${el.tagName?.toLowerCase()}.${(el.getAttribute?.("class") ?? "").split(" ")[0]}${el.id ? "#" + el.id : ""}` : "?";
    for (const [proto, m, who] of [[Node.prototype, "insertBefore", (t) => t], [Node.prototype, "appendChild", (t) => t], [Element.prototype, "setAttribute", (t) => t.parentElement], [Node.prototype, "removeChild", (t) => t]]) {
      const orig = proto[m];
      proto[m] = function (...args) {
        const t0 = performance.now();
        const r = orig.apply(this, args);
        const k = `${m} into ${key(who(this))}`;
        if (k === "insertBefore into span.ev-markers") (window.__seq ??= []).push([performance.now() - t0, this.childElementCount, args[1] === null ? "end" : args[1] === this.firstChild ? "front" : "mid", this.isConnected]);
        const s = stats.get(k) ?? { n: 0, ms: 0 };
        s.n++; s.ms += performance.now() - t0;
        stats.set(k, s);
        return r;
      };
    }
  });
  if (process.env.NO_HAS) {
    const removed = await page.evaluate(() => {
      let n = 0;
      for (const sheet of document.styleSheets) {
        for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
          if (sheet.cssRules[i].cssText.includes(":has(")) { sheet.deleteRule(i); n++; }
        }
      }
      return n;
    });
    console.log("removed", removed, ":has() rules");
  }
  const t = Date.now();
  await importAnalysis(page, analysis);
  await page.locator(".map-markers > *").first().waitFor({ state: "attached" });
  console.log("import → shown", Date.now() - t, "ms (wall, with Playwright)");
  await page.waitForTimeout(500);
  const rows = await page.evaluate(() => [...window.__dom].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15).map(([k, v]) => `${v.ms.toFixed(0).padStart(7)} ms ${String(v.n).padStart(7)}× ${k}`));
  console.log(rows.join("\n"));
  console.log(await page.evaluate(() => {
    const seq = window.__seq ?? [];
    const avg = (a) => (a.reduce((s, x) => s + x[0], 0) / a.length * 1000).toFixed(0) + " µs";
    const where = {};
    for (const x of seq) where[x[2] + (x[3] ? " connected" : " detached")] = (where[x[2] + (x[3] ? " connected" : " detached")] ?? 0) + 1;
    return `ev-markers inserts: first 500 avg ${avg(seq.slice(0, 500))} (children ${seq[0]?.[1]}…), last 500 avg ${avg(seq.slice(-500))} (children …${seq.at(-1)?.[1]}); ${JSON.stringify(where)}`;
  }));
  const counts = await page.evaluate(() => ["tr", ".events-table tr", ".tl-marks > *", ".map-markers > *", ".map-svg *", "*"].map((s) => `${s}: ${document.querySelectorAll(s).length}`));
  console.log(counts.join(", "));
} else if (what === "profile") {
  // CPU profile from the file handed to the import until the markers are in the DOM: self time
  // and inclusive time per function.
  await page.goto(server.url);
  await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const t = Date.now();
  await importAnalysis(page, analysis);
  await page.locator(".map-markers > *").first().waitFor({ state: "attached" });
  console.log("import → shown", Date.now() - t, "ms (wall, with Playwright)");
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`;
  const self = new Map(), incl = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur));
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + ms); }
    }
  });
  console.log("self:");
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
  console.log("inclusive:");
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1).padStart(8), k);
} else {
  await page.goto(server.url);
  await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
  await importAnalysis(page, analysis);
  await page.locator(".toasts").evaluate((el) => el.remove()).catch(() => {});
  await page.getByRole("button", { name: "Zoom in on the map" }).click();
  await page.waitForTimeout(300);
  const box = await page.locator(".map-svg").boundingBox();
  console.log("map box", box, "elements in svg:", await page.locator(".map-svg *").count(), "markers/clusters:", await page.locator(".map-markers > *").count());
  await browser.startTracing(page, { categories });
  const t0 = await page.evaluate(() => performance.now());
  void t0;
  if (what === "pan") await circlePan(page, box.x + box.width / 2, box.y + box.height / 2);
  else await wheelZoom(page, box.x + box.width / 2, box.y + box.height / 2);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const from = Math.min(...events.filter((e) => e.ph === "X").map((e) => e.ts));
  summarise(events, from);
}
await browser.close();
await server.close();
