import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { sidebarChantiers } from "../support/catalogue-pages.ts";
import { buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadPage } from "../support/site.ts";

describe("a parent page renamed", () => {
  it("keeps its children below it: keys are not titles", async () => {
    const file = "content/plans-action/les-actions.md";
    const source = await readFile(path.join(projectRoot, file), "utf8");
    const renamed = source.replace("  title: Les actions", "  title: Toutes les actions");
    expect(renamed).not.toBe(source);
    const projectDir = await projectVariant({ [file]: renamed });
    const { outputDir } = await buildSite({ projectDir });
    const catalogue = await loadCatalogue(projectRoot);
    const $ = await loadPage(outputDir, catalogue.urls.actions);
    const chantiers = sidebarChantiers($, "Toutes les actions").map((entry) => entry.url);
    expect(chantiers).toEqual(catalogue.chantiers.map((chantier) => chantier.url));
  });
});
