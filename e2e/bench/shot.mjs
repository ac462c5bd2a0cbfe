// Development aid: screenshots of the release build (`node e2e/bench/shot.mjs OUT_DIR [dark]`).
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS } from "../harness.mjs";
const out = process.argv[2] ?? "/tmp";
const scheme = process.argv[3] ?? "light";
const server = await startServer();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
await page.goto(server.url);
await page.locator(".tl-mark").first().waitFor();
await page.screenshot({ path: `${out}/top-${scheme}.png` });
await page.locator(".tl-chart").scrollIntoViewIfNeeded();
await page.screenshot({ path: `${out}/timeline-${scheme}.png` });
await page.locator(".tl-chart").screenshot({ path: `${out}/tl-chart-${scheme}.png` });
await browser.close();
await server.close();
