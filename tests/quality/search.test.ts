import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../support/browser.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

const siteDir = inject("siteDir");
const session = browserSession(siteDir);
// The page's live region, once the search has told its result (it says « Recherche en cours… » first).
const SEARCH_DONE = "[role=status]:text-matches('pour « ')";

describe("search", () => {
  it("finds a chantier by a word of one of its actions, from the header's form", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/plans-action/gouvernance/`);
    await page.locator(".fr-header").getByRole("searchbox").fill("décommissionner");
    await page.locator(".fr-header").getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/\/recherche\/\?q=/);
    await page.locator(SEARCH_DONE).waitFor();
    const found = await page
      .locator(".search-results a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    // The best match is a page that holds the word, whichever page that is today.
    const best = await loadPage(siteDir, found[0]!);
    expect(best("article").text().toLowerCase()).toContain("décommissionner");
    expect(await page.locator("[role=status]").textContent()).toMatch(
      /^\d+ pages? pour « décommissionner »$/,
    );
    await page.close();
  });

  // Readers look for acronyms and exact words: the first result holds the word as typed, not only a
  // word starting with it ("PUE" is not "publient").
  it.each(["PUE", "DEEE", "RGESN", "reconditionnés", "extinction"])(
    "ranks first a page holding « %s » itself, and names each result's section",
    async (word) => {
      const page = await session.browser.newPage();
      await page.goto(`${session.origin}/recherche/?q=${encodeURIComponent(word)}`);
      await page.locator(SEARCH_DONE).waitFor();
      const wholeWord = new RegExp(`(^|[^\\p{L}\\p{N}])${word}([^\\p{L}\\p{N}]|$)`, "iu");
      const holders: string[] = [];
      for (const url of await builtPageUrls(siteDir)) {
        if ((await loadPage(siteDir, url))("article[data-pagefind-body]").text().match(wholeWord))
          holders.push(url);
      }
      const results = page.locator(".search-results li");
      // Whichever pages hold the word today: one of them comes first.
      if (holders.length) expect(holders).toContain(await results.first().locator("a").getAttribute("href"));
      // Each result says where its page sits, as that page's breadcrumb does.
      for (const result of await results.all()) {
        const found = await loadPage(siteDir, (await result.locator("a").getAttribute("href"))!);
        const trail = found(".fr-breadcrumb__link")
          .toArray()
          .slice(0, -1)
          .map((link) => found(link).text().trim());
        expect(await result.locator("p.fr-text--xs").textContent()).toBe(trail.join(" › "));
      }
      await page.close();
    },
  );

  it("tells its progress and its result in a live region that the page holds from its load", async () => {
    const $ = await loadPage(siteDir, "/recherche/");
    expect($("[role=status]").length).toBe(1);
    expect($("[role=status]").text()).toBe("");
    const page = await session.browser.newPage();
    // Each text the region takes, recorded in the page as it changes.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { statusTexts: seen });
      new MutationObserver(() => {
        const text = document.querySelector("[role=status]")?.textContent;
        if (text && text !== seen.at(-1)) seen.push(text);
      }).observe(document, { childList: true, characterData: true, subtree: true });
    });
    await page.goto(`${session.origin}/recherche/?q=achats`);
    await page.locator(SEARCH_DONE).waitFor();
    const messages = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(messages[0]).toBe("Recherche en cours…");
    expect(messages.at(-1)).toMatch(/^\d+ pages? pour « achats »$/);
    await page.close();
  });

  it("says so when nothing matches", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/recherche/?q=zzzxqw`);
    await page.locator(SEARCH_DONE).waitFor();
    expect(await page.locator("[role=status]").textContent()).toBe("Aucune page pour « zzzxqw ».");
    await page.close();
  });

  it("leads to the site map when JavaScript is off", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}/`);
    await page.locator(".fr-header").getByRole("searchbox").fill("achats");
    await page.locator(".fr-header").getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(`${session.origin}/recherche/?q=achats`);
    await page.locator(".search-without-script").getByRole("link", { name: "plan du site" }).click();
    await page.waitForURL(`${session.origin}/plan-du-site/`);
    await context.close();
  });

  // No other page loads a script, nor Pagefind's index: every-page.test.ts checks each page's requests.
  it("loads on its page its own script only, and Pagefind's index only once a search is made", async () => {
    const page = await session.browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${session.origin}/recherche/`, { waitUntil: "networkidle" });
    expect(requested.filter((path) => path.startsWith("/js/") || path.startsWith("/pagefind/"))).toEqual([
      "/js/recherche.js",
    ]);
    await page.close();
  });
});
