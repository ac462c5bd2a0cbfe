// Development aid: the 1 MB import for two builds, alternating, in one browser:
// `node e2e/bench/import_ab.mjs OTHER_DIST` compares dist/ with OTHER_DIST (Analyse → shown,
// the longest main-thread task, and how long a click on an event then takes to answer).
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { appStarted, CHROMIUM_ARGS } from "../harness.mjs";
import { measureImport, syntheticArticle } from "../synthetic.mjs";

const servers = { current: await startServer(), other: await startServer({ root: process.argv[2] }) };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const article = await syntheticArticle(1 << 20);
for (const variant of ["current", "other", "current", "other", "current", "other"]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(servers[variant].url);
  await appStarted(page);
  const run = await measureImport(page, article);
  await page.waitForTimeout(3000);
  const select = await page.evaluate(async () => {
    const row = document.querySelectorAll(".events-table tbody tr")[5];
    const t0 = performance.now();
    row?.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - t0;
  });
  const over50 = run.longTasks.filter((t) => t.at >= 0 && t.ms > 50).length;
  console.log(variant.padEnd(8), `Analyse → shown ${run.wallMs.toFixed(0)} ms, longest task ${run.longestTaskMs} ms (${over50} over 50 ms), select ${select.toFixed(0)} ms`);
  await page.close();
}
await browser.close();
await servers.current.close();
await servers.other.close();
