import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import site from "../../_data/site.ts";
import { WEIGHT_BUDGETS, type WeightMeasures } from "../../src/weights.ts";
import { parseXml, readJson } from "../support/output.ts";
import { TEST_REPOSITORY_URL } from "../support/project.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";
import { isDocumentPage } from "../../src/urls.ts";
import { frenchNumber } from "../../src/eleventy/numbers.ts";

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");
const SITE = "http://127.0.0.1:8080/";
const NOT_IN_SITEMAP = ["/404.html", "/recherche/"];

interface Sitemap {
  urlset: { url: { loc: string; lastmod?: string }[] };
}

describe("sitemap.xml and robots.txt", () => {
  it("list every public page, with its last change where it is known", async () => {
    const xml = await readFile(path.join(siteDir, "sitemap.xml"), "utf8");
    const urls = parseXml<Sitemap>(xml).urlset.url;
    const pages = (await builtPageUrls(siteDir)).filter((url) => !NOT_IN_SITEMAP.includes(url));
    expect(urls.map((entry) => entry.loc).sort()).toEqual(
      pages.map((url) => `${SITE}${url.slice(1)}`).sort(),
    );
    // A page git does not know yet and whose front matter has no date has no known last change.
    for (const entry of urls.filter((url) => url.lastmod !== undefined)) {
      expect(String(entry.lastmod), entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("are announced to robots", async () => {
    const robots = await readFile(path.join(siteDir, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});

describe("the human site map", () => {
  it("links to every page a reader can reach, or to the page that lists it", async () => {
    const $ = await loadPage(siteDir, "/plan-du-site/");
    const listed = new Set(
      $("article a")
        .map((_, link) => $(link).attr("href"))
        .get(),
    );
    const pages = (await builtPageUrls(siteDir)).filter((url) => !NOT_IN_SITEMAP.includes(url));
    const reached = new Set(listed);
    for (const url of listed) {
      if (!pages.includes(url)) continue;
      const page = await loadPage(siteDir, url);
      for (const href of page("main a")
        .map((_, link) => page(link).attr("href"))
        .get())
        reached.add(href);
    }
    expect(pages.filter((url) => !reached.has(url))).toEqual([]);
    expect([...listed].filter((url) => !pages.includes(url))).toEqual([]);
  });
});

describe("the 404 page", () => {
  it("leads to the home page, the site map and the search", async () => {
    const $ = await loadPage(siteDir, "/404.html");
    expect(normalizeText($("h1").text())).toBe("Page introuvable");
    const links = $("article a")
      .map((_, link) => $(link).attr("href"))
      .get();
    expect(links).toEqual(expect.arrayContaining(["/", "/plan-du-site/", "/recherche/"]));
  });
});

describe("the required public pages", () => {
  it("are linked from the footer of every page", async () => {
    const expected = site.footerLinks.map((link) => link.url);
    for (const url of await builtPageUrls(siteDir)) {
      const $ = await loadPage(siteDir, url);
      expect(
        $(".fr-footer__bottom-list a")
          .map((_, link) => $(link).attr("href"))
          .get(),
        url,
      ).toEqual(expected);
    }
  });

  it("give the eco-design declaration the site's own measurements", async () => {
    const weights = await readJson<WeightMeasures>(projectDir, "_data/weights.json");
    const $ = await loadPage(siteDir, "/ecoconception/");
    const rows = $("table#mesures-par-budget tbody tr").toArray();
    // A row a measure, not a row a page: the declaration must not outgrow its own budgets.
    expect(rows).toHaveLength(Object.keys(WEIGHT_BUDGETS).length);
    const transfer = $(rows[0])
      .find("td")
      .toArray()
      .map((cell) => normalizeText($(cell).text()));
    // The readers' pages: a contributors' tool and the document pages are given apart, against
    // their own budgets.
    const readerPages = weights.pages.filter(
      (page) => !(page.url in weights.toolBudgets) && !isDocumentPage(page.url),
    );
    const totals = readerPages.map((page) => page.transfer.total);
    const heaviest = readerPages.find((page) => page.transfer.total === Math.max(...totals));
    expect(transfer[0]).toBe(`${weights.budgets.transferBytes / 1000} au plus`);
    expect(transfer[2]).toBe(String(Math.round(Math.max(...totals) / 100) / 10).replace(".", ","));
    expect(transfer[3]).toBe(heaviest?.url);
    for (const [url, budget] of Object.entries(weights.toolBudgets)) {
      const sentence = normalizeText($(`#mesures ~ p:has(a[href="${url}"])`).text());
      expect(sentence).toContain(`${(budget.transferBytes ?? 0) / 1000} ko au plus`);
    }
    const documents = weights.pages.filter((page) => isDocumentPage(page.url));
    const documentRows = $("table#mesures-des-versions-imprimables tbody tr").toArray();
    expect(documentRows).toHaveLength(documents.length ? Object.keys(WEIGHT_BUDGETS).length : 0);
    if (documents.length) {
      const elements = $(documentRows[2])
        .find("td")
        .toArray()
        .map((cell) => normalizeText($(cell).text()));
      expect(elements[0]).toBe(
        normalizeText(`${frenchNumber(weights.documentBudgets.domElements ?? 0)} au plus`),
      );
      expect(elements[2]).toBe(
        normalizeText(frenchNumber(Math.max(...documents.map((page) => page.domElements)))),
      );
    }
    const published = $("#mesures ~ p a").attr("href");
    expect(published).toBe("/ecoconception/mesures.json");
    expect(await readJson(siteDir, published!)).toEqual(weights);
  });
});

describe("editing through pull requests", () => {
  it("puts a « Modifier cette page » link to the repository on every Markdown page", async () => {
    const $ = await loadPage(siteDir, "/plans-action/gouvernance/");
    expect($('.page-meta a:contains("Modifier cette page")').attr("href")).toBe(
      `${TEST_REPOSITORY_URL}/edit/main/content/plans-action/gouvernance.md`,
    );
    const generated = await loadPage(siteDir, "/plans-action/les-actions/achats/");
    expect(generated('.page-meta a:contains("Modifier cette page")').length).toBe(0);
  });
});
