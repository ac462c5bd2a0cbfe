// The timeline and the annotated reader: precision spans (a month is a bar, a day a dot),
// zoom, brushing a date range that filters every view, the date fields, story mode stepping
// through events in date order with the map and reader following, and the entity card that
// opens on keyboard focus.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openPage, screenshot, startApp } from "./harness.mjs";

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function open() {
  const view = await openPage(app, { reducedMotion: "reduce" });
  await view.page.locator(".tl-mark").first().waitFor({ state: "attached", timeout: 15_000 });
  return view;
}

const hashParam = (page, key) => page.evaluate((key) => new URLSearchParams(location.hash.slice(1)).get(key), key);

test("marks follow precision: days are dots, months and years are bars", async () => {
  const view = await open();
  const { page } = view;
  try {
    const marks = await page.locator(".tl-mark").evaluateAll((els) =>
      els.map((el) => ({ id: el.dataset.event, dot: el.classList.contains("is-dot"), label: el.getAttribute("aria-label") })),
    );
    assert.ok(marks.length >= 10, `${marks.length} marks`);
    // Compare with the table's precision words: every "day" event is a dot, every other a bar.
    for (const m of marks) {
      const value = await page.locator(`#row-${m.id} .col-date time`).getAttribute("datetime");
      const isDay = /^\d{4}-\d\d-\d\d$/.test(value);
      assert.equal(m.dot, isDay, `${m.id} (${value}) drawn as ${m.dot ? "dot" : "bar"}`);
    }
    const widths = await page.locator(".tl-mark.is-bar .tl-shape").evaluateAll((els) => els.map((el) => el.getBBox().width));
    assert.ok(widths.every((w) => w >= 3), "bars have width");
    await page.locator(".tl-chart").screenshot({ path: new URL("./artifacts/timeline.png", import.meta.url).pathname });
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("zoom buttons change the axis; Fit restores it", async () => {
  const view = await open();
  const { page } = view;
  try {
    const ticks = () => page.locator(".tl-tick").allTextContents();
    const before = await ticks();
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await page.waitForFunction((b) => [...document.querySelectorAll(".tl-tick")].map((t) => t.textContent).join() !== b, before.join());
    assert.notDeepEqual(await ticks(), before, "zooming in relabels the axis");
    await page.getByRole("button", { name: "Fit all events" }).click();
    await page.waitForFunction((b) => [...document.querySelectorAll(".tl-tick")].map((t) => t.textContent).join() === b, before.join());
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("brushing the band filters the table, the map and the reader markers; the fields follow", async () => {
  const view = await open();
  const { page } = view;
  try {
    const rows = await page.locator(".event-row").count();
    await page.locator(".tl-chart").scrollIntoViewIfNeeded();
    const band = await page.locator(".tl-band").boundingBox();
    const y = band.y + band.height / 2;
    // Brush the right half of the chart: the recent events only.
    await page.mouse.move(band.x + band.width * 0.55, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(band.x + band.width * (0.55 + 0.044 * i), y);
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).has("from"));
    const from = await hashParam(page, "from");
    const to = await hashParam(page, "to");
    assert.match(from, /^\d{4}-\d\d-\d\d$/);
    assert.match(to, /^\d{4}-\d\d-\d\d$/);
    assert.ok(from < to, `${from} < ${to}`);
    assert.equal(await page.locator("#tl-from").inputValue(), from, "the From field shows the brush");
    assert.equal(await page.locator("#tl-to").inputValue(), to, "the To field shows the brush");
    const kept = await page.locator(".event-row").count();
    assert.ok(kept > 0 && kept < rows, `the table keeps ${kept} of ${rows}`);
    assert.equal(await page.locator(".tl-mark:not(.is-out)").count(), kept, "marks outside the range fade");
    await screenshot(page, "timeline-brushed");

    // Typing a range in the fields does the same; Clear range undoes it.
    await page.locator("#tl-from").fill("2018-01-01");
    await page.locator("#tl-to").fill("2018-12-31");
    await page.locator("#tl-to").dispatchEvent("change");
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get("to") === "2018-12-31");
    const in2018 = await page.locator(".event-row").count();
    assert.ok(in2018 >= 1 && in2018 < kept + rows, `${in2018} events in 2018`);
    for (const text of await page.locator(".event-row .col-date").allTextContents()) assert.match(text, /2018/);
    await page.getByRole("button", { name: "Clear range" }).click();
    await page.waitForFunction(() => !new URLSearchParams(location.hash.slice(1)).has("from"));
    assert.equal(await page.locator(".event-row").count(), rows);
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("story mode steps through events in date order; the map and reader follow", async () => {
  const view = await open();
  const { page } = view;
  try {
    const order = await page.locator(".tl-mark").evaluateAll((els) => els.map((el) => el.dataset.event));
    await page.getByRole("button", { name: "Next event" }).click();
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).has("event"));
    const first = await hashParam(page, "event");
    await page.getByRole("button", { name: "Next event" }).click();
    await page.waitForFunction((f) => new URLSearchParams(location.hash.slice(1)).get("event") !== f, first);
    const second = await hashParam(page, "event");
    assert.ok(order.indexOf(second) > order.indexOf(first), `chronological: ${first} then ${second}`);
    await page.getByRole("button", { name: "Previous event" }).click();
    await page.waitForFunction((f) => new URLSearchParams(location.hash.slice(1)).get("event") === f, first);

    // Play advances on its own and announces each step; the reader and map follow.
    await page.getByRole("button", { name: "Play events in date order" }).click();
    await page.waitForFunction((f) => new URLSearchParams(location.hash.slice(1)).get("event") !== f, first, { timeout: 10_000 });
    assert.ok((await page.locator(".tl-live").textContent()).length > 0, "the step is announced");
    assert.ok((await page.locator(".evidence.is-selected").count()) >= 1, "the reader highlights the step");
    const id = await hashParam(page, "event");
    const onMap = page.locator(`.map-marker[data-event="${id}"]`);
    if ((await onMap.count()) > 0) assert.match(await onMap.getAttribute("class"), /is-selected/);
    else assert.ok(await page.locator(".map-selected").isVisible(), "the map names the step");
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = await hashParam(page, "event");
    await page.waitForTimeout(2500);
    assert.equal(await hashParam(page, "event"), paused, "pause stops the story");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("an entity mention opens its card on keyboard focus", async () => {
  const view = await open();
  const { page } = view;
  try {
    const mention = page.locator("#panel-reader .ent").first();
    await mention.focus();
    const card = page.locator(".ent-card").first();
    await card.waitFor({ state: "visible" });
    const text = await card.textContent();
    assert.match(text, /mention/i, "the card counts mentions");
    assert.match(text, /Person|Organi[sz]ation|Place|Other/, "the card names the kind");
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" }).catch(() => {});
    view.assertClean();
  } finally {
    await view.close();
  }
});
