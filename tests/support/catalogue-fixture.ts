import type { CatalogueSources } from "../../src/catalogue/validate.ts";

type RawAction = Record<string, unknown> & {
  id: string;
  title: string;
  chantier: string;
  stage: string;
  stageSource: string;
  ministries?: string[];
  note?: string;
};

/** A small valid catalogue, new at each call so that a test may break its copy. */
export function catalogueSources() {
  return {
    publication: {
      title: "Plans d'essai",
      publisher: "Mission d'essai",
      publishedOn: "2022-04-01",
      licence: {
        name: "Licence Ouverte 2.0",
        url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
      },
    },
    stages: [
      { id: "reflexion", label: "Réflexion", definition: "Pistes." },
      { id: "realisation", label: "Réalisation", definition: "Fait." },
      { id: "experimentation", label: "Expérimentation", definition: "Essais." },
    ],
    chantiers: [
      { id: "fin-d-usage", title: "Fin d’usage", order: 2, description: "Après." },
      { id: "achats", title: "Achats", order: 1, description: "Avant." },
    ],
    ministries: [
      {
        id: "culture",
        name: "Ministère de la Culture",
        shortName: "Culture",
        documents: [{ title: "Plan" }],
      },
    ],
    actions: [
      {
        id: "recycler",
        title: "Recycler.",
        chantier: "fin-d-usage",
        stage: "realisation",
        stageSource: "publication",
      },
      {
        id: "acheter-durable",
        title: "Acheter *durable*.",
        chantier: "achats",
        stage: "realisation",
        stageSource: "publication",
        ministries: ["culture"],
      },
      {
        id: "louer",
        title: "Louer.",
        chantier: "achats",
        stage: "reflexion",
        stageSource: "editorial",
        note: "Classement de l'équipe.",
      },
      {
        id: "donner",
        title: "Donner.",
        chantier: "fin-d-usage",
        stage: "reflexion",
        stageSource: "publication",
      },
    ] as RawAction[],
    gains: {
      source: {
        publisher: "ADEME",
        title: "Étude",
        note: "Ordres de grandeur.",
        europeanEquivalent: {
          climateChange: { value: 8.1, unit: "t CO₂ éq." },
          abioticDepletion: { value: 0.06, unit: "kg Sb éq." },
        },
      },
      figures: [
        {
          id: "portables",
          lever: "Reconditionné",
          scope: "1 000",
          climateChange: { value: 54.9, unit: "t CO₂ éq." },
        },
      ],
    },
    reviews: [
      {
        id: "bilan-essai",
        title: "Bilan d'essai",
        date: "2023-04-06",
        period: "2022",
        source: { publisher: "Mission d'essai", title: "Bilan d'essai" },
        publishedFigures: [{ id: "actions", value: 300, qualifier: "plus de", label: "actions" }],
      },
    ],
  } satisfies CatalogueSources;
}
