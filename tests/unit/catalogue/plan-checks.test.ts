import { describe, expect, it } from "vitest";
import { type KnownIds, parsePlan, parsePlans } from "../../../src/catalogue/plan-checks.ts";
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
