import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { fileSize } from "../../src/eleventy/documents.ts";
import { planHistoryFiles } from "../fixtures/plan-history.ts";
import { TEST_REPOSITORY_URL, projectRoot, projectVariant, temporaryFolder } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

/*
 * `npm run build:pdf` on a project with plans (tests/fixtures/plan-history.ts): each document page
 * gets its PDF, read back with poppler's tools (Debian's poppler-utils): tagged, A4, titled and in
 * French, with the page's text and an outline entry for each of its parts; the page offers it
 * with its format and size.
 */

const run = promisify(execFile);
let siteDir: string;
let catalogue: Catalogue;

beforeAll(async () => {
  const projectDir = await projectVariant(await planHistoryFiles(projectRoot));
  siteDir = await temporaryFolder("site-pdf");
  await run(path.join(projectRoot, "node_modules/.bin/tsx"), ["src/pdf/command.ts", `--output=${siteDir}`], {
    cwd: projectDir,
    env: { ...process.env, SITE_REPOSITORY_URL: TEST_REPOSITORY_URL },
  });
  catalogue = await loadCatalogue(projectDir);
}, 180_000);

const documents = () => [catalogue.publicationDocument, ...catalogue.planDocuments];
const pdfFile = (url: string) => path.join(siteDir, ...url.split("/"));

async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", [file]);
  return Object.fromEntries(
    stdout.split("\n").flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1]!, match[2]!]] : [];
    }),
  );
}

/** The titles of the PDF's outline, at every depth, as poppler's XML output lists them. */
async function outline(file: string): Promise<string[]> {
  const { stdout } = await run("pdftohtml", ["-xml", "-i", "-stdout", file], { maxBuffer: 64 * 1024 * 1024 });
  const titles = stdout.slice(stdout.indexOf("<outline>"));
  return [...titles.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((match) =>
    normalizeText(match[1]!.replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"')),
  );
}

describe("the PDF of each document page", () => {
  it("is tagged, A4, titled as its page and declared French", async () => {
    expect(documents().length).toBeGreaterThan(1);
    for (const document of documents()) {
      const file = pdfFile(document.pdfUrl);
      const info = await pdfInfo(file);
      expect(info.Tagged, document.pdfUrl).toBe("yes");
      expect(info["Page size"], document.pdfUrl).toContain("(A4)");
      const $ = await loadPage(siteDir, document.url);
      expect(info.Title, document.pdfUrl).toBe(normalizeText($("head > title").text()));
      // The catalogue's language entry: poppler's tools do not print it.
      expect((await readFile(file)).toString("latin1"), document.pdfUrl).toMatch(/\/Lang \(fr\)/);
    }
  });

  it("holds every action of its plan, and an outline entry for each chantier", async () => {
    for (const document of catalogue.planDocuments) {
      const file = pdfFile(document.pdfUrl);
      const { stdout } = await run("pdftotext", [file, "-"]);
      const text = normalizeText(stdout);
      for (const action of document.plan.actions) expect(text, document.pdfUrl).toContain(action.titleText);
      const entries = await outline(file);
      for (const group of document.plan.byChantier) {
        expect(entries, document.pdfUrl).toContain(
          `${group.chantier.title} : ${group.actions.length} action${group.actions.length > 1 ? "s" : ""}`,
        );
      }
    }
  });

  it("of the publication has an outline entry for each of its pages", async () => {
    const document = catalogue.publicationDocument;
    const $ = await loadPage(siteDir, document.url);
    const parts = $(".document-part > h2")
      .map((_, heading) => normalizeText($(heading).text()))
      .get();
    expect(parts.length).toBeGreaterThan(1);
    const entries = await outline(pdfFile(document.pdfUrl));
    for (const part of parts) expect(entries).toContain(part);
  });

  it("is offered by its page, and a plan's by its ministry's, as a DSFR download link with its size", async () => {
    const pages = [
      ...documents().map((document) => ({ url: document.url, document })),
      ...catalogue.planDocuments.map((document) => ({ url: document.ministry.url, document })),
    ];
    for (const { url, document } of pages) {
      const $ = await loadPage(siteDir, url);
      const link = $(`a.fr-link--download[href="${document.pdfUrl}"]`);
      expect(link.length, url).toBe(1);
      const { size } = await stat(pdfFile(document.pdfUrl));
      expect(normalizeText(link.find(".fr-link__detail").text())).toBe(
        normalizeText(`PDF – ${fileSize(size)} – français`),
      );
    }
  });
});
