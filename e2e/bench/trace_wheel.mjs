// Development aid: a timeline trace of the benchmarks' map wheel zoom with 5,000 events
// (`node e2e/bench/trace_wheel.mjs [DIST]`): each frame's length and where the renderer's main
// thread and compositor spent it (script, style, layout, paint, raster, ...), slowest first.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS, wheelZoom } from "../harness.mjs";
import { importAnalysis, syntheticAnalysis } from "../synthetic.mjs";

const server = await startServer(process.argv[2] ? { root: process.argv[2] } : {});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);
await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
await importAnalysis(page, syntheticAnalysis(5000));
await page.locator(".toasts").evaluate((el) => el.remove()).catch(() => {});
await page.getByRole("button", { name: "Zoom in on the map" }).click();
await page.waitForTimeout(1000);
const map = await page.locator(".map-svg").boundingBox();
const cx = map.x + map.width / 2, cy = map.y + map.height / 2;
await browser.startTracing(page, {
  categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc", "v8", "viz", "benchmark"],
});
await page.evaluate(() => {
  window.__frames = [];
  let last = performance.now();
  const tick = (t) => { console.timeStamp("frame"); window.__frames.push([last, t - last]); last = t; if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
});
await wheelZoom(page, cx, cy);
await page.waitForTimeout(400);
const frames = await page.evaluate(() => { window.__stop = true; return window.__frames; });
const trace = JSON.parse((await browser.stopTracing()).toString());
const ev = trace.traceEvents;
const threads = new Map(ev.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
const main = ev.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
// Frame boundaries in trace time: the recorder's console.timeStamp in each animation frame.
const marks = ev.filter((e) => e.name === "TimeStamp" && e.args?.data?.message === "frame").map((e) => e.ts).sort((a, b) => a - b);
const names = ["FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit",
  "RasterTask", "ImageDecodeTask", "HitTest", "MinorGC", "MajorGC", "V8.GCScavenger", "ParseHTML", "IntersectionObserverController::computeIntersections",
  "LocalFrameView::RunPostLifecycleSteps", "PaintArtifactCompositor::Update", "ProxyMain::BeginMainFrame::commit", "LayerTreeHostImpl::PrepareToDraw",
  "TileManager::AssignGpuMemoryToTiles", "DisplayScheduler::DrawAndSwap", "SoftwareRenderer::DrawFrame", "Display::DrawAndSwap", "DirectRenderer::DrawFrame"];
const sumIn = (a, b) => {
  const by = new Map();
  for (const e of ev) {
    if (e.ph !== "X" || !names.includes(e.name) || e.ts < a || e.ts >= b) continue;
    const th = threads.get(`${e.pid}:${e.tid}`) ?? "?";
    const key = `${th.replace(/Cr|Thread|Renderer/g, "")}:${e.name}`;
    by.set(key, (by.get(key) ?? 0) + e.dur / 1000);
  }
  return [...by].filter(([, v]) => v > 0.3).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
};
const lens = frames.map((f) => f[1]).sort((a, b) => a - b);
console.log(`frames ${frames.length}, p50 ${lens[Math.floor(lens.length * 0.5)].toFixed(1)} p95 ${lens[Math.floor(lens.length * 0.95)].toFixed(1)}`);
for (let i = 1; i < marks.length; i++) {
  const a = marks[i - 1], b = marks[i];
  console.log(`${((a - marks[0]) / 1000).toFixed(0).padStart(6)} ms ${((b - a) / 1000).toFixed(1).padStart(6)} ms  ${sumIn(a, b)}`);
}
await browser.close();
await server.close();
