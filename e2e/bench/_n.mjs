import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS } from "../harness.mjs";
import { syntheticArticle } from "../synthetic.mjs";
const server = await startServer();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);
await page.locator("#article-title").waitFor();
const text = await syntheticArticle(1 << 20);
await page.click("#open-import");
await page.locator("#import-text").evaluate((area, value) => (area.value = value), text);
await page.evaluate(() => {
  window.__counts = [];
  const count = () => {
    const out = {};
    for (const sel of [".reader-column", ".map-panel", ".timeline-panel", ".events-table", ".entities-panel", "body"]) {
      const el = document.querySelector(sel);
      out[sel] = el ? el.querySelectorAll("*").length : null;
    }
    window.__counts.push(out);
    if (window.__counts.length < 400) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
});
await page.click("#import-analyse");
await page.waitForTimeout(5000);
const c = await page.evaluate(() => window.__counts);
let last = "";
for (const x of c) { const s = JSON.stringify(x); if (s !== last) console.log(s); last = s; }
await browser.close(); await server.close();
