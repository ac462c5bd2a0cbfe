// Browser benchmark: navigation → seed analysed, annotated and visible, in headless Chromium on
// localhost (release dist/ served from /atlas/), median of 10 cold page loads; plus the size of
// dist/ (raw, gzip, brotli). Prints a table; `node e2e/bench/load.mjs`.

import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { startServer, DIST } from "../server.mjs";
import { CHROMIUM_ARGS } from "../harness.mjs";

const RUNS = 10;

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

async function sizes() {
  let raw = 0, gz = 0, br = 0, wasmBr = 0;
  for (const path of await files(DIST)) {
    const data = await readFile(path);
    raw += data.length;
    gz += gzipSync(data, { level: 9 }).length;
    const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    br += b;
    if (path.endsWith(".wasm")) wasmBr += b;
  }
  return { raw, gz, br, wasmBr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
const times = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(server.url);
  // Annotated and visible: the title is shown and entity mentions are painted.
  await page.waitForFunction(() => document.querySelector("h1") && document.querySelector(".ent"), null, { polling: "raf" });
  const nav = await page.evaluate(() => performance.now());
  times.push(nav);
  void t0;
  await context.close();
}
await browser.close();
await server.close();

const s = await sizes();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("measure                                        value");
console.log(`navigation → seed annotated (median of ${RUNS})      ${median(times).toFixed(0)} ms   (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
console.log(`dist/ raw                                      ${kb(s.raw)}`);
console.log(`dist/ gzip -9                                  ${kb(s.gz)}`);
console.log(`dist/ brotli -11                               ${kb(s.br)}   (of which .wasm ${kb(s.wasmBr)})`);
