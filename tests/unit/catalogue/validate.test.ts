import { describe, expect, it } from "vitest";
import { CatalogueError } from "../../../src/catalogue/problems.ts";
import { validateCatalogue } from "../../../src/catalogue/validate.ts";
import { catalogueSources } from "../../support/catalogue-fixture.ts";

type Sources = ReturnType<typeof catalogueSources>;

/** The problems reported for a catalogue broken by `breakIt`. */
function problemsOf(breakIt: (sources: Sources) => void): string[] {
  const sources = catalogueSources();
  breakIt(sources);
  try {
    validateCatalogue(sources);
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  throw new Error("Le catalogue cassé a été accepté");
}

function actionAt(sources: Sources, index: number): Record<string, unknown> {
  const action = sources.actions[index];
  if (!action) throw new Error(`pas d'action n° ${index}`);
  return action;
}

describe("validateCatalogue", () => {
  it("accepts a valid catalogue", () => {
    expect(validateCatalogue(catalogueSources()).actions).toHaveLength(4);
  });

  it("names the file, the action and the field of an unknown chantier", () => {
    expect(problemsOf((s) => (actionAt(s, 0).chantier = "achat"))).toEqual([
      "_data/actions.ts : action « recycler », champ « chantier » : chantier inconnu « achat » (voir _data/chantiers.ts)",
    ]);
  });

  it("names the file, the action and the field of an unknown stage", () => {
    const [problem] = problemsOf((s) => (actionAt(s, 0).stage = "fini"));
    expect(problem).toMatch(/^_data\/actions\.ts : action « recycler », champ « stage » : /);
    expect(problem).toContain("realisation");
  });

  it("names the file, the action and the field of an unknown ministry", () => {
    expect(problemsOf((s) => (actionAt(s, 1).ministries = ["cultur"]))).toEqual([
      "_data/actions.ts : action « acheter-durable », champ « ministries » : ministère inconnu « cultur » (voir _data/ministries.ts)",
    ]);
  });

  it("reports a duplicate action id", () => {
    expect(problemsOf((s) => (actionAt(s, 3).id = "recycler"))).toEqual([
      "_data/actions.ts : action « recycler », champ « id » : identifiant en double",
    ]);
  });

  it("reports a duplicate chantier id in its own file", () => {
    expect(problemsOf((s) => s.chantiers.push({ ...s.chantiers[0]!, order: 3 }))).toEqual([
      "_data/chantiers.ts : chantier « fin-d-usage », champ « id » : identifiant en double",
    ]);
  });

  it("reports a duplicate stage, ministry and gain id, each in its own file", () => {
    const problems = problemsOf((s) => {
      s.stages.push({ ...s.stages[0]! });
      s.ministries.push({ ...s.ministries[0]!, name: "Autre" });
      s.gains.figures.push({ ...s.gains.figures[0]!, lever: "Autre" });
    });
    expect(problems).toEqual([
      "_data/stages.ts : stade « reflexion », champ « id » : identifiant en double",
      "_data/ministries.ts : ministère « culture », champ « id » : identifiant en double",
      "_data/gains.ts : gain « portables », champ « id » : identifiant en double",
    ]);
  });

  it("reports a review with a duplicate id, a malformed period or a figure without label", () => {
    const problems = problemsOf((s) => {
      const [review] = s.reviews;
      s.reviews.push({ ...review!, publishedFigures: [] });
      const broken = {
        ...review!,
        id: "autre",
        period: "2023–2025",
        publishedFigures: [{ id: "x", value: 1 }],
      };
      (s.reviews as unknown[]).push(broken);
    });
    expect(problems).toEqual([
      expect.stringMatching(/^_data\/reviews\.ts : bilan « autre », champ « period » : période attendue/),
      expect.stringMatching(/^_data\/reviews\.ts : bilan « autre », champ « publishedFigures\.0\.label » : /),
      "_data/reviews.ts : bilan « bilan-essai », champ « id » : identifiant en double",
    ]);
  });

  it("reports an invalid publication, naming its file and field", () => {
    const problems = problemsOf((s) => {
      Object.assign(s.publication, { publishedOn: "2022-04-31", licence: { name: "LO 2.0" } });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^_data\/publication\.ts : publication, champ « publishedOn » : /),
      expect.stringMatching(/^_data\/publication\.ts : publication, champ « licence\.url » : /),
    ]);
  });

  it("reports an invalid gains object, naming its file and field", () => {
    const problems = problemsOf((s) => {
      Object.assign(s.gains.figures[0]!, { climateChange: { value: -1, unit: "t" } });
      Object.assign(s.gains.source, { title: undefined });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^_data\/gains\.ts : gains, champ « source\.title » : /),
      expect.stringMatching(/^_data\/gains\.ts : gains, champ « figures\.0\.climateChange\.value » : /),
    ]);
  });

  it("reports a malformed id", () => {
    const [problem] = problemsOf((s) => (actionAt(s, 0).id = "Recycler tout"));
    expect(problem).toMatch(
      /^_data\/actions\.ts : action « Recycler tout », champ « id » : identifiant attendu/,
    );
  });

  it("reports an empty title", () => {
    const [problem] = problemsOf((s) => (actionAt(s, 0).title = "  "));
    expect(problem).toMatch(/^_data\/actions\.ts : action « recycler », champ « title » : /);
  });

  it("reports a title with Markdown but no words", () => {
    expect(problemsOf((s) => (actionAt(s, 0).title = "[](https://exemple.fr/)"))).toContain(
      "_data/actions.ts : action « recycler », champ « title » : titre sans texte",
    );
  });

  it("reports a chantier with no action", () => {
    expect(
      problemsOf((s) => {
        s.actions = s.actions.filter((action) => action.chantier !== "achats");
      }),
    ).toEqual([
      "_data/chantiers.ts : chantier « achats », champ « id » : aucune action de _data/actions.ts ne s'y rattache",
    ]);
  });

  it("reports a missing stage", () => {
    expect(problemsOf((s) => s.stages.pop())).toEqual([
      "_data/stages.ts : stade « experimentation », champ « id » : stade manquant",
    ]);
  });

  it("reports a field that the schema does not know, such as a misspelt one", () => {
    const [problem] = problemsOf((s) => (actionAt(s, 0).chantiers = "achats"));
    expect(problem).toMatch(/^_data\/actions\.ts : action « recycler », champ « chantiers » : /);
  });

  it("reports an entry without an id by its position", () => {
    const [problem] = problemsOf((s) => delete actionAt(s, 2).id);
    expect(problem).toMatch(/^_data\/actions\.ts : action n° 3, champ « id » : /);
  });

  it("reports a data file whose export is not a list", () => {
    expect(problemsOf((s) => ((s as Record<string, unknown>).actions = { id: "x" }))).toContain(
      "_data/actions.ts : export par défaut, champ « default » : une liste est attendue",
    );
  });

  it("reports every problem at once, one line each", () => {
    const problems = problemsOf((s) => {
      actionAt(s, 0).chantier = "inconnu";
      actionAt(s, 1).stage = "inconnu";
      s.chantiers[0]!.title = "";
    });
    expect(problems).toHaveLength(3);
    const error = new CatalogueError(problems);
    expect(error.message.split("\n")).toHaveLength(4);
  });
});

describe("validateCatalogue on a ministry's plan", () => {
  const FILE = "_data/plans/culture-2022.ts";
  const action = { id: "a", chantier: "achats", stage: "realisation", title: "Acheter." };

  /** The problems reported for a plan file holding `plan`. */
  function planProblems(plan: Record<string, unknown>): string[] {
    try {
      validateCatalogue({ ...catalogueSources(), plans: { [FILE]: plan } });
    } catch (error) {
      if (error instanceof CatalogueError) return error.problems;
      throw error;
    }
    return [];
  }
  const plan = (actions: Record<string, unknown>[], ministry = "culture") => ({
    ministry,
    period: "2022",
    actions,
  });

  it("accepts a valid plan", () => {
    const data = validateCatalogue({ ...catalogueSources(), plans: { [FILE]: plan([action]) } });
    expect(data.plans).toEqual([plan([action])]);
  });

  it("names an unknown chantier", () => {
    expect(planProblems(plan([{ ...action, chantier: "achat" }]))).toEqual([
      `${FILE} : action « a », champ « chantier » : chantier inconnu « achat » (voir _data/chantiers.ts)`,
    ]);
  });

  it("names an unknown stage", () => {
    expect(planProblems(plan([{ ...action, stage: "fini" }]))).toEqual([
      expect.stringMatching(/^_data\/plans\/culture-2022\.ts : action « a », champ « stage » : /),
    ]);
  });

  it("names an unknown status", () => {
    const statuses = [{ review: "bilan-essai", status: "finie" }];
    expect(planProblems(plan([{ ...action, statuses }]))).toEqual([
      expect.stringMatching(
        /^_data\/plans\/culture-2022\.ts : action « a », champ « statuses\.0\.status » : /,
      ),
    ]);
  });

  it("names a duplicate id in a plan", () => {
    expect(planProblems(plan([action, { ...action, title: "Encore." }]))).toEqual([
      `${FILE} : action « a », champ « id » : identifiant en double`,
    ]);
  });

  it("names a status at a review that does not exist", () => {
    const statuses = [{ review: "bilan-2030", status: "realisee" }];
    expect(planProblems(plan([{ ...action, statuses }]))).toEqual([
      `${FILE} : action « a », champ « statuses.review » : bilan inconnu « bilan-2030 » (voir _data/reviews.ts)`,
    ]);
  });

  it("names a status at a review of another period's plans", () => {
    const statuses = [{ review: "bilan-essai", status: "realisee" }];
    expect(planProblems({ ...plan([{ ...action, statuses }]), period: "2023-2025" }).slice(0, 1)).toEqual([
      `${FILE} : action « a », champ « statuses.review » : le bilan « bilan-essai » porte sur les plans 2022`,
    ]);
  });

  it("names a plan for an unknown ministry", () => {
    expect(planProblems(plan([action], "cultur"))).toEqual([
      `${FILE} : plan, champ « ministry » : ministère inconnu « cultur » (voir _data/ministries.ts)`,
    ]);
  });

  it("names a second plan for the same ministry and period", () => {
    const problems = (() => {
      try {
        validateCatalogue({
          ...catalogueSources(),
          plans: { [FILE]: plan([action]), "_data/plans/culture-2022-bis.ts": plan([action]) },
        });
      } catch (error) {
        if (error instanceof CatalogueError) return error.problems;
        throw error;
      }
      return [];
    })();
    expect(problems).toEqual([
      `_data/plans/culture-2022-bis.ts : plan, champ « ministry, period » : le fichier doit se nommer ${FILE}`,
      `_data/plans/culture-2022-bis.ts : plan, champ « period » : le plan 2022 de ce ministère est déjà dans ${FILE}`,
    ]);
  });
});
