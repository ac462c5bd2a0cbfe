// Analysis in a Web Worker: a 1 MB article is analysed off the main thread with a real progress
// bar (stage and percent) and the page keeps responding; Cancel, Escape and closing the dialog
// stop it and leave the article on screen and the library untouched; the app's import equals
// the worker's own answer; without workers an import says why; nothing leaves the origin and nothing is logged as an error. The wall
// time and the longest main-thread task of the 1 MB import are printed, not asserted (the browser
// benchmark, e2e/bench/load.mjs, prints them too).

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { appStarted, assertAccessible, openPage, screenshot, startApp } from "./harness.mjs";
import { measureImport, syntheticArticle } from "./synthetic.mjs";

const SEED_TITLE = "The Harrowing of Mustafa Kadhimi";
const SMALL = `Militias Strike Again\n\nMar 3, 2022\n\nOn March 1, 2022, gunmen kidnapped Omar Haddad in Basra. Kataib Hezbollah (KH) denied it; KH later attacked a convoy near Baghdad.\n`;

let app;
let big;
/** Long enough to analyse (seconds) that a cancel always lands first, however fast the pipeline. */
let huge;
before(async () => {
  app = await startApp();
  big = await syntheticArticle(1 << 20);
  huge = await syntheticArticle(4 << 20);
});
after(async () => {
  await app?.close();
});

/** Opens the app and waits for the seed's title. */
async function open(options = {}) {
  const view = await openPage(app, options);
  await appStarted(view.page);
  return view;
}

const h1 = (page) => page.locator("#article-title").innerText();

/** Everything the app keeps: localStorage and every IndexedDB database, as one JSON string. */
const stored = (page) =>
  page.evaluate(async () => {
    const local = Object.entries(localStorage).sort(([a], [b]) => a.localeCompare(b));
    const databases = [];
    for (const { name } of (await indexedDB.databases?.()) ?? []) {
      const db = await new Promise((done, fail) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const stores = [];
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        stores.push([store, await new Promise((done) => (all.onsuccess = () => done(all.result)))]);
      }
      db.close();
      databases.push([name, stores]);
    }
    return JSON.stringify({ local, databases });
  });

/**
 * Opens the dialog and puts `text` in the paste box (without typing a megabyte); returns the
 * box's length (a text area turns CRLF into LF).
 */
async function pasteText(page, text) {
  await page.click("#open-import");
  await page.locator("#import-dialog[open]").waitFor();
  return page.locator("#import-text").evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new Event("input", { bubbles: true }));
    return area.value.length;
  }, text);
}

test("a 1 MB article is analysed in a worker with a progress bar; the page keeps responding", async () => {
  const view = await open();
  const { page } = view;
  try {
    const run = await measureImport(page, big);
    assert.match(run.notice, /Opened “The Harrowing of Mustafa Kadhimi”: \d+ events?.*Analysed in .* in the background/);
    assert.equal(await page.locator("#import-dialog[open]").count(), 0, "the dialog closes");
    assert.ok(run.progress.length >= 3, `several progress steps: ${run.progress}`);
    assert.deepEqual([...run.progress].sort((a, b) => a - b), run.progress, "the bar never goes back");
    const steps = run.stages.map((s) => s.match(/Step (\d) of 3/)?.[1]);
    assert.deepEqual(steps, [...steps].sort(), `stages in order: ${run.stages.join(" | ")}`);
    assert.match(run.stages[0], /^Analysing 1(\.0)? MB of text…Step [123] of 3, in the background: /);
    console.log(
      `1 MB import (${(Buffer.byteLength(big) / 1048576).toFixed(2)} MB) in the worker: Analyse → article shown ${run.wallMs.toFixed(0)} ms; ` +
        `longest main-thread task ${run.longestTaskMs} ms; tasks over 50 ms: ${run.longTasks.map((t) => `${t.ms} ms at +${t.at}`).join(", ") || "none"}`,
    );
    console.log(`  the notice: ${run.notice}`);
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

for (const colorScheme of ["light", "dark"]) {
  test(`the progress is shown, labelled and accessible (${colorScheme})`, async () => {
    const view = await open({ colorScheme });
    const { page } = view;
    try {
      // The 4 MB article: a warm worker analyses 1 MB before these checks reach the 20 % mark.
      await pasteText(page, huge);
      await page.click("#import-analyse");
      await page.locator("#import-progress").waitFor();
      assert.match(await page.locator("#import-stage").innerText(), /^Analysing 4(\.0)? MB of text…\nStep [123] of 3, in the background: [a-z]/);
      assert.equal(await page.locator(".import-status").getAttribute("aria-live"), "polite");
      assert.equal(await page.locator("#import-dialog").getAttribute("aria-busy"), "true");
      assert.equal(await page.getByRole("progressbar", { name: /Analysing 4(\.0)? MB/ }).count(), 1);
      await page.waitForFunction(() => document.activeElement?.id === "import-cancel");
      assert.equal(await page.locator("#import-analyse").isDisabled(), true);
      // (A loaded two-core machine takes half a minute to get there: the wait allows three times that.)
      await page.waitForFunction(() => Number(document.querySelector("#import-progress")?.value) >= 20, null, { timeout: 90_000 });
      await screenshot(page, `import-progress-${colorScheme}`);
      await assertAccessible(page, { include: "#import-dialog" });
      view.assertClean();
    } finally {
      await view.close();
    }
  });
}

test("Cancel, Escape and closing the dialog stop the analysis; nothing is imported or stored", async () => {
  const view = await open();
  const { page } = view;
  try {
    const before = await stored(page);
    const startAnalysis = async () => {
      await page.click("#import-analyse");
      await page.locator("#import-progress").waitFor();
    };
    const pasted = await pasteText(page, huge);

    // Cancel: the dialog stays with the text, says so, and the focus returns to the text.
    // Clicked at once, without waiting for the button to be still: under load, a warm worker
    // could otherwise finish the analysis first.
    await startAnalysis();
    await page.locator("#import-cancel").dispatchEvent("click");
    await page.locator("#import-progress").waitFor({ state: "detached" });
    assert.match(await page.locator(".import-status").innerText(), /Analysis cancelled\. Nothing was imported/);
    await page.waitForFunction(() => document.activeElement?.id === "import-text");
    assert.equal(await page.locator("#import-text").evaluate((a) => a.value.length), pasted, "the pasted text is kept");
    await screenshot(page, "import-cancelled");

    // Escape while analysing cancels and keeps the dialog; Escape again closes it.
    await startAnalysis();
    await page.keyboard.press("Escape");
    await page.locator("#import-progress").waitFor({ state: "detached" });
    assert.equal(await page.locator("#import-dialog[open]").count(), 1, "the first Escape only cancels");
    assert.match(await page.locator(".import-status").innerText(), /Analysis cancelled/);

    // Closing the dialog while analysing cancels too, with a notice.
    await startAnalysis();
    await page.locator("#import-dialog .dialog-close").dispatchEvent("click");
    await page.locator("#import-dialog[open]").waitFor({ state: "detached" });
    assert.match(await page.locator(".toasts .notice").innerText(), /Analysis cancelled\. Nothing was imported/);

    // Long enough for any of the three analyses to have finished had it not been stopped.
    await page.waitForTimeout(4000);
    assert.equal(await h1(page), SEED_TITLE, "the article on screen is unchanged");
    assert.doesNotMatch(await page.locator(".toasts").innerText(), /Opened/);
    assert.equal(await stored(page), before, "nothing stored changed");
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("a large file dropped on the page opens the dialog with the progress, then the article", async () => {
  const view = await open();
  const { page } = view;
  try {
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "long.txt", { type: "text/plain" }));
      document.querySelector("main").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, big);
    await page.locator("#import-dialog[open] #import-progress").waitFor();
    await page.locator(".toasts .notice").filter({ hasText: "Opened" }).waitFor({ timeout: 60_000 });
    assert.match(await page.locator(".toasts .notice").innerText(), /Analysed in .* in the background/);
    assert.equal(await page.locator("#import-dialog[open]").count(), 0, "the dialog closes");
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

test("a small article pasted in the app equals its analysis through worker.js posted by hand", async () => {
  const view = await open();
  const { page } = view;
  try {
    // The app's import (the worker's parts, joined on the page): its Analysis JSON export.
    await pasteText(page, SMALL);
    await page.click("#import-analyse");
    await page.waitForFunction(() => document.querySelector("#article-title")?.textContent === "Militias Strike Again");
    await page.click("#export-toggle");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('.export-item[data-format=".analysis.json"]')]);
    const viaApp = JSON.parse(await readFile(await download.path(), "utf8"));

    // The same text through worker.js by hand, as one JSON (no parts).
    const viaWorker = await page.evaluate(async (text) => {
      const start = performance.now();
      const worker = new Worker(new URL("worker.js", document.baseURI), { type: "module" });
      const progress = [];
      const json = await new Promise((done, fail) => {
        worker.onmessage = ({ data }) => {
          if (data.kind === "progress") progress.push(data.fraction);
          else if (data.kind === "done") done(new TextDecoder().decode(data.json));
          else fail(new Error(data.message));
        };
        worker.onerror = (e) => fail(new Error(e.message));
        worker.postMessage({ text });
      });
      worker.terminate();
      return { analysis: JSON.parse(json), progress, ms: performance.now() - start };
    }, SMALL);
    console.log(`a ${SMALL.length}-byte article through a new worker (start it, load the pipeline's module, analyse, send back): ${viaWorker.ms.toFixed(0)} ms`);
    assert.equal(viaWorker.progress[0], 0);
    assert.equal(viaWorker.progress.at(-1), 1);
    for (const key of ["schema", "meta", "blocks", "entities", "events", "diagnostics"]) {
      assert.deepEqual(viaWorker.analysis[key], viaApp[key], `${key} is the same`);
    }
    assert.ok(viaApp.events.length >= 1);
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});

test("a worker that cannot load gets a clear message and changes nothing", async () => {
  const view = await open();
  const { page, context } = view;
  try {
    const before = await stored(page);
    await context.route("**/worker.js", (route) => route.fulfill({ status: 404, body: "not found" }));
    const pasted = await pasteText(page, big);
    await page.click("#import-analyse");
    const error = page.locator(".import-error p");
    await error.waitFor({ timeout: 15_000 });
    assert.match(await error.innerText(), /The analysis failed: the background worker could not be loaded\. Nothing was imported/);
    assert.equal(await h1(page), SEED_TITLE);
    assert.equal(await stored(page), before);
    assert.equal(await page.locator("#import-text").evaluate((a) => a.value.length), pasted, "the pasted text is kept");
    // The 404 is this test's doing; anything else would be a problem.
    view.problems.failedRequests = view.problems.failedRequests.filter((r) => !r.includes("worker.js"));
    view.problems.consoleErrors = view.problems.consoleErrors.filter((e) => !/worker\.js|404/.test(e));
    view.assertClean();
  } finally {
    await view.close();
  }
});

test("without Web Workers an import says why and changes nothing", async () => {
  const view = await openPage(app, { path: "" });
  const { page, context } = view;
  try {
    await context.addInitScript(() => delete window.Worker);
    await page.reload({ waitUntil: "networkidle" });
    await appStarted(page);
    const before = await stored(page);
    const pasted = await pasteText(page, SMALL);
    await page.click("#import-analyse");
    const error = page.locator(".import-error p");
    await error.waitFor({ timeout: 15_000 });
    assert.match(
      await error.innerText(),
      /The analysis needs a background worker, which this browser could not start \(ReferenceError: Worker is not defined\)\. Nothing was imported/,
    );
    assert.equal(await h1(page), SEED_TITLE);
    assert.equal(await stored(page), before);
    assert.equal(await page.locator("#import-text").evaluate((a) => a.value.length), pasted, "the pasted text is kept");
    view.assertClean();
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await view.close();
  }
});
