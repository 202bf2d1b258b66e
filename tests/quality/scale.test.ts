import { describe, expect, it } from "vitest";
import { measurePages } from "../../src/measure/page-weight.ts";
import { writePlansFixture } from "../../src/measure/plans-fixture.ts";
import { budgetBreaches, budgetsFor } from "../../src/weights.ts";
import { browserSession, serveSite } from "../support/browser.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

const session = browserSession();

/** How many pages of each size Chromium measures whole: the ones nearest the budgets. */
const HEAVIEST = 6;

describe("the site with more than a thousand plan actions", () => {
  it("keeps every page within its element budget, and the heaviest within every budget", async () => {
    const projectDir = await projectVariant({});
    expect(await writePlansFixture(projectDir)).toBeGreaterThanOrEqual(1_000);
    const { outputDir } = await buildSite({ projectDir });

    // Every page's elements, as the DOM counts them (html, head and body included).
    const sizes = await Promise.all(
      (await builtPageUrls(outputDir)).map(async (url) => ({
        url,
        elements: (await loadPage(outputDir, url))("*").length,
      })),
    );
    expect(sizes.filter((page) => page.elements > budgetsFor(page.url).domElements)).toEqual([]);
    expect(sizes.filter((page) => page.url.includes("/2023-2025/")).length).toBeGreaterThan(0);

    // The pages with the most elements for their budget are the nearest to every budget: measured
    // in Chromium.
    const share = (page: { url: string; elements: number }) =>
      page.elements / budgetsFor(page.url).domElements;
    const heaviest = [...sizes].sort((a, b) => share(b) - share(a)).slice(0, HEAVIEST);
    const site = await serveSite(outputDir);
    const weights = await measurePages(session.browser, site.origin, heaviest.map((page) => page.url).sort());
    await site.close();
    expect(weights.flatMap(budgetBreaches)).toEqual([]);
  });
});
