import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";
import { annotatedAt, CHROMIUM_ARGS } from "./harness.mjs";
const server = await startServer({ root: process.argv[2] });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const rows = [];
for (let i = 0; i < 8; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const t = await annotatedAt(page, server.url);
  const r = await page.evaluate(() => { const n = performance.getEntriesByType("navigation")[0]; const p = Object.fromEntries(performance.getEntriesByType("paint").map(e => [e.name, e.startTime])); return { resp: n.responseStart, end: n.responseEnd, inter: n.domInteractive, dcl: n.domContentLoadedEventEnd, fcp: p["first-contentful-paint"] }; });
  rows.push({ annotated: Math.round(t), ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)])) });
  await ctx.close();
}
console.table(rows);
await browser.close(); await server.close();
