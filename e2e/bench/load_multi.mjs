// Development aid: navigation → seed annotated and visible for several builds, in turn, in one
// browser (`node e2e/bench/load_multi.mjs [RUNS] DIST...`; dist/ is always the first); medians.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { annotatedAt, CHROMIUM_ARGS } from "../harness.mjs";

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? "") ? Number(args.shift()) : 10;
const roots = [undefined, ...args];
const servers = await Promise.all(roots.map((root) => startServer(root ? { root } : {})));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const times = roots.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [v, server] of servers.entries()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    times[v].push(await annotatedAt(page, server.url));
    await context.close();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [v, xs] of times.entries()) {
  console.log((roots[v] ?? "dist").padEnd(20), `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)})`);
}
await browser.close();
await Promise.all(servers.map((server) => server.close()));
