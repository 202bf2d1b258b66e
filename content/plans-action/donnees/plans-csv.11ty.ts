import type { PlanView } from "../../../src/catalogue/plans.ts";
import { catalogueUrls } from "../../../src/catalogue/urls.ts";
import type { Catalogue, MinistryView } from "../../../src/catalogue/views.ts";
import { planSpreadsheetFile } from "../../../src/import/published-spreadsheets.ts";

// Each published plan in the template's columns, as CSV, for any spreadsheet.
export const data = {
  pagination: {
    data: "catalogue.ministries",
    size: 1,
    alias: "plan",
    before: (ministries: MinistryView[]) => ministries.flatMap((ministry) => ministry.plans),
  },
  permalink: ({ plan }: { plan: PlanView }) =>
    catalogueUrls.planSpreadsheet(plan.ministry, plan.period, "csv"),
  layout: false,
  eleventyExcludeFromCollections: true,
};

export async function render({ catalogue, plan }: { catalogue: Catalogue; plan: PlanView }): Promise<Buffer> {
  return Buffer.from(await planSpreadsheetFile(catalogue, plan, "csv"));
}
