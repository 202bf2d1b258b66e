import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { checkLinks } from "../support/links.ts";
import { commitAll } from "../support/git-history.ts";
import site from "../../_data/site.ts";
import type { WeightMeasures } from "../../src/weights.ts";
import { parseXml, readJson } from "../support/output.ts";
import {
  TEST_REPOSITORY_URL,
  buildFailure,
  buildSite,
  projectRoot,
  projectVariant,
} from "../support/project.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";

const siteDir = inject("siteDir");
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
  it("links to every page a reader can reach", async () => {
    const $ = await loadPage(siteDir, "/plan-du-site/");
    const links = $("article a")
      .map((_, link) => $(link).attr("href"))
      .get();
    const pages = (await builtPageUrls(siteDir)).filter((url) => !NOT_IN_SITEMAP.includes(url));
    expect([...new Set(links)].sort()).toEqual(pages);
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

  it("state an honest accessibility status", async () => {
    const $ = await loadPage(siteDir, "/accessibilite/");
    expect($("article").text()).toContain("non conforme");
    expect($("article").text()).toContain("aucun audit manuel");
  });

  it("give the eco-design declaration the site's own measurements", async () => {
    const weights = await readJson<WeightMeasures>(projectRoot, "_data/weights.json");
    const $ = await loadPage(siteDir, "/ecoconception/");
    const rows = $("table#mesures-par-budget tbody tr").toArray();
    // A row a measure, not a row a page: the declaration must not outgrow its own budgets.
    expect(rows).toHaveLength(5);
    const transfer = $(rows[0])
      .find("td")
      .toArray()
      .map((cell) => normalizeText($(cell).text()));
    const totals = weights.pages.map((page) => page.transfer.total);
    const heaviest = weights.pages.find((page) => page.transfer.total === Math.max(...totals));
    expect(transfer[0]).toBe(`${weights.budgets.transferBytes / 1000} au plus`);
    expect(transfer[2]).toBe(String(Math.round(Math.max(...totals) / 100) / 10).replace(".", ","));
    expect(transfer[3]).toBe(heaviest?.url);
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

  it("dates the last update from the page's front matter where git knows nothing of it", async () => {
    const projectDir = await projectVariant({});
    const { outputDir } = await buildSite({ projectDir, env: { SITE_REPOSITORY_URL: "" } });
    const $ = await loadPage(outputDir, "/plans-action/gouvernance/");
    expect($(".page-meta time").attr("datetime")).toBe("2022-04-01");
  });

  it("dates a page drawn from the catalogue by the later of its own commit and its data's", async () => {
    const projectDir = await projectVariant({});
    await commitAll(projectDir, "2024-01-10T09:00:00Z");
    const actionsFile = path.join(projectDir, "_data/actions.ts");
    await writeFile(actionsFile, `${await readFile(actionsFile, "utf8")}\n// Relu.\n`);
    await commitAll(projectDir, "2025-06-02T09:00:00Z");
    const { outputDir } = await buildSite({ projectDir });
    const updated = async (url: string) =>
      (await loadPage(outputDir, url))(".page-meta time").attr("datetime");
    expect(await updated("/plans-action/les-actions/achats/")).toBe("2025-06-02");
    expect(await updated("/plans-action/les-actions/")).toBe("2025-06-02");
    expect(await updated("/plans-action/gouvernance/")).toBe("2024-01-10");
    expect(await updated("/plans-action/gains-possibles/")).toBe("2024-01-10");
    const sitemap = parseXml<Sitemap>(await readFile(path.join(outputDir, "sitemap.xml"), "utf8")).urlset.url;
    const lastmod = (url: string) => sitemap.find((entry) => entry.loc === `${SITE}${url.slice(1)}`)?.lastmod;
    expect(lastmod("/plans-action/les-actions/achats/")).toBe("2025-06-02");
    expect(lastmod("/plans-action/gouvernance/")).toBe("2024-01-10");
  });

  it("stops on a page whose data source does not exist, naming the page and the field", async () => {
    const file = "content/plans-action/ministeres.njk";
    const source = await readFile(path.join(projectRoot, file), "utf8");
    const message = await buildFailure({
      [file]: source.replace("_data/ministries.ts", "_data/ministeres.ts"),
    });
    expect(message).toContain(
      `./${file} : dataSources nomme un fichier qui n'existe pas : _data/ministeres.ts`,
    );
  });
});

describe("a build for a project site on GitHub Pages", () => {
  it("puts every internal link and every feed address below the path prefix, once", async () => {
    const base = "https://exemple.github.io/numerique-responsable/";
    const { outputDir } = await buildSite({ env: { SITE_URL: base } });
    const $ = await loadPage(outputDir, "/plans-action/les-actions/");
    expect($('link[rel="stylesheet"]').attr("href")).toMatch(/^\/numerique-responsable\/css\/site\.css\?v=/);
    expect($('link[rel="canonical"]').attr("href")).toBe(`${base}plans-action/les-actions/`);
    expect($(".fr-sidemenu a").first().attr("href")).toBe("/numerique-responsable/plans-action/");
    const atom = await readFile(path.join(outputDir, "actualites/atom.xml"), "utf8");
    expect(atom).toContain(`<link href="${base}actualites/atom.xml" rel="self" />`);
    expect(atom).not.toContain("numerique-responsable/numerique-responsable");
    const report = await checkLinks(outputDir, base);
    expect(report.problems).toEqual([]);
  });
});
