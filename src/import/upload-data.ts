import { catalogueUrls } from "../catalogue/urls.ts";
import { type KnownCatalogue, knownCatalogue } from "./plan-sheet.ts";

/** What « Verser un plan » knows of the catalogue, written into the page for its script. */
export interface PlanUploadData {
  known: KnownCatalogue;
  /** The plans already published, and where each one's data is: their ids are kept. */
  plans: { ministry: string; period: string; url: string }[];
}

export function planUploadData(
  catalogue: Parameters<typeof knownCatalogue>[0] & {
    plans: { ministry: string; period: string }[];
  },
): PlanUploadData {
  return {
    known: knownCatalogue(catalogue),
    plans: catalogue.plans.map(({ ministry, period }) => ({
      ministry,
      period,
      url: catalogueUrls.planJson(ministry, period),
    })),
  };
}
