// Starts the app from a file rather than an inline <script>, which the page's
// Content-Security-Policy (script-src 'self') forbids. Trunk writes the hashed names of the
// wasm-bindgen module and the .wasm into this script tag's data attributes (Trunk.toml).
//
// The first screen built ahead (src/bin/prerender.rs) paints first: what it does not need waits
// until it has painted (or a second has passed), so as not to compete with it for the CPU. Then
// the parts it holds back in <noscript data-later> (src/first_screen.rs) are put in place, and
// the app's script and wasm are fetched.

const painted = new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length > 0) {
      observer.disconnect();
      resolve();
    }
  }).observe({ type: "paint", buffered: true });
  setTimeout(resolve, 1000);
});
await painted;
for (const later of document.querySelectorAll("noscript[data-later]")) later.outerHTML = later.textContent;

const tag = document.querySelector("script[data-js][data-wasm]");
const bindings = await import(new URL(tag.dataset.js, document.baseURI).href);
const wasm = await bindings.default({
  module_or_path: new URL(tag.dataset.wasm, document.baseURI),
});
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
