// Hosting as the README's guide says: the CSP of the built page, the guide's nginx headers under a
// sub-path, frame-ancestors, and the checksums. Run against the release build in dist/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:http";
import { serve, launch, open, step, foreign, dist, root } from "./harness.mjs";

const html = readFileSync(join(dist, "index.html"), "utf8");
const metaCsp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
const directives = (csp) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

/** The nginx Content-Security-Policy of the README, with the exact script-src of the built page
 *  copied in, as step 4 of the guide says. */
function guideCsp() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const nginx = readme.match(/```nginx([\s\S]*?)```/)[1];
  const header = nginx.match(/add_header Content-Security-Policy "([^"]+)"/)[1];
  return header.replace(/script-src [^;]+/, `script-src ${directives(metaCsp).get("script-src").join(" ")}`);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test("the built page carries a strict CSP: no unsafe-inline or unsafe-eval, only this origin", () => {
  assert.ok(metaCsp, "index.html saknar CSP-metataggen");
  const d = directives(metaCsp);
  assert.deepEqual(d.get("default-src"), ["'none'"]);
  assert.deepEqual(d.get("connect-src"), ["'self'"]);
  assert.deepEqual(d.get("object-src"), ["'none'"]);
  assert.deepEqual(d.get("base-uri"), ["'none'"]);
  assert.ok(d.get("script-src").includes("'wasm-unsafe-eval'"));
  for (const [name, values] of d) {
    for (const v of values) {
      assert.ok(!["'unsafe-inline'", "'unsafe-eval'", "*"].includes(v), `${name} tillåter ${v}`);
      assert.ok(!/^(https?:|\/\/)/.test(v), `${name} tillåter en annan källa: ${v}`);
    }
  }
  for (const f of readdirSync(dist).filter((f) => /\.(html|css|js|webmanifest)$/.test(f))) {
    const text = readFileSync(join(dist, f), "utf8");
    const external = text.match(/(?:src|href|url)\s*[=(]\s*["']?https?:\/\/[^"')\s]+/gi) ?? [];
    assert.deepEqual(external, [], `${f} hänvisar till en annan källa`);
  }
});

test("README step 2: the checksums verify", () => {
  const out = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dist, encoding: "utf8" });
  assert.ok(!/FAILED/.test(out), out);
  assert.ok(out.split("\n").filter((l) => l.endsWith(": OK")).length >= 6, out);
});

test("under a sub-path with the guide's nginx headers the app works, offline too, with no CSP violation", async () => {
  const headers = { "Content-Security-Policy": guideCsp(), "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };
  const server = await serve(dist, "/molnbedomning/", headers);
  const { context, page, log } = await open(browser, undefined);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}#1p.danderyd-2019`);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await step(page, /4 Resultat/);
  await page.locator("[data-verdict]").first().waitFor();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.ok(scope.endsWith("/molnbedomning/"), `service workerns scope: ${scope}`);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await step(page, /6 Rapport/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
  assert.deepEqual(foreign(log, server.url), []);
  await context.close();
  await server.close();
});

test("frame-ancestors 'none': another site cannot frame the app", async () => {
  const app = await serve(dist, "/", { "Content-Security-Policy": guideCsp() });
  const framer = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(`<iframe src="${app.url}" width="800" height="600"></iframe>`));
  await new Promise((ok) => framer.listen(0, "127.0.0.1", ok));
  const { context, page } = await open(browser, undefined);
  await page.goto(`http://127.0.0.1:${framer.address().port}/`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame, "ramen saknas");
  // Chromium replaces a refused frame with its own error page.
  assert.ok(!frame.url().startsWith(app.url), `ramen visar appen: ${frame.url()}`);
  assert.ok(!(await frame.locator("body").innerText()).includes("Molnbedömning"), "appen visades i en ram från en annan webbplats");
  await context.close();
  await new Promise((ok) => framer.close(ok));
  await app.close();
});
