// Development aid: map wheel and pan frame times with 5,000 events for two builds, alternating,
// in one browser: `node e2e/bench/ab.mjs OTHER_DIST` compares dist/ with OTHER_DIST.
import { chromium } from "playwright-core";
import { startServer } from "../server.mjs";
import { CHROMIUM_ARGS, recordFrames } from "../harness.mjs";
import { importAnalysis, syntheticAnalysis } from "../synthetic.mjs";

const servers = { current: await startServer(), other: await startServer({ root: process.argv[2] }) };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
const analysis = syntheticAnalysis(5000);
for (const variant of ["current", "other", "current", "other"]) {
  const server = servers[variant];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.locator(".map-svg .map-country").first().waitFor({ state: "attached" });
  await importAnalysis(page, analysis);
  await page.locator(".toasts").evaluate((el) => el.remove()).catch(() => {});
  await page.getByRole("button", { name: "Zoom in on the map" }).click();
  await page.waitForTimeout(300);
  const map = await page.locator(".map-svg").boundingBox();
  const cx = map.x + map.width / 2, cy = map.y + map.height / 2;
  const wheel = await recordFrames(page, async () => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, i < 20 ? -120 : 120);
      await page.waitForTimeout(16);
    }
  });
  const pan = await recordFrames(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 90; i++) await page.mouse.move(cx + Math.cos(i / 14) * 120, cy + Math.sin(i / 14) * 90);
    await page.mouse.up();
  });
  console.log(variant.padEnd(9), `wheel p50 ${wheel.at(0.5)} p95 ${wheel.at(0.95)} | pan p50 ${pan.at(0.5)} p95 ${pan.at(0.95)}`);
  await page.close();
}
await browser.close();
await servers.current.close();
await servers.other.close();
