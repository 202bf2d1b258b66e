import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type ContentPage, newsPosts } from "../support/content.ts";
import { parseXml } from "../support/output.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";

const siteDir = inject("siteDir");
const SITE = "http://127.0.0.1:8080/";

interface Atom {
  feed: { entry: { title: string; link: { href: string }; updated: string }[] };
}
interface Rss {
  rss: { channel: { item: { title: string; link: string }[] } };
}

const feed = (dir: string, file: string) => readFile(path.join(dir, file), "utf8");
const absolute = (url: string) => `${SITE}${url.slice(1)}`;

let posts: ContentPage[];
beforeAll(async () => {
  posts = await newsPosts();
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
    const atom = parseXml<Atom>(await feed(siteDir, "actualites/atom.xml"));
    const rss = parseXml<Rss>(await feed(siteDir, "actualites/rss.xml"));
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

describe("a news post added with one Markdown file, its title holding markup", () => {
  const HOSTILE = `<script>alert("x")</script> & "guillemets"`;
  const FILE = "content/actualites/2023-01-01-hostile.md";
  let outputDir: string;

  beforeAll(async () => {
    const projectDir = await projectVariant({
      [FILE]: `---\ntitle: '${HOSTILE}'\ndescription: Essai.\ndate: 2023-01-01\n---\n\nTexte & <b>gras</b>, [la publication](/plans-action/).\n`,
    });
    outputDir = (await buildSite({ projectDir })).outputDir;
  });

  it("keeps both feeds well-formed, the title as text and its links absolute", async () => {
    const atomXml = await feed(outputDir, "actualites/atom.xml");
    const rssXml = await feed(outputDir, "actualites/rss.xml");
    for (const xml of [atomXml, rssXml]) expect(xml).not.toContain("<script>");
    const entry = parseXml<Atom>(atomXml).feed.entry.find((item) => item.title === HOSTILE);
    expect(entry?.link.href).toBe(`${SITE}actualites/2023-01-01-hostile/`);
    expect(parseXml<Rss>(rssXml).rss.channel.item.map((item) => item.title)).toContain(HOSTILE);
    expect(atomXml).toContain(`href=&quot;${SITE}plans-action/&quot;`);
  });
});
