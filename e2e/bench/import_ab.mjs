// Development aid: the 1 MB import for two builds, alternating, in one browser:
// `node e2e/bench/import_ab.mjs OTHER_DIST` compares dist/ with OTHER_DIST (Analyse → shown,
// the analysis time the notice gives, the longest main-thread task, and how long a click on an event then takes to answer).
// PAUSE=ms waits that long in the dialog before the text is given, as load.mjs's second row does.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { appStarted, CHROMIUM_ARGS } from "../harness.mjs";
import { measureImport, syntheticArticle } from "../synthetic.mjs";

const servers = { current: await startServer(), other: await startServer({ root: process.argv[2] }) };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const article = await syntheticArticle(1 << 20);
// PAIRS=n alternates n pairs (default 3); the medians close the list.
const results = { current: [], other: [] };
const pairs = Number(process.env.PAIRS ?? 3);
for (const variant of Array.from({ length: pairs }, () => ["current", "other"]).flat()) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(servers[variant].url);
  await appStarted(page);
  const run = await measureImport(page, article, { pause: Number(process.env.PAUSE ?? 0) });
  await page.waitForTimeout(3000);
  const select = await page.evaluate(async () => {
    const row = document.querySelectorAll(".events-table tbody tr")[5];
    const t0 = performance.now();
    row?.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - t0;
  });
  const over50 = run.longTasks.filter((t) => t.at >= 0 && t.ms > 50).length;
  const analysed = run.notice.match(/Analysed in ([^(.]+(?:\.\d+ s)?)/)?.[1]?.trim() ?? "?";
  const ms = /([\d.]+) (ms|s)/.exec(analysed);
  results[variant].push([run.wallMs, ms ? Number(ms[1]) * (ms[2] === "s" ? 1000 : 1) : NaN, run.longestTaskMs, select]);
  console.log(variant.padEnd(8), `Analyse → shown ${run.wallMs.toFixed(0)} ms, analysis ${analysed}, longest task ${run.longestTaskMs} ms (${over50} over 50 ms), select ${select.toFixed(0)} ms`);
  await page.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [variant, runs] of Object.entries(results)) {
  const col = (i) => median(runs.map((r) => r[i])).toFixed(0);
  console.log(`median ${variant.padEnd(8)} shown ${col(0)} ms, analysis ${col(1)} ms, longest task ${col(2)} ms, select ${col(3)} ms`);
}
await browser.close();
await servers.current.close();
await servers.other.close();
