import { readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { buildSite, projectVariant } from "../support/project.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";

const siteDir = inject("siteDir");
const SITE = "http://127.0.0.1:8080/";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

async function feed(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, file), "utf8");
}

interface AtomEntry {
  title: string;
  link: { href: string };
  updated: string;
}

describe("news", () => {
  it("are listed newest first, each with its date", async () => {
    const $ = await loadPage(siteDir, "/actualites/");
    const items = $(".news-list > li")
      .toArray()
      .map((item) => [normalizeText($(item).find("h2").text()), $(item).find("time").attr("datetime")]);
    expect(items).toEqual([
      ["Ouverture du site Numérique responsable", "2026-11-29"],
      ["Les ministères publient leurs plans d’action numérique responsable", "2022-04-01"],
    ]);
  });

  it("have their page, in the breadcrumb under « Actualités »", async () => {
    const $ = await loadPage(siteDir, "/actualites/2022-04-01-publication-des-plans/");
    expect($(".fr-breadcrumb a").map((_, link) => normalizeText($(link).text())).get()).toEqual([
      "Accueil",
      "Actualités",
      "Les ministères publient leurs plans d’action numérique responsable",
    ]);
  });
});

describe("feeds", () => {
  it("are valid Atom and RSS 2.0 listing every post with absolute addresses", async () => {
    const atom = await feed(siteDir, "actualites/atom.xml");
    const rss = await feed(siteDir, "actualites/rss.xml");
    expect(XMLValidator.validate(atom)).toBe(true);
    expect(XMLValidator.validate(rss)).toBe(true);
    const entries: AtomEntry[] = parser.parse(atom).feed.entry;
    expect(entries.map((entry) => entry.link.href)).toEqual([
      `${SITE}actualites/2026-11-29-ouverture-du-site/`,
      `${SITE}actualites/2022-04-01-publication-des-plans/`,
    ]);
    const items: { link: string }[] = parser.parse(rss).rss.channel.item;
    expect(items.map((item) => item.link)).toEqual(entries.map((entry) => entry.link.href));
    // Links inside a post become absolute too.
    expect(atom).toContain(`href=&quot;${SITE}plans-action/&quot;`);
  });

  it("are announced by an autodiscovery link in the head of every page", async () => {
    for (const url of await builtPageUrls(siteDir)) {
      const $ = await loadPage(siteDir, url);
      expect($('head link[rel="alternate"]').map((_, link) => `${$(link).attr("type")} ${$(link).attr("href")}`).get(), url).toEqual([
        `application/atom+xml ${SITE}actualites/atom.xml`,
        `application/rss+xml ${SITE}actualites/rss.xml`,
      ]);
    }
  });
});

describe("a news post whose title holds markup", () => {
  const HOSTILE = `<script>alert("x")</script> & "guillemets"`;
  let outputDir: string;

  beforeAll(async () => {
    const projectDir = await projectVariant({
      "content/actualites/2023-01-01-hostile.md": `---\ntitle: '${HOSTILE}'\ndescription: Essai.\ndate: 2023-01-01\n---\n\nTexte & <b>gras</b>.\n`,
    });
    outputDir = (await buildSite({ projectDir })).outputDir;
  });

  it("keeps both feeds valid XML and the title as text", async () => {
    for (const file of ["actualites/atom.xml", "actualites/rss.xml"]) {
      const xml = await feed(outputDir, file);
      expect(XMLValidator.validate(xml), file).toBe(true);
      expect(xml).not.toContain("<script>");
    }
    const entries: AtomEntry[] = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(
      await feed(outputDir, "actualites/atom.xml"),
    ).feed.entry;
    expect(entries.map((entry) => entry.title)).toContain(HOSTILE);
  });
});
