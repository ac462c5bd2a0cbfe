// Corrections: change an event's kind, date and place (from the gazetteer or by clicking the
// map), its actors; delete one; add one from a sentence selected in the reader; change an
// entity's kind, merge two and split an alias off. Every change is marked, undoable (buttons
// and Ctrl+Z / Ctrl+Shift+Z), kept across reloads and included in the exports.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
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
  const view = await openPage(app, options);
  await appStarted(view.page);
  return view;
}

const settle = (page) => page.waitForTimeout(300);

/** In the page: does anything in its IndexedDB databases include `text`? */
async function savedIncludes(text) {
  for (const { name } of (await indexedDB.databases?.()) ?? []) {
    const db = await new Promise((done, fail) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        const rows = await new Promise((done) => (all.onsuccess = () => done(all.result)));
        if (JSON.stringify(rows).includes(text)) return true;
      }
    } finally {
      db.close();
    }
  }
  return false;
}
const rows = (page) => page.locator(".events-panel tbody tr.event-row");

/** Selects the event in table row `n` (0-based) and opens its correction form. */
async function editRow(page, n) {
  const row = rows(page).nth(n);
  await row.click();
  await row.locator(".row-edit").click();
  await page.locator("#correction-dialog[open] form").waitFor();
  return row;
}

test("an event's kind, date and place are corrected, marked, undone and redone", async () => {
  const view = await open();
  const { page } = view;
  try {
    const id = await rows(page).nth(0).getAttribute("id");
    await rows(page).nth(0).click();
    const before = await rows(page).nth(0).innerText();
    await editRow(page, 0);
    await settle(page);
    await screenshot(page, "corrections-event-form");
    await assertAccessible(page, { include: "#correction-dialog" });

    // A day that does not exist is refused in place; nothing changes.
    await page.selectOption("#edit-precision", "day");
    await page.fill("#edit-date-start", "2020-02-30");
    await page.click("#edit-save");
    assert.match(await page.locator("#edit-date-hint").innerText(), /not a real date/);
    assert.equal(await page.locator("#undo").count(), 0, "nothing was corrected: no Undo yet");

    await page.selectOption("#edit-kind", "arrest");
    await page.selectOption("#edit-precision", "month");
    await page.fill("#edit-date-start", "2020-05");
    await page.fill("#edit-place-search", "Mosul");
    await page.locator(".place-result").first().click();
    assert.match(await page.locator("#edit-place-current").innerText(), /Mosul/);
    await page.click("#edit-save");
    await page.locator("#correction-dialog").waitFor({ state: "hidden" });

    const row = page.locator(`#${id}`);
    const after = await row.innerText();
    assert.match(after, /Arrest/);
    assert.match(after, /May 2020/);
    assert.match(after, /Mosul/);
    assert.match(after, /corrected/);
    assert.equal(await page.locator(".ev-marker.is-corrected").count() > 0, true, "the reader marks it too");
    assert.match(await page.locator("#undo").getAttribute("aria-label"), /Undo the edit of ev-/, "one save is one step");

    // Ctrl+Z undoes (outside text fields), Ctrl+Shift+Z redoes; the buttons do the same.
    await page.locator("#article-title").focus();
    await page.keyboard.press("Control+z");
    assert.equal(await row.innerText(), before);
    await page.keyboard.press("Control+Shift+z");
    assert.match(await row.innerText(), /Arrest/);
    await page.click("#undo");
    assert.equal(await row.innerText(), before);
    await page.click("#redo");
    assert.match(await row.innerText(), /Arrest/);
    await screenshot(page, "corrections-corrected-row");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("a place is picked on the map, an event deleted, and corrections survive a reload", async () => {
  const view = await open();
  const { page } = view;
  try {
    const count = await rows(page).count();
    const id = await rows(page).nth(1).getAttribute("id");
    await editRow(page, 1);
    await page.click("#edit-place-map");
    await page.locator(".map-pick-banner").waitFor();
    await settle(page);
    await screenshot(page, "corrections-pick-on-map");
    // Enter on the focused map sets the place at the centre of the view.
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("map-viewport")), true);
    await page.keyboard.press("Enter");
    await page.locator("#correction-dialog[open] form").waitFor();
    const picked = await page.locator("#edit-place-current").innerText();
    assert.doesNotMatch(picked, /No place/);
    await page.click("#correction-dialog .ui-btn:has-text('Cancel')");
    assert.match(await page.locator(`#${id}`).innerText(), /corrected/);

    await editRow(page, 2);
    await page.click("#edit-delete");
    assert.equal(await rows(page).count(), count - 1);

    // The library saves each change in an IndexedDB transaction of its own, one after the
    // other; a reload in the same instant would abort the last one, as closing the tab would.
    await page.waitForFunction(savedIncludes, "delete_event", { polling: 100 });
    await page.reload({ waitUntil: "networkidle" });
    await appStarted(page);
    assert.equal(await rows(page).count(), count - 1, "the deletion was kept");
    assert.match(await page.locator(`#${id}`).innerText(), /corrected/, "the picked place was kept");
    await page.click("#undo");
    assert.equal(await rows(page).count(), count, "undo works after a reload");
    await page.click("#undo");
    assert.equal(await page.locator("#undo").isDisabled(), true);
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("an event is added from a selected sentence; entities change kind, merge and split", async () => {
  const view = await open();
  const { page } = view;
  try {
    const count = await rows(page).count();
    // Without a selection the button says what to do.
    await page.click("#add-event");
    assert.match(await page.locator("#add-event-hint").innerText(), /Select a sentence/);

    // Select a few words inside the last paragraph of the article.
    const sentence = await page.evaluate(() => {
      const p = [...document.querySelectorAll(".reader-body p[data-block]")].at(-1);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      const decoration = (n) => n.parentElement.closest(".visually-hidden, .ev-markers, .fn-ref, [role=tooltip]");
      while (node && (node.textContent.trim().length < 20 || decoration(node))) node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node, 3);
      range.setEnd(node, 12);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return node.textContent.slice(3, 12);
    });
    await page.click("#add-event");
    await page.locator("#correction-dialog[open] form").waitFor();
    const quoted = await page.locator(".correction-evidence").innerText();
    assert.ok(quoted.includes(sentence), `“${quoted}” holds the selection “${sentence}”`);
    await page.selectOption("#edit-kind", "attack");
    await page.click("#edit-save");
    assert.equal(await rows(page).count(), count + 1);
    assert.equal(await page.locator(".event-row.is-selected .corrected-badge").count(), 1, "the new event is selected and marked");

    // Entities: select one, change its kind, merge another into it, split an alias off.
    const chips = page.locator(".entity-chip");
    const names = await chips.locator(".entity-name").allInnerTexts();
    await chips.first().click();
    await page.click("#edit-entity");
    await page.locator("#correction-dialog[open] #edit-entity-kind").waitFor();
    await assertAccessible(page, { include: "#correction-dialog" });
    await page.selectOption("#edit-entity-kind", "Other");
    await page.locator("#edit-merge").selectOption({ index: 1 });
    await page.click("#edit-merge-go");
    await settle(page);
    await screenshot(page, "corrections-entity-form");
    const aliases = await page.locator(".alias-list li").count();
    assert.ok(aliases >= 1, "the merged entity's name is now an alias");
    await page.locator(".alias-list .link-button").first().click();
    assert.equal(await page.locator(".alias-list li").count(), aliases - 1, "the alias was split off");
    await page.keyboard.press("Escape");
    await page.locator("#correction-dialog").waitFor({ state: "hidden" });
    assert.equal((await chips.locator(".entity-name").allInnerTexts()).length, names.length, "merge then split: as many entities again");

    // The Analysis JSON export carries the corrections and re-imports losslessly.
    await page.click("#export-toggle");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('.export-item[data-format=".analysis.json"]')]);
    const json = JSON.parse(await readFile(await download.path(), "utf8"));
    assert.ok(json.corrections.log.length >= 4, "the log is exported");
    assert.ok(json.events.some((e) => e.corrected), "events are exported corrected");
    assert.equal(json.corrections.original_events.length, count);

    // Re-importing it restores the article with its corrections, still undoable.
    await page.click("#open-import");
    const file = await readFile(await download.path());
    await page.setInputFiles("#import-file", { name: "corrected.analysis.json", mimeType: "application/json", buffer: file });
    await page.locator("#import-dialog").waitFor({ state: "hidden" });
    assert.equal(await rows(page).count(), json.events.length);
    assert.equal(await page.locator(".event-row .corrected-badge").count(), json.events.filter((e) => e.corrected).length);
    assert.match(await page.locator("#undo").getAttribute("aria-label"), /Undo the split/);
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("dark mode and mobile: the correction form is legible and usable", async () => {
  for (const [name, options] of [["dark", { colorScheme: "dark" }], ["mobile", MOBILE]]) {
    const view = await open(options);
    const { page } = view;
    try {
      if (name === "mobile") await page.click("#tab-timeline");
      await editRow(page, 0);
      await page.fill("#edit-place-search", "Kar");
      await settle(page);
      await screenshot(page, `corrections-form-${name}`);
      await assertAccessible(page, { include: "#correction-dialog" });
      view.assertClean();
    } finally {
      await view.close();
    }
  }
});

test("when the place lookup's worker cannot load, the search says so and a map pick still sets the point", async () => {
  const view = await open();
  const { page, context } = view;
  try {
    await context.route("**/worker.js", (route) => route.fulfill({ status: 404, body: "not found" }));
    const id = await rows(page).nth(0).getAttribute("id");
    await editRow(page, 0);
    await page.fill("#edit-place-search", "Mosul");
    const why = page.locator(".place-field .is-error");
    await why.waitFor({ timeout: 10_000 });
    assert.match(await why.innerText(), /The place search is unavailable: the background worker could not be loaded\. Pick the place on the map instead\./);
    assert.equal(await page.locator(".place-result").count(), 0);
    // Picking on the map still works: the point itself becomes the place.
    await page.click("#edit-place-map");
    await page.locator(".map-pick-banner").waitFor();
    await page.keyboard.press("Enter");
    await page.locator("#correction-dialog[open] form").waitFor();
    assert.match(await page.locator("#edit-place-current").innerText(), /-?\d+\.\d{4}, -?\d+\.\d{4}/);
    assert.match(await page.locator(`#${id}`).innerText(), /corrected/);
    // The 404s are this test's doing; anything else would be a problem.
    view.problems.failedRequests = view.problems.failedRequests.filter((r) => !r.includes("worker.js"));
    view.problems.consoleErrors = view.problems.consoleErrors.filter((e) => !/worker\.js|404/.test(e));
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});
