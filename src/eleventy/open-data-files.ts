import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteMetadata } from "../../_data/site.ts";
import { openDataCsv, openDataJson, openDataJsonSchema, planActionsCsv } from "../catalogue/exports.ts";
import type { Plan } from "../catalogue/schema.ts";
import { catalogueUrls } from "../catalogue/urls.ts";
import type { Catalogue } from "../catalogue/views.ts";

/*
 * The catalogue's open data, each file written by its export at its address. They are Eleventy
 * templates without a file of their own, in content/plans-action/donnees/, whose data file keeps
 * them out of layouts and collections. Templates in TypeScript need the `11ty.ts` extension
 * (src/eleventy/spreadsheets.ts).
 */

const FOLDER = "plans-action/donnees";

interface FileData {
  catalogue: Catalogue;
  site: SiteMetadata;
}

const OPEN_DATA_FILES: Record<string, { url: string; write: (data: FileData) => string }> = {
  "actions-csv": { url: catalogueUrls.csv, write: ({ catalogue }) => openDataCsv(catalogue) },
  "actions-des-plans-csv": {
    url: catalogueUrls.planCsv,
    write: ({ catalogue }) => planActionsCsv(catalogue),
  },
  "actions-json": {
    url: catalogueUrls.json,
    write: ({ catalogue, site }) => openDataJson(catalogue, site.url),
  },
  "actions-schema": {
    url: catalogueUrls.jsonSchema,
    write: ({ catalogue, site }) => openDataJsonSchema(catalogue, site.url),
  },
};

export function addOpenDataFiles(eleventyConfig: UserConfig): void {
  for (const [name, file] of Object.entries(OPEN_DATA_FILES)) {
    eleventyConfig.addTemplate(`${FOLDER}/${name}.11ty.ts`, { render: file.write }, { permalink: file.url });
  }
  // Each plan as its file holds it: « Verser un plan » reads it back to keep the actions' ids.
  eleventyConfig.addTemplate(
    `${FOLDER}/plan-json.11ty.ts`,
    { render: ({ plan }: { plan: Plan }) => JSON.stringify(plan) },
    {
      pagination: { data: "catalogue.plans", size: 1, alias: "plan" },
      permalink: ({ plan }: { plan: Plan }) => catalogueUrls.planJson(plan.ministry, plan.period),
    },
  );
}
