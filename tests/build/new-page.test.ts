import { describe, expect, it } from "vitest";
import { publicationMenu } from "../support/content.ts";
import { documentedPage } from "../support/documented-examples.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { breadcrumb, sidebarTopLevel } from "../support/publication.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";
import { isDocumentPage } from "../../src/urls.ts";

describe("a contributor's new page", () => {
  it("appears between « Les actions » and « Les gains possibles » in every sidebar, with no other edit", async () => {
    const projectDir = await projectVariant({
      "content/plans-action/nouvelle-page.md": await documentedPage(),
    });
    const { outputDir } = await buildSite({ projectDir });

    // A document page (a whole plan, the publication on one page) reads without the menu.
    const publicationUrls = (await builtPageUrls(outputDir)).filter(
      (url) => url.startsWith("/plans-action/") && !isDocumentPage(url),
    );
    expect(publicationUrls).toContain("/plans-action/nouvelle-page/");
    const menu = await publicationMenu(projectDir);
    for (const url of publicationUrls) {
      expect(sidebarTopLevel(await loadPage(outputDir, url)), url).toEqual(menu);
    }
    // README says its order, 25, sets it between « Les actions » (20) and « Les gains possibles »
    // (30): other pages a contributor numbered in between may sit beside it.
    const titles = menu.map((link) => link.title);
    const position = titles.indexOf("Nouvelle page");
    expect(titles.indexOf("Les actions")).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf("Les actions")).toBeLessThan(position);
    expect(titles.indexOf("Les gains possibles")).toBeGreaterThan(position);

    const $ = await loadPage(outputDir, "/plans-action/nouvelle-page/");
    expect($('.fr-sidemenu a[aria-current="page"]').attr("href")).toBe("/plans-action/nouvelle-page/");
    expect(breadcrumb($).map((link) => link.title)).toEqual(["Accueil", menu[0]?.title, "Nouvelle page"]);
    expect($("article .page-date time").attr("datetime")).toBe("2023-05-02");
  });
});
