// Development aid: the analysis worker alone, in the browser (`node e2e/bench/worker_probe.mjs
// [DIST]`): started with its warm-up, then, after a pause of 0, 300 or 1500 ms, given the 1 MB
// article; prints how long the analysis took from the message to the result.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS } from "../harness.mjs";
import { syntheticArticle } from "../synthetic.mjs";

const server = await startServer(process.argv[2] ? { root: process.argv[2] } : {});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const article = await syntheticArticle(1 << 20);
for (const pause of [0, 300, 1500, 0, 300, 1500]) {
  const page = await browser.newPage();
  await page.goto(server.url);
  const ms = await page.evaluate(async ({ text, pause }) => {
    const worker = new Worker(new URL("worker.js", document.baseURI), { type: "module" });
    worker.postMessage({});
    await new Promise((r) => setTimeout(r, pause));
    const t0 = performance.now();
    return await new Promise((resolve) => {
      worker.onmessage = ({ data }) => {
        if (data.kind === "done") resolve(performance.now() - t0);
        if (data.kind === "error") resolve(-1);
      };
      worker.postMessage({ text, parts: true });
    });
  }, { text: article, pause });
  console.log(`pause ${String(pause).padStart(4)} ms: analysed in ${ms.toFixed(0)} ms`);
  await page.close();
}
await browser.close();
await server.close();
