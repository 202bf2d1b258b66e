import { describe, expect, inject, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { absoluteUrl } from "../../src/urls.ts";
import site from "../../_data/site.ts";
import { browserSession } from "../support/browser.ts";
import { policyViolations, watchPolicyViolations } from "../support/page-survey.ts";
import { projectRoot } from "../support/project.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

const siteDir = inject("siteDir");
const session = browserSession(siteDir);
const SEARCH_PAGE = "/recherche/";

/** The policy a page declares, directive by directive. */
async function declaredPolicy(url: string): Promise<Map<string, string[]>> {
  const $ = await loadPage(siteDir, url);
  const metas = $('meta[http-equiv="Content-Security-Policy"]');
  expect(metas.length, url).toBe(1);
  return new Map(
    (metas.attr("content") ?? "").split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("content security policy", () => {
  it("is declared on every page: its own files only, no inline code, WebAssembly for search alone", async () => {
    for (const url of await builtPageUrls(siteDir)) {
      const policy = await declaredPolicy(url);
      expect(policy.get("default-src"), url).toEqual(["'self'"]);
      expect([...policy.values()].flat(), url).not.toContain("'unsafe-inline'");
      expect([...policy.values()].flat(), url).not.toContain("'unsafe-eval'");
      const runsWasm = policy.get("script-src")?.includes("'wasm-unsafe-eval'") ?? false;
      expect(runsWasm, url).toBe(url === SEARCH_PAGE);
      const $ = await loadPage(siteDir, url);
      expect($('meta[name="referrer"]').attr("content"), url).toBe("strict-origin-when-cross-origin");
    }
  });

  // Every page's own load is checked in every-page.test.ts.
  it("is never broken by a search with results, with or without Pagefind's worker", async () => {
    const page = await session.browser.newPage();
    await watchPolicyViolations(page);
    const violations: string[] = [];
    // A search that finds pages runs Pagefind: its WebAssembly and its index files, in its worker,
    // then in the page itself, as where a worker cannot start.
    for (const worker of ["avec", "sans"]) {
      if (worker === "sans") await page.route("**/pagefind-worker.js", (route) => route.abort());
      await page.goto(`${session.origin}${SEARCH_PAGE}?q=achats`, { waitUntil: "load" });
      await page.locator(".search-results li").first().waitFor();
      const seen = await policyViolations(page);
      violations.push(
        ...seen.map((violation) => `${SEARCH_PAGE}?q=achats (${worker} worker) : ${violation}`),
      );
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe("share and harvest metadata", () => {
  it("gives every page an Open Graph card that matches its title, description and address", async () => {
    for (const url of await builtPageUrls(siteDir)) {
      const $ = await loadPage(siteDir, url);
      const og = (property: string) => $(`meta[property="og:${property}"]`).attr("content");
      expect(og("url"), url).toBe($('link[rel="canonical"]').attr("href"));
      expect(og("description"), url).toBe($('meta[name="description"]').attr("content"));
      expect($("title").text(), url).toContain(og("title"));
      expect(og("locale"), url).toBe("fr_FR");
      expect(og("site_name"), url).toBe(site.title);
      expect(["website", "article"], url).toContain(og("type"));
    }
  });

  it("keeps the search page, and it alone, out of search engines", async () => {
    for (const url of await builtPageUrls(siteDir)) {
      const robots = (await loadPage(siteDir, url))('meta[name="robots"]').attr("content");
      expect(robots, url).toBe(url === SEARCH_PAGE ? "noindex" : undefined);
    }
  });

  it("describes the open data as a schema.org Dataset, with each file and its format", async () => {
    const catalogue = await loadCatalogue(projectRoot);
    const describing: string[] = [];
    for (const url of await builtPageUrls(siteDir)) {
      const blocks = (await loadPage(siteDir, url))('script[type="application/ld+json"]');
      if (blocks.length) describing.push(url);
    }
    expect(describing).toHaveLength(1);
    const $ = await loadPage(siteDir, describing[0]!);
    // The page that describes the data is the one that links to its files.
    for (const file of [catalogue.urls.csv, catalogue.urls.planCsv, catalogue.urls.json]) {
      expect($(`a[href="${file}"]`).length).toBe(1);
    }
    const dataset = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(dataset).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: catalogue.publication.title,
      license: catalogue.publication.licence.url,
      publisher: { "@type": "Organization", name: catalogue.publication.publisher },
      distribution: [
        { encodingFormat: "text/csv", contentUrl: absoluteUrl(catalogue.urls.csv, site.url) },
        { encodingFormat: "text/csv", contentUrl: absoluteUrl(catalogue.urls.planCsv, site.url) },
        { encodingFormat: "application/json", contentUrl: absoluteUrl(catalogue.urls.json, site.url) },
      ],
    });
    expect(String(dataset.description).length).toBeGreaterThan(20);
    expect(dataset.temporalCoverage).toMatch(/^\d{4}(\/\d{4})?$/);
    expect(String(dataset.temporalCoverage)).toContain(catalogue.publication.publishedOn.slice(0, 4));
  });
});
