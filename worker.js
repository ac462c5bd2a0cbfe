// The analysis worker (src/analysis_worker.rs): runs the pipeline off the main thread. The page
// sends the URL of its wasm-bindgen module and the WebAssembly.Module it has already compiled,
// so nothing is downloaded or compiled again; it may do so before it has any text (the import
// dialog starts a worker as it opens), and the worker then loads the module and warms it up on
// a small article while the user picks one. Then the text: the worker posts progress, then the
// Analysis JSON as bytes (`json`), or with `parts: true` as a list of parts the page reads one
// task at a time (`parts`; all transferred, not copied), or an error.
let ready;
self.onmessage = async ({ data: { glue, module, text, parts } }) => {
  try {
    if (glue) {
      ready = (async () => {
        const bindings = await import(glue);
        await bindings.default({ module_or_path: module });
        return bindings;
      })();
    }
    // A worker started ahead warms up on its own small article (not reported to the page).
    if (text === undefined) return void (await ready).warmUp();
    const bindings = await ready;
    const progress = (stage, fraction) => self.postMessage({ kind: "progress", stage, fraction });
    if (parts) {
      const list = bindings.analyzeInWorkerParts(text, progress);
      self.postMessage({ kind: "done", parts: list }, list.map((part) => part.buffer));
    } else {
      const json = bindings.analyzeInWorker(text, progress);
      self.postMessage({ kind: "done", json }, [json.buffer]);
    }
  } catch (error) {
    if (text === undefined) return; // a warm-up that failed is reported when the text comes
    self.postMessage({ kind: "error", message: `${error?.name ?? "Error"}: ${error?.message ?? error}` });
  }
};
