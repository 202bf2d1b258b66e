import { describe, expect, it } from "vitest";
import { problemLine } from "../../../src/checks/front-matter-check.ts";
import { frontMatterFieldLine, frontMatterOf } from "../../../src/checks/front-matter-lines.ts";

const PAGE = [
  "---",
  "eleventyNavigation:",
  "  title: Court",
  "  order: 2.5",
  "title: Long",
  "# un commentaire",
  "modifications:",
  "  - date: 2026-01-02",
  "    note: Première.",
  "  - date: 2026-13-01",
  "    note: Seconde.",
  "description: Fin.",
  "---",
  "",
  "title: pas une clé, le texte de la page",
].join("\n");

/** The line (from 1) of the first line of PAGE that is exactly `text`. */
const lineOf = (text: string) => PAGE.split("\n").indexOf(text) + 1;

describe("a field's line in a front matter", () => {
  it("is its key's, at its own level and not a deeper one of the same name", () => {
    expect(frontMatterFieldLine(PAGE, "title")).toBe(lineOf("title: Long"));
    expect(frontMatterFieldLine(PAGE, "eleventyNavigation.title")).toBe(lineOf("  title: Court"));
    expect(frontMatterFieldLine(PAGE, "eleventyNavigation.order")).toBe(lineOf("  order: 2.5"));
    expect(frontMatterFieldLine(PAGE, "description")).toBe(lineOf("description: Fin."));
  });

  it("finds an entry of a list by its position, and a field of it", () => {
    expect(frontMatterFieldLine(PAGE, "modifications.1")).toBe(lineOf("  - date: 2026-13-01"));
    expect(frontMatterFieldLine(PAGE, "modifications.1.note")).toBe(lineOf("    note: Seconde."));
    expect(frontMatterFieldLine(PAGE, "modifications.0.note")).toBe(lineOf("    note: Première."));
  });

  it("falls back to the deepest part written, and to nothing for a key not written", () => {
    expect(frontMatterFieldLine(PAGE, "eleventyNavigation.parent")).toBe(lineOf("eleventyNavigation:"));
    expect(frontMatterFieldLine(PAGE, "layout")).toBeUndefined();
    expect(frontMatterFieldLine("Pas de front matter.\n", "title")).toBeUndefined();
  });

  it("reads the YAML after the opening line and the text after the closing one", () => {
    expect(frontMatterOf("---\ntitle: A\n---\nTexte\n")).toEqual({ yaml: "\ntitle: A", body: "Texte\n" });
    expect(frontMatterOf("---js\n{}\n---\n")).toBeUndefined();
    expect(frontMatterOf("Texte seul\n")).toBeUndefined();
  });
});

describe("the line of a problem the gate reports", () => {
  const file = "content/page.md";
  it("is the one it names, else its field's, else the first", () => {
    expect(problemLine(PAGE, file, `${file} : champ « title » (ligne 9) : clé en double`)).toBe(9);
    expect(problemLine(PAGE, file, `${file} : ligne 4 : indentation incorrecte`)).toBe(4);
    expect(
      problemLine(PAGE, file, `${file} : champ « eleventyNavigation.order » : nombre entier attendu`),
    ).toBe(lineOf("  order: 2.5"));
    expect(
      problemLine(PAGE, file, `${file} : champ « modifications », entrée 2, « note » : texte vide`),
    ).toBe(lineOf("    note: Seconde."));
    expect(problemLine(PAGE, file, `${file} : champ « layout » : gabarit introuvable`)).toBe(1);
  });
});
