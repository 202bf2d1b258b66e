import { describe, expect, it } from "vitest";
import { validateCatalogue } from "../../../src/catalogue/validate.ts";
import { buildCatalogueViews } from "../../../src/catalogue/views.ts";
import { catalogueSources } from "../../support/catalogue-fixture.ts";

const catalogue = buildCatalogueViews(validateCatalogue(catalogueSources()));

describe("buildCatalogueViews", () => {
  it("orders chantiers by their order field and stages as the triptych", () => {
    expect(catalogue.chantiers.map((chantier) => chantier.id)).toEqual(["achats", "fin-d-usage"]);
    expect(catalogue.stages.map((stage) => stage.id)).toEqual([
      "realisation",
      "experimentation",
      "reflexion",
    ]);
  });

  it("groups a chantier's actions under every stage, in stage order, keeping the data order", () => {
    const achats = catalogue.chantiers[0]!;
    expect(achats.byStage.map((group) => [group.stage.id, group.actions.map((action) => action.id)])).toEqual(
      [
        ["realisation", ["acheter-durable"]],
        ["experimentation", []],
        ["reflexion", ["louer"]],
      ],
    );
    expect(achats.byStage[0]?.stage.url).toBe("/plans-action/stades/realisation/");
  });

  it("groups a stage's actions by chantier, leaving out chantiers without any", () => {
    const experimentation = catalogue.stages[1]!;
    expect(experimentation.byChantier).toEqual([]);
    const realisation = catalogue.stages[0]!;
    expect(realisation.byChantier.map((group) => group.chantier.id)).toEqual(["achats", "fin-d-usage"]);
  });

  it("gives each action its rendered title, plain title, labels and its entry's URL", () => {
    const action = catalogue.actions.find((entry) => entry.id === "acheter-durable")!;
    expect(action.titleHtml).toBe("Acheter <em>durable</em>.");
    expect(action.titleText).toBe("Acheter durable.");
    expect(action.stageLabel).toBe("Réalisation");
    expect(action.chantierTitle).toBe("Achats");
    expect(action.url).toBe("/plans-action/les-actions/achats/#action-acheter-durable");
  });

  it("gives a ministry only the actions attributed to it", () => {
    expect(catalogue.ministries[0]?.actions.map((action) => action.id)).toEqual(["acheter-durable"]);
  });

  it("counts actions by chantier and stage, with totals and links to the stage sections", () => {
    expect(
      catalogue.counts.rows.map((row) => [row.chantier.id, row.cells.map((cell) => cell.count), row.total]),
    ).toEqual([
      ["achats", [1, 0, 1], 2],
      ["fin-d-usage", [1, 0, 1], 2],
    ]);
    expect(catalogue.counts.stageTotals.map((total) => total.count)).toEqual([2, 0, 2]);
    expect(catalogue.counts.total).toBe(4);
    expect(catalogue.counts.rows[0]?.cells[2]?.url).toBe("/plans-action/les-actions/achats/#stade-reflexion");
  });
});
