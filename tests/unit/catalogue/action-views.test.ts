import { describe, expect, it } from "vitest";
import { actionViews, actionsOf } from "../../../src/catalogue/action-views.ts";
import { actions, chantiers, stages } from "./small-catalogue.ts";

describe("actionViews", () => {
  it("gives each example its titles, its chantier's and stage's names, and its entry on its chantier page", () => {
    expect(actions[0]).toMatchObject({
      id: "acheter",
      titleHtml: "Acheter <em>durable</em>.",
      titleText: "Acheter durable.",
      stageLabel: "Réalisation",
      chantierTitle: "Achats",
      chantierUrl: "/plans-action/les-actions/achats/",
      anchor: "action-acheter",
      url: "/plans-action/les-actions/achats/#action-acheter",
    });
  });

  it("refuses an action whose chantier or stage was not validated", () => {
    const orphan = {
      id: "orpheline",
      title: "Orpheline.",
      chantier: "inconnu",
      stage: "reflexion" as const,
      stageSource: "editorial" as const,
    };
    expect(() => actionViews([orphan], chantiers, stages)).toThrow(
      "action « orpheline » : référence non validée",
    );
  });
});

describe("actionsOf", () => {
  it("keeps a chantier's actions in their order, at one stage or at all", () => {
    expect(actionsOf(actions, "achats").map((action) => action.id)).toEqual(["acheter", "louer"]);
    expect(actionsOf(actions, "achats", "reflexion").map((action) => action.id)).toEqual(["louer"]);
    expect(actionsOf(actions, "fin-d-usage", "realisation")).toEqual([]);
  });
});
