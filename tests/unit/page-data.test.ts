import { describe, expect, it } from "vitest";
import { PageDataError } from "../../src/eleventy/front-matter.ts";
import { type PageData, pageDataSchema } from "../../src/eleventy/page-data.ts";
import { projectRoot } from "../support/project.ts";

const check = pageDataSchema(projectRoot);
const page = { inputPath: "./content/page.md" };

/** The problems the hook finds in a page's data, none when it passes. */
function problems(data: PageData): string[] {
  try {
    check(data);
    return [];
  } catch (error) {
    if (error instanceof PageDataError) return error.problems;
    throw error;
  }
}

describe("the data-schema hook", () => {
  it("passes a page with a title, a short description and data sources that exist", () => {
    const data = { page, title: "Titre", description: "Courte.", dataSources: ["_data/actions.ts"] };
    expect(problems(data)).toEqual([]);
  });

  it("asks a Markdown page its title and description, even without any front matter", () => {
    expect(problems({ page })).toEqual([
      "./content/page.md : champ « title » : champ obligatoire",
      "./content/page.md : champ « description » : champ obligatoire",
    ]);
    expect(problems({ page: { inputPath: "./content/flux.njk" } })).toEqual([]);
  });

  it("refuses a description over 160 characters unless a short metaDescription is given", () => {
    const description = "Trop longue. ".repeat(15);
    expect(problems({ page, title: "Titre", description })).toEqual([
      expect.stringMatching(/^\.\/content\/page\.md : champ « description » : 160 caractères au plus/),
    ]);
    expect(problems({ page, title: "Titre", description, metaDescription: "Courte." })).toEqual([]);
  });

  it("refuses a dataSources that names a file the project does not have, or is not a list", () => {
    const data = { page, title: "Titre", description: "Courte." };
    expect(problems({ ...data, dataSources: ["_data/actions.ts", "_data/inconnu.ts"] })).toEqual([
      "./content/page.md : champ « dataSources » : nomme un fichier qui n'existe pas : _data/inconnu.ts",
    ]);
    expect(problems({ ...data, dataSources: "_data/actions.ts" })).toEqual([
      "./content/page.md : champ « dataSources » : une liste de chemins de fichiers est attendue",
    ]);
  });
});
