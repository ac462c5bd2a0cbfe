// Development aid: a timeline trace of loading the seed (`node e2e/bench/trace.mjs`): the main
// thread's top-level tasks and where their time goes (script, wasm compile, style, layout,
// paint), in order, until the article is annotated and visible.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { annotatedAt, CHROMIUM_ARGS } from "../harness.mjs";

const server = await startServer(process.argv[2] ? { root: process.argv[2] } : {});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "v8", "blink.user_timing", "loading"] });
const annotated = await annotatedAt(page, server.url);
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents;
const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationStart" || e.name === "markAsMainFrame");
const main = events.find((e) => e.name === "TracingStartedInBrowser" || e.name === "TracingStartedInPage");
void main;
const t0 = Math.min(...events.filter((e) => e.name === "ResourceSendRequest").map((e) => e.ts));
const mainTid = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")?.tid;
const tasks = events.filter((e) => e.ph === "X" && e.tid === mainTid && /RunTask$/.test(e.name) && e.dur > 3000 && e.ts >= t0);
const inner = ["FunctionCall", "EvaluateScript", "v8.compile", "v8.wasm.compiledModule", "wasm.CompileLazy", "v8.wasm.streamFromResponseCallback", "ParseHTML", "UpdateLayoutTree", "Layout", "Paint", "PrePaint", "Layerize", "RasterTask", "HitTest", "FireAnimationFrame", "TimerFire", "EventDispatch", "v8.gc", "MinorGC", "MajorGC", "V8.GCScavenger", "ScheduleStyleRecalculation", "Commit", "UpdateLayer"];
console.log(`nav→annotated ${annotated.toFixed(0)} ms; main-thread tasks over 3 ms (start, duration, top children):`);
for (const t of tasks) {
  const kids = events.filter((e) => e.ph === "X" && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && inner.includes(e.name));
  const sum = new Map();
  for (const k of kids) sum.set(k.name, (sum.get(k.name) ?? 0) + k.dur / 1000);
  const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
  console.log(`${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${(t.dur / 1000).toFixed(1).padStart(7)} ms  ${top}`);
}
// When each file arrived (the stylesheets block the first paint; the script and wasm do not).
const names = new Map(events.filter((e) => e.name === "ResourceSendRequest").map((e) => [e.args.data.requestId, e.args.data.url.split("/").pop()]));
const finished = events.filter((e) => e.name === "ResourceFinish").map((e) => [(e.ts - t0) / 1000, names.get(e.args.data.requestId)]);
console.log("files finished: " + finished.sort((a, b) => a[0] - b[0]).map(([t, n]) => `${n} ${t.toFixed(0)}`).join(", "));
void nav;
await browser.close();
await server.close();
