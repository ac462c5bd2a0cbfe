// The app shell: the release build loads from a sub-path, renders the default article's title,
// talks to no other origin and logs no error, on desktop, mobile and in dark mode.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { MOBILE, assertAccessible, openPage, screenshot, startApp } from "./harness.mjs";

const TITLE = "The Harrowing of Mustafa Kadhimi";

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Opens the app with `options`, waits for the title heading, and saves a screenshot. */
async function openShell(name, options = {}) {
  const view = await openPage(app, options);
  await view.page
    .locator("h1")
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  await screenshot(view.page, name);
  return view;
}

test("desktop: loads from /atlas/ and shows the article title", async () => {
  const view = await openShell("desktop-first-paint", { viewport: { width: 1280, height: 960 }, reducedMotion: "reduce" });
  try {
    view.assertClean();
    assert.match(await view.page.locator("h1").first().innerText(), new RegExp(TITLE));
    // The README's picture: an event selected, so the reader, map and timeline show it together.
    await view.page.locator(".tl-mark").first().waitFor({ state: "attached" });
    await view.page.locator(".ev-marker").first().click();
    await view.page.waitForFunction(() => location.hash.includes("event="));
    await view.page.waitForTimeout(300);
    await view.page.evaluate(() => document.querySelectorAll(".side, .pane-map").forEach((el) => (el.scrollTop = 0)));
    await screenshot(view.page, "desktop");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("mobile: loads and shows the article title", async () => {
  const view = await openShell("mobile", MOBILE);
  try {
    view.assertClean();
    assert.ok(await view.page.locator("h1").first().isVisible(), "the <h1> is visible");
  } finally {
    await view.close();
  }
});

test("dark mode: loads without errors", async () => {
  const view = await openShell("dark", { colorScheme: "dark" });
  try {
    view.assertClean();
    const dark = await view.page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
    assert.ok(dark, "the page sees prefers-color-scheme: dark");
  } finally {
    await view.close();
  }
});

test("the bundled article is annotated before the app starts, and without JavaScript", async () => {
  // The first screen is rendered into index.html at build time (src/bin/prerender.rs).
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(app.url, { waitUntil: "load" });
    assert.match(await page.locator("#snapshot h1").innerText(), new RegExp(TITLE));
    const mentions = await page.locator("#snapshot .reader .ent").count();
    assert.ok(mentions >= 40, `the whole article is annotated (${mentions} mentions)`);
    assert.ok(await page.locator("#snapshot .ent-person", { hasText: "Kadhimi" }).first().isVisible());
    await screenshot(page, "no-javascript");
    // Its styles are inlined, allowed by hash: still no 'unsafe-inline' and no 'unsafe-eval'.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(policy, /style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(await page.locator("body > noscript").textContent(), /Below is the bundled article/, "the page says what is missing");
    assert.ok(await page.locator("#snapshot .map-panel").isVisible(), "the parts painted later stand in place");

    // With JavaScript, the live app replaces it: one article, the same mentions, and a map.
    const view = await openPage(app);
    try {
      const { page: live } = view;
      assert.equal(await live.locator("#snapshot").count(), 0, "the first screen is gone");
      assert.equal(await live.locator("#article-title").count(), 1);
      await live.evaluate(() => window.print && dispatchEvent(new Event("beforeprint")));
      await live.waitForFunction((n) => document.querySelectorAll(".reader .ent").length === n, mentions);
      await live.locator(".map-svg").waitFor();
      view.assertClean();
    } finally {
      await view.close();
    }
  } finally {
    await context.close();
  }
});

test("the first screen built ahead paints its top, then puts the rest in place before the app starts", async () => {
  // The app's wasm never arrives: what shows is the first screen alone.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.route(/\.wasm$/, (route) => route.abort());
    const served = await (await fetch(app.url)).text();
    const held = served.match(/<noscript data-later/g)?.length ?? 0;
    assert.ok(held >= 3, `the page holds back the rest of the article, the side panels and their styles (${held})`);
    await page.goto(app.url, { waitUntil: "commit" });
    await page.waitForFunction(() => document.querySelectorAll("noscript[data-later]").length === 0);
    assert.ok(await page.locator("#snapshot .reader .ent").count() >= 40, "the whole article is annotated");
    assert.ok(await page.locator("#snapshot .map-panel").isVisible(), "the side panels are in place");
    assert.ok(await page.locator("#snapshot .reader-foot .sources li").count() > 0, "the sources are in place");
    // Their stylesheet arrived with them: the map panel is laid out as a panel.
    const styled = await page.locator("#snapshot .map-frame").evaluate((el) => getComputedStyle(el).overflow);
    assert.equal(styled, "hidden", "the map panel's stylesheet applies");
  } finally {
    await context.close();
  }
});

test("desktop: no axe-core violations of WCAG 2.1 A/AA", async () => {
  const view = await openPage(app);
  try {
    await assertAccessible(view.page);
  } finally {
    await view.close();
  }
});
