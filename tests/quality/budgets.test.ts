import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { budgetBreaches, measurePage, measurePages } from "../../src/bench/measure-weight.ts";
import { WEIGHT_BUDGETS } from "../../src/weights.ts";
import { type ServedSite, browserSession, serveSite } from "../support/browser.ts";
import { temporaryFolder } from "../support/project.ts";
import { builtPageUrls } from "../support/site.ts";

const siteDir = inject("siteDir");
const session = browserSession();

describe("weight budgets, measured in Chromium on the site served with gzip", () => {
  // Two cold loads a page, in Chromium, while other test files build: minutes, not seconds.
  it(
    "are met by every page: transfer, requests, DOM size, EcoIndex A, warm view",
    { timeout: 300_000 },
    async () => {
      const site: ServedSite = await serveSite(siteDir);
      const urls = await builtPageUrls(siteDir);
      const weights = await measurePages(session.browser, site.origin, urls);
      await site.close();
      expect(weights.map((weight) => weight.url)).toEqual(urls);
      for (const weight of weights) {
        // Each page's own HTML and the stylesheet were counted, and the stylesheet was cached after.
        expect(weight.transfer.html, weight.url).toBeGreaterThan(0);
        expect(weight.transfer.css, weight.url).toBeGreaterThan(0);
        expect(weight.warmTransfer, weight.url).toBeLessThan(weight.transfer.total - weight.transfer.css);
      }
      expect(weights.flatMap(budgetBreaches)).toEqual([]);
    },
  );

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
});
