import { describe, expect, it } from "vitest";
import { type KnownIds, parsePlan, parsePlans } from "../../../src/catalogue/plan-checks.ts";
import { previousPlan } from "../../../src/catalogue/plan-periods.ts";
import { CatalogueProblems } from "../../../src/catalogue/problems.ts";

const FILE = "_data/plans/culture-2022.ts";
const known: KnownIds = {
  ministries: new Set(["culture"]),
  chantiers: new Set(["achats"]),
  actions: new Set(["acheter"]),
  reviews: new Map([
    ["bilan-2022", "2022"],
    ["bilan-2025", "2023-2025"],
  ]),
};
const action = { id: "a", chantier: "achats", stage: "realisation", title: "Acheter." };
const plan = (actions: Record<string, unknown>[], fields: Record<string, unknown> = {}) => ({
  ministry: "culture",
  period: "2022",
  actions,
  ...fields,
});

function checked(raw: unknown, file = FILE) {
  const problems = new CatalogueProblems();
  const result = parsePlan(problems, file, raw, known);
  return { result, problems: problems.list, entries: problems.details.map((detail) => detail.entry) };
}

describe("parsePlan", () => {
  it("gives a valid plan as its file holds it", () => {
    const raw = plan([
      { ...action, example: "acheter", statuses: [{ review: "bilan-2022", status: "realisee" }] },
    ]);
    expect(checked(raw)).toEqual({ result: raw, problems: [], entries: [] });
  });

  it("names what the schema refuses on the action it concerns, by its id or its position", () => {
    const { result, problems, entries } = checked(
      plan(
        [
          { ...action, stage: "fini" },
          { chantier: "achats", stage: "reflexion", title: "Sans id." },
        ],
        {
          period: "2022 et après",
        },
      ),
    );
    expect(result).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/^_data\/plans\/culture-2022\.ts : plan, champ « period » : /),
      expect.stringMatching(/^_data\/plans\/culture-2022\.ts : action « a », champ « stage » : /),
      expect.stringMatching(/^_data\/plans\/culture-2022\.ts : action n° 2, champ « id » : /),
    ]);
    expect(entries).toEqual([[], ["actions", { id: "a" }], ["actions", { index: 1 }]]);
  });

  it("names each unknown reference: ministry, chantier, example, review, and a review of other plans", () => {
    const statuses = [
      { review: "bilan-2025", status: "realisee" },
      { review: "bilan-2030", status: "en-cours" },
    ];
    const { result, problems, entries } = checked(
      plan([{ ...action, chantier: "achat", example: "louer", statuses }], { ministry: "cultur" }),
    );
    expect(result?.ministry).toBe("cultur");
    expect(problems).toEqual([
      `${FILE} : plan, champ « ministry » : ministère inconnu « cultur » (voir _data/ministries.ts)`,
      `${FILE} : action « a », champ « chantier » : chantier inconnu « achat » (voir _data/chantiers.ts)`,
      `${FILE} : action « a », champ « example » : action d'exemple inconnue « louer » (voir _data/actions.ts)`,
      `${FILE} : action « a », champ « statuses.review » : le bilan « bilan-2025 » porte sur les plans 2023-2025`,
      `${FILE} : action « a », champ « statuses.review » : bilan inconnu « bilan-2030 » (voir _data/reviews.ts)`,
    ]);
    expect(entries.slice(1)).toEqual(Array.from({ length: 4 }, () => ["actions", { id: "a" }]));
  });

  it("names an id given twice in the plan", () => {
    expect(checked(plan([action, { ...action, title: "Encore." }])).problems).toEqual([
      `${FILE} : action « a », champ « id » : identifiant en double`,
    ]);
  });
});

describe("parsePlans", () => {
  it("wants each plan in the file named after its ministry and period, and one plan a ministry and period", () => {
    const problems = new CatalogueProblems();
    const plans = parsePlans(
      problems,
      {
        [FILE]: plan([action]),
        "_data/plans/culture.ts": plan([action]),
        "_data/plans/inconnu-2022.ts": plan([action], { ministry: "inconnu" }),
        "_data/plans/culture-2023-2025.ts": plan([action], { period: "2023-2025" }),
      },
      known,
    );
    expect(plans.map((entry) => `${entry.ministry} ${entry.period}`)).toEqual([
      "culture 2022",
      "culture 2022",
      "inconnu 2022",
      "culture 2023-2025",
    ]);
    expect(problems.list).toEqual([
      `_data/plans/culture.ts : plan, champ « ministry, period » : le fichier doit se nommer ${FILE}`,
      `_data/plans/culture.ts : plan, champ « period » : le plan 2022 de ce ministère est déjà dans ${FILE}`,
      // An unknown ministry is told once, not again in the file's name.
      "_data/plans/inconnu-2022.ts : plan, champ « ministry » : ministère inconnu « inconnu » (voir _data/ministries.ts)",
    ]);
  });

  it("leaves out a plan its schema refuses", () => {
    const problems = new CatalogueProblems();
    expect(parsePlans(problems, { [FILE]: { ministry: "culture" } }, known)).toEqual([]);
    expect(problems.list.length).toBeGreaterThan(0);
  });
});

describe("parsePlans: the action an action continues", () => {
  const twoMinistries: KnownIds = { ...known, ministries: new Set(["culture", "justice"]) };
  const fileOf = (ministry: string, period: string) => `_data/plans/${ministry}-${period}.ts`;
  const planOf = (ministry: string, period: string, actions: Record<string, unknown>[]) => ({
    [fileOf(ministry, period)]: plan(actions, { ministry, period }),
  });
  const continuing = (id: string, continues: string) => ({ ...action, id, continues });

  function problemsOf(sources: Record<string, unknown>) {
    const problems = new CatalogueProblems();
    parsePlans(problems, sources, twoMinistries);
    return { problems: problems.list, entries: problems.details.map((detail) => detail.entry) };
  }

  it("accepts an action of the ministry's previous plan", () => {
    expect(
      problemsOf({
        ...planOf("culture", "2022", [action]),
        ...planOf("culture", "2023-2025", [continuing("b", "a")]),
      }),
    ).toEqual({ problems: [], entries: [] });
  });

  it("names the file, the action, the field and the previous plan's file of an unknown id", () => {
    const later = fileOf("culture", "2023-2025");
    // The previous plan's file comes after: the order of the files does not matter.
    expect(
      problemsOf({
        ...planOf("culture", "2023-2025", [continuing("b", "z")]),
        ...planOf("culture", "2022", [action]),
      }),
    ).toEqual({
      problems: [
        `${later} : action « b », champ « continues » : action « z » inconnue dans le plan 2022 de ce ministère (${FILE})`,
      ],
      entries: [["actions", { id: "b" }]],
    });
  });

  it("wants an action of the latest plan before, not of an earlier one", () => {
    const { problems } = problemsOf({
      ...planOf("culture", "2020", [{ ...action, id: "ancienne" }]),
      ...planOf("culture", "2022", [action]),
      ...planOf("culture", "2023-2025", [continuing("b", "ancienne")]),
    });
    expect(problems).toEqual([
      `${fileOf("culture", "2023-2025")} : action « b », champ « continues » : action « ancienne » inconnue dans le plan 2022 de ce ministère (${FILE})`,
    ]);
  });

  it("tells an action of a ministry's first plan that there is no plan to continue", () => {
    expect(problemsOf(planOf("culture", "2022", [continuing("b", "a")])).problems).toEqual([
      `${FILE} : action « b », champ « continues » : ce ministère n'a pas de plan avant 2022 : l'action ne peut en poursuivre aucune`,
    ]);
  });

  it("never takes another ministry's plan for the previous one", () => {
    const { problems } = problemsOf({
      ...planOf("justice", "2022", [{ ...action, id: "de-la-justice" }]),
      ...planOf("culture", "2023-2025", [continuing("b", "de-la-justice")]),
      ...planOf("justice", "2020", [{ ...action, id: "ancienne" }]),
      ...planOf("culture", "2022", [continuing("c", "ancienne")]),
    });
    expect(problems).toEqual([
      `${fileOf("culture", "2023-2025")} : action « b », champ « continues » : action « de-la-justice » inconnue dans le plan 2022 de ce ministère (${FILE})`,
      `${FILE} : action « c », champ « continues » : ce ministère n'a pas de plan avant 2022 : l'action ne peut en poursuivre aucune`,
    ]);
  });

  it("names the file that holds the action, when two files hold the same plan", () => {
    const copy = "_data/plans/culture-copie.ts";
    const { problems } = problemsOf({ [FILE]: plan([continuing("b", "a")]), [copy]: plan([action]) });
    expect(problems.filter((problem) => problem.includes("« continues »"))).toEqual([
      `${FILE} : action « b », champ « continues » : ce ministère n'a pas de plan avant 2022 : l'action ne peut en poursuivre aucune`,
    ]);
  });
});

describe("previousPlan", () => {
  const plans = [
    { ministry: "culture", period: "2023-2025" },
    { ministry: "justice", period: "2024" },
    { ministry: "culture", period: "2020" },
    { ministry: "culture", period: "2022" },
  ];
  const previousOf = (ministry: string, period: string) => previousPlan(plans, { ministry, period })?.period;

  it("is the ministry's plan of the latest period before, whatever the list's order", () => {
    expect(previousOf("culture", "2022")).toBe("2020");
    expect(previousOf("culture", "2023-2025")).toBe("2022");
    // A plan not yet in the list: « Verser un plan » asks before the plan is published.
    expect(previousOf("culture", "2026")).toBe("2023-2025");
  });

  it("is none for a ministry's first plan, however many plans other ministries have before", () => {
    expect(previousOf("culture", "2020")).toBeUndefined();
    expect(previousOf("justice", "2024")).toBeUndefined();
  });
});
