import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DOCUMENT_PAGE_BUDGETS,
  type PageWeight,
  type WeightMeasures,
  TOOL_PAGE_BUDGETS,
  WEIGHTS_DATA_FILE,
  WEIGHT_BUDGETS,
  budgetBreaches,
  budgetsFor,
  weightMeasures,
} from "../../src/weights.ts";
import { projectRoot } from "../support/project.ts";

const light: PageWeight = {
  url: "/page/",
  transfer: { html: 3_000, css: 17_000, other: 3_000, total: 23_000 },
  requests: 3,
  domElements: 150,
  ecoIndexScore: 90,
  ecoIndexGrade: "A",
  warmTransfer: 3_000,
};

describe("budgetBreaches", () => {
  it("is empty for a page within every budget", () => {
    expect(budgetBreaches(light)).toEqual([]);
  });

  it("names the page, the measure and the budget of each breach", () => {
    const heavy: PageWeight = {
      ...light,
      transfer: { ...light.transfer, total: WEIGHT_BUDGETS.transferBytes + 1 },
      requests: WEIGHT_BUDGETS.requests + 1,
      domElements: WEIGHT_BUDGETS.domElements + 1,
      ecoIndexScore: WEIGHT_BUDGETS.ecoIndexScore,
      ecoIndexGrade: "B",
      warmTransfer: WEIGHT_BUDGETS.warmTransferBytes + 1,
    };
    const breaches = budgetBreaches(heavy);
    expect(breaches).toHaveLength(5);
    expect(breaches.every((breach) => breach.startsWith("/page/ : "))).toBe(true);
    expect(breaches[0]).toContain(`(budget ${WEIGHT_BUDGETS.transferBytes})`);
    // An EcoIndex exactly at the threshold is not an A.
    expect(breaches[3]).toContain(`il faut plus de ${WEIGHT_BUDGETS.ecoIndexScore} (A)`);
  });

  it("holds a contributors' tool to its own budgets", () => {
    const [url, own] = Object.entries(TOOL_PAGE_BUDGETS)[0]!;
    const tool = { ...light, url, transfer: { ...light.transfer, total: WEIGHT_BUDGETS.transferBytes + 1 } };
    expect(own.transferBytes).toBeGreaterThan(tool.transfer.total);
    expect(budgetBreaches(tool)).toEqual([]);
    expect(budgetBreaches({ ...tool, url: "/page/" })).toHaveLength(1);
  });
});

describe("the recorded measurements", () => {
  it("carry the budgets they were measured against", () => {
    expect(weightMeasures([light])).toEqual({
      budgets: WEIGHT_BUDGETS,
      toolBudgets: TOOL_PAGE_BUDGETS,
      documentBudgets: DOCUMENT_PAGE_BUDGETS,
      pages: [light],
    });
  });

  it(`in ${WEIGHTS_DATA_FILE}, are of today's budgets, and every page met them`, async () => {
    // A budget changed without measuring again would publish figures against the old one.
    const text = await readFile(path.join(projectRoot, WEIGHTS_DATA_FILE), "utf8");
    const recorded = JSON.parse(text) as WeightMeasures;
    expect(recorded.budgets).toEqual(WEIGHT_BUDGETS);
    expect(recorded.toolBudgets).toEqual(TOOL_PAGE_BUDGETS);
    expect(recorded.documentBudgets).toEqual(DOCUMENT_PAGE_BUDGETS);
    expect(recorded.pages.length).toBeGreaterThan(0);
    expect(recorded.pages.flatMap(budgetBreaches)).toEqual([]);
    // The bench writes exactly this: the file is its output, untouched.
    expect(text).toBe(`${JSON.stringify(weightMeasures(recorded.pages), null, 2)}\n`);
  });
});

describe("budgetsFor", () => {
  it("gives a document page its own budgets, a tool its own, and every other page the readers'", () => {
    expect(budgetsFor("/plans-action/ministeres/culture/2022/version-imprimable/")).toEqual({
      ...WEIGHT_BUDGETS,
      ...DOCUMENT_PAGE_BUDGETS,
    });
    expect(budgetsFor("/plans-action/ministeres/culture/")).toEqual(WEIGHT_BUDGETS);
    const [tool, own] = Object.entries(TOOL_PAGE_BUDGETS)[0]!;
    expect(budgetsFor(tool)).toEqual({ ...WEIGHT_BUDGETS, ...own });
  });
});
