import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measurePage } from "../../src/measure/page-weight.ts";
import { WEIGHT_BUDGETS, budgetBreaches } from "../../src/weights.ts";
import { browserSession, serveSite } from "../support/browser.ts";
import { temporaryFolder } from "../support/project.ts";

const session = browserSession();

// Every page is measured in every-page.test.ts.
describe("weight budgets, measured in Chromium on the site served with gzip", () => {
  it("are broken by a heavy page, and each breach is named", async () => {
    const dir = await temporaryFolder("lourde");
    await mkdir(path.join(dir, "lourde"));
    const noise = Array.from({ length: 40_000 }, (_, index) => ((index * 7919) % 65_521).toString(36)).join(
      "",
    );
    const images = Array.from({ length: 8 }, (_, index) => `<img src="/i${index}.svg" alt="">`).join("");
    for (let index = 0; index < 8; index += 1) {
      await writeFile(path.join(dir, `i${index}.svg`), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    }
    const elements = "<span></span>".repeat(WEIGHT_BUDGETS.domElements);
    await writeFile(
      path.join(dir, "lourde", "index.html"),
      `<!DOCTYPE html><html lang="fr"><body>${images}${elements}<p>${noise}</p></body></html>`,
    );
    await writeFile(path.join(dir, "index.html"), "<!DOCTYPE html><p>Accueil</p>");
    const site = await serveSite(dir);
    const weight = await measurePage(session.browser, site.origin, "/lourde/", "/");
    await site.close();
    const breaches = budgetBreaches(weight).join("\n");
    const budgets = WEIGHT_BUDGETS;
    expect(breaches).toContain(`requêtes (budget ${budgets.requests})`);
    expect(breaches).toContain(`éléments dans le DOM (budget ${budgets.domElements})`);
    expect(breaches).toContain(`octets transférés (budget ${budgets.transferBytes})`);
    expect(breaches).toContain(`il faut plus de ${budgets.ecoIndexScore} (A)`);
    expect(breaches).toContain(`en visite suivante (budget ${budgets.warmTransferBytes})`);
  });

  it("count the page's icon, which a reader's browser asks for after the page has loaded", async () => {
    const dir = await temporaryFolder("icone");
    await mkdir(path.join(dir, "page"));
    const icon = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="9"/></svg>';
    await writeFile(path.join(dir, "icone.svg"), icon);
    const head = '<!DOCTYPE html><html lang="fr"><head><link rel="icon" href="/icone.svg"></head>';
    await writeFile(path.join(dir, "page", "index.html"), `${head}<body><p>Une page</p></body></html>`);
    await writeFile(path.join(dir, "index.html"), `${head}<body><p>Accueil</p></body></html>`);
    const site = await serveSite(dir);
    const weight = await measurePage(session.browser, site.origin, "/page/", "/");
    await site.close();
    // The page and its icon; the icon comes from the cache on the next page.
    expect(weight.requests).toBe(2);
    expect(weight.transfer.other).toBeGreaterThan(icon.length);
    expect(weight.warmTransfer).toBeLessThanOrEqual(weight.transfer.html);
  });
});
