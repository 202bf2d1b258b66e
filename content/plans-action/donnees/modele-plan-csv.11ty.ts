import { catalogueUrls } from "../../../src/catalogue/urls.ts";
import type { Catalogue } from "../../../src/catalogue/views.ts";
import { templateSpreadsheetFile } from "../../../src/import/published-spreadsheets.ts";

// The template a ministry fills in with its plan, as CSV, for any spreadsheet.
export const data = {
  permalink: catalogueUrls.planTemplate("csv"),
  layout: false,
  eleventyExcludeFromCollections: true,
};

export async function render({ catalogue }: { catalogue: Catalogue }): Promise<Buffer> {
  return Buffer.from(await templateSpreadsheetFile(catalogue, "csv"));
}
