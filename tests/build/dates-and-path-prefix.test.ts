// Builds of variants of the project, not of its content: not rerun on a contributor's edits.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLinks } from "../../src/checks/links.ts";
import { buildFailure, buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { catalogueUrls } from "../../src/catalogue/urls.ts";
import type { PlanUploadData } from "../../src/import/upload-data.ts";
import { ministriesFileWithDocument } from "../support/data-edit.ts";
import { loadPage, normalizeText } from "../support/site.ts";

describe("a build for a project site on GitHub Pages", () => {
  it("puts every internal link and every feed address below the path prefix, once", async () => {
    const base = "https://exemple.github.io/numerique-responsable/";
    const plan = await readFile(path.join(projectRoot, "tests/fixtures/plan-culture-2022.ts"), "utf8");
    const projectDir = await projectVariant({ "_data/plans/culture-2022.ts": plan });
    const { outputDir } = await buildSite({ projectDir, env: { SITE_URL: base } });
    const $ = await loadPage(outputDir, "/plans-action/les-actions/");
    expect($('link[rel="stylesheet"]').attr("href")).toMatch(/^\/numerique-responsable\/css\/site\.css\?v=/);
    expect($('link[rel="canonical"]').attr("href")).toBe(`${base}plans-action/les-actions/`);
    expect($(".fr-sidemenu a").first().attr("href")).toBe("/numerique-responsable/plans-action/");
    const atom = await readFile(path.join(outputDir, "actualites/atom.xml"), "utf8");
    expect(atom).toContain(`<link href="${base}actualites/atom.xml" rel="self" />`);
    expect(atom).not.toContain("numerique-responsable/numerique-responsable");
    const report = await checkLinks(outputDir, base);
    expect(report.problems).toEqual([]);

    // Addresses a script reads from the page's data are not links: they carry the prefix themselves.
    const tool = await loadPage(outputDir, catalogueUrls.planUpload);
    expect(tool('script[type="module"]').attr("src")).toBe("/numerique-responsable/js/verser-un-plan.js");
    const { plans } = JSON.parse(tool("#verser-donnees").text()) as PlanUploadData;
    expect(plans.map((entry) => entry.url)).toEqual([
      `/numerique-responsable${catalogueUrls.planJson("culture", "2022")}`,
    ]);
    await readFile(path.join(outputDir, catalogueUrls.planJson("culture", "2022")), "utf8");
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
