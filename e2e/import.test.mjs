// Import, library and export: paste an article and see it analysed; it survives a reload in the
// library (IndexedDB; an older localStorage library moves in; localStorage when IndexedDB is
// off); open, rename, delete and undo; show a chosen few together; bad files (empty, binary,
// too large, wrong JSON schema) are refused with a clear message and change nothing; storage
// that is full, disabled or corrupted is reported; every export format downloads and has the
// right shape.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { appStarted, MOBILE, assertAccessible, openPage, screenshot, startApp } from "./harness.mjs";

const SEED_TITLE = "The Harrowing of Mustafa Kadhimi";
const TITLE = "Militias Strike Again";
const ARTICLE = `${TITLE}\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra.\n`;
const LIB = "atlas:lib:v1:";
const OTHER_TITLE = "Convoy Attacked Near Erbil";
const OTHER = `${OTHER_TITLE}\n\nApr 4, 2022\n\nOn April 2, 2022, gunmen attacked a fuel convoy near Erbil.\n`;

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Opens the app and waits for the seed's title. */
async function open(options = {}) {
  const view = await openPage(app, options);
  await view.page.locator("h1").first().waitFor({ timeout: 15_000 });
  return view;
}

/** Lets the dialog and toast animations finish before a screenshot. */
const settle = (page) => page.waitForTimeout(350);

const h1 = (page) => page.locator("#article-title").innerText();

/** The library's IndexedDB database and object store (src/hooks/idb.rs). */
const DB = { name: "article-atlas", store: "library" };

/**
 * Runs one operation on the library's object store in the page: "read" resolves with every
 * record as sorted [key, value] pairs, "put" writes `pairs`; both once the transaction has
 * completed. Creates the store as the app does if the database is new, so that a test never
 * leaves a database the app cannot use. (No `new Function`: the page's CSP forbids eval.)
 */
const withStore = (page, op, pairs = []) =>
  page.evaluate(
    ({ db, op, pairs }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(db.name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const conn = open.result;
          const tx = conn.transaction(db.store, op === "put" ? "readwrite" : "readonly");
          const store = tx.objectStore(db.store);
          let keys, values;
          if (op === "put") for (const [k, v] of pairs) store.put(v, k);
          else [keys, values] = [store.getAllKeys(), store.getAll()];
          tx.oncomplete = () => {
            conn.close();
            resolve(op === "put" ? null : keys.result.map((k, i) => [k, values.result[i]]));
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    { db: DB, op, pairs },
  );

/** The library's stored records (IndexedDB) as sorted [key, value] pairs. */
const records = (page) => withStore(page, "read");

/** The stored records as one string, to check that something changed nothing. */
const snapshot = async (page) => JSON.stringify(await records(page));

/** Writes `[key, value]` pairs straight into the library's object store. */
const putRecords = (page, pairs) => withStore(page, "put", pairs);

/** The library's keys in localStorage. */
const localKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("atlas:lib:")).sort());

async function openImport(page) {
  await page.click("#open-import");
  await page.locator("#import-dialog[open]").waitFor();
}

async function paste(page, text) {
  await openImport(page);
  await page.fill("#import-text", text);
  await page.click("#import-analyse");
}

async function openLibrary(page) {
  await page.click("#open-library");
  await page.locator("#library-dialog[open]").waitFor();
}

/** The library item whose title is `title`. */
const item = (page, title) => page.locator(".library-item").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

test("paste: the article is analysed, shown, and kept in the library across reloads", async () => {
  const view = await open();
  const { page } = view;
  try {
    await openImport(page);
    await settle(page);
    await screenshot(page, "import-dialog");
    await assertAccessible(page, { include: "#import-dialog" });
    await page.fill("#import-text", ARTICLE);
    await page.click("#import-analyse");
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, TITLE);
    assert.equal(await page.locator("#import-dialog[open]").count(), 0, "the dialog closes");
    const toast = page.locator(".toasts .notice");
    await toast.waitFor();
    assert.match(await toast.innerText(), /Opened “Militias Strike Again”: 1 event.*Saved to your library/s);
    const rows = page.locator("tr.event-row");
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /Kidnapping/i);
    assert.match(await rows.first().innerText(), /Basra/);
    await settle(page);
    await screenshot(page, "import-pasted");

    // Reload: the bundled article opens, and the pasted one is in the library.
    await page.reload({ waitUntil: "networkidle" });
    await appStarted(page);
    assert.equal(await h1(page), SEED_TITLE);
    await openLibrary(page);
    const items = page.locator(".library-item");
    assert.equal(await items.count(), 2);
    assert.match(await items.nth(0).innerText(), new RegExp(SEED_TITLE));
    assert.match(await items.nth(0).innerText(), /On screen/i);
    assert.equal(await items.nth(0).getByRole("button", { name: "Delete" }).count(), 0, "the seed cannot be deleted");
    assert.match(await items.nth(1).innerText(), /Militias Strike Again[\s\S]*Mar 3, 2022[\s\S]*1 event/);
    await settle(page);
    await screenshot(page, "library");
    await assertAccessible(page, { include: "#library-dialog" });

    // Open it, then the seed again.
    await item(page, TITLE).getByRole("button", { name: "Open" }).click();
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, TITLE);
    await openLibrary(page);
    await item(page, SEED_TITLE).getByRole("button", { name: "Open" }).click();
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, SEED_TITLE);
    assert.ok((await page.locator("tr.event-row").count()) > 3, "the seed's events are back");

    // Rename inline: Enter saves, Escape cancels.
    await openLibrary(page);
    await item(page, TITLE).getByRole("button", { name: "Rename" }).click();
    const input = page.locator(".library-rename-input");
    await input.fill("Basra kidnapping");
    await input.press("Enter");
    await item(page, "Basra kidnapping").waitFor();
    assert.equal(await page.locator("#library-dialog[open]").count(), 1, "Enter does not close the dialog");
    await item(page, "Basra kidnapping").getByRole("button", { name: "Rename" }).click();
    await input.fill("Never mind");
    await input.press("Escape");
    await item(page, "Basra kidnapping").waitFor();
    assert.equal(await page.locator("#library-dialog[open]").count(), 1, "Escape in the input does not close the dialog");

    // Delete, then Undo.
    const before = await snapshot(page);
    await item(page, "Basra kidnapping").getByRole("button", { name: "Delete" }).click();
    const notice = page.locator("#library-dialog .notice");
    await notice.filter({ hasText: "Deleted" }).waitFor();
    assert.equal(await page.locator(".library-item").count(), 1);
    assert.match(await notice.innerText(), /Deleted “Basra kidnapping”/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "notice-undo", "focus moves to Undo");
    await settle(page);
    await screenshot(page, "library-deleted");
    assert.notEqual(await snapshot(page), before);
    await page.click("#notice-undo");
    await item(page, "Basra kidnapping").waitFor();
    assert.equal(await snapshot(page), before, "Undo restores the stored data exactly");

    // Escape closes the dialog and gives the focus back to its button.
    await page.keyboard.press("Escape");
    await page.locator("#library-dialog[open]").waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.id), "open-library");
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

test("bad files are refused with a clear message and change nothing", async () => {
  const view = await open();
  const { page } = view;
  try {
    await paste(page, ARTICLE);
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, TITLE);
    await page.locator(".toasts .notice", { hasText: "Saved to your library" }).waitFor();
    const stored = await snapshot(page);
    assert.match(stored, /atlas:lib:v1:article:/);

    const cases = [
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from(" \n\n  \t"), message: /nothing to analyse: the text is empty/ },
      {
        name: "photo.txt",
        mimeType: "text/plain",
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
        message: /binary file \(it contains NUL bytes\)/,
      },
      {
        name: "noise.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
        message: /binary file \(34% of it are control characters\)/,
      },
      {
        name: "huge.txt",
        mimeType: "text/plain",
        buffer: Buffer.alloc(5 * 1024 * 1024 + 200_000, 0x61),
        message: /This is 5\.2 MB, over the 5 MB limit/,
      },
      {
        name: "other.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ schema: "something-else/3", events: [] })),
        message: /schema "something-else\/3", not "article-atlas\/1"/,
      },
      {
        name: "future.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ schema: "article-atlas/2" })),
        message: /saved in format "article-atlas\/2"; this version of Article Atlas reads "article-atlas\/1" only/,
      },
      {
        name: "features.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ type: "FeatureCollection", features: [] })),
        message: /not an Article Atlas analysis: it has no "schema" field/,
      },
      { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"schema": "article-atlas/1",'), message: /not valid JSON \(line 1, column \d+/ },
      {
        name: "hollow.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ schema: "article-atlas/1", meta: {} })),
        message: /says "article-atlas\/1" but its content does not fit that format: missing field/,
      },
    ];
    await openImport(page);
    for (const c of cases) {
      await page.setInputFiles("#import-file", { name: c.name, mimeType: c.mimeType, buffer: c.buffer });
      const error = page.locator(".import-error p");
      await error.waitFor();
      const text = await error.innerText();
      assert.match(text, c.message, `${c.name}: ${text}`);
      assert.equal(await h1(page), TITLE, `${c.name}: the article on screen is unchanged`);
      assert.equal(await snapshot(page), stored, `${c.name}: the library is unchanged`);
      if (c.name === "photo.txt") await screenshot(page, "import-error");
    }
    // Pasting nothing.
    await page.fill("#import-text", "   ");
    await page.click("#import-analyse");
    assert.match(await page.locator(".import-error p").innerText(), /empty/);

    // Escape closes the dialog; the error is gone next time.
    await page.keyboard.press("Escape");
    await page.locator("#import-dialog[open]").waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.id), "open-import");
    await openImport(page);
    assert.equal(await page.locator(".import-error p").count(), 0);
    await page.keyboard.press("Escape");
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

test("files: invalid UTF-8 is replaced and reported; analysis JSON round-trips; drop anywhere", async () => {
  const view = await open();
  const { page } = view;
  try {
    // Latin-1 bytes in an otherwise UTF-8 file.
    const latin1 = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" Talks Collapse\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra. \xff")]);
    await openImport(page);
    await page.setInputFiles("#import-file", { name: "cafe.txt", mimeType: "text/plain", buffer: latin1 });
    await page.waitForFunction(() => document.querySelector("#article-title")?.textContent === "Caf\uFFFD Talks Collapse");
    const notice = await page.locator(".toasts .notice").innerText();
    assert.match(notice, /1 invalid byte was not UTF-8 text and was replaced with �/, notice);

    // Export the seed's analysis JSON and open it again: the same article comes back.
    await page.click("#open-library");
    await item(page, SEED_TITLE).getByRole("button", { name: "Open" }).click();
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, SEED_TITLE);
    await page.click("#export-toggle");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('.export-item[data-format=".analysis.json"]')]);
    const json = await readFile(await download.path(), "utf8");
    await openImport(page);
    await page.setInputFiles("#import-file", { name: "seed.analysis.json", mimeType: "application/json", buffer: Buffer.from(json) });
    await page.locator(".toasts .notice").filter({ hasText: "Opened" }).waitFor();
    assert.equal(await h1(page), SEED_TITLE);
    assert.match(await page.locator(".toasts .notice").innerText(), /Saved to your library/);

    // Drop a file anywhere on the page: the overlay shows while dragging, then it opens.
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.md", { type: "text/markdown" }));
      document.body.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, ARTICLE);
    await page.locator(".drop-overlay.is-active").waitFor();
    await settle(page);
    await screenshot(page, "drop-overlay");
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.md", { type: "text/markdown" }));
      document.querySelector("main").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, ARTICLE);
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, TITLE);
    assert.equal(await page.locator(".drop-overlay.is-active").count(), 0);
    // A dropped binary file opens the dialog with the message.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0, 1, 2, 3])], "x.bin"));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.locator("#import-dialog[open] .import-error p").waitFor();
    assert.equal(await h1(page), TITLE);
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

test("export: every format downloads with the right shape", async () => {
  const view = await open();
  const { page } = view;
  try {
    const get = async (suffix) => {
      await page.click("#export-toggle");
      await page.locator("#export-menu-panel").waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`.export-item[data-format="${suffix}"]`)]);
      assert.equal(await page.locator("#export-menu-panel").isVisible(), false, "the menu closes");
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
    };
    await page.click("#export-toggle");
    await settle(page);
    await screenshot(page, "export-menu");
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#export-menu-panel").isVisible(), false, "Escape closes the menu");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "export-toggle");

    const geo = await get(".geojson");
    assert.equal(geo.name, "the-harrowing-of-mustafa-kadhimi.geojson");
    const fc = JSON.parse(geo.text);
    assert.equal(fc.type, "FeatureCollection");
    const placed = fc.features.filter((f) => f.geometry);
    assert.ok(placed.length > 0, "some events have a place");
    for (const f of placed) {
      const [lon, lat] = f.geometry.coordinates;
      // Iraq and its neighbours: longitude ~35–60 E, latitude ~25–40 N; [lon, lat] order.
      assert.ok(lon > 30 && lon < 65 && lat > 20 && lat < 42, `${f.id}: [${lon}, ${lat}] is [lon, lat] in the region`);
    }

    const csv = await get(".csv");
    assert.equal(csv.name, "the-harrowing-of-mustafa-kadhimi.csv");
    const lines = csv.text.trimEnd().split("\n");
    assert.equal(lines[0], "event_id,event_date,date_precision,event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes,corrected");
    assert.ok(lines.length > 3);

    const analysis = await get(".analysis.json");
    assert.equal(analysis.name, "the-harrowing-of-mustafa-kadhimi.analysis.json");
    const a = JSON.parse(analysis.text);
    assert.equal(a.schema, "article-atlas/1");
    assert.equal(a.meta.title, SEED_TITLE);
    assert.equal(a.events.length, fc.features.length);

    const anno = await get(".annotations.jsonld");
    const ld = JSON.parse(anno.text);
    const context = JSON.stringify(ld["@context"] ?? ld.items?.[0]?.["@context"]);
    assert.match(context, /www\.w3\.org\/ns\/anno\.jsonld/);
    assert.match(anno.text, /TextQuoteSelector/);
    assert.match(anno.text, /TextPositionSelector/);

    const tl = await get(".timeline.json");
    const timeline = JSON.parse(tl.text);
    assert.ok(Array.isArray(timeline.events) && timeline.events.length > 0, "TimelineJS events");
    assert.ok(timeline.events.every((e) => e.start_date && e.start_date.year), "each has a start_date.year");

    // The export follows the article on screen.
    await paste(page, ARTICLE);
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, TITLE);
    const mine = await get(".geojson");
    assert.equal(mine.name, "militias-strike-again.geojson");
    const basra = JSON.parse(mine.text).features;
    assert.equal(basra.length, 1);
    assert.equal(basra[0].properties.kind, "kidnapping");
    assert.ok(basra[0].geometry.coordinates[0] > 47 && basra[0].geometry.coordinates[1] < 31, "Basra is [~47.8, ~30.5]");
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

test("storage: corrupted items are kept aside; full or disabled storage keeps the article on screen", async () => {
  // Corrupted and wrong-version entries already stored in IndexedDB.
  let view = await open();
  let page = view.page;
  try {
    await putRecords(page, [
      [`${LIB}index`, JSON.stringify({ version: 1, entries: [{ id: "0000000000000bad", title: "Broken", date: null, author: null, events: 0, added_at: 0 }] })],
      [`${LIB}article:0000000000000bad`, "{ this is not json"],
      [`${LIB}article:00000000000000v0`, JSON.stringify({ schema: "article-atlas/0" })],
    ]);
    await page.reload({ waitUntil: "networkidle" });
    const toast = page.locator(".toasts .notice");
    await toast.waitFor();
    assert.match(await toast.innerText(), /2 stored items could not be read and were kept aside/);
    const stored = await records(page);
    const keys = stored.map(([k]) => k);
    assert.equal(keys.filter((k) => k.startsWith("atlas:lib:quarantine:v1:article:")).length, 2, keys.join(", "));
    assert.ok(!keys.includes(`${LIB}article:0000000000000bad`), "moved aside, not left in the library");
    const aside = stored.find(([k]) => k.includes("0000000000000bad") && k.startsWith("atlas:lib:quarantine:"))?.[1];
    assert.equal(aside, "{ this is not json", "kept exactly as it was");
    await openLibrary(page);
    assert.equal(await page.locator(".library-item").count(), 1, "only the seed is listed");
    await page.keyboard.press("Escape");
    view.assertClean();
  } finally {
    await view.close();
  }

  // Full storage: one article is saved, then every IndexedDB write fails with QuotaExceededError,
  // as browsers report it (the transaction aborts afterwards: "abort") or at once ("throw").
  view = await openPage(app);
  page = view.page;
  try {
    await page.context().addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        const full = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
        if (window.__atlasDiskFull === "throw") throw full();
        const request = put.apply(this, args);
        const tx = this.transaction;
        if (window.__atlasDiskFull === "abort" && !Object.hasOwn(tx, "error")) {
          Object.defineProperty(tx, "error", { value: full() });
          queueMicrotask(() => tx.abort());
        }
        return request;
      };
    });
    await page.reload({ waitUntil: "networkidle" });
    await page.locator("h1").first().waitFor();
    await paste(page, ARTICLE);
    await page.locator(".toasts .notice", { hasText: "Saved to your library" }).waitFor();
    const before = await snapshot(page);
    await page.evaluate(() => (window.__atlasDiskFull = "abort"));
    await paste(page, OTHER);
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, OTHER_TITLE);
    const notice = page.locator(".toasts .notice.is-error");
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, /could not be saved to your library.*storage for this site is full/s, text);
    assert.doesNotMatch(text, /Saved to your library/);
    await settle(page);
    await screenshot(page, "import-quota");
    assert.equal(await snapshot(page), before, "nothing stored changed");
    // Renaming the stored one fails the same way and loses nothing either.
    await page.evaluate(() => (window.__atlasDiskFull = "throw"));
    await openLibrary(page);
    await item(page, TITLE).getByRole("button", { name: "Rename" }).click();
    await page.locator(".library-rename-input").fill("Renamed while full");
    await page.locator(".library-rename-input").press("Enter");
    await page.locator("#library-dialog .notice.is-error", { hasText: "could not be renamed" }).waitFor();
    assert.equal(await snapshot(page), before);
    await page.keyboard.press("Escape");
    await page.reload({ waitUntil: "networkidle" });
    await openLibrary(page);
    await item(page, TITLE).waitFor();
    assert.equal(await page.locator(".library-item").count(), 2, "the article saved before is still there, alone");
    view.assertClean();
  } finally {
    await view.close();
  }

  // No IndexedDB (blocked, or a browser without it): the library falls back to localStorage.
  view = await openPage(app);
  page = view.page;
  try {
    await page.context().addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException("IndexedDB is disabled.", "InvalidStateError");
      };
    });
    await page.reload({ waitUntil: "networkidle" });
    await page.locator("h1").first().waitFor();
    await paste(page, ARTICLE);
    await page.locator(".toasts .notice", { hasText: "Saved to your library" }).waitFor();
    assert.equal((await localKeys(page)).filter((k) => k.startsWith(`${LIB}article:`)).length, 1, "kept in localStorage");
    await page.reload({ waitUntil: "networkidle" });
    await openLibrary(page);
    await item(page, TITLE).waitFor();
    await page.keyboard.press("Escape");
    view.assertClean();
  } finally {
    await view.close();
  }

  // Neither (private mode, blocked site data): any access throws.
  view = await openPage(app);
  page = view.page;
  try {
    await page.context().addInitScript(() => {
      for (const name of ["localStorage", "indexedDB"]) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException("Access is denied for this document.", "SecurityError");
          },
        });
      }
    });
    await page.reload({ waitUntil: "networkidle" });
    await page.locator("h1").first().waitFor();
    await paste(page, ARTICLE);
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, TITLE);
    assert.match(await page.locator(".toasts .notice.is-error").innerText(), /does not let the page store data/);
    await openLibrary(page);
    assert.match(await page.locator(".library-warning").innerText(), /private mode/);
    await page.keyboard.press("Escape");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("IndexedDB: an older localStorage library moves in whole; articles survive reloads", async () => {
  // The analysis JSON the app stores for ARTICLE, taken from a first, separate browser context.
  let view = await open();
  let stored;
  try {
    await paste(view.page, ARTICLE);
    await view.page.locator(".toasts .notice", { hasText: "Saved to your library" }).waitFor();
    stored = await records(view.page);
  } finally {
    await view.close();
  }
  const [articleKey, articleJson] = stored.find(([k]) => k.startsWith(`${LIB}article:`));
  const id = articleKey.slice(`${LIB}article:`.length);
  const legacy = {
    [`${LIB}index`]: JSON.stringify({ version: 1, entries: [{ id, title: "Basra kidnapping", date: "2022-03-03", author: null, events: 1, added_at: 1_646_000_000_000 }] }),
    [articleKey]: articleJson,
    "atlas:lib:quarantine:v1:article:0123456789abcdef@1646000000000": "{ kept aside by the old version",
    "atlas:lib:v2:index": "a newer app's data, not ours to move",
  };

  // The old version of the app left its library in localStorage (once: not again on reload).
  view = await openPage(app);
  const { page } = view;
  try {
    await page.context().addInitScript((legacy) => {
      if (sessionStorage.getItem("legacy-written")) return;
      sessionStorage.setItem("legacy-written", "1");
      for (const [k, v] of Object.entries(legacy)) localStorage.setItem(k, v);
    }, legacy);
    await page.reload({ waitUntil: "networkidle" });
    await page.locator("h1").first().waitFor();
    await openLibrary(page);
    await item(page, "Basra kidnapping").waitFor();
    assert.match(await item(page, "Basra kidnapping").innerText(), /Mar 3, 2022[\s\S]*1 event/);
    const moved = Object.fromEntries(await records(page));
    assert.equal(moved[articleKey], articleJson, "the article is in IndexedDB, exactly");
    assert.equal(moved["atlas:lib:quarantine:v1:article:0123456789abcdef@1646000000000"], "{ kept aside by the old version", "the quarantine came along");
    assert.equal(moved["atlas:lib:v2:index"], undefined);
    assert.deepEqual(await localKeys(page), ["atlas:lib:v2:index"], "moved out of localStorage; another version's data left alone");

    // A second article; both are still there after a reload, from IndexedDB.
    await page.keyboard.press("Escape");
    await paste(page, OTHER);
    await page.locator(".toasts .notice", { hasText: "Saved to your library" }).waitFor();
    await page.reload({ waitUntil: "networkidle" });
    await openLibrary(page);
    await item(page, OTHER_TITLE).waitFor();
    const titles = await page.locator(".library-item-title").allInnerTexts();
    assert.deepEqual(titles, [SEED_TITLE, OTHER_TITLE, "Basra kidnapping"]);
    assert.equal((await records(page)).filter(([k]) => k.startsWith(`${LIB}article:`)).length, 2);
    assert.deepEqual(await localKeys(page), ["atlas:lib:v2:index"]);

    // A newer version of the app, in another tab, upgrades the database: this tab lets go of
    // it instead of blocking the upgrade.
    const upgrade = await page.evaluate(
      (name) =>
        new Promise((resolve) => {
          const request = indexedDB.open(name, 2);
          request.onblocked = () => resolve("blocked");
          request.onerror = () => resolve(String(request.error));
          request.onsuccess = () => {
            request.result.close();
            resolve("upgraded");
          };
        }),
      DB.name,
    );
    assert.equal(upgrade, "upgraded");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("library: tick articles and show only those together, by keyboard", async () => {
  const view = await open();
  const { page } = view;
  try {
    const counts = {};
    for (const [text, title] of [
      [ARTICLE, TITLE],
      [OTHER, OTHER_TITLE],
    ]) {
      await paste(page, text);
      await page.locator(".toasts .notice", { hasText: "Saved to your library" }).waitFor();
      assert.equal(await h1(page), title);
      counts[title] = await page.locator("tr.event-row").count();
      assert.ok(counts[title] >= 1, `${title} has an event`);
      await page.locator(".toasts .notice-dismiss").click();
    }
    await openLibrary(page);
    const selected = page.locator("#lib-open-selected");
    assert.ok(await selected.isDisabled(), "nothing ticked: disabled");
    assert.match(await page.locator("#lib-selected-hint").innerText(), /Tick two or more articles/);

    // Tick by keyboard: focus the first stored article's box, Space.
    const pick = (title) => item(page, title).locator("input.library-pick");
    await pick(TITLE).focus();
    await page.keyboard.press("Space");
    assert.ok(await pick(TITLE).isChecked());
    assert.ok(await selected.isDisabled(), "one ticked: still disabled");
    assert.match(await page.locator("#lib-selected-hint").innerText(), /1 article ticked: tick at least one more/);
    const outline = await pick(TITLE).evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, "none", "the focused box shows its focus");
    await pick(OTHER_TITLE).focus();
    await page.keyboard.press("Space");
    assert.equal(await selected.isDisabled(), false);
    assert.match(await page.locator("#lib-selected-hint").innerText(), /2 articles ticked/);
    await settle(page);
    await screenshot(page, "library-selected");
    await assertAccessible(page, { include: "#library-dialog" });

    await selected.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#article-title")?.textContent === "Library: 2 articles");
    assert.equal(await page.locator("tr.event-row").count(), counts[TITLE] + counts[OTHER_TITLE], "only the ticked articles' events");
    const headings = await page.locator("#panel-reader h2").allInnerTexts();
    assert.ok(headings.some((h) => h.includes(TITLE)) && headings.some((h) => h.includes(OTHER_TITLE)), `${headings}`);
    assert.ok(!headings.some((h) => h.includes(SEED_TITLE)), "the bundled article, not ticked, is left out");
    assert.match(await page.locator(".toasts .notice").innerText(), /Showing 2 articles together/);

    // The seed can be ticked too; the ticks stay while the dialog is reopened.
    await openLibrary(page);
    assert.ok(await pick(TITLE).isChecked());
    await pick(OTHER_TITLE).uncheck();
    await pick(SEED_TITLE).check();
    await selected.click();
    await page.waitForFunction(() => document.querySelector("#article-title")?.textContent === "Library: 2 articles");
    const seedAndOne = await page.locator("#panel-reader h2").allInnerTexts();
    assert.ok(seedAndOne.some((h) => h.includes(SEED_TITLE)) && !seedAndOne.some((h) => h.includes(OTHER_TITLE)), `${seedAndOne}`);
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("a 1 MB article: the dialog says it is analysing, then the article opens", async () => {
  const view = await open();
  const { page } = view;
  try {
    const seed = await readFile(new URL("../assets/seed.txt", import.meta.url), "utf8");
    const body = seed.slice(seed.indexOf("\n\n", seed.indexOf("Brief Analysis")), seed.indexOf("❖")).trim();
    let text = "A Very Long Brief\n\nNov 9, 2021\n\n";
    let copies = 0;
    for (; Buffer.byteLength(text) < 1_000_000; copies++) text += body + "\n\n";
    await openImport(page);
    // The page is busy while it analyses, so record the status as it changes.
    await page.evaluate(() => {
      const status = document.querySelector(".import-status");
      new MutationObserver(() => {
        if (/Analysing \d+ KB of text…/.test(status.textContent)) window.__sawAnalysing = true;
      }).observe(status, { childList: true, subtree: true, characterData: true });
    });
    const started = Date.now();
    await page.setInputFiles("#import-file", { name: "long.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    await page.waitForFunction(() => document.querySelector("#article-title")?.textContent === "A Very Long Brief", null, { timeout: 60_000 });
    const total = Date.now() - started;
    const notice = await page.locator(".toasts .notice").innerText();
    const analysed = notice.match(/Analysed in ([\d.]+ m?s)/)?.[1];
    console.log(`1 MB article: analysed in ${analysed}, ${total} ms from file choice to title (incl. render and storage)`);
    assert.ok(analysed, notice);
    assert.ok(await page.evaluate(() => window.__sawAnalysing), "the dialog said it was analysing");
    const events = Number((await page.locator(".events-panel .panel-count").innerText()).match(/\d+/)[0]);
    // Selecting the last event at once (before the rest of the article is drawn) draws its
    // sentence and shows it.
    await page.evaluate((n) => (location.hash = `#event=ev-${n}`), events);
    await page.locator(`#marker-ev-${events}.is-selected`).waitFor();
    await page.evaluate(() => (location.hash = "#"));
    await page.locator(".ev-marker.is-selected").waitFor({ state: "detached" });
    const rowsReach = (n) => page.waitForFunction((n) => document.querySelectorAll("tr.event-row").length === n, n);
    if (events > 200) {
      // A long table lists the first 200 rows (drawn a step at a time), then all on request.
      await rowsReach(200);
      await page.waitForTimeout(200);
      assert.equal(await page.locator("tr.event-row").count(), 200, "no more than the first 200");
      await page.click("#events-show-all");
      await rowsReach(events);
    } else {
      await rowsReach(events);
    }
    // The article is drawn a step at a time too, to its last paragraph, which then holds its
    // annotations like the first.
    const lastWords = body.split(/\n\n+/).at(-1).slice(0, 40);
    await page.waitForFunction((words) => document.querySelector(".reader-body > :nth-last-child(2)")?.textContent.includes(words), lastWords);
    assert.ok((await page.locator(".reader-body > p").count()) >= copies, "every copy drawn");
    assert.ok((await page.locator(".reader-body > p").last().locator(".ent").count()) > 0, "annotated to the end");
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

test("mobile: the header buttons fit and the dialogs are usable", async () => {
  const view = await open(MOBILE);
  const { page } = view;
  try {
    for (const id of ["#open-import", "#open-library", "#export-toggle"]) {
      const box = await page.locator(id).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `${id} is on screen: ${JSON.stringify(box)}`);
    }
    await settle(page);
    await screenshot(page, "mobile-header");
    await openImport(page);
    await settle(page);
    await screenshot(page, "mobile-import");
    await page.keyboard.press("Escape");
    await openLibrary(page);
    await settle(page);
    await screenshot(page, "mobile-library");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("dark mode: the dialogs and the menu are legible", async () => {
  const view = await open({ colorScheme: "dark" });
  const { page } = view;
  try {
    await openImport(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "import-text", "the text area has the focus");
    await page.setInputFiles("#import-file", { name: "x.json", mimeType: "application/json", buffer: Buffer.from("{}") });
    await page.locator(".import-error p").waitFor();
    await settle(page);
    await screenshot(page, "dark-import");
    await assertAccessible(page, { include: "#import-dialog" });
    await page.keyboard.press("Escape");
    await openLibrary(page);
    await settle(page);
    await screenshot(page, "dark-library");
    await assertAccessible(page, { include: "#library-dialog" });
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("library view: every article's events together, each linked to its article's sentence", async () => {
  const view = await open();
  const { page } = view;
  try {
    const seedEvents = await page.locator("tr.event-row").count();
    await paste(page, ARTICLE);
    await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, TITLE);
    await openLibrary(page);
    await page.click("#lib-open-all");
    await page.waitForFunction(() => document.querySelector("#article-title")?.textContent === "Library: 2 articles");
    assert.equal(await page.locator("tr.event-row").count(), seedEvents + 1, "the seed's events and the pasted one");
    // Each article is introduced by its title in the reader.
    const headings = await page.locator("#panel-reader h2").allInnerTexts();
    assert.ok(headings.some((h) => h.includes(SEED_TITLE)), `seed heading in ${headings}`);
    assert.ok(headings.some((h) => h.includes(TITLE)), `pasted heading in ${headings}`);
    // The pasted article's kidnapping: selecting it highlights its sentence, under its heading.
    const row = page.locator("tr.event-row", { hasText: "Basra" }).filter({ hasText: /Kidnapping/i }).first();
    await row.click();
    const evidence = page.locator(".evidence.is-selected").first();
    await evidence.waitFor();
    assert.match(await evidence.innerText(), /gunmen kidnapped Omar Haddad/);
    const under = await evidence.evaluate((el, title) => {
      const heads = [...document.querySelectorAll("#panel-reader h2")];
      const mine = heads.filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
      return mine?.textContent.includes(title);
    }, TITLE);
    assert.ok(under, "the evidence sits under its article's heading");
    assert.ok((await page.locator(".tl-mark").count()) >= seedEvents, "one timeline for all");
    await settle(page);
    await screenshot(page, "library-all");
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});
