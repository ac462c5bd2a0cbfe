// Linked views: selecting an event in the reader, the timeline, the map or the table selects it
// in all of them and in the URL hash; the hash restores the view on reload and on back/forward;
// filters apply everywhere; the keyboard reaches every view; axe is clean in every view and
// scheme; reduced motion, print and the Arabic label behave.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { appStarted, MOBILE, assertAccessible, openPage, screenshot, startApp } from "./harness.mjs";

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function open(options = {}) {
  const view = await openPage(app, { reducedMotion: "reduce", ...options });
  await view.page.locator(".ev-marker").first().waitFor({ state: "attached", timeout: 15_000 });
  return view;
}

const hashEvent = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get("event"));

/** Asserts that every view shows `id` as the selected event. */
async function assertSelectedEverywhere(page, id) {
  await page.waitForFunction((id) => new URLSearchParams(location.hash.slice(1)).get("event") === id, id);
  assert.equal(await page.locator(`#row-${id}`).getAttribute("aria-current"), "true", "table row");
  assert.equal(await page.locator(`.tl-mark[data-event="${id}"]`).getAttribute("aria-pressed"), "true", "timeline mark");
  assert.match(await page.locator(`.tl-mark[data-event="${id}"]`).getAttribute("class"), /is-selected/);
  const pressed = await page.locator(".ev-marker.is-selected").evaluateAll((els) => els.map((e) => e.id));
  assert.ok(pressed.some((el) => el.endsWith(id)), `reader marker of ${id} (got ${pressed})`);
  assert.ok((await page.locator(".evidence.is-selected").count()) >= 1, "the reader highlights the sentence");
  // The map either shows the marker selected or lists the event as having no place.
  const onMap = page.locator(`.map-marker[data-event="${id}"]`);
  if ((await onMap.count()) > 0) {
    assert.match(await onMap.getAttribute("class"), /is-selected/, "map marker");
  } else {
    assert.ok(await page.locator(".map-selected").isVisible(), "the map names the selection");
  }
}

test("selecting from the reader, the timeline and the table selects everywhere", async () => {
  const view = await open();
  const { page } = view;
  try {
    // Reader: the margin marker of the third event.
    const readerMarker = page.locator(".ev-marker:not(.is-repeat)").nth(2);
    const fromReader = (await readerMarker.getAttribute("id")).replace(/^.*?(ev-\d+)$/, "$1");
    await readerMarker.click();
    await assertSelectedEverywhere(page, fromReader);

    // Timeline: a different mark.
    const mark = page.locator(`.tl-mark:not([data-event="${fromReader}"])`).first();
    const fromTimeline = await mark.getAttribute("data-event");
    await mark.click();
    await assertSelectedEverywhere(page, fromTimeline);
    // The reader scrolled the evidence into view.
    const inView = await page.locator(".evidence.is-selected").first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    assert.ok(inView, "the selected evidence is scrolled into view");

    // Table: the last row.
    const row = page.locator(".event-row").last();
    const fromTable = (await row.getAttribute("id")).replace(/^row-/, "");
    await row.click();
    await assertSelectedEverywhere(page, fromTable);
    await screenshot(page, "linked-selection");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("the hash restores selection and filters on reload, back and forward", async () => {
  const view = await open();
  const { page } = view;
  try {
    const first = await page.locator(".event-row").first().getAttribute("id");
    const second = await page.locator(".event-row").nth(1).getAttribute("id");
    await page.locator(`#${first}`).click();
    await page.waitForFunction((id) => location.hash.includes(`event=${id}`), first.slice(4));
    await page.locator(`#${second}`).click();
    await page.waitForFunction((id) => location.hash.includes(`event=${id}`), second.slice(4));

    // Hide one kind: it leaves the table, the timeline and the map.
    const total = await page.locator(".event-row").count();
    const chip = page.locator(".kind-filter button[aria-pressed='true']").first();
    await chip.click();
    await page.waitForFunction(() => location.hash.includes("hide="));
    const filtered = await page.locator(".event-row").count();
    assert.ok(filtered < total, `the table shrinks (${filtered} < ${total})`);
    assert.equal(await page.locator(".tl-mark:not(.is-out)").count(), filtered, "the timeline follows the filter");
    const hash = await page.evaluate(() => location.hash);

    await page.reload();
    // (Until the app starts, the first screen built ahead shows the bundled view, unfiltered.)
    await appStarted(page);
    await page.locator(".event-row").first().waitFor();
    assert.equal(await page.evaluate(() => location.hash), hash, "the hash survives reload");
    assert.equal(await page.locator(".event-row").count(), filtered, "the filter is restored");

    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes("hide="));
    assert.equal(await page.locator(".event-row").count(), total, "back undoes the filter");
    await page.goBack();
    await page.waitForFunction((id) => location.hash.includes(`event=${id}`), first.slice(4));
    assert.equal(await hashEvent(page), first.slice(4));
    assert.equal(await page.locator(`#${first}`).getAttribute("aria-current"), "true", "back restores the selection");
    await page.goForward();
    await page.waitForFunction((id) => location.hash.includes(`event=${id}`), second.slice(4));
    assert.equal(await page.locator(`#${second}`).getAttribute("aria-current"), "true", "forward too");

    // A shared link with an unknown id opens cleanly, with nothing selected.
    await page.goto(`${app.url}#event=ev-9999&hide=nonsense&from=garbage`);
    await page.locator(".event-row").first().waitFor();
    assert.equal(await page.locator(".event-row[aria-current='true']").count(), 0);
    view.assertClean();
  } finally {
    await view.close();
  }
});

/** The focused element's class and whether it shows a focus ring (outline, shadow or SVG stroke). */
const focusStop = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    // Focus inside a native control's own parts (a date field's picker button) is drawn by the browser.
    if (!el.matches(":focus")) return null;
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== "none";
    // SVG marks draw their focus as a stroke in the focus colour on a child shape.
    const probe = document.createElement("span");
    probe.style.color = "var(--focus)";
    document.body.append(probe);
    const focus = getComputedStyle(probe).color;
    probe.remove();
    const stroked = el instanceof SVGElement && [...el.querySelectorAll("*")].some((c) => getComputedStyle(c).stroke === focus);
    const strokes = el instanceof SVGElement ? [...el.querySelectorAll("*")].map((c) => getComputedStyle(c).stroke).join() : "";
    return { cls: el.getAttribute("class") ?? el.tagName, ring: ring || shadow || stroked, tag: el.tagName, why: `#${el.id} ${focus} vs ${strokes}` };
  });

test("keyboard only: every view is reachable and selection works with visible focus", async () => {
  const view = await open();
  const { page } = view;
  try {
    // Tab from the top: the skip link is first and visible when focused.
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => document.activeElement?.className);
    assert.match(skip, /skip-link/);
    // Walk on until a timeline mark takes focus, checking each stop shows a focus ring.
    const seen = new Set();
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press("Tab");
      let stop = await focusStop(page);
      // A re-render may restyle the mark a frame later: look once more before failing.
      if (stop && !stop.ring) stop = await page.waitForTimeout(150).then(() => focusStop(page));
      if (!stop) continue;
      assert.ok(stop.ring, `visible focus on ${stop.tag}.${stop.cls} (${stop.why})`);
      for (const part of ["ev-marker", "map-", "tl-mark", "event-row"]) if (stop.cls.includes(part)) seen.add(part);
      if (seen.size === 4) break;
    }
    assert.deepEqual([...seen].sort(), ["ev-marker", "event-row", "map-", "tl-mark"], "reader, map, timeline, table");
    // Enter on a focused table row selects it.
    const row = page.locator(".event-row").nth(3);
    await row.focus();
    await page.keyboard.press("Enter");
    await assertSelectedEverywhere(page, (await row.getAttribute("id")).slice(4));
    // Arrow keys move between timeline marks.
    await page.locator(".tl-mark[tabindex='0']").focus();
    const before = await page.evaluate(() => document.activeElement.dataset.event);
    await page.keyboard.press("ArrowRight");
    const after = await page.evaluate(() => document.activeElement.dataset.event);
    assert.notEqual(after, before, "ArrowRight moves to the next mark");
    await page.keyboard.press("Enter");
    await assertSelectedEverywhere(page, after);
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("axe: no violations in light, dark and mobile, in every tab", async () => {
  for (const options of [{}, { colorScheme: "dark" }]) {
    const view = await open(options);
    try {
      await view.page.locator(".event-row").first().click();
      await assertAccessible(view.page);
      await screenshot(view.page, options.colorScheme === "dark" ? "linked-dark" : "linked-light");
      view.assertClean();
    } finally {
      await view.close();
    }
  }
  for (const colorScheme of ["light", "dark"]) {
    const view = await openPage(app, { ...MOBILE, colorScheme, reducedMotion: "reduce" });
    const { page } = view;
    try {
      await appStarted(page);
      for (const tab of ["reader", "map", "timeline"]) {
        await page.locator(`#tab-${tab}`).click();
        await page.locator(`#panel-${tab}`).waitFor({ state: "visible" });
        assert.ok(await page.locator(`#panel-${tab}`).isVisible(), `${tab} panel shows`);
        const others = ["reader", "map", "timeline"].filter((t) => t !== tab);
        for (const other of others) assert.ok(await page.locator(`#panel-${other}`).isHidden(), `${other} hidden`);
        await assertAccessible(page);
        await screenshot(page, `mobile-${colorScheme}-${tab}`);
      }
      view.assertClean();
    } finally {
      await view.close();
    }
  }
});

test("reduced motion turns animation off; print shows the article then an events table; Arabic is RTL", async () => {
  const view = await open();
  const { page } = view;
  try {
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll("*")].filter((el) => {
        const s = getComputedStyle(el);
        const dur = (v) => v.split(",").some((x) => parseFloat(x) > 0.011);
        return dur(s.animationDuration) || dur(s.transitionDuration);
      }).length,
    );
    assert.equal(moving, 0, "no element animates or transitions under prefers-reduced-motion");

    await page.emulateMedia({ media: "print" });
    const layout = await page.evaluate(() => {
      const visible = (sel) => {
        const el = document.querySelector(sel);
        return !!el && getComputedStyle(el).display !== "none" && el.getBoundingClientRect().height > 0;
      };
      return {
        article: visible("#article-title"),
        table: visible(".events-table"),
        header: visible(".app-header"),
        map: visible(".map-svg"),
        order: (() => {
          const a = document.querySelector("#article-title");
          const t = document.querySelector(".events-table");
          return a && t ? a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
        })(),
      };
    });
    assert.ok(layout.article, "print shows the article");
    assert.ok(layout.table, "print shows the events table");
    assert.ok(!layout.header, "print hides the app header");
    assert.ok(!layout.map, "print hides the interactive map");
    assert.ok(layout.order, "the events table follows the article");
    const pdf = await page.pdf({ format: "A4" });
    assert.ok(pdf.length > 10_000, "a PDF prints");
    await page.emulateMedia({ media: "screen" });

    const arabic = page.locator("[lang='ar']").first();
    assert.equal(await arabic.evaluate((el) => getComputedStyle(el).direction), "rtl");
    view.assertClean();
  } finally {
    await view.close();
  }
});
