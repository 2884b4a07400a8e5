// Hostile input: an XSS corpus typed into every free-text field of every view, carried in a link and
// in an imported JSON file, and exported as Markdown. It must always stay text: no script runs, no
// element or attribute is injected, no CSP violation, nothing is requested.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, open, foreign, step, bedom } from "./harness.mjs";

/** Each payload sets window.__xss if it ever executes. */
const CORPUS = [
  `<img src=x onerror="window.__xss='img'">`,
  `<script>window.__xss='script'</script>`,
  `"><svg onload="window.__xss='svg'">`,
  `' onmouseover='window.__xss="attr"' x='`,
  `javascript:window.__xss='js'`,
  `[klicka här](javascript:window.__xss='md')`,
  `</textarea><iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>`,
  `<a href="javascript:window.__xss='a'">länk</a>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `\u202Egpj.exe`,
].join(" ");
const LONG = "Å".repeat(5000) + "<b>slut</b>";
const VIEWS = [/1 Organisation/, /2 Tjänst/, /3 Information/, /4 Resultat/, /5 Jämförelse/, /Analyser/, /6 Rapport/];
const FIELDS = "input[type=text]:visible:enabled, input:not([type]):visible:enabled, input[type=search]:visible:enabled, textarea:visible:enabled";


let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations from its first script on. */
async function hostilePage(url) {
  const session = await open(browser, undefined);
  await session.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));
  });
  await session.page.goto(url);
  await session.page.getByRole("heading", { level: 1 }).first().waitFor();
  return session;
}

/** Nothing ran, nothing was injected, in this view. */
async function assertInert(page, where) {
  const found = await page.evaluate(() => {
    const onAttributes = [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.tagName}[${a.name}]`));
    return {
      xss: window.__xss ?? null,
      violations: window.__violations ?? [],
      onAttributes,
      injected: document.querySelectorAll("img[src='x'], svg[onload], iframe, b, script:not([src]):not([type])").length,
      jsLinks: [...document.querySelectorAll("[href], [src], [action]")].filter((el) =>
        /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "")).length,
    };
  });
  // Trunk's inline loader is the page's only inline script, and it has type="module".
  assert.deepEqual(found, { xss: null, violations: [], onAttributes: [], injected: 0, jsLinks: 0 }, `${where}: ${JSON.stringify(found)}`);
}

async function assertShownAsText(page, where) {
  const text = await page.locator("body").innerText();
  assert.ok(text.includes(`<img src=x onerror="window.__xss='img'">`), `${where}: korpusen visas inte som text`);
}

test("the corpus typed into every free-text field of every view stays text", async () => {
  const { context, page, log } = await hostilePage(server.url);
  let filled = 0;
  for (const view of [/1 Organisation/, /2 Tjänst/, /3 Information/, /6 Rapport/]) {
    await step(page, view);
    const count = await page.locator(FIELDS).count();
    for (let i = 0; i < count; i++) {
      const field = page.locator(FIELDS).nth(i);
      if (!(await field.count())) break;
      await field.fill(i === 0 && view.source.includes("Information") ? LONG : `${CORPUS} #${filled}`);
      await field.press("Tab");
      filled++;
    }
  }
  assert.ok(filled >= 10, `bara ${filled} fritextfält hittades`);
  console.log(`${filled} fritextfält fyllda med korpusen`);
  for (const view of VIEWS) {
    await step(page, view);
    await assertInert(page, `efter ${filled} fält, vy ${view}`);
  }
  await step(page, /4 Resultat/);
  await assertShownAsText(page, "resultatvyn");
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(foreign(log, server.url), []);
  assert.ok(!log.requests.some((r) => /\/x$/.test(r)), "ingen begäran efter bilden x");
  await context.close();
});

/** A preset whose every name and source carries the corpus. */
function hostileAssessment() {
  const a = JSON.parse(bedom("preset", "zoomx-2022-stockholm"));
  a.title = CORPUS;
  a.diarienummer = CORPUS;
  a.organisation.name = CORPUS;
  for (const s of a.services) {
    s.name = CORPUS;
    for (const p of s.parties) {
      p.name = `${CORPUS} ${p.name}`;
      if (p.provenance) p.provenance.source = CORPUS;
    }
    for (const c of s.components) {
      c.name = CORPUS;
      if (c.operator) c.operator = s.parties.find((p) => p.name.endsWith(c.operator))?.name ?? c.operator;
    }
    for (const c of s.controls ?? []) c.name = CORPUS;
    for (const p of s.parties) if (p.parent) p.parent = s.parties.find((q) => q.name.endsWith(` ${p.parent}`))?.name ?? p.parent;
  }
  for (const i of a.information_types) i.name = CORPUS;
  const dir = mkdtempSync(join(tmpdir(), "xss-"));
  const file = join(dir, "fientlig.json");
  writeFileSync(file, JSON.stringify(a, null, 2));
  return file;
}

test("the corpus in a link stays text in every view", async () => {
  const link = bedom("link", "encode", hostileAssessment()).trim();
  const { context, page, log } = await hostilePage(`${server.url}#${link}`);
  for (const view of VIEWS) {
    await step(page, view);
    await assertInert(page, `länk, vy ${view}`);
  }
  await assertShownAsText(page, "rapporten från länken");
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(foreign(log, server.url), []);
  await context.close();
});

test("the corpus in an imported file stays text, and the Markdown export carries no live markup", async () => {
  const { context, page, log } = await hostilePage(server.url);
  await step(page, /6 Rapport/);
  await page.locator("#import-json").setInputFiles(hostileAssessment());
  await page.getByRole("heading", { level: 1, name: /svg onload/ }).waitFor();
  for (const view of VIEWS) {
    await step(page, view);
    await assertInert(page, `import, vy ${view}`);
  }
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Markdown/ }).click(),
  ]);
  const md = readFileSync(await download.path(), "utf8");
  assert.ok(!/<(img|script|svg|iframe|a)\b/i.test(md), "Markdown-exporten innehåller rå HTML");
  assert.ok(!/(?<!\\)\]\(javascript:/i.test(md), "Markdown-exporten innehåller en javascript:-länk");
  assert.ok(md.includes("&lt;img src=x"), "korpusen finns kvar som text i Markdown");
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(foreign(log, server.url), []);
  await context.close();
});
