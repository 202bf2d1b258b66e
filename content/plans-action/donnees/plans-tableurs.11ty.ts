import type { PlanView } from "../../../src/catalogue/plans.ts";
import { SPREADSHEET_FORMATS, type SpreadsheetFormat, catalogueUrls } from "../../../src/catalogue/urls.ts";
import type { Catalogue, MinistryView } from "../../../src/catalogue/views.ts";
import { planSpreadsheetFile } from "../../../src/import/published-spreadsheets.ts";

interface PlanFile {
  plan: PlanView;
  format: SpreadsheetFormat;
}

// Each published plan in the template's columns, in each format: an Excel workbook and a CSV.
export const data = {
  pagination: {
    data: "catalogue.ministries",
    size: 1,
    alias: "file",
    before: (ministries: MinistryView[]): PlanFile[] =>
      ministries.flatMap((ministry) =>
        ministry.plans.flatMap((plan) => SPREADSHEET_FORMATS.map((format) => ({ plan, format }))),
      ),
  },
  permalink: ({ file }: { file: PlanFile }) =>
    catalogueUrls.planSpreadsheet(file.plan.ministry, file.plan.period, file.format),
};

export async function render({ catalogue, file }: { catalogue: Catalogue; file: PlanFile }): Promise<Buffer> {
  return Buffer.from(await planSpreadsheetFile(catalogue, file.plan, file.format));
}
