import { describe, expect, it } from "vitest";
import { PageDataError } from "../../src/eleventy/front-matter.ts";
import { type PageData, pageDataSchema } from "../../src/eleventy/page-data.ts";

const check = pageDataSchema();
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
  it("passes a page with a title and a short description", () => {
    expect(problems({ page, title: "Titre", description: "Courte." })).toEqual([]);
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
});
