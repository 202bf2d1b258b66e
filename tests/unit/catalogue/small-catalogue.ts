import { actionViews } from "../../../src/catalogue/action-views.ts";
import type { PageSources } from "../../../src/catalogue/page-views.ts";
import { buildPlanView } from "../../../src/catalogue/plans.ts";
import type { Chantier, Ministry, Plan, Review, Stage } from "../../../src/catalogue/schema.ts";

/*
 * A small catalogue, already validated and ordered, for the tests of the view builders: two
 * chantiers, the three stages, three example actions, and three plans of two ministries.
 */

export const stages: Stage[] = [
  { id: "realisation", label: "Réalisation", definition: "Fait." },
  { id: "experimentation", label: "Expérimentation", definition: "Essayé." },
  { id: "reflexion", label: "Réflexion", definition: "Pensé." },
];

export const chantiers: Chantier[] = [
  { id: "achats", title: "Achats", order: 1, description: "Avant." },
  { id: "fin-d-usage", title: "Fin d'usage", order: 2, description: "Après." },
];

export const ministries: Ministry[] = [
  {
    id: "culture",
    name: "Ministère de la Culture",
    shortName: "Culture",
    documents: [
      { title: "En ligne", url: "https://exemple.fr/plan.pdf" },
      { title: "Dans le dépôt", file: "documents/plan-culture.pdf" },
      { title: "Introuvable" },
    ],
  },
  { id: "justice", name: "Ministère de la Justice", shortName: "Justice", documents: [] },
  { id: "armees", name: "Ministère des Armées", shortName: "Armées", documents: [] },
];

const review = (id: string, date: string): Review => ({
  id,
  title: `Bilan ${id}`,
  date,
  period: "2022",
  source: { publisher: "Mission", title: "Bilan" },
  publishedFigures: [],
});
export const reviews = [review("bilan-2022", "2023-03-01"), review("bilan-2023", "2024-03-01")];

export const actions = actionViews(
  [
    {
      id: "acheter",
      title: "Acheter *durable*.",
      chantier: "achats",
      stage: "realisation",
      stageSource: "publication",
      ministries: ["culture"],
    },
    { id: "louer", title: "Louer.", chantier: "achats", stage: "reflexion", stageSource: "editorial" },
    {
      id: "donner",
      title: "Donner.",
      chantier: "fin-d-usage",
      stage: "reflexion",
      stageSource: "publication",
    },
  ],
  chantiers,
  stages,
);

const ministryName = (id: string) => ministries.find((ministry) => ministry.id === id)?.name ?? id;
/** What `buildPlanView` reads of this catalogue. */
export const planContext = {
  examples: new Map(),
  chantiers,
  stages,
  reviews,
  ministryNames: (id: string) => ({ name: ministryName(id), shortName: id }),
};
const planView = (plan: Plan) => buildPlanView(plan, planContext);

/** Culture: a 2022 plan in achats, reviewed once, and a 2023-2025 one in fin-d-usage. Justice: one 2022 action. */
export const plansByMinistry = new Map([
  [
    "culture",
    [
      planView({
        ministry: "culture",
        period: "2022",
        actions: [
          {
            id: "a",
            chantier: "achats",
            stage: "experimentation",
            title: "A.",
            statuses: [{ review: "bilan-2022", status: "realisee" }],
          },
          {
            id: "b",
            chantier: "achats",
            stage: "reflexion",
            title: "B.",
            statuses: [{ review: "bilan-2022", status: "en-cours" }],
          },
        ],
      }),
      planView({
        ministry: "culture",
        period: "2023-2025",
        actions: [{ id: "d", chantier: "fin-d-usage", stage: "realisation", title: "D." }],
      }),
    ],
  ],
  [
    "justice",
    [
      planView({
        ministry: "justice",
        period: "2022",
        actions: [
          {
            id: "c",
            chantier: "fin-d-usage",
            stage: "reflexion",
            title: "C.",
            statuses: [{ review: "bilan-2022", status: "realisee" }],
          },
        ],
      }),
    ],
  ],
]);

export const plans = [...plansByMinistry.values()].flat();

export const sources: PageSources = { chantiers, stages, actions, plans, ministryName };
