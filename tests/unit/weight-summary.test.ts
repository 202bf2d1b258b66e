import { describe, expect, it } from "vitest";
import type { PageWeight } from "../../src/weights.ts";
import { toolWeights, weightSummary } from "../../src/eleventy/weight-summary.ts";

function measured(url: string, total: number, ecoIndexScore: number): PageWeight {
  return {
    url,
    transfer: { html: total - 13_000, css: 13_000, other: 0, total },
    requests: 3,
    domElements: Math.round(total / 100),
    ecoIndexScore,
    ecoIndexGrade: "A",
    warmTransfer: total - 13_000,
  };
}

const budgets = {
  transferBytes: 80_000,
  requests: 6,
  domElements: 400,
  ecoIndexScore: 80,
  warmTransferBytes: 15_000,
};

describe("weightSummary", () => {
  it("gives each measure its budget, its best and worst value and the worst page", () => {
    const rows = weightSummary({
      budgets,
      toolBudgets: {},
      documentBudgets: {},
      pages: [
        measured("/", 18_234, 91.7),
        measured("/lourde/", 21_840, 82.5),
        measured("/legere/", 17_960, 90.1),
      ],
    });
    // A row a budget.
    expect(rows).toHaveLength(Object.keys(budgets).length);
    expect(rows[0]).toEqual({
      measure: "Poids transféré, cache vide (ko)",
      budget: "80 au plus",
      best: 18,
      worst: 21.8,
      worstUrl: "/lourde/",
    });
    // A higher EcoIndex is better: its worst page is the lowest score.
    expect(rows[3]).toEqual({
      measure: "EcoIndex",
      budget: "plus de 80 (A)",
      best: 91.7,
      worst: 82.5,
      worstUrl: "/lourde/",
    });
  });

  it("leaves a contributors' tool out of the readers' figures, and gives it against its own budget", () => {
    const weights = {
      budgets,
      toolBudgets: { "/outil/": { transferBytes: 150_000 } },
      documentBudgets: {},
      pages: [measured("/", 18_234, 91.7), measured("/outil/", 95_460, 84)],
    };
    expect(weightSummary(weights)[0]?.worstUrl).toBe("/");
    expect(toolWeights(weights)).toEqual([{ url: "/outil/", kilobytes: 95.5, budget: 150 }]);
  });

  it("gives the document pages apart, against their own budgets", () => {
    const weights = {
      budgets,
      toolBudgets: {},
      documentBudgets: { domElements: 8_000, ecoIndexScore: 40 },
      pages: [measured("/", 18_234, 91.7), measured("/plan/version-imprimable/", 60_000, 52.3)],
    };
    expect(weightSummary(weights).map((row) => row.worstUrl)).not.toContain("/plan/version-imprimable/");
    const rows = weightSummary(weights, "document");
    expect(rows.map((row) => [row.budget, row.worstUrl])).toEqual([
      ["80 au plus", "/plan/version-imprimable/"],
      ["6 au plus", "/plan/version-imprimable/"],
      ["8\u202f000 au plus", "/plan/version-imprimable/"],
      ["plus de 40 (D)", "/plan/version-imprimable/"],
      ["15 au plus", "/plan/version-imprimable/"],
    ]);
    expect(weightSummary({ ...weights, pages: [measured("/", 18_234, 91.7)] }, "document")).toEqual([]);
  });

  it("names the file and the field when there is no measurement", () => {
    expect(() => weightSummary({ budgets, toolBudgets: {}, documentBudgets: {}, pages: [] })).toThrow(
      "_data/weights.json : champ « pages »",
    );
  });
});
