import { describe, expect, it } from "vitest";
import { chantierViews, ministryViews, stageViews } from "../../../src/catalogue/page-views.ts";
import { actions, ministries, plansByMinistry, sources } from "./small-catalogue.ts";

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe("chantierViews", () => {
  const [achats, finDUsage] = chantierViews(sources);

  it("groups a chantier's actions under every stage, each group with its section's id", () => {
    expect(achats?.byStage.map((group) => [group.stage.id, group.anchor, ids(group.actions)])).toEqual([
      ["realisation", "stade-realisation", ["acheter"]],
      ["experimentation", "stade-experimentation", []],
      ["reflexion", "stade-reflexion", ["louer"]],
    ]);
    expect(achats?.byStage[2]?.stage.url).toBe("/plans-action/stades/reflexion/");
  });

  it("lists the plans with actions in the chantier, each leading to its part on it", () => {
    expect(ids(achats?.planActions ?? [])).toEqual(["a", "b"]);
    expect(achats?.planGroups).toEqual([
      {
        ministry: "Ministère de la Culture",
        period: "2022",
        count: 2,
        url: "/plans-action/ministeres/culture/2022/achats/",
      },
    ]);
    expect(finDUsage?.planGroups.map((group) => [group.ministry, group.period, group.count])).toEqual([
      ["Ministère de la Culture", "2023-2025", 1],
      ["Ministère de la Justice", "2022", 1],
    ]);
  });
});

describe("stageViews", () => {
  const [realisation, experimentation, reflexion] = stageViews(sources);

  it("groups a stage's actions by chantier, leaving out the chantiers without any", () => {
    expect(reflexion?.byChantier.map((group) => [group.chantier, ids(group.actions)])).toEqual([
      [{ id: "achats", title: "Achats", url: "/plans-action/les-actions/achats/" }, ["louer"]],
      [
        { id: "fin-d-usage", title: "Fin d'usage", url: "/plans-action/les-actions/fin-d-usage/" },
        ["donner"],
      ],
    ]);
    expect(experimentation?.byChantier).toEqual([]);
    expect(realisation?.url).toBe("/plans-action/stades/realisation/");
  });

  it("counts the plans' actions that aim at the stage, each plan leading to its section", () => {
    expect(ids(reflexion?.planActions ?? [])).toEqual(["b", "c"]);
    expect(reflexion?.planGroups).toEqual([
      {
        ministry: "Ministère de la Culture",
        period: "2022",
        count: 1,
        url: "/plans-action/ministeres/culture/#plan-2022",
      },
      {
        ministry: "Ministère de la Justice",
        period: "2022",
        count: 1,
        url: "/plans-action/ministeres/justice/#plan-2022",
      },
    ]);
    expect(realisation?.planGroups.map((group) => [group.ministry, group.period, group.count])).toEqual([
      ["Ministère de la Culture", "2023-2025", 1],
    ]);
  });
});

describe("ministryViews", () => {
  const [culture, justice, armees] = ministryViews(
    ministries,
    actions,
    (id) => plansByMinistry.get(id) ?? [],
  );

  it("gives each document where to download it: its address, else its copy in the site", () => {
    expect(culture?.documents.map((document) => document.href)).toEqual([
      "https://exemple.fr/plan.pdf",
      "/documents/plan-culture.pdf",
      undefined,
    ]);
  });

  it("gives a ministry the examples attributed to it, its plans by period and their history", () => {
    expect(ids(culture?.actions ?? [])).toEqual(["acheter"]);
    expect(ids(justice?.actions ?? [])).toEqual([]);
    expect(culture?.plans.map((plan) => plan.period)).toEqual(["2022", "2023-2025"]);
    expect(culture?.modifications).toEqual([
      { date: "2023-03-01", note: "Publication du « Bilan bilan-2022 »." },
    ]);
    expect([armees?.url, armees?.plans, armees?.modifications]).toEqual([
      "/plans-action/ministeres/armees/",
      [],
      [],
    ]);
  });
});
