import { SPREADSHEET_FORMATS, type SpreadsheetFormat, catalogueUrls } from "../../../src/catalogue/urls.ts";
import type { Catalogue } from "../../../src/catalogue/views.ts";
import { templateSpreadsheetFile } from "../../../src/import/published-spreadsheets.ts";

// The template a ministry fills in with its plan: an Excel workbook with its drop-down lists, and a CSV.
export const data = {
  pagination: { data: "formats", size: 1, alias: "format" },
  formats: SPREADSHEET_FORMATS,
  permalink: ({ format }: { format: SpreadsheetFormat }) => catalogueUrls.planTemplate(format),
};

export async function render(data: { catalogue: Catalogue; format: SpreadsheetFormat }): Promise<Buffer> {
  return Buffer.from(await templateSpreadsheetFile(data.catalogue, data.format));
}
