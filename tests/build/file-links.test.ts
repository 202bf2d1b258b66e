import { describe, expect, it } from "vitest";
import { checkLinks } from "../../src/checks/links.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { loadPage } from "../support/site.ts";

const PAGE = "content/plans-action/essai-liens.md";

describe("a Markdown link to a page's file", () => {
  it("leads to the page, below the path prefix, and a file that names no page is a dead link", async () => {
    const projectDir = await projectVariant({
      [PAGE]:
        "---\ntitle: Essai de liens\ndescription: Des liens vers des fichiers.\n---\n\n" +
        "Voir [la gouvernance](gouvernance.md), [l'accueil](../index.md), [la recherche](../recherche.njk) et [rien](absente.md).\n",
    });
    const { outputDir } = await buildSite({
      projectDir,
      env: { SITE_URL: "https://exemple.github.io/depot/" },
    });
    const $ = await loadPage(outputDir, "/plans-action/essai-liens/");
    const hrefs = $("article a")
      .toArray()
      .map((link) => $(link).attr("href"));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "/depot/plans-action/gouvernance/",
        "/depot/",
        "/depot/recherche/",
        "absente.md",
      ]),
    );
    const { broken } = await checkLinks(outputDir, "https://exemple.github.io/depot/");
    expect(
      broken.filter((link) => link.page === "/plans-action/essai-liens/").map((link) => link.href),
    ).toEqual(["absente.md"]);
  });
});
