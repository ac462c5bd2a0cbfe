// A tiny static server for the release build: serves dist/ under a sub-path (default /atlas/)
// on a free loopback port, so the e2e specs check that the app works from any sub-path.
// Standalone: `node e2e/server.mjs [DIST] [PORT]`.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".geojson": "application/geo+json",
};

/** The release build's directory: $ATLAS_DIST, else dist/ at the repository root. */
export const DIST = resolve(
  process.env.ATLAS_DIST ?? fileURLToPath(new URL("../dist", import.meta.url)),
);

/**
 * Starts serving `root` under `base`; resolves to `{ url, origin, close }`, where `url` is the
 * app's address (ending in `base`). `mounts` serves more directories beside it, as
 * `{ "/prefix/": directory }` (the longest matching prefix wins; the benchmark's peer pages).
 */
export async function startServer({ root = DIST, base = "/atlas/", port = 0, mounts = {}, isolated = false } = {}) {
  // Cross-origin isolation (`isolated`) gives the page 5 µs timers instead of 100 µs ones, so that
  // a benchmark can tell a 16.7 ms frame from a late one; the app loads nothing from elsewhere.
  const isolation = isolated
    ? { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" }
    : {};
  await stat(join(root, "index.html")).catch(() => {
    throw new Error(`${root}/index.html is missing: run \`trunk build --release\` first`);
  });
  const server = createServer(async (request, response) => {
    const send = (status, type, body, headers = {}) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-cache", ...isolation, ...headers });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    try {
      const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
      if (path === base.slice(0, -1)) return send(301, "text/plain", "", { location: base });
      const [prefix, dir] = [[base, root], ...Object.entries(mounts).map(([p, d]) => [p, resolve(d)])]
        .filter(([p]) => path.startsWith(p))
        .sort((a, b) => b[0].length - a[0].length)[0] ?? [];
      if (!prefix || !["GET", "HEAD"].includes(request.method)) {
        return send(404, "text/plain", "not found\n");
      }
      let file = resolve(dir, "." + sep + path.slice(prefix.length));
      if (file !== dir && !file.startsWith(dir + sep)) return send(404, "text/plain", "not found\n");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      send(200, TYPES[extname(file)] ?? "application/octet-stream", body);
    } catch {
      send(404, "text/plain", "not found\n");
    }
  });
  await new Promise((done) => server.listen(port, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = DIST, port = "8081"] = process.argv.slice(2);
  const { url } = await startServer({ root: resolve(root), port: Number(port) });
  console.log(`serving ${resolve(root)} at ${url}`);
}
