import { describe, expect, it } from "vitest";
import { buildFailure as buildError, buildSite, projectVariant } from "../support/project.ts";
import { sidebarTopLevel } from "../support/publication.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

function page(frontMatter: string): string {
  return `---\n${frontMatter.trim()}\n---\n\nTexte.\n`;
}

describe("a build with a broken front matter", () => {
  it("stops, naming the file and each faulty field", async () => {
    const message = await buildError({
      "content/plans-action/cassee.md": page(`
title: ""
description: ${"Trop longue. ".repeat(15)}
eleventyNavigation:
  parent: plansAction
  order: 50`),
    });
    expect(message).toContain("./content/plans-action/cassee.md : champ « title » : ");
    expect(message).toContain(
      "./content/plans-action/cassee.md : champ « description » : 160 caractères au plus",
    );
  });

  it("stops on a layout that does not exist, naming the file and the field", async () => {
    const message = await buildError({
      "content/plans-action/gabarit.md": page(
        "title: Gabarit\ndescription: Court.\nlayout: layouts/inexistant.njk",
      ),
    });
    expect(message).toContain(
      'Problem creating an Eleventy Layout for the "./content/plans-action/gabarit.md" template file',
    );
    expect(message).toContain("(via `layout: layouts/inexistant.njk`)");
  });

  it("stops on a date that does not exist, naming the file and the field", async () => {
    const message = await buildError({
      "content/plans-action/date.md": page("title: Date\ndescription: Court.\ndate: 2022-13-45"),
    });
    expect(message).toContain("`date` (2022-13-45) is invalid for ./content/plans-action/date.md");
  });

  it("stops on a navigation parent that no page has", async () => {
    const message = await buildError({
      "content/plans-action/orpheline.md": page(
        "title: Orpheline\ndescription: Court.\neleventyNavigation:\n  parent: plansActions\n  order: 50",
      ),
    });
    expect(message).toContain(
      "./content/plans-action/orpheline.md : champ « eleventyNavigation.parent » : aucune page n'a la clé « plansActions »",
    );
  });

  it("stops on a navigation key used twice", async () => {
    const message = await buildError({
      "content/plans-action/double.md": page(
        "title: Double\ndescription: Court.\neleventyNavigation:\n  key: plansAction\n  title: Double",
      ),
    });
    expect(message).toMatch(
      /\.\/content\/plans-action\/(double|index)\.md : champ « eleventyNavigation\.key » : « plansAction » est déjà la clé de/,
    );
  });
});

describe("a draft page", () => {
  it("is left out of the production build, its page and its place in the sidebar", async () => {
    const projectDir = await projectVariant({
      "content/plans-action/brouillon.md": page(
        "title: Brouillon\ndescription: Pas encore prêt.\ndraft: true\neleventyNavigation:\n  parent: plansAction\n  order: 35",
      ),
    });
    const { outputDir } = await buildSite({ projectDir });
    expect(await builtPageUrls(outputDir)).not.toContain("/plans-action/brouillon/");
    const titles = sidebarTopLevel(await loadPage(outputDir, "/plans-action/")).map((link) => link.title);
    expect(titles).not.toContain("Brouillon");
    expect(titles).toHaveLength(6);
  });
});
