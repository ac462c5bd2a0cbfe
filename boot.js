// Starts the app from a file rather than an inline <script>, which the page's
// Content-Security-Policy (script-src 'self') forbids. Trunk writes the hashed names of the
// wasm-bindgen module and the .wasm into this script tag's data attributes (Trunk.toml).
const tag = document.querySelector("script[data-js][data-wasm]");
const bindings = await import(new URL(tag.dataset.js, document.baseURI).href);
const wasm = await bindings.default({
  module_or_path: new URL(tag.dataset.wasm, document.baseURI),
});
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
