import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { OpenData } from "../../src/catalogue/exports.ts";
import { type AtomFeed, type RssFeed, parseXml, readJson } from "../support/output.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { actionsFileWith } from "../support/data-edit.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

const HOSTILE = `<script>alert("x")</script> & "guillemets"`;
const NEWS_POST = "content/actualites/2023-01-01-hostile.md";
const SITE = "http://127.0.0.1:8080/";
let siteDir: string;

beforeAll(async () => {
  const entry = `  { id: "hostile", chantier: "achats", stage: "realisation", stageSource: "editorial", title: ${JSON.stringify(HOSTILE)} },`;
  const projectDir = await projectVariant({
    "_data/actions.ts": await actionsFileWith(entry),
    [NEWS_POST]: `---\ntitle: '${HOSTILE}'\ndescription: Essai.\ndate: 2023-01-01\n---\n\nTexte & <b>gras</b>, [la publication](/plans-action/).\n`,
    "content/plans-action/hostile.md": `---\ntitle: '${HOSTILE}'\ndescription: '${HOSTILE}'\neleventyNavigation:\n  parent: plansAction\n  order: 50\n---\n\nTexte.\n`,
  });
  siteDir = (await buildSite({ projectDir })).outputDir;
});

describe("markup in a title, from the catalogue or a front matter", () => {
  it("is shown as text on the page, in the sidebar, the breadcrumb and <title>, never run", async () => {
    const $ = await loadPage(siteDir, "/plans-action/hostile/");
    expect($("script").length).toBe(0);
    expect($("h1").text()).toBe(HOSTILE);
    expect($("head > title").text()).toContain(HOSTILE);
    expect($('meta[name="description"]').attr("content")).toBe(HOSTILE);
    expect(normalizeText($('.fr-sidemenu a[aria-current="page"]').text())).toBe(HOSTILE);
    expect(normalizeText($('.fr-breadcrumb a[aria-current="page"]').text())).toBe(HOSTILE);
  });

  it("is shown as text in the catalogue's pages", async () => {
    for (const url of [
      "/plans-action/les-actions/",
      "/plans-action/les-actions/achats/",
      "/plans-action/stades/realisation/",
    ]) {
      const $ = await loadPage(siteDir, url);
      // A page may hold data for portals (JSON-LD), never a script to run.
      expect($('script:not([type="application/ld+json"])').length, url).toBe(0);
      for (const data of $('script[type="application/ld+json"]').toArray()) {
        expect(() => JSON.parse($(data).text()) as unknown, url).not.toThrow();
      }
      const titles = $(".action-list__title")
        .map((_, title) => $(title).text())
        .get();
      expect(titles, url).toContain(HOSTILE);
    }
  });

  it("keeps its characters in the JSON and the CSV", async () => {
    const json = await readJson<OpenData>(siteDir, "plans-action/donnees/actions.json");
    expect(json.actions[0]?.title).toBe(HOSTILE);
    const csv = await readFile(path.join(siteDir, "plans-action/donnees/actions.csv"), "utf8");
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records[0]?.intitule).toBe(HOSTILE);
  });
});

describe("a news post whose title holds markup", () => {
  it("keeps both feeds well-formed, the title as text and its links absolute", async () => {
    const atomXml = await readFile(path.join(siteDir, "actualites/atom.xml"), "utf8");
    const rssXml = await readFile(path.join(siteDir, "actualites/rss.xml"), "utf8");
    for (const xml of [atomXml, rssXml]) expect(xml).not.toContain("<script>");
    const entry = parseXml<AtomFeed>(atomXml).feed.entry.find((item) => item.title === HOSTILE);
    expect(entry?.link.href).toBe(`${SITE}actualites/2023-01-01-hostile/`);
    expect(parseXml<RssFeed>(rssXml).rss.channel.item.map((item) => item.title)).toContain(HOSTILE);
    expect(atomXml).toContain(`href=&quot;${SITE}plans-action/&quot;`);
  });
});
