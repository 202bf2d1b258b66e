import { describe, expect, it } from "vitest";
import { PageDataError, frontMatterParser } from "../../src/eleventy/front-matter.ts";
import { projectRoot } from "../support/project.ts";

const parse = frontMatterParser({ includesDir: `${projectRoot}/_includes` });
const VALID = `title: Nouvelle page
description: Une phrase courte.
date: 2023-05-02
layout: layouts/plans-action.njk
eleventyNavigation:
  parent: plansAction
  title: Nouvelle page
  order: 25`;

/** The problems the gate finds in a Markdown page's front matter, none when it passes. */
function problems(yaml: string, file = "./content/page.md"): string[] {
  try {
    parse(yaml, { filePath: file });
    return [];
  } catch (error) {
    if (error instanceof PageDataError) return error.problems;
    throw error;
  }
}

const replaced = (key: string, line: string) =>
  VALID.replace(new RegExp(`^(\\s*)${key}:.*$`, "m"), line ? `$1${line}` : "");

describe("the front-matter gate", () => {
  it("passes a complete front matter and gives its data, dates kept as text, other keys untouched", () => {
    expect(parse(`${VALID}\npermalink: /ailleurs/\ndraft: true`, { filePath: "./content/page.md" })).toEqual({
      title: "Nouvelle page",
      description: "Une phrase courte.",
      date: "2023-05-02",
      layout: "layouts/plans-action.njk",
      eleventyNavigation: { parent: "plansAction", title: "Nouvelle page", order: 25 },
      permalink: "/ailleurs/",
      draft: true,
    });
  });

  it.each([
    ["title", "", "title", "obligatoire"],
    ["description", 'description: "  "', "description", "texte vide"],
    ["date", "date: 2022-13-45", "date", "date attendue au format AAAA-MM-JJ, et qui existe"],
    ["date", "date: 1er avril 2022", "date", "date attendue au format AAAA-MM-JJ, et qui existe"],
    ["layout", "layout: layouts/inexistant.njk", "layout", "gabarit introuvable"],
    ["draft", "draft: oui", "draft", "true ou false attendu"],
    ["order", "order: 2.5", "eleventyNavigation.order", "nombre entier attendu"],
    ["order", "order: vingt", "eleventyNavigation.order", "nombre attendu"],
  ])("refuses a bad %s (%s), naming the file and the field", (key, line, field, message) => {
    const yaml = key === "draft" ? `${VALID}\n${line}` : replaced(key, line);
    expect(problems(yaml)).toEqual([
      expect.stringMatching(new RegExp(`^\\./content/page\\.md : champ « ${field} » : .*${message}`, "i")),
    ]);
  });

  it("refuses a key written twice, in French, with its line in the file", () => {
    expect(problems(`${VALID}\ntitle: Encore`)).toEqual([
      "./content/page.md : champ « title » (ligne 10) : clé en double",
    ]);
    // As Eleventy hands it: after the opening `---`, its line break included, here Windows' one.
    expect(problems(`\r\n${VALID.replaceAll("\n", "\r\n")}\r\ntitle: Encore`)).toEqual([
      "./content/page.md : champ « title » (ligne 10) : clé en double",
    ]);
  });

  it("lists every problem of the page at once", () => {
    const yaml =
      "title: ''\ndate: 2022-02-30\nlayout: aucun.njk\ndraft: 1\neleventyNavigation:\n  order: 1.5";
    expect(problems(yaml).map((problem) => problem.split(" : ")[1])).toEqual([
      "champ « title »",
      "champ « description »",
      "champ « date »",
      "champ « draft »",
      "champ « eleventyNavigation.order »",
      "champ « layout »",
    ]);
  });

  it("passes change notes, their dates kept as text", () => {
    const yaml = `${VALID}\nmodifications:\n  - date: 2024-03-05\n    note: Ajout d'un chiffre.`;
    expect(parse(yaml, { filePath: "./content/page.md" }).modifications).toEqual([
      { date: "2024-03-05", note: "Ajout d'un chiffre." },
    ]);
  });

  // VALID ends on line 9 of the file: `modifications` is line 10, the second note starts on line 13.
  it.each([
    [
      "a date that does not exist",
      "date: 2024-02-30\n    note: Texte.",
      ", « date » (ligne 13) : date attendue",
    ],
    ["an empty note", 'date: 2024-02-03\n    note: " "', ", « note » (ligne 14) : texte vide"],
    ["a missing note", "date: 2024-02-03", ", « note » (ligne 13) : champ obligatoire"],
    [
      "an unknown key",
      "date: 2024-02-03\n    note: Texte.\n    auteur: Moi",
      " (ligne 15) : clé inconnue « auteur »",
    ],
  ])(
    "refuses a change note with %s, naming the file, the note, the field and its line",
    (_, entry, problem) => {
      const yaml = `${VALID}\nmodifications:\n  - date: 2024-01-02\n    note: Bonne.\n  - ${entry}`;
      expect(problems(yaml)).toEqual([
        expect.stringContaining(`./content/page.md : champ « modifications », entrée 2${problem}`),
      ]);
    },
  );

  it("refuses change notes that are not a list of notes", () => {
    expect(problems(`${VALID}\nmodifications: Ajout d'un chiffre.`)).toEqual([
      expect.stringMatching(/^\.\/content\/page\.md : champ « modifications » : liste attendue/),
    ]);
    expect(problems(`${VALID}\nmodifications:\n  - Ajout d'un chiffre.`)).toEqual([
      expect.stringMatching(
        /^\.\/content\/page\.md : champ « modifications », entrée 1 \(ligne 11\) : une note attendue/,
      ),
    ]);
  });

  it("asks a title and a description of Markdown pages only", () => {
    expect(problems("permalink: /flux.xml\nlayout: false", "./content/flux.njk")).toEqual([]);
    expect(problems("layout: layouts/base.njk", "./_includes/layouts/home.njk")).toEqual([]);
  });

  it("gives an empty object for an empty front matter of a template", () => {
    expect(parse("", { filePath: "./content/flux.njk" })).toEqual({});
  });
});
