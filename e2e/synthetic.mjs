// Synthetic Analysis JSON for load tests (thousands of events over Iraq, deterministic) and a
// helper that imports one into the running app through its file picker.

/** An analysis with `n` events scattered over Iraq (deterministic). */
export function syntheticAnalysis(n) {
  const kinds = ["attack", "assassination", "arrest", "release", "kidnapping", "confrontation", "threat", "offer", "election", "appointment", "other"];
  const precisions = ["exact", "district", "city", "region", "country"];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const text = "Synthetic events for the map's performance test.";
  const events = [];
  for (let i = 0; i < n; i++) {
    const cluster = i % 3 === 0;
    events.push({
      id: `ev-${i + 1}`,
      kind: kinds[i % kinds.length],
      date: { start: `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`, end: null, precision: "day", text: null, basis: "explicit" },
      place: {
        name: `Place ${i % 97}`,
        text: null,
        lat: cluster ? 33.3 + rnd() * 0.1 : 29.5 + rnd() * 7.5,
        lon: cluster ? 44.3 + rnd() * 0.2 : 39 + rnd() * 9,
        precision: precisions[i % precisions.length],
        inferred: i % 4 === 0,
      },
      actors: [],
      targets: [],
      evidence: [{ block: 1, start: 0, end: text.length, text }],
    });
  }
  return {
    schema: "article-atlas/1",
    meta: { title: `${n} synthetic events`, authors: [], published: null, kind: null, summary: null, translations: [], recommended: [] },
    blocks: [
      { id: 0, kind: "title", text: `${n} synthetic events`, spans: [] },
      { id: 1, kind: "paragraph", text, spans: [] },
    ],
    entities: [],
    events,
    diagnostics: [],
  };
}


/** Imports `analysis` through the import dialog's file picker and waits until it is shown. */
export async function importAnalysis(page, analysis) {
  const json = JSON.stringify(analysis);
  await page.click("#open-import");
  await page.locator("#import-dialog[open]").waitFor();
  await page.setInputFiles("#import-file", { name: "synthetic.analysis.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await page.waitForFunction((title) => document.querySelector("#article-title")?.textContent === title, analysis.meta.title, { timeout: 30_000 });
}

/**
 * A synthetic article of about `bytes` bytes, built like the criterion benchmark's 1 MB input
 * (crates/core/benches/analyze.rs): the seed's body and the fixtures' bodies (reposts and
 * newsletters aside), repeated with
 * shifted years, all before one end mark (❖), so that every paragraph is read as article text.
 */
export async function syntheticArticle(bytes) {
  const { readFile, readdir } = await import("node:fs/promises");
  const root = new URL("../", import.meta.url);
  const fixtures = new URL("crates/core/tests/fixtures/", root);
  // Reposts and newsletters carry a site's furniture (skip links, menus, mail headers), which
  // would end the synthetic article there: only the article-shaped exports are used.
  const names = (await readdir(fixtures)).filter((name) => name.endsWith(".txt") && !/repost|email/.test(name)).sort();
  const texts = [await readFile(new URL("assets/seed.txt", root), "utf8")];
  for (const name of names) texts.push(await readFile(new URL(name, fixtures), "utf8"));
  // Each body ends before its end mark, RECOMMENDED, or a web page's list of other articles
  // (which would end the whole synthetic article there).
  const bodies = texts.map((text) => text.split("❖")[0].split("RECOMMENDED")[0].split(/\n(?:Related articles|Read more)\n/)[0]);
  let out = bodies[0];
  for (let i = 0; Buffer.byteLength(out) < bytes; i++) {
    out += "\n\n" + bodies[i % bodies.length].replaceAll("2021", String(1990 + (i % 30)));
  }
  return out + "\n\n❖\n";
}

/**
 * An init script (`page.addInitScript(openFileAtOnce, { name, json })`): hands `json` to the live
 * app's import file picker as soon as it exists (the first screen built ahead has a picker too,
 * which does nothing), and marks "handed" for traces.
 */
export function openFileAtOnce({ name, json }) {
  const hand = () => {
    const input = document.getElementById("snapshot") ? null : document.querySelector("#import-file");
    if (!input) return requestAnimationFrame(hand);
    const files = new DataTransfer();
    files.items.add(new File([json], name, { type: "application/json" }));
    input.files = files.files;
    performance.mark("handed");
    input.dispatchEvent(new Event("change", { bubbles: true }));
  };
  hand();
}

/**
 * Pastes `text` into the import dialog, clicks Analyse and waits until the article is shown (the
 * "Opened …" notice has painted). Returns the wall time from the click, every main-thread task
 * over 50 ms in that span (Long Tasks API) as `{ at, ms }` from the click, the longest, the
 * progress values and stage texts the dialog showed, and the notice. Calls `during(page)`, if
 * given, once the progress bar shows.
 */
export async function measureImport(page, text, { during, pause = 0 } = {}) {
  await page.click("#open-import");
  await page.locator("#import-dialog[open]").waitFor();
  // A user takes a moment to pick a file or paste: `pause` ms (the analysis worker warms up meanwhile).
  if (pause) await page.waitForTimeout(pause);
  await page.locator("#import-text").evaluate((area, value) => (area.value = value), text);
  await page.evaluate(() => {
    const record = (window.__importRecord = { longTasks: [], progress: [], stages: [], clicked: 0, shown: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: "longtask" });
    document.querySelector("#import-analyse").addEventListener("click", () => (record.clicked = performance.now()), { capture: true, once: true });
    // Only the dialog and the notices are watched: observing the whole page would make the
    // browser record every node of the article as it is drawn, and time that as the app's.
    const observer = new MutationObserver(() => {
      const bar = document.querySelector("#import-progress");
      if (bar && record.progress.at(-1) !== bar.value) record.progress.push(bar.value);
      const stage = document.querySelector("#import-stage")?.textContent;
      if (stage && record.stages.at(-1) !== stage) record.stages.push(stage);
      const notice = document.querySelector(".toasts .notice");
      if (notice && !record.notice && /Opened/.test(notice.textContent)) {
        record.notice = notice.textContent;
        requestAnimationFrame(() => requestAnimationFrame(() => (record.shown = performance.now())));
      }
    });
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(document.querySelector("#import-dialog"), options);
    observer.observe(document.querySelector(".toasts"), options);
  });
  await page.click("#import-analyse");
  if (during) {
    await page.locator("#import-progress").waitFor();
    await during(page);
  }
  await page.waitForFunction(() => window.__importRecord.shown > 0, null, { timeout: 120_000, polling: 100 });
  // Let a task still running after the paint be reported.
  await page.waitForTimeout(300);
  const record = await page.evaluate(() => window.__importRecord);
  const longTasks = record.longTasks
    .filter((t) => t.start + t.ms >= record.clicked)
    .map((t) => ({ at: Math.round(t.start - record.clicked), ms: Math.round(t.ms) }));
  return {
    wallMs: record.shown - record.clicked,
    longTasks,
    longestTaskMs: Math.max(0, ...longTasks.map((t) => t.ms)),
    progress: record.progress,
    stages: record.stages,
    notice: record.notice.replace(/\s+/g, " ").trim(),
  };
}
