import { describe, expect, it } from "vitest";
import { PLAN_PAGE_SIZE, buildPlanView, ministryModifications } from "../../../src/catalogue/plans.ts";
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
      stage: index % 2 ? "reflexion" : "realisation",
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

  it("counts by stage and computes the share done at each review, out of the actions it reviewed", () => {
    const view = buildPlanView(planOf(4), context);
    expect(view.stageCounts.map((group) => [group.stage.id, group.count])).toEqual([
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

  it("tells the plan's history newest first: its own notes and the reviews that gave it statuses", () => {
    const review = data.reviews[0]!;
    const before = { date: "2022-01-15", note: "Versement du plan." };
    const after = { date: "2024-02-01", note: "Correction d'un intitulé." };
    const view = buildPlanView({ ...planOf(4), modifications: [before, after] }, context);
    const published = { date: review.date, note: `Publication du « ${review.title} ».` };
    expect(view.modifications).toEqual([after, published, before]);
    expect(view.byChantier.flatMap((group) => group.pages.map((page) => page.modifications))).toEqual(
      view.byChantier.flatMap((group) => group.pages.map(() => view.modifications)),
    );
    // A plan no review has given a status to has no review in its history.
    const unreviewed = planOf(4).actions.map(({ statuses: _statuses, ...action }) => action);
    expect(buildPlanView({ ...planOf(4), actions: unreviewed }, context).modifications).toEqual([]);
  });

  it("tells a ministry's history from its plans', each note saying which plan it speaks of", () => {
    const first = buildPlanView(
      { ...planOf(2), modifications: [{ date: "2022-03-01", note: "Versé." }] },
      context,
    );
    const second = buildPlanView({ ...planOf(2), period: "2023-2025" }, context);
    const review = data.reviews[0]!;
    expect(ministryModifications([first, second])).toEqual([
      // Both plans have statuses at the same review: it is said once.
      { date: review.date, note: `Publication du « ${review.title} ».` },
      { date: "2022-03-01", note: "Plan 2022 : Versé." },
    ]);
  });
});
