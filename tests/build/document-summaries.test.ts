import { beforeAll, describe, expect, inject, it } from "vitest";
import { type OpenData } from "../../src/catalogue/exports.ts";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { ministriesFileWithDocument } from "../support/data-edit.ts";
import { readJson } from "../support/output.ts";
import { buildFailure, buildSite, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = await loadCatalogue(projectDir);
});

/** How the page introduces a summary: the reader is told it is the site's, not the document's. */
const SUMMARY_LEAD = "Résumé de ce document par l'équipe éditoriale.";

describe("a ministry document's summary", () => {
  it("follows the document's link on its ministry page, said to be the editorial team's", async () => {
    for (const ministry of catalogue.ministries) {
      const $ = await loadPage(siteDir, ministry.url);
      const items = $(".plan-documents > li").toArray();
      expect(items, ministry.id).toHaveLength(ministry.documents.length);
      for (const [position, document] of ministry.documents.entries()) {
        const item = $(items[position]);
        const paragraphs = item.children("p");
        if (!document.summary) {
          expect(paragraphs, `${ministry.id} : ${document.title}`).toHaveLength(0);
          continue;
        }
        expect(paragraphs).toHaveLength(1);
        // Written as the data has it: its no-break spaces kept, nothing added but the lead.
        expect(paragraphs.text()).toBe(`${SUMMARY_LEAD} ${document.summary}`);
        if (document.href) {
          const link = item.children(`a.fr-link--download[href="${document.href}"]`);
          expect(link.next().is(paragraphs.first())).toBe(true);
        }
      }
    }
  });

  it("is in the open data as it is written in the data", async () => {
    const data = await readJson<OpenData>(siteDir, catalogue.urls.json);
    expect(data.ministries.map((ministry) => ministry.documents.map((document) => document.summary))).toEqual(
      catalogue.ministries.map((ministry) => ministry.documents.map((document) => document.summary)),
    );
  });

  it("shows for a document that is not online too, as text: markup in it is not run", async () => {
    const summary = "Un résumé qui parle de <em>balises</em>.";
    const projectDir = await projectVariant({
      "_data/ministries.ts": await ministriesFileWithDocument(
        `{ title: "Bilan résumé", summary: "${summary}" }`,
      ),
    });
    const { outputDir } = await buildSite({ projectDir });
    const $ = await loadPage(outputDir, catalogue.ministries[0]!.url);
    const item = $(".plan-documents > li").first();
    expect(normalizeText(item.text())).toBe(
      `Bilan résumé (taille non indiquée) : non disponible en ligne ${SUMMARY_LEAD} ${summary}`,
    );
    expect(item.find("p em")).toHaveLength(0);
  });

  it("stops the build when empty, naming the file, the ministry and the field", async () => {
    const message = await buildFailure({
      "_data/ministries.ts": await ministriesFileWithDocument(`{ title: "Bilan résumé", summary: "  " }`),
    });
    expect(message).toContain(
      `_data/ministries.ts : ministère « ${catalogue.ministries[0]!.id} », champ « documents.0.summary » : ` +
        "résumé vide : écrivez le résumé ou retirez le champ",
    );
  });
});
