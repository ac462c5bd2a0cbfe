// Shared e2e harness: one Chromium and one sub-path server per spec file, pages that record every
// foreign request, failed request, console error, page error and CSP violation, screenshots, and
// an axe-core accessibility check.

import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { startServer } from "./server.mjs";

/** Where screenshots go (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));

/** Chromium flags for this sandboxed, offline machine (no background calls home). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const MOBILE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

/** Starts the server (dist/ under /atlas/) and Chromium; `close()` stops both. */
export async function startApp(options = {}) {
  const server = await startServer(options);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    url: server.url,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `url` in a fresh context (options go to `browser.newContext`, e.g. `MOBILE` or
 * `{ colorScheme: "dark" }`) and waits until the network is idle. Requests to any other origin
 * are recorded and aborted, so nothing leaves the machine. Returns `{ page, context, problems,
 * assertClean, close }`.
 */
export async function openPage(app, { path = "", ...contextOptions } = {}) {
  const context = await app.browser.newContext({ ...DESKTOP, ...contextOptions });
  const problems = {
    foreignRequests: [],
    failedRequests: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
  };
  const local = (url) => url.startsWith(app.origin + "/") || /^(data|blob|about):/.test(url);

  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  await context.exposeBinding("__atlasCspViolation", (_source, text) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__atlasCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
          `(${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });

  const page = await context.newPage();
  page.on("websocket", (socket) => {
    if (!local(socket.url().replace(/^ws/, "http"))) problems.foreignRequests.push(socket.url());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      problems.failedRequests.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    if (local(request.url())) {
      problems.failedRequests.push(`${request.failure()?.errorText} ${request.url()}`);
    }
  });
  page.on("console", (message) => {
    const text = message.text();
    if (/content security policy/i.test(text)) problems.cspViolations.push(text);
    else if (message.type() === "error") problems.consoleErrors.push(text);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(String(error?.stack ?? error)));

  await page.goto(app.url + path, { waitUntil: "networkidle" });
  await appStarted(page);
  return {
    page,
    context,
    problems,
    /** Fails if anything was recorded: a foreign or failed request, an error, a CSP violation. */
    assertClean() {
      const found = Object.fromEntries(Object.entries(problems).filter(([, list]) => list.length));
      assert.deepEqual(found, {}, `the page had problems:\n${JSON.stringify(found, null, 2)}`);
    },
    close: () => context.close(),
  };
}

/** Saves a viewport screenshot as e2e/artifacts/NAME.png and returns its path. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * Runs axe-core on the page (WCAG 2.0/2.1 A and AA rules by default) and fails listing every
 * violation with the elements it was found on. `include`/`exclude` are CSS selectors.
 */
export async function assertAccessible(
  page,
  { tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"], include, exclude, disableRules = [] } = {},
) {
  let builder = new AxeBuilder({ page }).withTags(tags).disableRules(disableRules);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")}`).join("\n"),
  );
  assert.deepEqual(summary, [], `axe found ${violations.length} violation(s):\n${summary.join("\n")}`);
}

/**
 * Runs `drive()` while recording the time between animation frames. Returns the frame times
 * sorted ascending (the first two, which include the start-up, are dropped) with `at(q)` for
 * the q-quantile.
 */
export async function recordFrames(page, drive) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__stopFrames = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await drive();
  const frames = await page.evaluate(() => {
    window.__stopFrames = true;
    return window.__frames.slice(2);
  });
  const sorted = frames.sort((a, b) => a - b);
  return { sorted, at: (q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] };
}

/**
 * Navigate `page` to `url` and return when the article was first painted annotated, in ms since
 * navigation, as recorded in the page. A script installed before the page loads checks in every
 * animation frame, from the first, whether the title and an entity mention are there; the figure
 * is the later of that frame's paint (taken in the task after it) and the first contentful paint
 * (a frame can run before the browser lets the page paint). Neither Playwright's round trips nor
 * a later task delay the figure.
 */
export async function annotatedAt(page, url) {
  await page.addInitScript(() => {
    let firstPaint;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") firstPaint = entry.startTime;
      settle();
    }).observe({ type: "paint", buffered: true });
    let contentPainted;
    const settle = () => {
      if (contentPainted !== undefined && firstPaint !== undefined) {
        window.__annotatedAt ??= Math.max(contentPainted, firstPaint);
      }
    };
    const check = () => {
      if (document.querySelector("h1") && document.querySelector(".ent")) {
        setTimeout(() => {
          contentPainted = performance.now();
          settle();
        });
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__annotatedAt !== undefined);
  return page.evaluate(() => window.__annotatedAt);
}

/**
 * Wait until the app has started: the first screen rendered at build time (`#snapshot`, which
 * shows the article but does not respond) has given way to the live app. Returns when that was,
 * in ms since navigation, as recorded in the page.
 */
export async function appStarted(page) {
  await page.waitForFunction(
    () => {
      if (document.getElementById("snapshot") || !document.querySelector(".app .ent")) return false;
      window.__startedAt ??= performance.now();
      return true;
    },
    null,
    { polling: "raf" },
  );
  return page.evaluate(() => window.__startedAt);
}

/** The benchmarks' map pan: press at (cx, cy) and drag around a 120 × 90 px ellipse in 90 moves. */
export async function circlePan(page, cx, cy) {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) {
    const a = (i / 90) * Math.PI * 2;
    await page.mouse.move(cx + Math.cos(a) * 120, cy + Math.sin(a) * 90);
  }
  await page.mouse.up();
}

/** The benchmarks' wheel zoom at (cx, cy): 20 notches in, then 20 out, 16 ms apart. */
export async function wheelZoom(page, cx, cy) {
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 20 ? -120 : 120);
    await page.waitForTimeout(16);
  }
}

/** The benchmarks' horizontal drag along `y` from `x0` to `x1` in 60 moves. */
export async function dragAcross(page, x0, x1, y) {
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(x0 + (i / 60) * (x1 - x0), y);
  await page.mouse.up();
}
