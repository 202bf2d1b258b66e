import { describe, expect, it } from "vitest";
import { actionViews } from "../../../src/catalogue/action-views.ts";
import type { Chantier, Stage, StageSource } from "../../../src/catalogue/schema.ts";
import { stageSourceCount, stageSourceCountAtStage } from "../../../src/catalogue/tables.ts";

const chantiers: Chantier[] = [{ id: "achats", title: "Achats", order: 1, description: "Avant." }];
const stages: Stage[] = [
  { id: "realisation", label: "Réalisation", definition: "Fait." },
  { id: "reflexion", label: "Réflexion", definition: "Pistes." },
];

/** Examples whose stages `publication` and `editorial` sources gave, in that order. */
const sourced = (publication: number, editorial: number): { stageSource: StageSource }[] => [
  ...Array.from({ length: publication }, () => ({ stageSource: "publication" as const })),
  ...Array.from({ length: editorial }, () => ({ stageSource: "editorial" as const })),
];

describe("stageSourceCount", () => {
  it("counts the stages the publication gives and those the editorial team does, in a sentence", () => {
    expect(stageSourceCount(sourced(6, 26))).toEqual({
      total: 32,
      publication: 6,
      editorial: 26,
      sentence:
        "Sur 32 stades, 6 sont donnés par la publication et 26 relèvent du classement de l'équipe éditoriale.",
    });
  });

  it("agrees with one, and says none without a count", () => {
    expect(stageSourceCount(sourced(1, 0)).sentence).toBe(
      "Sur 1 stade, 1 est donné par la publication et aucun ne relève du classement de l'équipe éditoriale.",
    );
    expect(stageSourceCount(sourced(0, 1)).sentence).toBe(
      "Sur 1 stade, aucun n'est donné par la publication et 1 relève du classement de l'équipe éditoriale.",
    );
  });

  it("has no sentence without examples", () => {
    expect(stageSourceCount([])).toEqual({ total: 0, publication: 0, editorial: 0, sentence: undefined });
  });
});

describe("stageSourceCountAtStage", () => {
  it("says, on a stage page, how many of its examples each source placed there", () => {
    expect(stageSourceCountAtStage(sourced(7, 4))).toEqual({
      total: 11,
      publication: 7,
      editorial: 4,
      sentence:
        "Sur ces 11 actions, 7 sont placées à ce stade par la publication " +
        "et 4 le sont par classement de l'équipe éditoriale.",
    });
  });

  it("agrees with one, and says none without a count", () => {
    expect(stageSourceCountAtStage(sourced(0, 1)).sentence).toBe(
      "Sur cette action, aucune n'est placée à ce stade par la publication " +
        "et 1 l'est par classement de l'équipe éditoriale.",
    );
    expect(stageSourceCountAtStage(sourced(2, 0)).sentence).toBe(
      "Sur ces 2 actions, 2 sont placées à ce stade par la publication " +
        "et aucune ne l'est par classement de l'équipe éditoriale.",
    );
    expect(stageSourceCountAtStage([]).sentence).toBeUndefined();
  });
});

describe("an example's stage source", () => {
  it("is named for readers: in the open data, and over the example's note", () => {
    const [given, classified] = actionViews(
      [
        {
          id: "acheter",
          title: "Acheter.",
          chantier: "achats",
          stage: "realisation",
          stageSource: "publication",
        },
        { id: "louer", title: "Louer.", chantier: "achats", stage: "reflexion", stageSource: "editorial" },
      ],
      chantiers,
      stages,
    );
    expect(given).toMatchObject({
      stageSource: "publication",
      stageSourceLabel: "Donné par la publication",
      stageSourceSummary: "Stade donné par la publication",
    });
    expect(classified).toMatchObject({
      stageSource: "editorial",
      stageSourceLabel: "Classement de l'équipe éditoriale",
      stageSourceSummary: "Stade : classement de l'équipe éditoriale",
    });
  });
});
