import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { siteUrls } from "../../src/urls.ts";
import { atomProblems, readAtom } from "../support/atom.ts";
import { type ContentPage, newsPosts } from "../support/content.ts";
import { type AtomFeed, type RssFeed, parseXml } from "../support/output.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");
const SITE = "http://127.0.0.1:8080/";

const feed = (dir: string, file: string) => readFile(path.join(dir, file), "utf8");
const absolute = (url: string) => `${SITE}${url.slice(1)}`;

let posts: ContentPage[];
let catalogue: Catalogue;
beforeAll(async () => {
  [posts, catalogue] = await Promise.all([newsPosts(projectDir), loadCatalogue(projectDir)]);
});

describe("news", () => {
  it("are listed newest first, each with its date", async () => {
    const $ = await loadPage(siteDir, "/actualites/");
    const items = $(".news-list > li")
      .toArray()
      .map((item) => [normalizeText($(item).find("h2").text()), $(item).find("time").attr("datetime")]);
    expect(items).toEqual(posts.map((post) => [post.data.title, post.data.date]));
  });

  it("have their page, in the breadcrumb under « Actualités »", async () => {
    for (const post of posts) {
      const $ = await loadPage(siteDir, post.url);
      const trail = $(".fr-breadcrumb a")
        .map((_, link) => normalizeText($(link).text()))
        .get();
      expect(trail, post.url).toEqual(["Accueil", "Actualités", post.data.title]);
    }
  });
});

describe("feeds", () => {
  it("are Atom and RSS 2.0 listing every post, newest first, with absolute addresses", async () => {
    const atom = parseXml<AtomFeed>(await feed(siteDir, "actualites/atom.xml"));
    const rss = parseXml<RssFeed>(await feed(siteDir, "actualites/rss.xml"));
    const expected = posts.map((post) => absolute(post.url));
    expect(atom.feed.entry.map((entry) => entry.link.href)).toEqual(expected);
    expect(rss.rss.channel.item.map((item) => item.link)).toEqual(expected);
  });

  it("are announced by an autodiscovery link in the head of every page, a ministry's page first its own", async () => {
    const ministryFeeds = new Map(
      catalogue.ministries.map((ministry) => [
        ministry.url,
        absolute(catalogue.urls.ministryFeed(ministry.id)),
      ]),
    );
    for (const url of await builtPageUrls(siteDir)) {
      const $ = await loadPage(siteDir, url);
      const own = ministryFeeds.get(url);
      expect(
        $('head link[rel="alternate"]')
          .map((_, link) => `${$(link).attr("type")} ${$(link).attr("href")}`)
          .get(),
        url,
      ).toEqual([
        ...(own ? [`application/atom+xml ${own}`] : []),
        `application/atom+xml ${SITE}actualites/atom.xml`,
        `application/rss+xml ${SITE}actualites/rss.xml`,
      ]);
    }
  });

  it("give the news' Atom feed all that RFC 4287 requires", async () => {
    expect(atomProblems(readAtom(await feed(siteDir, "actualites/atom.xml")))).toEqual([]);
  });
});

describe("ministry feeds", () => {
  it("are one valid Atom feed per ministry: its plans and its page's history", async () => {
    for (const ministry of catalogue.ministries) {
      const atom = readAtom(await feed(siteDir, catalogue.urls.ministryFeed(ministry.id)));
      expect(atomProblems(atom), ministry.id).toEqual([]);
      expect(atom.links.find((link) => link.rel === "self")?.href).toBe(
        absolute(catalogue.urls.ministryFeed(ministry.id)),
      );
      // A plan is listed when a note of its own or a review dates it; every note of the history is.
      const dated = ministry.plans.filter((plan) => plan.ownNotes.length || plan.completion.length);
      expect(atom.entries, ministry.id).toHaveLength(dated.length + ministry.modifications.length);
      for (const entry of atom.entries)
        expect(entry.href?.startsWith(absolute(ministry.url)), entry.id).toBe(true);
    }
  });

  it("stay out of the site map, the site-map page and the menus", async () => {
    const sitemap = await feed(siteDir, siteUrls.sitemap);
    const siteMapPage = await loadPage(siteDir, siteUrls.siteMap);
    for (const ministry of catalogue.ministries) {
      const url = catalogue.urls.ministryFeed(ministry.id);
      expect(sitemap, url).not.toContain(url);
      expect(siteMapPage(`a[href="${url}"]`).length, url).toBe(0);
      const page = await loadPage(siteDir, ministry.url);
      expect(page(`header a[href="${url}"], nav a[href="${url}"]`).length, url).toBe(0);
    }
  });
});
