import { describe, expect, it } from "vitest";
import { chantierViews, ministryViews, stageViews } from "../../../src/catalogue/page-views.ts";
import { countTable, planMatrix, reviewProgress } from "../../../src/catalogue/tables.ts";
import {
  actions,
  chantiers,
  ministries,
  plans,
  plansByMinistry,
  reviews,
  sources,
} from "./small-catalogue.ts";

describe("countTable", () => {
  const table = countTable(chantierViews(sources), stageViews(sources), actions);

  it("counts the examples by chantier and stage, with totals", () => {
    expect(
      table.rows.map((row) => [row.chantier.id, row.cells.map((cell) => cell.count), row.total]),
    ).toEqual([
      ["achats", [1, 0, 1], 2],
      ["fin-d-usage", [0, 0, 1], 1],
    ]);
    expect(table.stageTotals).toEqual([
      { stageId: "realisation", count: 1 },
      { stageId: "experimentation", count: 0 },
      { stageId: "reflexion", count: 2 },
    ]);
    expect(table.total).toBe(3);
  });

  it("counts who gave the stages of all the examples, in the catalogue's words", () => {
    const publication = actions.filter((action) => action.stageSource === "publication").length;
    expect(table.stageSources).toEqual({
      total: actions.length,
      publication,
      editorial: actions.length - publication,
      sentence:
        "Sur les 3 actions, la publication donne le stade de 2\u00a0; " +
        "celui de l'action restante est un classement de l'équipe éditoriale.",
    });
  });

  it("leads each cell to its stage's section on the chantier page", () => {
    expect(table.rows[0]?.cells[2]).toEqual({
      stageId: "reflexion",
      stageLabel: "Réflexion",
      count: 1,
      url: "/plans-action/les-actions/achats/#stade-reflexion",
    });
  });
});

describe("planMatrix", () => {
  const matrix = planMatrix(
    ministryViews(ministries, actions, (id) => plansByMinistry.get(id) ?? []),
    chantiers,
  );

  it("counts each ministry's latest plan by chantier, each cell leading to its part of the plan", () => {
    expect(matrix.rows[0]).toEqual({
      ministry: { title: "Culture", url: "/plans-action/ministeres/culture/" },
      period: "2023-2025",
      cells: [
        { chantierId: "achats", count: 0, url: undefined },
        {
          chantierId: "fin-d-usage",
          count: 1,
          url: "/plans-action/ministeres/culture/#plan-2023-2025-fin-d-usage",
        },
      ],
      total: 1,
    });
  });

  it("keeps a row for a ministry without a plan, empty", () => {
    expect(matrix.rows[2]).toEqual({
      ministry: { title: "Armées", url: "/plans-action/ministeres/armees/" },
      period: undefined,
      cells: chantiers.map((chantier) => ({ chantierId: chantier.id, count: 0, url: undefined })),
      total: 0,
    });
  });
});

describe("reviewProgress", () => {
  it("adds up, for each review that gave statuses, the plans' reviewed and completed actions", () => {
    // Culture 2022: 1 done out of 2; Justice 2022: 1 out of 1. The second review gave no status.
    expect(reviewProgress(reviews, plans)).toEqual([
      { review: "bilan-2022", plans: 2, actions: 3, completed: 2, percent: 67 },
    ]);
  });
});
