import { describe, expect, it } from "vitest";
import { PLAN_PAGE_SIZE, buildPlanView } from "../../../src/catalogue/plans.ts";
import type { Plan } from "../../../src/catalogue/schema.ts";
import { validateCatalogue } from "../../../src/catalogue/validate.ts";
import { catalogueSources } from "../../support/catalogue-fixture.ts";

const data = validateCatalogue(catalogueSources());
const context = {
  examples: new Map([
    ["acheter-durable", { titleText: "Acheter durable.", url: "/plans-action/les-actions/achats/" }],
  ]),
  chantiers: data.chantiers,
  stages: data.stages,
  reviews: data.reviews,
  ministryNames: () => ({ name: "Ministère de la Culture", shortName: "Culture" }),
};

function planOf(count: number): Plan {
  return {
    ministry: "culture",
    period: "2022",
    actions: Array.from({ length: count }, (_, index) => ({
      id: `a${index + 1}`,
      chantier: "achats",
      level: index % 2 ? "reflexion" : "realisation",
      title: `Action ${index + 1}.`,
      ...(index < 3
        ? {
            statuses: [
              { review: "bilan-essai", status: index ? ("en-cours" as const) : ("realisee" as const) },
            ],
          }
        : {}),
    })),
  };
}

describe("buildPlanView", () => {
  it("cuts a long chantier into pages, each action linked to its own", () => {
    const view = buildPlanView(planOf(PLAN_PAGE_SIZE + 5), context);
    const [achats] = view.byChantier;
    expect(achats?.pages.map((page) => [page.url, page.actions.length, page.number])).toEqual([
      ["/plans-action/ministeres/culture/2022/achats/", PLAN_PAGE_SIZE, 1],
      ["/plans-action/ministeres/culture/2022/achats/page-2/", 5, 2],
    ]);
    expect(view.actions.at(-1)?.url).toBe(
      `/plans-action/ministeres/culture/2022/achats/page-2/#action-a${PLAN_PAGE_SIZE + 5}`,
    );
  });

  it("counts by level and computes the share done at each review, out of the actions it reviewed", () => {
    const view = buildPlanView(planOf(4), context);
    expect(view.levelCounts.map((group) => [group.stage.id, group.count])).toEqual([
      ["realisation", 2],
      ["experimentation", 0],
      ["reflexion", 2],
    ]);
    // Out of the 3 actions with a status: the fourth has none, and is said apart.
    const steps = view.completion.map((step) => [
      step.review.id,
      step.completed,
      step.total,
      step.unreviewed,
      step.percent,
    ]);
    expect(steps).toEqual([["bilan-essai", 1, 3, 1, 33]]);
    expect(view.actions[1]?.latestStatus).toMatchObject({ status: "en-cours", label: "En cours" });
    expect(view.actions[3]?.latestStatus).toBeUndefined();
  });
});
