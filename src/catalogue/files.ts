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

/** The ministries' plans: one file a ministry and period, `<ministère>-<période>.ts`. */
export const PLANS_FOLDER = "_data/plans";

/** The file of a ministry's plan for a period. */
export const planFile = (ministry: string, period: string) => `${PLANS_FOLDER}/${ministry}-${period}.ts`;
