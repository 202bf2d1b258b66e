import { describe, expect, it, vi } from "vitest";
import markdownIt from "markdown-it";
import { configureMarkdown, sectionsOf, siteMarkdown, tableOfContents } from "../../src/eleventy/markdown.ts";

/** An instance like the one Eleventy renders with, set up for the site. */
const createMarkdown = () => configureMarkdown(markdownIt({ html: true }).disable("code"));
const markdown = createMarkdown();

describe("configureMarkdown", () => {
  it("gives h2 and h3 an ASCII id and makes the heading text its own permalink", () => {
    const html = markdown.render("## Phase d’usage\n\n### Salle serveurs et centre de données\n", {});
    expect(html).toContain(
      '<h2 id="phase-d-usage" tabindex="-1"><a class="header-anchor" href="#phase-d-usage">Phase d’usage</a></h2>',
    );
    expect(html).toContain('id="salle-serveurs-et-centre-de-donnees"');
  });

  it("leaves h1 and h4 without an anchor", () => {
    const html = markdown.render("# Titre\n\n#### Détail\n", {});
    expect(html).not.toContain("header-anchor");
  });

  it("keeps ids unique within a page", () => {
    const html = markdown.render("## Achats\n\n## Achats\n", {});
    expect(html).toContain('id="achats"');
    expect(html).toContain('id="achats-1"');
  });

  it("gives the same ids when the same page is rendered twice with the same data", () => {
    const env = {};
    const first = markdown.render("## Achats\n", env);
    expect(markdown.render("## Achats\n", env)).toBe(first);
  });
});

describe("sectionsOf", () => {
  it("lists h2 headings only, with their rendered ids and plain text", () => {
    const source = "## Le *cadre*\n\n### Détail\n\n## Les `chantiers`\n";
    expect(sectionsOf(markdown, source)).toEqual([
      { id: "le-cadre", text: "Le cadre" },
      { id: "les-chantiers", text: "Les chantiers" },
    ]);
  });
});

describe("tableOfContents", () => {
  it("is empty below three sections", () => {
    expect(tableOfContents(markdown, "## Un\n\n## Deux\n")).toEqual([]);
    expect(tableOfContents(markdown, undefined)).toEqual([]);
  });

  it("lists the sections from three on", () => {
    expect(tableOfContents(markdown, "## Un\n\n## Deux\n\n## Trois\n").map((section) => section.id)).toEqual([
      "un",
      "deux",
      "trois",
    ]);
  });

  it("takes the sections of the page's own render instead of parsing the page again", () => {
    const pageMarkdown = createMarkdown();
    const source = "## Un\n\n## Deux *bis*\n\n## Trois\n";
    pageMarkdown.render(source, { page: { url: "/essai/" } });
    const parse = vi.spyOn(pageMarkdown, "parse");
    const expected = [
      { id: "un", text: "Un" },
      { id: "deux-bis", text: "Deux bis" },
      { id: "trois", text: "Trois" },
    ];
    expect(tableOfContents(pageMarkdown, source)).toEqual(expected);
    expect(parse).not.toHaveBeenCalled();
    // Taken once: a second reader of the same source gets it parsed, with the same result.
    expect(tableOfContents(pageMarkdown, source)).toEqual(expected);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe("siteMarkdown", () => {
  it("reads the table of contents from the instance it was given", () => {
    const site = siteMarkdown();
    expect(() => site.tableOfContents("## Un\n")).toThrow(/amendLibrary/);
    const library = markdownIt({ html: true });
    site.amend(library);
    expect(library.render("## Un\n", {})).toContain('id="un"');
    expect(site.tableOfContents("## Un\n\n## Deux\n\n## Trois\n").map((section) => section.id)).toEqual([
      "un",
      "deux",
      "trois",
    ]);
  });
});
