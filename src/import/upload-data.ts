import { catalogueUrls } from "../catalogue/urls.ts";
import { type KnownCatalogue, knownCatalogue } from "./plan-sheet.ts";

/** What « Verser un plan » knows of the catalogue, written into the page for its script. */
export interface PlanUploadData {
  known: KnownCatalogue;
  /** The plans already published, and where each one's data is: their ids are kept. */
  plans: { ministry: string; period: string; url: string }[];
}

/**
 * `pathPrefix` is the site's path below its host ("/", or "/depot/" on a project's GitHub Pages):
 * Eleventy writes it into the pages' links, but not into the addresses a script reads from JSON.
 */
export function planUploadData(
  catalogue: Parameters<typeof knownCatalogue>[0] & { plans: { ministry: string; period: string }[] },
  pathPrefix: string,
): PlanUploadData {
  return {
    known: knownCatalogue(catalogue),
    plans: catalogue.plans.map(({ ministry, period }) => ({
      ministry,
      period,
      url: `${pathPrefix.replace(/\/$/, "")}${catalogueUrls.planJson(ministry, period)}`,
    })),
  };
}
