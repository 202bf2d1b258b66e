import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/catalogue/schema.ts";
import { COLUMNS } from "../../src/import/columns.ts";
import { planChanges } from "../../src/import/plan-changes.ts";

const published: Plan = {
  ministry: "culture",
  period: "2022",
  actions: [
    {
      id: "a",
      chantier: "achats",
      stage: "reflexion",
      title: "Louer",
      statuses: [{ review: "b", status: "en-cours" }],
    },
    { id: "b", chantier: "achats", stage: "reflexion", title: "Donner" },
    { id: "c", chantier: "fin-d-usage", stage: "realisation", title: "Recycler" },
  ],
};

describe("planChanges", () => {
  it("names the columns changed beyond statuses, the actions left out and the new ones", () => {
    const [louer, donner] = published.actions;
    const plan: Plan = {
      ...published,
      actions: [
        { ...louer!, statuses: [{ review: "b", status: "realisee" }] },
        { ...donner!, stage: "realisation", title: "Donner aux écoles" },
        { id: "d", chantier: "achats", stage: "reflexion", title: "Réparer" },
      ],
    };
    const changes = planChanges(published, plan);
    expect(changes.changed).toEqual([
      { action: plan.actions[1], columns: [COLUMNS.action.header, COLUMNS.stage.header] },
    ]);
    expect(changes.removed.map((action) => action.id)).toEqual(["c"]);
    expect(changes.added.map((action) => action.id)).toEqual(["d"]);
  });

  it("names « Suite de l'action » when the action an action carries on changes", () => {
    const [louer] = published.actions;
    const plan: Plan = { ...published, actions: [{ ...louer!, continues: "louer" }] };
    expect(planChanges(published, plan).changed).toEqual([
      { action: plan.actions[0], columns: [COLUMNS.continues.header] },
    ]);
  });
});
