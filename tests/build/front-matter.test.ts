import { describe, expect, it } from "vitest";
import { buildFailure as buildError, buildSite, projectVariant } from "../support/project.ts";
import { publicationMenu } from "../support/content.ts";
import { sidebarTopLevel } from "../support/publication.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

function page(frontMatter: string): string {
  return `---\n${frontMatter.trim()}\n---\n\nTexte.\n`;
}

describe("a build with a broken front matter", () => {
  it("stops before Eleventy reads it, in French, naming the file and every faulty field", async () => {
    const message = await buildError({
      "content/plans-action/cassee.md": page(`
title: ""
date: 2022-13-45
layout: layouts/inexistant.njk
draft: oui
eleventyNavigation:
  parent: plansAction
  order: 2.5`),
    });
    const file = "./content/plans-action/cassee.md";
    for (const field of ["title", "description", "date", "draft", "eleventyNavigation.order"]) {
      expect(message).toContain(`${file} : champ « ${field} » : `);
    }
    expect(message).toContain(
      `${file} : champ « layout » : gabarit introuvable dans _includes (« layouts/inexistant.njk »)`,
    );
    // Eleventy's own messages would come later: the gate stopped the build first.
    expect(message).not.toMatch(/is invalid for|Problem creating an Eleventy Layout/);
  });

  it("stops on a key written twice, naming it", async () => {
    const message = await buildError({
      "content/plans-action/double-cle.md": page("title: Un\ndescription: Court.\ntitle: Deux"),
    });
    expect(message).toContain(
      "./content/plans-action/double-cle.md : champ « title » (ligne 4) : clé en double",
    );
  });

  it("stops on a directory data file's layout that does not exist, before Eleventy looks for it", async () => {
    const file = "content/plans-action/plans-action.11tydata.ts";
    const message = await buildError({ [file]: 'export default { layout: "layouts/inconnu.njk" };\n' });
    expect(message).toMatch(/plans-action\.11tydata\.ts : champ « layout » : gabarit introuvable/);
    expect(message).not.toContain("Problem creating an Eleventy Layout");
  });

  it("stops on a Markdown page without any front matter, naming its missing title", async () => {
    const message = await buildError({
      "content/plans-action/sans-en-tete.md": "Un texte sans front matter.\n",
    });
    expect(message).toContain("./content/plans-action/sans-en-tete.md : champ « title » : champ obligatoire");
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
    expect(titles).toEqual((await publicationMenu()).map((link) => link.title));
  });
});
