import { serve, launch, open, step } from "./harness.mjs";
const server = await serve(); const browser = await launch();
const { context, page } = await open(browser, server.url, { viewport: { width: 1280, height: 900 } });
await page.getByRole("heading", { level: 1, name: /Resultat/ }).waitFor();
await page.screenshot({ path: "/tmp/look-result.png" });
await page.getByRole("button", { name: /Sekretessreglerad information.*Samlad bedömning/ }).first().click();
await page.waitForTimeout(300);
await page.screenshot({ path: "/tmp/look-cell.png" });
for (const [n, f] of [[/2 Tjänst/, "tjanst"], [/3 Information/, "info"], [/5 Jämförelse/, "jamf"], [/6 Rapport/, "rapport"], [/Analyser/, "analyser"]]) {
  await step(page, n); await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/look-${f}.png` });
}
await context.close(); await browser.close(); await server.close();
