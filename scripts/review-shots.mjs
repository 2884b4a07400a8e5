// Screenshots for a human review of the views an official meets first (issue 14): the start view,
// the quick mode of a new assessment, an opened cell, a service's further details and the printed
// memo, each at desktop width, on a 390 px phone and at 200 % zoom; the memo also as PDF pages.
// Writes to $OUT (default tests/e2e/artifacts/review). Not a test: it asserts nothing; look at the
// pictures.
//   node scripts/review-shots.mjs
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, open, step, root } from "../tests/e2e/harness.mjs";

const out = process.env.OUT ?? join(root, "tests", "e2e", "artifacts", "review");
await mkdir(out, { recursive: true });
const sizes = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  // 200 % zoom of a 1280 px window: 640 CSS px wide at twice the pixel density.
  zoom200: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
};
const server = await serve();
const browser = await launch();
const shot = (page, name, fullPage = false) => page.screenshot({ path: join(out, `${name}.png`), fullPage });

for (const [size, options] of Object.entries(sizes)) {
  // The start view of a fresh visit, and the first questions of a new assessment.
  const { context, page } = await open(browser, server.url, options);
  await shot(page, `start-${size}`);
  await page.getByRole("button", { name: "Ny bedömning", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: /Organisation/ }).waitFor();
  await step(page, /2 Tjänst/);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await shot(page, `snabblage-${size}`);
  await shot(page, `snabblage-${size}-hel`, true);
  await context.close();

  // An opened cell of an example.
  const ex = await open(browser, `${server.url}#1p.danderyd-2019-v3`, options);
  await step(ex.page, /4 Resultat/);
  await ex.page.getByRole("button", { name: /Samlad bedömning/ }).first().click();
  await ex.page.locator(".cell-detail").waitFor();
  await ex.page.locator(".cell-detail").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(ex.page, `cell-${size}`);
  // The service form's further details, whose yes/no groups come from the fact registry.
  await step(ex.page, /2 Tjänst/);
  const more = ex.page.locator("section.service details.more").first();
  await more.locator(":scope > summary").click();
  for (const summary of await more.locator("details > summary").all()) await summary.click();
  await more.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await shot(ex.page, `tjanst-detaljer-${size}`);
  await ex.context.close();
}

// The printed memo: A4 PDF (pages rendered with pdftoppm by the caller).
const { context, page } = await open(browser, `${server.url}#1p.danderyd-2019-v3`);
await step(page, /6 Rapport/);
await page.emulateMedia({ media: "print" });
await page.pdf({ path: join(out, "memo.pdf"), format: "A4" });
await context.close();
await browser.close();
await server.close();
console.log(out);
