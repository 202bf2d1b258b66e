import { describe, expect, it } from "vitest";
import { actionViews } from "../../../src/catalogue/action-views.ts";
import type { Chantier, Stage, StageSource } from "../../../src/catalogue/schema.ts";
import { chantierViews } from "../../../src/catalogue/page-views.ts";
import {
  type StageSourceCount,
  stageSourceCount,
  stageSourceCountOfPage,
} from "../../../src/catalogue/stage-sources.ts";
import { actions as smallActions, sources as smallSources } from "./small-catalogue.ts";

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

const NBSP = "\u00a0";
const EDITORIAL = "un classement de l'équipe éditoriale";

/** Each case: the stages the publication gives, those the editorial team does, and the sentence. */
const catalogueCases: [number, number, string][] = [
  [
    17,
    15,
    `Sur les 32 actions, la publication donne le stade de 17${NBSP}; celui des 15 autres est ${EDITORIAL}.`,
  ],
  [
    1,
    4,
    `Sur les 5 actions, la publication donne le stade d'une seule${NBSP}; celui des 4 autres est ${EDITORIAL}.`,
  ],
  [
    4,
    1,
    `Sur les 5 actions, la publication donne le stade de 4${NBSP}; celui de l'action restante est ${EDITORIAL}.`,
  ],
  [
    1,
    1,
    `Sur les 2 actions, la publication donne le stade de l'une${NBSP}; celui de l'autre est ${EDITORIAL}.`,
  ],
  [
    0,
    3,
    `Sur les 3 actions, la publication ne donne le stade d'aucune${NBSP}; celui de chacune est ${EDITORIAL}.`,
  ],
  [3, 0, `Sur les 3 actions, la publication donne le stade de chacune${NBSP}; aucun n'est ${EDITORIAL}.`],
  [1, 0, "Le stade de la seule action est donné par la publication."],
  [0, 1, `Le stade de la seule action est ${EDITORIAL}.`],
];

/** The same counts said of the examples a page has just counted. */
const pageCases: [number, number, string][] = [
  [
    8,
    3,
    `Sur ces 11 actions, la publication donne le stade de 8${NBSP}; celui des 3 autres est ${EDITORIAL}.`,
  ],
  [
    1,
    1,
    `Sur ces 2 actions, la publication donne le stade de l'une${NBSP}; celui de l'autre est ${EDITORIAL}.`,
  ],
  [
    0,
    2,
    `Sur ces 2 actions, la publication ne donne le stade d'aucune${NBSP}; celui de chacune est ${EDITORIAL}.`,
  ],
  [1, 0, "Le stade de cette action est donné par la publication."],
  [0, 1, `Le stade de cette action est ${EDITORIAL}.`],
];

const expectedCount = (publication: number, editorial: number, sentence: string): StageSourceCount => ({
  total: publication + editorial,
  publication,
  editorial,
  sentence,
});

describe("stageSourceCount", () => {
  it.each(catalogueCases)(
    "counts %i stages given by the publication and %i by the editorial team, in words that agree",
    (publication, editorial, sentence) => {
      expect(stageSourceCount(sourced(publication, editorial))).toEqual(
        expectedCount(publication, editorial, sentence),
      );
    },
  );

  it("counts examples in any order", () => {
    const mixed = [...sourced(0, 2), ...sourced(3, 0), ...sourced(0, 1)];
    expect(stageSourceCount(mixed)).toMatchObject({ total: 6, publication: 3, editorial: 3 });
  });

  it("has no sentence without examples", () => {
    expect(stageSourceCount([])).toEqual({ total: 0, publication: 0, editorial: 0, sentence: undefined });
  });
});

describe("stageSourceCountOfPage", () => {
  it.each(pageCases)(
    "says, of %i + %i examples a page has counted, who gave their stages",
    (publication, editorial, sentence) => {
      expect(stageSourceCountOfPage(sourced(publication, editorial))).toEqual(
        expectedCount(publication, editorial, sentence),
      );
    },
  );

  it("has no sentence without examples", () => {
    expect(stageSourceCountOfPage([]).sentence).toBeUndefined();
  });
});

describe("a chantier's stage sources", () => {
  it("count its own examples, from the data", () => {
    for (const chantier of chantierViews(smallSources)) {
      const own = smallActions.filter((action) => action.chantier === chantier.id);
      const publication = own.filter((action) => action.stageSource === "publication").length;
      expect(chantier.stageSources, chantier.id).toMatchObject({
        total: own.length,
        publication,
        editorial: own.length - publication,
      });
    }
  });

  it("are said of « ces » examples, as the chantier page counts them", () => {
    const [achats, finDUsage] = chantierViews(smallSources);
    expect(achats?.stageSources.sentence).toBe(
      `Sur ces 2 actions, la publication donne le stade de l'une${NBSP}; celui de l'autre est ${EDITORIAL}.`,
    );
    expect(finDUsage?.stageSources.sentence).toBe("Le stade de cette action est donné par la publication.");
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
