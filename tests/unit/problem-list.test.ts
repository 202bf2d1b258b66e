import { describe, expect, it } from "vitest";
import { CatalogueError } from "../../src/catalogue/problems.ts";
import { PageDataError } from "../../src/eleventy/front-matter.ts";
import { PlanImportError } from "../../src/import/problems.ts";
import { ProblemListError } from "../../src/problem-list.ts";

const PROBLEMS = ["premier problème", "second problème"];

describe("ProblemListError", () => {
  it("lists every problem, one a line, under what could not be done", () => {
    const error = new ProblemListError("Rien n'a été fait :", PROBLEMS);
    expect(error.message).toBe("Rien n'a été fait :\n- premier problème\n- second problème");
    expect(error.problems).toEqual(PROBLEMS);
  });

  it("is what each kind of list of problems is, with its own name and its own summary", () => {
    const errors: [ProblemListError, string, string][] = [
      [new PageDataError(PROBLEMS), "PageDataError", "Données de page invalides :"],
      [new PlanImportError(PROBLEMS), "PlanImportError", "Le tableau n'a pas été importé (2 erreur(s)) :"],
      [new CatalogueError(PROBLEMS), "CatalogueError", "Le catalogue des actions contient 2 erreur(s) :"],
    ];
    for (const [error, name, summary] of errors) {
      expect(error).toBeInstanceOf(ProblemListError);
      expect(error.name).toBe(name);
      expect(error.message).toBe(`${summary}\n- premier problème\n- second problème`);
      expect(error.problems).toEqual(PROBLEMS);
    }
  });
});
