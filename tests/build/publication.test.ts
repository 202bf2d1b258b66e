import { readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import markdownIt from "markdown-it";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Link, publicationMenu } from "../support/content.ts";
import { projectRoot } from "../support/project.ts";
import { breadcrumb, sidebarTopLevel } from "../support/publication.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";
import { isDocumentPage } from "../../src/urls.ts";

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");

// The publication's pages as its Markdown files declare them: a page added the documented way is expected too.
let PUBLICATION: Link[];

let pageUrls: string[];
let publicationUrls: string[];

beforeAll(async () => {
  PUBLICATION = await publicationMenu(projectDir);
  pageUrls = await builtPageUrls(siteDir);
  // A document page (a whole plan, the publication on one page) reads without the menu.
  publicationUrls = pageUrls.filter((url) => url.startsWith("/plans-action/") && !isDocumentPage(url));
});

describe("every page", () => {
  it("is in French, with its own title (70 characters at most), a description and an absolute canonical URL", async () => {
    expect(pageUrls).toEqual(expect.arrayContaining(["/", ...PUBLICATION.map((entry) => entry.url)]));
    for (const url of pageUrls) {
      const $ = await loadPage(siteDir, url);
      expect($("html").attr("lang"), url).toBe("fr");
      const title = normalizeText($("head > title").text());
      expect(title.startsWith(normalizeText($("h1").text())), `${url}: ${title}`).toBe(true);
      expect(title.length, title).toBeLessThanOrEqual(70);
      expect($('meta[name="description"]').attr("content")?.length, url).toSatisfy(
        (length: number | undefined) => length !== undefined && length > 0 && length <= 160,
      );
      expect($('link[rel="canonical"]').attr("href"), url).toBe(
        new URL(url.slice(1), "http://127.0.0.1:8080/").href,
      );
    }
  });

  it("starts with a skip link to its <main>", async () => {
    for (const url of pageUrls) {
      const $ = await loadPage(siteDir, url);
      const skipLink = $("a").first();
      expect(skipLink.attr("href"), url).toBe("#contenu");
      expect($("main#contenu").length, url).toBe(1);
    }
  });
});

describe("« Les actions », the seed page", () => {
  const seedFile = path.join(projectRoot, "tests/fixtures/les-actions.seed.md");

  it("keeps the seed's front matter exactly", async () => {
    const frontMatter = (text: string) => text.split(/^---$/m)[1];
    const seed = await readFile(seedFile, "utf8");
    const page = await readFile(path.join(projectDir, "content/plans-action/les-actions.md"), "utf8");
    expect(frontMatter(page)).toBe(frontMatter(seed));
  });

  it("shows every heading, paragraph and list item of the seed, word for word", async () => {
    const seedBody = (await readFile(seedFile, "utf8")).split(/^---$/m).slice(2).join("---");
    const seed = load(markdownIt().render(seedBody));
    const blocks = seed("h2, h3, p, li")
      .toArray()
      .map((element) => ({ tag: element.tagName, text: normalizeText(seed(element).text()) }));
    expect(blocks.length).toBeGreaterThan(40);

    const $ = await loadPage(siteDir, "/plans-action/les-actions/");
    const article = $("article");
    // A catalogue entry's text is its title, without the stage badge beside it.
    const textOf = (element: Parameters<typeof $>[0]) => {
      const title = $(element).find(".action-list__title");
      return normalizeText((title.length ? title : $(element)).text());
    };
    for (const block of blocks) {
      const found = article
        .find(block.tag)
        .toArray()
        .some((element) => textOf(element) === block.text);
      expect(found, `<${block.tag}> ${block.text}`).toBe(true);
    }
    expect(article.find('a[href="https://dons.encheres-domaine.gouv.fr/"]').text()).toBe("DNID");
  });

  it("has the title of its front matter and a short meta description", async () => {
    const $ = await loadPage(siteDir, "/plans-action/les-actions/");
    expect($("h1").text()).toBe("Les actions");
    // The seed's description is longer than search results show: the page gives a short one.
    expect($('meta[name="description"]').attr("content")).toMatch(/^Les actions des plans ministériels/);
    expect($('meta[name="description"]').attr("content")!.length).toBeLessThanOrEqual(160);
  });
});

describe("sidebar", () => {
  it("lists the publication's pages in order on each of them", async () => {
    expect(publicationUrls).toEqual(expect.arrayContaining(PUBLICATION.map((entry) => entry.url)));
    for (const url of publicationUrls) {
      expect(sidebarTopLevel(await loadPage(siteDir, url)), url).toEqual(PUBLICATION);
    }
  });

  it("marks the current page, and only it, with aria-current", async () => {
    for (const { url } of PUBLICATION) {
      const $ = await loadPage(siteDir, url);
      const current = $('.fr-sidemenu a[aria-current="page"]');
      expect(current.length, url).toBe(1);
      expect(current.attr("href"), url).toBe(url);
    }
  });

  it("is not on the site's home page, which lists the publication instead", async () => {
    const $ = await loadPage(siteDir, "/");
    expect($(".fr-sidemenu").length).toBe(0);
    const links = $("main section a")
      .toArray()
      .map((link) => ({ title: normalizeText($(link).text()), url: $(link).attr("href") }));
    expect(links).toEqual(PUBLICATION);
  });
});

describe("breadcrumb", () => {
  it("goes from the home page through the publication to the current page", async () => {
    const $ = await loadPage(siteDir, "/plans-action/les-actions/");
    expect(breadcrumb($)).toEqual([
      { title: "Accueil", url: "/" },
      { title: PUBLICATION[0]?.title, url: "/plans-action/" },
      { title: "Les actions", url: undefined },
    ]);
    expect($('.fr-breadcrumb a[aria-current="page"]').text()).toBe("Les actions");
  });

  it("has two steps on the publication's home", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    expect(breadcrumb($)).toEqual([
      { title: "Accueil", url: "/" },
      { title: PUBLICATION[0]?.title, url: undefined },
    ]);
  });

  it("is left out of the site's home page", async () => {
    const $ = await loadPage(siteDir, "/");
    expect($(".fr-breadcrumb").length).toBe(0);
  });
});

describe("headings", () => {
  it("give the seed's sections stable ASCII ids", async () => {
    const $ = await loadPage(siteDir, "/plans-action/les-actions/");
    expect(
      $("article h2")
        .map((_, element) => $(element).attr("id"))
        .get()
        .slice(0, 2),
    ).toEqual([
      "des-actions-qui-repondent-a-un-triptyque-realisation-experimentation-reflexion",
      "des-actions-prioritaires-pour-avoir-de-l-impact",
    ]);
    expect($("h3#phase-d-usage a.header-anchor").attr("href")).toBe("#phase-d-usage");
  });

  it("have unique ASCII ids on every page", async () => {
    for (const url of pageUrls) {
      const $ = await loadPage(siteDir, url);
      const ids = $("article h2, article h3")
        .map((_, element) => $(element).attr("id"))
        .get();
      for (const id of ids) expect(id, url).toMatch(/^[a-z0-9-]+$/);
      expect(new Set(ids).size, url).toBe(ids.length);
    }
  });
});

describe("table of contents", () => {
  it("lists the sections of a page with three or more, linking to their ids", async () => {
    const $ = await loadPage(siteDir, "/plans-action/gouvernance/");
    const sections = $("article > h2[id]:not(#sur-cette-page)")
      .toArray()
      .map((heading) => ({ title: normalizeText($(heading).text()), url: `#${$(heading).attr("id")}` }));
    expect(sections.length).toBeGreaterThanOrEqual(3);
    const entries = $('nav[aria-labelledby="sur-cette-page"] a')
      .toArray()
      .map((link) => ({ title: normalizeText($(link).text()), url: $(link).attr("href") }));
    expect(entries).toEqual(sections);
    expect(normalizeText($("#sur-cette-page").text())).toBe("Sur cette page");
  });

  it("is left out of a page with fewer than three sections", async () => {
    const $ = await loadPage(siteDir, "/plans-action/les-actions/");
    expect($("#sur-cette-page").length).toBe(0);
  });
});

describe("dates", () => {
  it("show the front-matter date in French inside <time datetime>", async () => {
    const $ = await loadPage(siteDir, "/plans-action/les-actions/");
    const time = $("article .page-date time");
    expect(time.attr("datetime")).toBe("2022-04-01");
    expect(time.text()).toBe("1er avril 2022");
  });

  it("are left out of a page whose front matter has none", async () => {
    const $ = await loadPage(siteDir, "/");
    expect($("article .page-date").length).toBe(0);
  });
});
