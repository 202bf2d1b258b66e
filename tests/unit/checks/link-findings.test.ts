import { describe, expect, it } from "vitest";
import { linkFindings, linkLine } from "../../../src/checks/link-findings.ts";
import type { BrokenLink } from "../../../src/checks/links.ts";

const SOURCE = [
  "---",
  "title: Des liens",
  "---",
  "",
  "Voir [les actions](/plans-action/les-actions/) et [la suite](/plans-action/).",
  '<a href="/plans-action/#absent">ancre</a>',
  "[vide]() et [dièse](#)",
].join("\n");

const lineOf = (part: string) => SOURCE.split("\n").findIndex((line) => line.includes(part)) + 1;

describe("the line where a link is written", () => {
  it("is the one with the whole link, not one with a longer link that starts alike", () => {
    expect(linkLine(SOURCE, "/plans-action/", "/")).toBe(lineOf("[la suite]"));
    expect(linkLine(SOURCE, "/plans-action/les-actions/", "/")).toBe(lineOf("[les actions]"));
  });

  it("is found without the site's path, which the build adds", () => {
    expect(linkLine(SOURCE, "/depot/plans-action/#absent", "/depot/")).toBe(lineOf("#absent"));
  });

  it("finds empty links and `#`, and nothing for a link the page does not write", () => {
    expect(linkLine(SOURCE, "", "/")).toBe(lineOf("[vide]()"));
    expect(linkLine(SOURCE, "#", "/")).toBe(lineOf("[dièse](#)"));
    expect(linkLine(SOURCE, "/css/site.css", "/")).toBeUndefined();
  });
});

describe("the findings for dead links", () => {
  const link = (page: string, href: string): BrokenLink => ({
    page,
    href,
    problem: `${page} : ${href} ne mène à aucun fichier construit`,
  });
  const sources = {
    inputs: new Map([
      ["/a/", "content/a.md"],
      ["/b/", "content/b.md"],
      ["/c/", "content/c.md"],
    ]),
    read: (file: string) => Promise.resolve(file === "content/a.md" ? "[x](/nulle-part/)\n" : "Texte.\n"),
    pathPrefix: "/",
  };

  it("are on the line of the page's source, or told once for a link of a layout", async () => {
    const findings = await linkFindings(
      [link("/a/", "/nulle-part/"), link("/b/", "/css/x.css"), link("/c/", "/css/x.css")],
      sources,
    );
    expect(findings).toEqual([
      {
        severity: "error",
        file: "content/a.md",
        line: 1,
        title: "Lien mort",
        message: "content/a.md : /a/ : /nulle-part/ ne mène à aucun fichier construit",
      },
      {
        severity: "error",
        file: "content/b.md",
        line: 1,
        title: "Lien mort",
        message:
          "content/b.md : /b/ : /css/x.css ne mène à aucun fichier construit (lien écrit par un gabarit de " +
          "_includes/ ou tiré des données, pas dans ce fichier) ; de même sur 1 autre(s) page(s)",
      },
    ]);
  });

  it("leave out a link to a page left out of the build for a mistake already told", async () => {
    const findings = await linkFindings(
      [link("/a/", "/nulle-part/#ici")],
      sources,
      new Set(["/nulle-part/"]),
    );
    expect(findings).toEqual([]);
  });
});
