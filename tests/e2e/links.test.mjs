// Links, the draft, passphrase protection, offline use, printing, export/import and the action plan,
// end to end against the release build. Every test also checks that no request left the origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, open, foreign, gotoApp, screenshot, step, bedom, root } from "./harness.mjs";

let server, browser;
/** A fresh visit opens the start view; the tests that need an example open it by its link. */
const example = () => `${server.url}#1p.o365-2018-lockbox-v3`;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const presets = bedom("presets").trim().split("\n").map((l) => l.split("\t")[0]);

/** Every verdict in the result matrices: "service|info|dimension" → verdict. */
async function shownVerdicts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const section of document.querySelectorAll("section.service-result")) {
      for (const row of section.querySelectorAll("tr[data-info-type]")) {
        for (const td of row.querySelectorAll("td[data-dimension]")) {
          out[`${section.getAttribute("aria-label")}|${row.dataset.infoType}|${td.dataset.dimension}`] =
            td.querySelector("[data-verdict]").dataset.verdict;
        }
      }
    }
    return out;
  });
}

test("every seed preset opened as a link in a fresh browser shows the CLI's verdicts", async () => {
  for (const id of presets) {
    const assessment = JSON.parse(bedom("preset", id));
    const evaluation = JSON.parse(bedom("evaluate", join(root, "src", "presets", `${id}.json`)));
    const names = Object.fromEntries(assessment.services.map((s) => [s.id, s.name]));
    const expected = {};
    for (const r of evaluation.results) {
      expected[`${names[r.service]}|${r.info_type}|overall`] = r.overall;
      for (const [d, v] of Object.entries(r.dimensions)) expected[`${names[r.service]}|${r.info_type}|${d}`] = v.verdict;
    }
    const { context, page, log } = await open(browser, `${server.url}#1p.${id}`);
    assert.deepEqual(await shownVerdicts(page), expected, id);
    assert.deepEqual(foreign(log, server.url), []);
    await context.close();
  }
});

test("a link different from the draft asks; a broken link keeps the draft", async () => {
  const { context, page } = await open(browser, example());
  await step(page, /1 Organisation/);
  await page.getByLabel("Ärendets rubrik").fill("Mitt utkast");
  await page.getByLabel("Ärendets rubrik").press("Tab");
  await page.waitForTimeout(200); // the draft save
  // A valid link to another assessment: the draft is not replaced until the user chooses.
  await gotoApp(page, `${server.url}#1p.zoomx-2022-stockholm`);
  await page.getByRole("heading", { name: "Du har öppnat en länk" }).waitFor();
  await page.getByRole("button", { name: "Behåll mitt utkast" }).click();
  await step(page, /1 Organisation/);
  assert.equal(await page.getByLabel("Ärendets rubrik").inputValue(), "Mitt utkast");
  // A broken link: a clear message, and the draft is untouched.
  await page.goto(`${server.url}#1d.o365-2018-lockbox.%%%trasig`);
  await page.getByRole("navigation").waitFor();
  assert.match(await page.locator(".notice.error").innerText(), /Länken kunde inte läsas; ditt utkast är orört/);
  await step(page, /1 Organisation/);
  assert.equal(await page.getByLabel("Ärendets rubrik").inputValue(), "Mitt utkast");
  // Choosing the link opens it.
  await gotoApp(page, `${server.url}#1p.zoomx-2022-stockholm`);
  await page.getByRole("button", { name: "Öppna länkens bedömning" }).click();
  await step(page, /4 Resultat/);
  await page.getByRole("heading", { level: 2, name: "Zoom X (2022)" }).waitFor();
  await context.close();
});

test("the address bar holds no assessment: an opened link is removed once read, edits never write it, a public link says so", async () => {
  const { context, page, log } = await open(browser, `${server.url}#1p.danderyd-2019`);
  await page.getByRole("heading", { level: 1, name: /Resultat/ }).waitFor();
  await page.waitForFunction(() => location.hash === "");
  await step(page, /1 Organisation/);
  await page.getByLabel("Ärendets rubrik").fill("Känslig rubrik");
  await page.getByLabel("Ärendets rubrik").press("Tab");
  await step(page, /3 Information/);
  await page.getByRole("group", { name: "Säkerhetsskyddsklassificerad" }).first().getByLabel("Ja").check();
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => location.href), `${server.url}`, "adressfältet efter ändringar");
  // The public version's link is marked and opens with a banner.
  await page.getByRole("button", { name: "Dela" }).click();
  await page.getByLabel("Utan säkerhetskonfiguration").check();
  await page.getByRole("button", { name: "Skapa länk" }).click();
  const link = await page.locator("#share-link").inputValue();
  assert.match(link, /#1o\./);
  await context.close();
  const fresh = await open(browser, link);
  await fresh.page.getByText(/Detta är den publika versionen av en bedömning/).waitFor();
  await fresh.page.waitForFunction(() => location.hash === "");
  assert.deepEqual([...foreign(log, server.url), ...foreign(fresh.log, server.url)], []);
  await fresh.context.close();
});

test("skip link first, focus to the heading on every step, a focus ring of at least 3:1", async () => {
  const { context, page } = await open(browser, example());
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Hoppa till innehållet");
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
  assert.equal(ring, "rgb(27, 27, 27)", "fokusringen är nästan svart (17:1 mot vitt)");
  await step(page, /2 Tjänst/);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
  await step(page, /4 Resultat/);
  assert.match(await page.evaluate(() => document.activeElement?.textContent), /^Resultat/);
  await context.close();
});

test("a passphrase-protected link opens with the right passphrase and not with a wrong one", async () => {
  const { context, page, log } = await open(browser, example());
  await step(page, /1 Organisation/);
  await page.getByLabel("Ärendets rubrik").fill("Krypterad bedömning");
  await page.getByLabel("Ärendets rubrik").press("Tab");
  await page.getByRole("button", { name: "Dela" }).click();
  await page.getByLabel("Lösenfras", { exact: true }).fill("korrekt häftapparat häst");
  await page.getByRole("button", { name: "Skapa länk" }).click();
  const link = await page.locator("#share-link").inputValue({ timeout: 15000 });
  assert.match(link, /#1e\./);
  assert.ok(!link.includes("Lockbox") && !link.includes("Krypterad"), "länken är krypterad");
  await screenshot(page, "dela-lank");
  await context.close();

  const fresh = await open(browser, link);
  await fresh.page.getByText("Länken är skyddad med lösenfras.").waitFor();
  await fresh.page.getByLabel("Lösenfras").fill("fel fras");
  await fresh.page.getByRole("button", { name: "Lås upp" }).click();
  await fresh.page.locator(".notice.error").getByText(/fel lösenfras/).waitFor({ timeout: 15000 });
  await fresh.page.getByLabel("Lösenfras").fill("korrekt häftapparat häst");
  await fresh.page.getByRole("button", { name: "Lås upp" }).click();
  // A fresh browser has no draft to protect: the unlocked assessment opens directly.
  await fresh.page.getByRole("heading", { level: 1, name: /Krypterad bedömning/ }).waitFor({ timeout: 15000 });
  assert.deepEqual([...foreign(log, server.url), ...foreign(fresh.log, link)], []);
  await fresh.context.close();
});

test("offline: after one visit the app loads and works with no network", async () => {
  const { context, page, log } = await open(browser, example());
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Reload once so the service worker controls the page, then cut the network.
  await page.reload();
  await page.getByRole("navigation").waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("navigation").waitFor();
  await step(page, /3 Information/);
  await page.getByRole("group", { name: "Säkerhetsskyddsklassificerad" }).getByLabel("Ja").check();
  await step(page, /4 Resultat/);
  await page.locator('td[data-dimension="protective_security"] [data-verdict="not_allowed"]').first().waitFor();
  await screenshot(page, "offline");
  assert.deepEqual(foreign(log, server.url), []);
  await context.close();
});

/** The files the built service worker precaches (dist/sw.js's FILES), as paths from the app's base. */
function precached() {
  const sw = readFileSync(join(root, "dist", "sw.js"), "utf8");
  return new Set(JSON.parse(sw.match(/const FILES = (\[.*?\]);/)[1]));
}

test("a whole session fetches only files the service worker precaches, and nothing from another origin", async () => {
  const files = precached();
  const { context, page, log } = await open(browser, example());
  // Every step of the navigation, a cell opened, the analyses and the memo: all the app can show.
  const steps = page.getByRole("navigation", { name: /Steg|Steps/ }).getByRole("button");
  const count = await steps.count();
  assert.ok(count >= 7, `${count} steg`);
  for (let k = 0; k < count; k++) {
    await steps.nth(k).click();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
  }
  await step(page, /4 Resultat/);
  await page.locator("button.open-cell").first().click();
  await page.locator(".cell-detail").waitFor();
  await page.getByRole("button", { name: /English/ }).first().click();
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  assert.deepEqual(foreign(log, server.url), []);
  // The service worker's own script is the one file it does not list; a path is as the page's base sees it.
  const fetched = log.requests.map((r) => "./" + new URL(r).pathname.slice(1));
  const unlisted = [...new Set(fetched)].filter((f) => f !== "./sw.js" && !files.has(f));
  assert.deepEqual(unlisted, [], `hämtat utan att vara förhandscachat: ${unlisted}`);
  assert.ok(fetched.some((f) => f.endsWith("_bg.wasm")), "sidan hämtade sin wasm");
  await context.close();
});

test("the printed memo has the decision parts and no navigation; the public version hides configuration", async () => {
  const { context, page } = await open(browser, example());
  await step(page, /6 Rapport/);
  // The memo's particulars, typed above it, stand in its head and decision block.
  for (const [label, value] of [["Datum", "2026-12-01"], ["Handläggare", "Anna Andersson"], ["Beslutet skickas till", "Kommunstyrelsen"]]) {
    const field = page.locator(".report-controls").getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press("Tab");
  }
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("navigation").isVisible(), false);
  const memo = await page.locator("article.memo").innerText();
  for (const part of ["Rättsläge per", "Sammanfattning", "Åtgärdsplan", "Frågor till leverantören", "Beslut och riskacceptans", "Accepterade restrisker", "Anna Andersson", "2026-12-01", "Kommunstyrelsen"]) {
    assert.ok(memo.includes(part), `saknar ${part}`);
  }
  assert.ok(memo.includes("Räkna inte med Customer Lockbox"), "den interna versionen har åtkomstkontrollen");
  const pdf = join(mkdtempSync(join(tmpdir(), "memo-")), "memo.pdf");
  await page.pdf({ path: pdf, format: "A4" });
  // Every printed page is numbered "n (total)", as a filed tjänsteskrivelse is cited.
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim());
  assert.ok(pages.length > 1);
  pages.forEach((text, i) => assert.match(text, new RegExp(`\\b${i + 1} \\(${pages.length}\\)`), `sidan ${i + 1} saknar sidnummer`));
  await page.emulateMedia({ media: "screen" });
  await page.getByLabel(/Offentlig version/).check();
  const pub = await page.locator("article.memo").innerText();
  assert.ok(pub.includes("OSL 18 kap. 8 §"));
  assert.ok(!pub.includes("Räkna inte med Customer Lockbox"), "den offentliga versionen döljer åtkomstkontrollen");
  await context.close();
});

test("the memo view and bedom report are one document: the same headings in the same order", async () => {
  for (const id of ["danderyd-2019-v3", "zoomx-2022-stockholm-v3"]) {
    const file = join(root, "src", "presets", `${id}.json`);
    const expected = bedom("report", file).split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3).trim());
    const { context, page } = await open(browser, `${server.url}#1p.${id}`);
    await step(page, /6 Rapport/);
    const shown = (await page.locator("article.memo h2").allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(shown, expected, id);
    await context.close();
  }
});

test("the printed memo carries a DPIA section and a transfer impact annex, each on its own page", async () => {
  const { context, page } = await open(browser, `${server.url}#1p.zoomx-2022-stockholm`);
  await step(page, /6 Rapport/);
  await page.emulateMedia({ media: "print" });
  const memo = await page.locator("article.memo").innerText();
  for (const part of ["Bilaga 1. Konsekvensbedömning avseende dataskydd (DPIA)", "Dataskyddsombudets yttrande (art. 35.2)",
    "Bilaga 2. Överföringsbedömning (TIA): Zoom X", "Steg 2. Överföringsverktyg", "18 U.S.C. § 2713"]) {
    assert.ok(memo.includes(part), `saknar ${part}`);
  }
  const breaks = await page.locator("section.annex").evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  assert.ok(breaks.length >= 2 && breaks.every((b) => b === "page"), `sidbrytning före varje bilaga: ${breaks}`);
  await context.close();
});

test("the action plan's owner, due date and status are kept in the assessment, the link and the memo", async () => {
  const { context, page } = await open(browser, `${server.url}#1p.danderyd-2019`);
  await step(page, /4 Resultat/);
  await page.getByLabel("Ansvarig för åtgärd 1", { exact: true }).fill("Dataskyddsombudet");
  await page.getByLabel("Ansvarig för åtgärd 1", { exact: true }).press("Tab");
  await page.getByLabel("Klart senast, åtgärd 1", { exact: true }).fill("2027-03-31");
  await page.getByLabel("Klart senast, åtgärd 1", { exact: true }).press("Tab");
  await page.getByLabel("Status för åtgärd 1", { exact: true }).selectOption({ label: "pågår" });
  await step(page, /6 Rapport/);
  const row = await page.locator("article.memo table.plan tbody tr").first().innerText();
  for (const part of ["Dataskyddsombudet", "2027-03-31", "pågår"]) assert.ok(row.includes(part), `raden saknar ${part}: ${row}`);
  // The follow-up travels in the link made by "Dela": a colleague opening it sees it.
  assert.equal(await page.evaluate(() => location.hash), "", "adressfältet håller ingen bedömning");
  await page.getByRole("button", { name: "Dela" }).click();
  await page.getByLabel("Hela bedömningen, oskyddad").check();
  await page.getByRole("button", { name: "Skapa länk" }).click();
  const link = await page.locator("#share-link").inputValue();
  assert.ok(link.includes("#1d.danderyd-2019."), link);
  const other = await open(browser, link);
  await step(other.page, /4 Resultat/);
  assert.equal(await other.page.getByLabel("Ansvarig för åtgärd 1", { exact: true }).inputValue(), "Dataskyddsombudet");
  assert.equal(await other.page.getByLabel("Status för åtgärd 1", { exact: true }).inputValue(), "in_progress");
  await other.context.close();
  await context.close();
});

test("diff view: another assessment file is compared cell by cell with the cause of each difference", async () => {
  const dir = mkdtempSync(join(tmpdir(), "diff-"));
  const other = JSON.parse(bedom("preset", "o365-2018-lockbox"));
  other.profile = other.profile === "strict" ? "technical_processing" : "strict";
  other.title = "Grannkommunens bedömning";
  writeFileSync(join(dir, "annan.json"), JSON.stringify(other));
  const { context, page, log } = await open(browser, `${server.url}#1p.o365-2018-lockbox`);
  await step(page, /Analyser/);
  await page.getByLabel("Bedömningsfil att jämföra med (JSON)").setInputFiles(join(dir, "annan.json"));
  const section = page.locator("section[aria-labelledby=diff-heading]");
  await section.getByText("Jämförs med: Grannkommunens bedömning").waitFor();
  const text = await section.innerText();
  assert.ok(new RegExp(`orsak: tolkningsprofilen: \\w+ → ${other.profile}`).test(text), text);
  writeFileSync(join(dir, "trasig.json"), "{ inte json");
  await page.getByLabel("Bedömningsfil att jämföra med (JSON)").setInputFiles(join(dir, "trasig.json"));
  await section.getByRole("alert").waitFor();
  assert.deepEqual(foreign(log, server.url), []);
  await context.close();
});

test("export and import of the JSON file round-trips; a bad file changes nothing", async () => {
  const { context, page } = await open(browser, example());
  await step(page, /6 Rapport/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exportera bedömningen (JSON)" }).click()]);
  const file = await download.path();
  const exported = JSON.parse(execFileSync("cat", [file], { encoding: "utf8" }));
  assert.equal(exported.format, 1);
  const dir = mkdtempSync(join(tmpdir(), "import-"));
  const bad = join(dir, "bad.json");
  writeFileSync(bad, JSON.stringify({ ...exported, profile: "lagom" }));
  await page.getByLabel("Importera bedömning (JSON)").setInputFiles(bad);
  assert.match(await page.locator(".notice.error").innerText(), /profile/);
  exported.title = "Importerad bedömning";
  const good = join(dir, "good.json");
  writeFileSync(good, JSON.stringify(exported));
  await page.getByLabel("Importera bedömning (JSON)").setInputFiles(good);
  await page.getByRole("heading", { level: 1, name: "Importerad bedömning" }).waitFor();
  await context.close();
});

test("supplier round trip: a questionnaire link shows only the questions; the answers import as claimed facts", async () => {
  const body = await open(browser, example());
  await body.page.getByRole("button", { name: "Dela" }).click();
  const link = await body.page.locator("#supplier-link-0").inputValue();
  assert.match(link, /#1q\./);

  const supplier = await open(browser, link);
  await supplier.page.getByRole("heading", { level: 1, name: /Frågor till leverantören/ }).waitFor();
  const text = await supplier.page.locator("main").innerText();
  for (const own of ["Intraservice", "Sekretessreglerad information", "Göteborgs Stad", "Customer Lockbox"]) {
    assert.ok(!text.includes(own), `formuläret visar ${own}`);
  }
  assert.equal(await supplier.page.getByRole("navigation").count(), 0, "leverantören ser inte myndighetens steg");
  await supplier.page.getByLabel(/Enligt vilket lands lag har Microsofts underleverantörer bildats/).fill("us");
  await supplier.page.getByLabel(/Källa för svaren/).fill("Leverantörens svar, bilaga 2");
  const [download] = await Promise.all([
    supplier.page.waitForEvent("download"),
    supplier.page.getByRole("button", { name: "Ladda ned svaren (JSON)" }).click(),
  ]);
  const answers = join(mkdtempSync(join(tmpdir(), "svar-")), "svar.json");
  await download.saveAs(answers);
  assert.deepEqual(foreign(supplier.log, link), []);
  await supplier.context.close();

  await step(body.page, /Analyser/);
  await body.page.getByLabel("Läs in leverantörens svar (JSON)").setInputFiles(answers);
  assert.match(await body.page.locator(".notice").innerText(), /1 svar inlästa som påstådda fakta/);
  await step(body.page, /2 Tjänst/);
  assert.equal(await body.page.locator("#f-services--0--parties--1--jurisdiction").inputValue(), "US");
  await body.context.close();
});
