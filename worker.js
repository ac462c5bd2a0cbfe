// The analysis worker (src/analysis_worker.rs is the page's side): runs the pipeline off the main
// thread, in a wasm module of its own (crates/worker, built by Trunk as atlas-worker.js and
// atlas-worker_bg.wasm beside this file), which only this worker loads: the page itself carries
// none of the pipeline. It loads the module as it starts. A message without text (the import
// dialog starts a worker as it opens) warms it up on the bundled article while the user picks
// one. A message with text gets progress, then the Analysis JSON as bytes (`json`), or with
// `parts: true` as a list of parts the page reads one task at a time (`parts`; all transferred,
// not copied), or an error. A lookup (`{ lookup, id, args }`: a place search for the correction
// dialog, src/place_lookup.rs) gets `{ kind: "answer", id, answer }` or `{ kind: "error", id }`.
const LOOKUPS = ["articleCountry", "searchPlaces", "placeNear"];
const ready = import("./atlas-worker.js").then(async (bindings) => {
  await bindings.default();
  return bindings;
});
// A module that fails to load is reported when text comes (a warm-up alone stays silent).
ready.catch(() => {});

self.onmessage = async ({ data: { text, parts, lookup, id, args } }) => {
  if (lookup !== undefined) {
    try {
      if (!LOOKUPS.includes(lookup)) throw new Error(`unknown lookup ${lookup}`);
      const answer = (await ready)[lookup](...args);
      self.postMessage({ kind: "answer", id, answer });
    } catch (error) {
      self.postMessage({ kind: "error", id, message: `${error?.name ?? "Error"}: ${error?.message ?? error}` });
    }
    return;
  }
  try {
    const bindings = await ready;
    if (text === undefined) return void bindings.warmUp();
    // At most one progress message per 50 ms, besides each stage's first and the end: the page
    // redraws its bar for each, and on a small machine that competes with the analysis for the cores.
    let last = { stage: -1, at: 0 };
    const progress = (stage, fraction) => {
      const now = performance.now();
      if (stage === last.stage && now - last.at < 50 && fraction < 1 - 1e-9) return;
      last = { stage, at: now };
      self.postMessage({ kind: "progress", stage, fraction });
    };
    if (parts) {
      const list = bindings.analyzeInWorkerParts(text, progress);
      self.postMessage({ kind: "done", parts: list }, list.map((part) => part.buffer));
    } else {
      const json = bindings.analyzeInWorker(text, progress);
      self.postMessage({ kind: "done", json }, [json.buffer]);
    }
  } catch (error) {
    if (text === undefined) return;
    self.postMessage({ kind: "error", message: `${error?.name ?? "Error"}: ${error?.message ?? error}` });
  }
};
