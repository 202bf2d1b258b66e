import { describe, expect, it } from "vitest";
import { CatalogueError, type CatalogueProblem } from "../../../src/catalogue/problems.ts";
import { validateCatalogue } from "../../../src/catalogue/validate.ts";
import { catalogueSources } from "../../support/catalogue-fixture.ts";

type Sources = ReturnType<typeof catalogueSources>;

/** The located problems of a catalogue broken by `breakIt`, and their lines of text. */
function detailsOf(breakIt: (sources: Sources) => void): { problems: string[]; details: CatalogueProblem[] } {
  const sources = catalogueSources();
  breakIt(sources);
  try {
    validateCatalogue(sources);
  } catch (error) {
    if (error instanceof CatalogueError) return { problems: error.problems, details: [...error.details] };
    throw error;
  }
  throw new Error("Le catalogue cassé a été accepté");
}

describe("a catalogue's problems, located", () => {
  it("give the file, the entry by its id or its position, and the field, with the same text", () => {
    const { problems, details } = detailsOf((sources) => {
      const [first, second] = sources.actions;
      if (!first || !second) throw new Error("deux actions attendues");
      first.chantier = "achat";
      Reflect.deleteProperty(second, "id");
    });
    expect(details.map((detail) => detail.message)).toEqual(problems);
    expect(details).toContainEqual({
      file: "_data/actions.ts",
      entry: [{ index: 1 }],
      field: "id",
      message: expect.stringMatching(/^_data\/actions\.ts : action n° 2, champ « id » : /) as string,
    });
    expect(details).toContainEqual({
      file: "_data/actions.ts",
      entry: [{ id: "recycler" }],
      field: "chantier",
      message:
        "_data/actions.ts : action « recycler », champ « chantier » : chantier inconnu « achat » (voir _data/chantiers.ts)",
    });
  });

  it("give the second of two entries with the same id", () => {
    const { details } = detailsOf((sources) => {
      const [first] = sources.actions;
      if (!first) throw new Error("une action attendue");
      sources.actions.push({ ...first });
    });
    expect(details).toContainEqual(
      expect.objectContaining({ entry: [{ id: "recycler", nth: 1 }], field: "id" }) as CatalogueProblem,
    );
  });
});
