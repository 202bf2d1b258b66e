import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEARCH_INDEX_FOLDER, buildSearchIndex } from "../../src/search-index.ts";
import { temporaryFolder } from "../support/project.ts";

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="fr"><body><header>Menu</header><main><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></main></body></html>`;

describe("buildSearchIndex", () => {
  it("indexes the pages that offer a searchable part, and only them", async () => {
    const outputDir = await temporaryFolder("search");
    const pages = {
      achats: page("Achats", "Allonger la durée de vie."),
      gains: page("Gains", "Moins de carbone."),
      recherche: '<!DOCTYPE html><html lang="fr"><body><h1>Recherche</h1></body></html>',
    };
    for (const [folder, html] of Object.entries(pages)) {
      await mkdir(path.join(outputDir, folder));
      await writeFile(path.join(outputDir, folder, "index.html"), html);
    }
    await buildSearchIndex(outputDir);
    const entry = JSON.parse(
      await readFile(path.join(outputDir, SEARCH_INDEX_FOLDER, "pagefind-entry.json"), "utf8"),
    ) as { languages: { fr: { page_count: number } } };
    expect(entry.languages.fr.page_count).toBe(2);
  });
});
