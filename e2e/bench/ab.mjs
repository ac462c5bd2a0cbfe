// Development aid: map pan and wheel frame times with 5,000 events for two builds, alternating,
// in one browser, with the gestures of the benchmarks: `node e2e/bench/ab.mjs OTHER_DIST` compares
// dist/ with OTHER_DIST.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS, recordFrames, circlePan, wheelZoom } from "../harness.mjs";
import { importAnalysis, syntheticAnalysis } from "../synthetic.mjs";
const servers = { current: await startServer(), other: await startServer({ root: process.argv[2] }) };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const analysis = syntheticAnalysis(5000);
for (const variant of ["current", "other", "current", "other", "current", "other"]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(servers[variant].url);
  await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
  await importAnalysis(page, analysis);
  await page.locator(".toasts").evaluate((el) => el.remove()).catch(() => {});
  await page.waitForTimeout(1500);
  const map = await page.locator(".map-svg").boundingBox();
  const cx = map.x + map.width / 2, cy = map.y + map.height / 2;
  const pan = await recordFrames(page, () => circlePan(page, cx, cy));
  const wheel = await recordFrames(page, () => wheelZoom(page, cx, cy));
  console.log(variant.padEnd(9), `pan p50 ${pan.at(0.5).toFixed(1)} p95 ${pan.at(0.95).toFixed(1)} | wheel p50 ${wheel.at(0.5).toFixed(1)} p95 ${wheel.at(0.95).toFixed(1)}`);
  await page.close();
}
await browser.close(); await servers.current.close(); await servers.other.close();
