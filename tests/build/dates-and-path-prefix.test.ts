// Builds of variants of the project, not of its content: not rerun on a contributor's edits.
import { appendFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLinks } from "../support/links.ts";
import { commitAll, setEarlierCommits } from "../support/git-history.ts";
import { HISTORY_LENGTH } from "../../src/eleventy/git-history.ts";
import { parseXml } from "../support/output.ts";
import { buildFailure, buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { ministriesFileWithDocument } from "../support/data-edit.ts";
import { loadPage, normalizeText } from "../support/site.ts";

const SITE = "http://127.0.0.1:8080/";

interface Sitemap {
  urlset: { url: { loc: string; lastmod?: string }[] };
}

describe("the last update of a page", () => {
  it("dates the last update from the page's front matter where git knows nothing of it", async () => {
    const projectDir = await projectVariant({});
    const { outputDir } = await buildSite({ projectDir, env: { SITE_REPOSITORY_URL: "" } });
    const $ = await loadPage(outputDir, "/plans-action/gouvernance/");
    expect($(".page-meta time").attr("datetime")).toBe("2022-04-01");
    // Nor any history to list.
    expect($(".page-history").length).toBe(0);
  });

  it("lists a page's latest commits under it, newest first, folded, each linked to its commit", async () => {
    const projectDir = await projectVariant({});
    const file = path.join(projectDir, "content/plans-action/gouvernance.md");
    const days = Array.from(
      { length: HISTORY_LENGTH + 2 },
      (_, index) => `2025-05-${String(index + 1).padStart(2, "0")}`,
    );
    const hashes: string[] = [];
    for (const day of days) {
      await appendFile(file, `\nRelu le ${day}.\n`);
      hashes.push(await commitAll(projectDir, `${day}T09:00:00Z`));
    }
    // The first commits described in English: the history says so of each of them.
    const englishUpTo = 5;
    await setEarlierCommits(projectDir, { language: "en", upTo: hashes[englishUpTo - 1]! });
    const repository = "https://forge.example.org/numerique-responsable";
    const { outputDir } = await buildSite({ projectDir, env: { SITE_REPOSITORY_URL: repository } });
    const $ = await loadPage(outputDir, "/plans-action/gouvernance/");
    const history = $(".page-meta details.page-history");
    expect(history.attr("open")).toBeUndefined();
    expect(history.children("summary").text()).toBe("Historique des modifications");
    const entries = history
      .find("li")
      .toArray()
      .map((entry) => $(entry));
    expect(entries.map((entry) => entry.find("time").attr("datetime"))).toEqual(
      days.slice(-HISTORY_LENGTH).reverse(),
    );
    expect(entries[0]!.find("a").text()).toBe(`État du ${days.at(-1)!}T09:00:00Z`);
    expect(entries[0]!.find("a").attr("href")).toMatch(new RegExp(`^${repository}/commit/[0-9a-f]{40}$`));
    const listed = hashes.slice(-HISTORY_LENGTH).reverse();
    const languages = listed.map((hash) => (hashes.indexOf(hash) < englishUpTo ? "en" : undefined));
    expect(entries.map((entry) => entry.find("a").attr("lang"))).toEqual(languages);
    expect(languages).toContain("en");

    // Without the repository's address, subjects are text: the English ones still say so.
    const unlinked = await buildSite({ projectDir, env: { SITE_REPOSITORY_URL: "" } });
    const $unlinked = await loadPage(unlinked.outputDir, "/plans-action/gouvernance/");
    const items = $unlinked(".page-history li").toArray();
    expect(items.map((item) => $unlinked(item).find("a").length)).toEqual(listed.map(() => 0));
    expect(items.map((item) => $unlinked(item).find("span").attr("lang"))).toEqual(languages);
  });

  it("stops on an earlier-commits setting that names no commit of a full history", async () => {
    const projectDir = await projectVariant({});
    await commitAll(projectDir, "2025-05-01T09:00:00Z");
    await setEarlierCommits(projectDir, { language: "en", upTo: "0123456789abcdef0123456789abcdef01234567" });
    const message = await buildSite({ projectDir }).then(
      () => "",
      (error: unknown) => String(error),
    );
    expect(message).toContain("_data/site.ts : champ « earlierCommits.upTo » : aucun commit");
  });

  it("dates a page drawn from the catalogue by the later of its own commit and its data's", async () => {
    const projectDir = await projectVariant({});
    await setEarlierCommits(projectDir, undefined);
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

    // A plan contributed later dates its ministry's page, and the pages that count it.
    const plan = await readFile(path.join(projectRoot, "tests/fixtures/plan-culture-2022.ts"), "utf8");
    await writeFile(path.join(projectDir, "_data/plans/culture-2022.ts"), plan);
    await commitAll(projectDir, "2026-03-04T09:00:00Z");
    const later = await buildSite({ projectDir });
    const laterUpdate = async (url: string) =>
      (await loadPage(later.outputDir, url))(".page-meta time").attr("datetime");
    expect(await laterUpdate("/plans-action/ministeres/culture/")).toBe("2026-03-04");
    expect(await laterUpdate("/plans-action/ministeres/justice/")).toBe("2025-06-02");
    expect(await laterUpdate("/plans-action/ministeres/")).toBe("2026-03-04");
    const sitemap = parseXml<Sitemap>(await readFile(path.join(outputDir, "sitemap.xml"), "utf8")).urlset.url;
    const lastmod = (url: string) => sitemap.find((entry) => entry.loc === `${SITE}${url.slice(1)}`)?.lastmod;
    expect(lastmod("/plans-action/les-actions/achats/")).toBe("2025-06-02");
    expect(lastmod("/plans-action/gouvernance/")).toBe("2024-01-10");
  });

  it("stops on a page whose data source does not exist, naming the page and the field", async () => {
    const file = "content/plans-action/sources.md";
    const message = await buildFailure({
      [file]: "---\ntitle: Sources\ndescription: Court.\ndataSources: [_data/ministeres.ts]\n---\n\nTexte.\n",
    });
    expect(message).toContain(
      `./${file} : champ « dataSources » : nomme un fichier qui n'existe pas : _data/ministeres.ts`,
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

describe("a ministry document kept in the repository", () => {
  const withDocument = (file: string) =>
    ministriesFileWithDocument(`{ title: "Bilan versé", file: "${file}" }`);

  it("is a download link whose format and size are read from the file", async () => {
    const projectDir = await projectVariant({
      "_data/ministries.ts": await withDocument("documents/bilan-verse.pdf"),
      "public/documents/bilan-verse.pdf": "%PDF-1.4\n".padEnd(2_345, "x"),
    });
    const { outputDir } = await buildSite({ projectDir });
    const catalogue = await loadCatalogue(projectRoot);
    const $ = await loadPage(outputDir, catalogue.ministries[0]!.url);
    const link = $('.plan-documents a[href="/documents/bilan-verse.pdf"]');
    expect(normalizeText(link.find(".fr-link__detail").text())).toBe("PDF – 2,35 ko – français");
    expect(await readFile(path.join(outputDir, "documents/bilan-verse.pdf"), "utf8")).toHaveLength(2_345);
  });

  it("stops the build when the file is missing, naming the file, the entry and the field", async () => {
    const message = await buildFailure({ "_data/ministries.ts": await withDocument("documents/absent.pdf") });
    expect(message).toMatch(
      /_data\/ministries\.ts : ministère « [a-z-]+ », document « Bilan versé », champ « file » : fichier introuvable \(public\/documents\/absent\.pdf\)/,
    );
  });
});
