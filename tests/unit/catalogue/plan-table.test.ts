import { describe, expect, it } from "vitest";
import { type PlanStageCell, planStageTable } from "../../../src/catalogue/plan-table.ts";
import { buildPlanView } from "../../../src/catalogue/plans.ts";
import type { PlanAction, Review, StatusId } from "../../../src/catalogue/schema.ts";
import { planContext as context, reviews, stages } from "./small-catalogue.ts";
const [first, second] = reviews as [Review, Review];

function action(
  id: string,
  chantier: string,
  stage: PlanAction["stage"],
  statuses: Record<string, StatusId> = {},
): PlanAction {
  const given = Object.entries(statuses).map(([review, status]) => ({ review, status }));
  return { id, chantier, stage, title: `Action ${id}.`, ...(given.length ? { statuses: given } : {}) };
}

const view = (actions: PlanAction[]) =>
  buildPlanView({ ministry: "culture", period: "2022", actions }, context);

/** A cell as one reads it: its stage, its count, and its statuses' counts. */
const read = (cell: PlanStageCell) => [cell.stage.id, cell.count, cell.statuses.map((status) => status.text)];

describe("planStageTable", () => {
  it("counts a plan's actions by chantier and stage, in the stages' order, without statuses before any review", () => {
    const plan = view([
      action("a", "achats", "realisation"),
      action("b", "achats", "reflexion"),
      action("c", "achats", "reflexion"),
      action("d", "fin-d-usage", "experimentation"),
    ]);
    const table = planStageTable(plan.byChantier, stages, undefined);
    expect(table.review).toBeUndefined();
    expect(table.rows.map((row) => [row.chantier.id, row.anchor, row.url, row.total])).toEqual([
      ["achats", "plan-2022-achats", "/plans-action/ministeres/culture/2022/achats/", 3],
      ["fin-d-usage", "plan-2022-fin-d-usage", "/plans-action/ministeres/culture/2022/fin-d-usage/", 1],
    ]);
    expect(table.rows.map((row) => row.cells.map(read))).toEqual([
      [
        ["realisation", 1, []],
        ["experimentation", 0, []],
        ["reflexion", 2, []],
      ],
      [
        ["realisation", 0, []],
        ["experimentation", 1, []],
        ["reflexion", 0, []],
      ],
    ]);
    expect(table.totals.map(read)).toEqual([
      ["realisation", 1, []],
      ["experimentation", 1, []],
      ["reflexion", 2, []],
    ]);
    expect(table.total).toBe(4);
    // A plan's view has no review before any gave its actions a status.
    expect(plan.stageTable).toEqual(table);
  });

  it("tells each cell's statuses at the review, in the statuses' order, those without one said apart", () => {
    const plan = view([
      action("a", "achats", "realisation", { [first.id]: "en-cours", [second.id]: "en-cours" }),
      action("b", "achats", "realisation", { [second.id]: "realisee" }),
      // A status at an earlier review only: none at this one.
      action("c", "achats", "realisation", { [first.id]: "realisee" }),
      action("d", "achats", "reflexion"),
      action("e", "fin-d-usage", "reflexion", { [second.id]: "abandonnee" }),
    ]);
    const table = planStageTable(plan.byChantier, stages, second);
    expect(table.review).toBe(second);
    expect(table.rows.map((row) => row.cells.map(read))).toEqual([
      [
        ["realisation", 3, ["1 réalisée", "1 en cours", "1 sans statut"]],
        ["experimentation", 0, []],
        ["reflexion", 1, ["1 sans statut"]],
      ],
      [
        ["realisation", 0, []],
        ["experimentation", 0, []],
        ["reflexion", 1, ["1 abandonnée"]],
      ],
    ]);
    expect(table.totals.map(read)).toEqual([
      ["realisation", 3, ["1 réalisée", "1 en cours", "1 sans statut"]],
      ["experimentation", 0, []],
      ["reflexion", 2, ["1 abandonnée", "1 sans statut"]],
    ]);
    expect(table.totals[2]?.statuses.map((status) => status.status)).toEqual(["abandonnee", undefined]);
    // A plan's view reads its statuses at the latest review that gave it some.
    expect(plan.stageTable).toEqual(table);
  });

  it("reads the statuses at the review it is given, not the latest", () => {
    const plan = view([
      action("a", "achats", "realisation", { [first.id]: "en-cours", [second.id]: "realisee" }),
    ]);
    expect(planStageTable(plan.byChantier, stages, first).totals.map(read)[0]).toEqual([
      "realisation",
      1,
      ["1 en cours"],
    ]);
  });

  it("has no row for a plan without actions", () => {
    expect(planStageTable([], stages, undefined)).toEqual({
      review: undefined,
      rows: [],
      totals: stages.map((stage) => ({ stage, count: 0, statuses: [] })),
      total: 0,
    });
  });
});
