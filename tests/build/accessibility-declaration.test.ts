import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { AUDIT_FILE, type AuditSource } from "../../src/accessibility/audit.ts";
import { CRITERIA } from "../../src/accessibility/criteria.ts";
import { loadAudit } from "../../src/accessibility/load.ts";
import { fileSize } from "../../src/eleventy/documents.ts";
import { frenchNumber } from "../../src/eleventy/numbers.ts";
import { siteUrls } from "../../src/urls.ts";
import { auditFixture, metCriteria } from "../fixtures/audit.ts";
import { buildFailure, buildSite, projectVariant } from "../support/project.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";

/*
 * The declaration, the footer's mention and the grid's CSV, computed from the audit's grid
 * (_data/rgaa.ts): the project's own, then made-up grids that move the mention across the RGAA's
 * thresholds.
 */

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");

const footerMention = async (dir: string, url: string) =>
  normalizeText(
    (await loadPage(dir, url))(`.fr-footer__bottom-link[href="${siteUrls.accessibility}"]`).text(),
  );

const declarationText = async (dir: string) =>
  normalizeText((await loadPage(dir, siteUrls.accessibility))("article").text());

async function buildWithAudit(audit: AuditSource): Promise<string> {
  const variant = await projectVariant({
    [AUDIT_FILE]: `export default ${JSON.stringify(audit, null, 2)};\n`,
  });
  return (await buildSite({ projectDir: variant })).outputDir;
}

describe("the accessibility declaration of the project", () => {
  it("is named on every page's footer with the state its grid computes", async () => {
    const { conformance } = await loadAudit(projectDir);
    for (const url of await builtPageUrls(siteDir)) {
      expect(await footerMention(siteDir, url), url).toBe(`Accessibilité : ${conformance}`);
    }
  });

  it("states the rate, the sample and each criterion not met with its plan", async () => {
    const accessibility = await loadAudit(projectDir);
    const text = await declarationText(siteDir);
    expect(text).toContain(`est ${accessibility.conformance} au référentiel`);
    expect(text).toContain(`${frenchNumber(accessibility.rate)} % des critères du RGAA sont respectés`);
    for (const { criterion, pages } of accessibility.nonConformities) {
      expect(text).toContain(`Critère ${criterion.number} (${criterion.title})`);
      for (const failure of pages)
        expect(text).toContain(normalizeText(`${failure.reason} Correction prévue : ${failure.plan}`));
    }
    for (const { criterion, pages } of accessibility.untested) {
      expect(text).toContain(`Critère ${criterion.number} (${criterion.title})`);
      for (const failure of pages)
        expect(text).toContain(normalizeText(`${failure.reason} Ce qui est prévu : ${failure.plan}`));
    }
    const $ = await loadPage(siteDir, siteUrls.accessibility);
    const items = $("#echantillon + ul > li").toArray();
    expect(items).toHaveLength(accessibility.audit.sample.length);
    accessibility.pages.forEach(({ page, counts, applicable }, index) => {
      const item = $(items[index]);
      // A page judged on the tests' plans has no address on the published site.
      expect(item.find("a").attr("href")).toBe(page.fixture ? undefined : page.url);
      expect(normalizeText(item.text())).toContain(
        `${page.kind} : ${counts.C} critères respectés sur ${applicable}`,
      );
    });
  });

  it("offers the grid as CSV, a row a criterion and a column a page of the sample, its size told", async () => {
    const accessibility = await loadAudit(projectDir);
    const csv = await readFile(path.join(siteDir, siteUrls.accessibilityGrid));
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(rows.map((row) => row.critere)).toEqual(CRITERIA.map((criterion) => criterion.number));
    for (const [index, page] of accessibility.audit.sample.entries()) {
      expect(rows.map((row) => row[page.title])).toEqual(
        accessibility.themes.flatMap((theme) =>
          theme.criteria.map((criterion) => criterion.pages[index]?.judgment.result),
        ),
      );
    }
    const $ = await loadPage(siteDir, siteUrls.accessibility);
    expect(normalizeText($(`a[href="${siteUrls.accessibilityGrid}"] .fr-link__detail`).text())).toBe(
      normalizeText(`CSV – ${fileSize(csv.length)} – français`),
    );
  });
});

describe("a made-up grid", () => {
  it("every applicable criterion met: « totalement conforme »", async () => {
    const dir = await buildWithAudit(auditFixture(metCriteria(10)));
    expect(await footerMention(dir, "/")).toBe("Accessibilité : totalement conforme");
    expect(await declarationText(dir)).toContain("100 % des critères du RGAA sont respectés : 10 sur les 10");
  });

  it("one criterion failed on one page: « partiellement conforme », and the failure listed with its plan", async () => {
    const failure = {
      result: "NC" as const,
      reason: "Un lien sans intitulé.",
      plan: "Lui donner un intitulé en mars.",
    };
    const dir = await buildWithAudit(
      auditFixture({
        ...metCriteria(9),
        "6.2": { result: "C", reason: "Intitulés présents.", pages: { outil: failure } },
      }),
    );
    expect(await footerMention(dir, "/mentions-legales/")).toBe("Accessibilité : partiellement conforme");
    const text = await declarationText(dir);
    expect(text).toContain("90 % des critères du RGAA sont respectés : 9 sur les 10");
    expect(text).toContain(
      "Outil : Un lien sans intitulé. Correction prévue : Lui donner un intitulé en mars.",
    );
  });

  it("fewer than half met: « non conforme »", async () => {
    const failing = { result: "NC" as const, reason: "Un défaut.", plan: "Le corriger." };
    const dir = await buildWithAudit(auditFixture({ ...metCriteria(1), "1.2": failing, "1.3": failing }));
    expect(await footerMention(dir, "/")).toBe("Accessibilité : non conforme");
  });

  it("with a mistake stops the build, naming the file and the field", async () => {
    const audit = auditFixture();
    delete audit.criteria["8.2"];
    const message = await buildFailure({ [AUDIT_FILE]: `export default ${JSON.stringify(audit)};\n` });
    expect(message).toContain("_data/rgaa.ts, champ « criteria » : critère « 8.2 » non jugé");
  });
});
