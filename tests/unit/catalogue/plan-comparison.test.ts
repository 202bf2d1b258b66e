import { describe, expect, it } from "vitest";
import { compareReviews, comparePlans } from "../../../src/catalogue/plan-comparison.ts";
import { buildPlanView, linkSuccessivePlans } from "../../../src/catalogue/plans.ts";
import type { PlanAction, Review, StatusId } from "../../../src/catalogue/schema.ts";
import { planContext as context, reviews } from "./small-catalogue.ts";
const [first, second] = reviews as [Review, Review];

const ids = (items: { action: { id: string } }[]) => items.map((item) => item.action.id);

/** An action of the achats chantier, with its status at each review given, by the review's id. */
function action(
  id: string,
  stage: PlanAction["stage"],
  statuses: Record<string, StatusId> = {},
  fields: Partial<PlanAction> = {},
): PlanAction {
  return {
    id,
    chantier: "achats",
    stage,
    title: `Action ${id}.`,
    ...(Object.keys(statuses).length
      ? { statuses: Object.entries(statuses).map(([review, status]) => ({ review, status })) }
      : {}),
    ...fields,
  };
}

const plan = (period: string, actions: PlanAction[]) =>
  buildPlanView({ ministry: "culture", period, actions }, context);

describe("compareReviews", () => {
  const view = plan("2022", [
    action("avancee", "realisation", { [first.id]: "pas-commencee", [second.id]: "en-cours" }),
    action("inchangee", "realisation", { [first.id]: "en-cours", [second.id]: "en-cours" }),
    action("nouvelle", "reflexion", { [second.id]: "realisee" }),
    action("abandonnee", "reflexion", { [first.id]: "en-cours", [second.id]: "abandonnee" }),
    action("deja-abandonnee", "reflexion", { [first.id]: "abandonnee", [second.id]: "abandonnee" }),
    action("sans-statut-depuis", "reflexion", { [first.id]: "realisee" }),
    action("jamais-suivie", "reflexion"),
  ]);
  const [change] = compareReviews(view.actions, [first, second]);

  it("lists each status changed since the review before, with what it was and what it is", () => {
    expect(change?.review).toBe(second);
    expect(change?.previous).toBe(first);
    expect(change?.changed).toEqual([
      {
        action: view.actions[0],
        from: { status: "pas-commencee", label: "Pas commencée" },
        to: { status: "en-cours", label: "En cours" },
        detail: "pas commencée, puis en cours",
      },
    ]);
  });

  it("counts new an action with a status at the review and none at the one before", () => {
    expect(change?.added).toEqual([{ action: view.actions[2], detail: "réalisée" }]);
  });

  it("lists an action abandoned since as abandoned, not as changed, and only once abandoned", () => {
    expect(ids(change?.abandoned ?? [])).toEqual(["abandonnee"]);
    expect(change?.abandoned[0]).toMatchObject({
      from: { status: "en-cours" },
      to: { status: "abandonnee", label: "Abandonnée" },
      detail: "en cours, puis abandonnée",
    });
    expect(ids(change?.changed ?? [])).not.toContain("abandonnee");
  });

  it("leaves out an unchanged status, and an action without a status at the later review", () => {
    const listed = [...(change?.changed ?? []), ...(change?.added ?? []), ...(change?.abandoned ?? [])];
    expect(ids(listed).sort()).toEqual(["abandonnee", "avancee", "nouvelle"]);
  });

  it("compares each review with the one just before it, none before the first", () => {
    const third: Review = { ...second, id: "bilan-2024", title: "Bilan bilan-2024", date: "2025-03-01" };
    const actions = plan("2022", [
      action("a", "realisation", {
        [first.id]: "pas-commencee",
        [second.id]: "en-cours",
        [third.id]: "realisee",
      }),
    ]).actions;
    const changes = compareReviews(actions, [first, second, third]);
    expect(changes.map((step) => [step.previous.id, step.review.id, step.changed[0]?.detail])).toEqual([
      [first.id, second.id, "pas commencée, puis en cours"],
      [second.id, third.id, "en cours, puis réalisée"],
    ]);
    expect(compareReviews(actions, [first])).toEqual([]);
    expect(compareReviews(actions, [])).toEqual([]);
  });

  it("is what a plan's view tells, over the reviews that gave the plan statuses", () => {
    expect(view.reviewChanges).toEqual(compareReviews(view.actions, [first, second]));
    // Reviewed once: nothing to compare.
    expect(plan("2022", [action("a", "realisation", { [second.id]: "realisee" })]).reviewChanges).toEqual([]);
  });
});

describe("comparePlans", () => {
  const previous = plan("2022", [
    action("pensee", "reflexion"),
    action("faite", "realisation"),
    action("essayee", "experimentation"),
    action("laissee", "experimentation"),
  ]);
  const current = plan("2023-2025", [
    action("plus-loin", "realisation", {}, { continues: "pensee" }),
    action("moins-loin", "experimentation", {}, { continues: "faite" }),
    action("pareille", "experimentation", {}, { continues: "essayee" }),
    action("neuve", "reflexion"),
    action("egaree", "reflexion", {}, { continues: "inconnue" }),
  ]);
  const comparison = comparePlans(previous, current.actions);

  it("names the previous plan and its section", () => {
    expect(comparison.previous).toEqual({ period: "2022", anchor: "plan-2022" });
  });

  it("sorts the actions carried over by the stage they aim at now against then", () => {
    expect(comparison.raised).toEqual([
      { action: current.actions[0], from: previous.actions[0], detail: "réflexion, puis réalisation" },
    ]);
    expect(comparison.lowered).toEqual([
      { action: current.actions[1], from: previous.actions[1], detail: "réalisation, puis expérimentation" },
    ]);
    expect(comparison.kept).toEqual([
      {
        action: current.actions[2],
        from: previous.actions[2],
        detail: "expérimentation, puis expérimentation",
      },
    ]);
  });

  it("counts new the actions continuing none of the previous plan's, and lists those left behind", () => {
    expect(comparison.added).toEqual([{ action: current.actions[3] }, { action: current.actions[4] }]);
    expect(comparison.dropped).toEqual([{ action: previous.actions[3] }]);
  });

  it("carries over once an action two actions continue", () => {
    const both = plan("2023-2025", [
      action("x", "realisation", {}, { continues: "pensee" }),
      action("y", "reflexion", {}, { continues: "pensee" }),
    ]);
    const twice = comparePlans(previous, both.actions);
    expect([ids(twice.raised), ids(twice.kept)]).toEqual([["x"], ["y"]]);
    expect(ids(twice.dropped)).toEqual(["faite", "essayee", "laissee"]);
  });
});

describe("linkSuccessivePlans", () => {
  it("compares each plan with the one before it, and tells the one before which replaced it", () => {
    const older = plan("2022", [action("a", "reflexion"), action("b", "realisation")]);
    const newer = plan("2023-2025", [
      action("c", "realisation", {}, { continues: "a" }),
      action("d", "reflexion"),
    ]);
    const [linkedOlder, linkedNewer] = linkSuccessivePlans([older, newer]);
    expect(linkedOlder?.comparison).toBeUndefined();
    expect(linkedNewer?.comparison).toEqual(comparePlans(older, newer.actions));
    expect(newer.actions.map((entry) => entry.continuation)).toEqual([
      { period: "2022", titleText: "Action a.", url: older.actions[0]?.url },
      undefined,
    ]);
    const link = { period: "2023-2025", url: "/plans-action/ministeres/culture/#plan-2023-2025" };
    expect(older.replacedBy).toEqual(link);
    expect(older.byChantier.flatMap((group) => group.pages.map((page) => page.replacedBy))).toEqual([link]);
    expect(newer.replacedBy).toBeUndefined();
  });
});
