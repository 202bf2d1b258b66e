import { describe, expect, it } from "vitest";
import {
  frontMatterProblems,
  isLeftOutOfBuild,
  parseYamlFrontMatter,
} from "../../src/eleventy/front-matter.ts";
import { projectRoot } from "../support/project.ts";

const includes = `${projectRoot}/_includes`;
const valid = {
  title: "Nouvelle page",
  description: "Une phrase courte.",
  date: "2023-05-02",
  layout: "layouts/plans-action.njk",
  eleventyNavigation: { parent: "plansAction", title: "Nouvelle page", order: 25 },
};

function problems(changes: Record<string, unknown>): string[] {
  return frontMatterProblems("./content/page.md", { ...valid, ...changes }, includes);
}

describe("frontMatterProblems", () => {
  it("accepts a complete front matter, with other keys left alone", () => {
    expect(problems({ permalink: "/ailleurs/" })).toEqual([]);
  });

  it("names the file and the field of a missing title", () => {
    expect(problems({ title: undefined })).toEqual([
      expect.stringMatching(/^\.\/content\/page\.md : champ « title » : /),
    ]);
  });

  it("names a missing description", () => {
    expect(problems({ description: undefined })).toEqual([
      expect.stringMatching(/^\.\/content\/page\.md : champ « description » : /),
    ]);
  });

  it("refuses a description over 160 characters", () => {
    expect(problems({ description: "x".repeat(161) })).toEqual([
      "./content/page.md : champ « description » : 160 caractères au plus, sinon donnez un metaDescription qui les respecte",
    ]);
    expect(problems({ description: "x".repeat(160) })).toEqual([]);
  });

  it("accepts a long description when a short metaDescription is given, and checks that one", () => {
    expect(problems({ description: "x".repeat(200), metaDescription: "Courte." })).toEqual([]);
    expect(problems({ metaDescription: "x".repeat(161) })).toEqual([
      "./content/page.md : champ « metaDescription » : 160 caractères au plus",
    ]);
  });

  it("refuses a date that does not exist or is not AAAA-MM-JJ", () => {
    for (const date of ["2022-13-45", "2023-02-29", "1er avril 2022"]) {
      expect(problems({ date }), date).toEqual([
        "./content/page.md : champ « date » : date attendue au format AAAA-MM-JJ, et qui existe",
      ]);
    }
  });

  it("refuses a layout that is not in _includes", () => {
    expect(problems({ layout: "layouts/plan-action.njk" })).toEqual([
      `./content/page.md : champ « layout » : gabarit introuvable dans ${includes} (« layouts/plan-action.njk »)`,
    ]);
  });

  it("refuses a navigation order that is not a number", () => {
    expect(problems({ eleventyNavigation: { parent: "plansAction", order: "vingt" } })).toEqual([
      expect.stringMatching(/^\.\/content\/page\.md : champ « eleventyNavigation\.order » : /),
    ]);
  });

  it("lists every problem of the page", () => {
    expect(problems({ title: "", description: undefined, layout: "inconnu.njk" })).toHaveLength(3);
  });
});

describe("parseYamlFrontMatter", () => {
  it("keeps dates as text, so that an impossible one is not silently moved", () => {
    expect(parseYamlFrontMatter("date: 2022-13-45\norder: 20\ndraft: true")).toEqual({
      date: "2022-13-45",
      order: 20,
      draft: true,
    });
  });

  it("gives an empty object for an empty front matter", () => {
    expect(parseYamlFrontMatter("")).toEqual({});
  });
});

describe("isLeftOutOfBuild", () => {
  it("leaves drafts out of a production build only", () => {
    expect(isLeftOutOfBuild({ draft: true }, "build")).toBe(true);
    expect(isLeftOutOfBuild({ draft: true }, "serve")).toBe(false);
    expect(isLeftOutOfBuild({ draft: true }, "watch")).toBe(false);
    expect(isLeftOutOfBuild({}, "build")).toBe(false);
  });
});
