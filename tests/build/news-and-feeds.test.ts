import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type ContentPage, newsPosts } from "../support/content.ts";
import { type AtomFeed, type RssFeed, parseXml } from "../support/output.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");
const SITE = "http://127.0.0.1:8080/";

const feed = (dir: string, file: string) => readFile(path.join(dir, file), "utf8");
const absolute = (url: string) => `${SITE}${url.slice(1)}`;

let posts: ContentPage[];
beforeAll(async () => {
  posts = await newsPosts(projectDir);
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

  it("are announced by an autodiscovery link in the head of every page", async () => {
    for (const url of await builtPageUrls(siteDir)) {
      const $ = await loadPage(siteDir, url);
      expect(
        $('head link[rel="alternate"]')
          .map((_, link) => `${$(link).attr("type")} ${$(link).attr("href")}`)
          .get(),
        url,
      ).toEqual([
        `application/atom+xml ${SITE}actualites/atom.xml`,
        `application/rss+xml ${SITE}actualites/rss.xml`,
      ]);
    }
  });
});
