// Development aid: the 1 MB import traced (`RUNS=2 node e2e/bench/import_trace.mjs`): each
// main-thread task over 40 ms, with what it ran (timer, message, click, animation frame) and its
// style, layout and paint time (tracing makes every task slower than in load.mjs). The first
// tasks are the benchmark's own: putting a megabyte into the paste box.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { appStarted, CHROMIUM_ARGS } from "../harness.mjs";
import { measureImport, syntheticArticle } from "../synthetic.mjs";
const server = await startServer();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const article = await syntheticArticle(1 << 20);
for (let r = 0; r < Number(process.env.RUNS ?? 1); r++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await appStarted(page);
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  const run = await measureImport(page, article);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "RunTask" && x.tid === e.tid && x.dur > 100000))
    ?? events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.dur > 40000).sort((a, b) => a.ts - b.ts);
  console.log(`shown ${run.wallMs.toFixed(0)} ms, longest ${run.longestTaskMs}: ${run.notice.match(/Analysed.*/)?.[0]}`);
  const t0 = tasks[0]?.ts ?? 0;
  for (const t of tasks) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const sum = new Map();
    for (const e of inside) {
      if (!/FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|ParseHTML|HitTest|MinorGC|MajorGC|V8.GC|GCEvent|FireIdleCallback|v8.callFunction|RunMicrotasks|Commit/.test(e.name)) continue;
      const key = e.name + (e.args?.data?.type ? `:${e.args.data.type}` : "") + (e.args?.data?.functionName ? `:${e.args.data.functionName}` : "");
      sum.set(key, (sum.get(key) ?? 0) + e.dur / 1000);
    }
    const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ");
    console.log(`  task +${((t.ts - t0) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(0)} ms: ${top}`);
  }
  await page.close();
}
await browser.close(); await server.close();
