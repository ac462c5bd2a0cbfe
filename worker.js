// The analysis worker (src/analysis_worker.rs): runs the pipeline off the main thread. The page
// sends the URL of its wasm-bindgen module and the WebAssembly.Module it has already compiled,
// so nothing is downloaded or compiled again, then the text; the worker posts progress, then
// the Analysis JSON as bytes (transferred, not copied), or an error.
self.onmessage = async ({ data: { glue, module, text } }) => {
  try {
    const bindings = await import(glue);
    await bindings.default({ module_or_path: module });
    const progress = (stage, fraction) => self.postMessage({ kind: "progress", stage, fraction });
    const json = bindings.analyzeInWorker(text, progress);
    self.postMessage({ kind: "done", json }, [json.buffer]);
  } catch (error) {
    self.postMessage({ kind: "error", message: `${error?.name ?? "Error"}: ${error?.message ?? error}` });
  }
};
