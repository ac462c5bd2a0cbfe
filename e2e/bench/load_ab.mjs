// Development aid: navigation → seed annotated and visible for two builds, alternating, in one
// browser (`node e2e/bench/load_ab.mjs OTHER_DIST` compares dist/ with OTHER_DIST); medians.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { annotatedAt, CHROMIUM_ARGS } from "../harness.mjs";

const servers = { current: await startServer(), other: await startServer({ root: process.argv[2] }) };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const times = { current: [], other: [] };
for (let i = 0; i < 20; i++) {
  const variant = i % 2 ? "other" : "current";
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  times[variant].push(await annotatedAt(page, servers[variant].url));
  await context.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [k, v] of Object.entries(times)) console.log(k.padEnd(8), `median ${median(v).toFixed(0)} ms (min ${Math.min(...v).toFixed(0)})`);
await browser.close();
await servers.current.close();
await servers.other.close();
