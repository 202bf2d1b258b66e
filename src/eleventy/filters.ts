import type { MarkdownIt } from "markdown-it";
import { stackedBars } from "../catalogue/chart.ts";
import { openDataCsv, openDataJson, openDataJsonSchema } from "../catalogue/exports.ts";
import { frenchDate, isoDate } from "./dates.ts";
import { tableOfContents } from "./markdown.ts";
import { navigationTrail, navigationTree } from "./navigation.ts";
import { frenchNumber, quantity } from "./numbers.ts";
import { absoluteUrl } from "./urls.ts";

/** Every filter the templates use, by the name they use it under. */
export function siteFilters(markdown: MarkdownIt) {
  return {
    frenchDate,
    isoDate,
    frenchNumber,
    quantity,
    stackedBars,
    openDataJson,
    openDataCsv,
    openDataJsonSchema,
    absoluteUrl,
    navigationTree,
    navigationTrail,
    /** Only Markdown pages have sections to list: other templates' source is markup. */
    tableOfContents: (page: { inputPath: string; rawInput?: string }) =>
      page.inputPath.endsWith(".md") ? tableOfContents(markdown, page.rawInput) : [],
  };
}
