// Shared end-to-end test harness: a static server for dist/ on 127.0.0.1, Debian's Chromium
// through playwright-core, and a log of every request a page makes.
import { mkdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve as serveDir } from "../../scripts/serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");
export const dist = process.env.DIST_DIR ?? join(root, "dist");
export const artifacts = join(here, "artifacts");

/** Runs the CLI built by the native test layer (scripts/test: target/test-opt), or a release
 *  build, or $BEDOM, and returns its standard output. */
export function bedom(...args) {
  const path = process.env.BEDOM
    ?? ["test-opt", "cli", "release"].map((p) => join(root, "target", p, "bedom")).find((p) => existsSync(p));
  if (!path) throw new Error("bedom saknas: kör scripts/test eller cargo build --profile cli");
  return execFileSync(path, args, { encoding: "utf8" });
}

/** A region's portfolio as the public format: `services` services and `infos` information types
 *  cycled from the current presets (ids made unique, as `bench::portfolio` does natively). */
export async function portfolio(services, infos) {
  const ids = ["o365-2018-lockbox-v3", "danderyd-2019-v3", "onprem-exchange-2019-v3", "zoomx-2022-stockholm-v3", "goteborg-2018-grundsakerhet-v3"];
  const presets = await Promise.all(ids.map(async (id) => JSON.parse(await readFile(join(root, "src", "presets", `${id}.json`), "utf8"))));
  const allServices = presets.flatMap((p) => p.services);
  const allInfos = presets.flatMap((p) => p.information_types);
  const a = structuredClone(presets[0]);
  a.title = `Portfölj ${services} × ${infos}`;
  a.services = Array.from({ length: services }, (_, n) => {
    const s = structuredClone(allServices[n % allServices.length]);
    return { ...s, id: `${s.id}-${n}`, name: `${s.name} #${n + 1}` };
  });
  a.information_types = Array.from({ length: infos }, (_, n) => {
    const i = structuredClone(allInfos[n % allInfos.length]);
    return { ...i, id: `${i.id}-${n}`, name: `${i.name} #${n + 1}`, components: [] };
  });
  return JSON.stringify(a);
}

/** Serves `dir` (default dist/) on 127.0.0.1 at a free port, under the sub-path `base`, with extra `headers`. */
export const serve = (dir = dist, base = "/", headers = {}) => serveDir(dir, 0, base, headers);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A new context and page whose requests, console errors and dialogs are recorded. */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const log = { requests: [], errors: [], dialogs: [] };
  context.on("request", (r) => log.requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error") log.errors.push(m.text()); });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("dialog", (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  if (url) await gotoApp(page, url);
  return { context, page, log };
}

/** Loads the app and waits until it has rendered a view (every view has one h1). */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

/** Requests that left the page's own origin (data: and blob: are local). */
export function foreign(log, url) {
  const origin = new URL(url).origin;
  return log.requests.filter((r) => !r.startsWith("data:") && !r.startsWith("blob:") && new URL(r).origin !== origin);
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** The verdict (data-verdict) shown for a dimension of an information type in a service's matrix. */
export async function verdict(page, service, infoType, dimension) {
  const row = page.locator(`section.service-result[aria-label="${service}"] tr[data-info-type="${infoType}"]`);
  return row.locator(`td[data-dimension="${dimension}"] [data-verdict]`).getAttribute("data-verdict");
}

export async function step(page, name) {
  await page.getByRole("navigation", { name: /Steg|Steps/ }).getByRole("button", { name }).click();
}
