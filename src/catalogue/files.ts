/** The data file of each part of the catalogue, as contributors know them. */
export const CATALOGUE_FILES = {
  publication: "_data/publication.ts",
  stages: "_data/stages.ts",
  chantiers: "_data/chantiers.ts",
  ministries: "_data/ministries.ts",
  actions: "_data/actions.ts",
  gains: "_data/gains.ts",
  reviews: "_data/reviews.ts",
} as const;

export type CatalogueFileName = keyof typeof CATALOGUE_FILES;

/** The ministries' plans: one file a ministry and period, each TypeScript file of it a plan. */
export const PLANS_FOLDER = "_data/plans";

/** The name of a ministry's plan file for a period, in PLANS_FOLDER. */
export const planFileName = (ministry: string, period: string) => `${ministry}-${period}.ts`;

/** Whether a file of PLANS_FOLDER holds a plan. */
export const isPlanFileName = (name: string) => name.endsWith(".ts");

/** The file of a ministry's plan for a period, from the project's folder. */
export const planFile = (ministry: string, period: string) =>
  `${PLANS_FOLDER}/${planFileName(ministry, period)}`;
