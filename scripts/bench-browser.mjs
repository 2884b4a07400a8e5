// Browser benchmark figures, one per line (`name value unit`), in one headless Chromium run:
//   - first render of the app (dist/) and of a bare Yew page (target/bench/bare), cold loads
//     interleaved, and their ratio (budget ≤ 2×). First render = navigation start → the first
//     element inside #app, observed by a MutationObserver installed before any script runs;
//   - rules::evaluate on 20 services × 30 information types in wasm (target/bench/eval).
// Run by scripts/bench after it has built the three pages.
import { serve, launch, dist, root } from "../tests/e2e/harness.mjs";
import { join } from "node:path";

const LOADS = 15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function firstRender(browser, url) {
  const context = await browser.newContext(); // cold: no cache, no service worker
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const app = document.getElementById("app");
      if (app && app.firstElementChild) {
        window.__firstRender = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.__firstRender);
  await context.close();
  return ms;
}

const app = await serve(dist);
const bare = await serve(join(root, "target", "bench", "bare"));
const evalPage = await serve(join(root, "target", "bench", "eval"));
const browser = await launch();
try {
  const times = { app: [], bare: [] };
  for (let i = 0; i < LOADS; i++) {
    times.app.push(await firstRender(browser, app.url));
    times.bare.push(await firstRender(browser, bare.url));
  }
  const [a, b] = [median(times.app), median(times.bare)];
  console.log(`first_render_app_median ${a.toFixed(1)} ms`);
  console.log(`first_render_bare_yew_median ${b.toFixed(1)} ms`);
  console.log(`first_render_ratio ${(a / b).toFixed(2)} x`);
  console.log(`first_render_loads ${LOADS} loads`);
  if (a / b > 2) console.log(`first_render_budget_overrun ${(a / b - 2).toFixed(2)} x (budget 2x bare Yew)`);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(evalPage.url);
  await page.waitForFunction(() => document.getElementById("figures")?.textContent.trim(), null, { timeout: 120000 });
  const figures = (await page.locator("#figures").textContent()).trim();
  console.log(figures);
  const wasmMedian = Number(figures.match(/evaluate_20x30_wasm_median ([\d.]+)/)?.[1]);
  if (wasmMedian > 2) console.log(`evaluate_20x30_wasm_budget_overrun ${(wasmMedian - 2).toFixed(3)} ms (budget 2 ms)`);
  const boundedRatio = Number(figures.match(/evaluate_bounded_20x30_wasm_ratio ([\d.]+)/)?.[1]);
  if (boundedRatio > 3) console.log(`evaluate_bounded_20x30_wasm_budget_overrun ${(boundedRatio - 3).toFixed(2)} x (budget 3x one pass)`);
  await context.close();
} finally {
  await browser.close();
  await Promise.all([app.close(), bare.close(), evalPage.close()]);
}
