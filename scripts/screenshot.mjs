// Refreshes the README screenshot (docs/screenshot.png) from the release build in dist/.
//   node scripts/screenshot.mjs
import { serve, launch, open, step } from "../tests/e2e/harness.mjs";

const server = await serve();
const browser = await launch();
const { page } = await open(browser, `${server.url}#1p.danderyd-2019-v3`, { viewport: { width: 1280, height: 1000 } });
await step(page, /4 Resultat/);
await page.getByRole("button", { name: /Sekretessreglerade och sekretessbelagda uppgifter.*Samlad bedömning/ }).first().click();
await page.locator(".cell-detail").waitFor();
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: "docs/screenshot.png" });
await browser.close();
await server.close();
console.log("docs/screenshot.png");
