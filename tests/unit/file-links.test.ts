import { describe, expect, it } from "vitest";
import { fileLinkTarget } from "../../src/eleventy/file-links.ts";

const urls = {
  "./content/index.md": ["/"],
  "./content/plans-action/index.md": ["/plans-action/"],
  "./content/plans-action/gouvernance.md": ["/plans-action/gouvernance/"],
  "./content/recherche.njk": ["/recherche/"],
};

describe("a link to a page's file", () => {
  it("is the page's address, looked for beside the linking page, then from content/", () => {
    const from = "./content/plans-action/a-propos.md";
    expect(fileLinkTarget("gouvernance.md", from, "content", urls)).toBe("/plans-action/gouvernance/");
    expect(fileLinkTarget("gouvernance.md#qui", from, "content", urls)).toBe(
      "/plans-action/gouvernance/#qui",
    );
    expect(fileLinkTarget("../index.md", from, "content", urls)).toBe("/");
    expect(fileLinkTarget("recherche.njk", from, "content", urls)).toBe("/recherche/");
    expect(fileLinkTarget("plans-action/index.md", "./content/actualites/x.md", "content", urls)).toBe(
      "/plans-action/",
    );
  });

  it("leaves addresses and files that name no page as they are written", () => {
    const from = "./content/plans-action/a-propos.md";
    for (const href of ["/plans-action/", "https://exemple.fr/a.md", "#qui", "absente.md", "notes.txt"]) {
      expect(fileLinkTarget(href, from, "content", urls), href).toBeUndefined();
    }
  });
});
