import type { MarkdownIt } from "markdown-it";
import { stackedBars } from "../catalogue/chart.ts";
import {
  openDataCsv,
  openDataDataset,
  openDataJson,
  openDataJsonSchema,
  planActionsCsv,
} from "../catalogue/exports.ts";
import { frenchDate, isoDate } from "./dates.ts";
import { downloadDetail, fileSize } from "./documents.ts";
import { changeHistory, lastUpdated } from "./change-history.ts";
import { tableOfContents } from "./markdown.ts";
import { navigationSection, navigationTrail, navigationTree, sidebarMenu } from "./navigation.ts";
import { frenchNumber, quantity } from "./numbers.ts";
import { absoluteUrl } from "../urls.ts";
import { toolWeights, weightSummary } from "./weight-summary.ts";

/** Every filter the templates use, by the name they use it under. */
export function siteFilters(markdown: MarkdownIt) {
  return {
    /** `modifications | lastUpdated(date)`: the later of its latest change note and its date. */
    lastUpdated,
    /** `modifications | changeHistory`: the page's change notes, newest first. */
    changeHistory,
    frenchDate,
    downloadDetail,
    fileSize,
    isoDate,
    frenchNumber,
    quantity,
    stackedBars,
    openDataJson,
    openDataCsv,
    planActionsCsv,
    openDataJsonSchema,
    openDataDataset,
    // Not "absoluteUrl": the RSS plugin registers a filter of that name, which ignores the path prefix.
    fullUrl: absoluteUrl,
    navigationTree,
    weightSummary,
    toolWeights,
    navigationTrail,
    navigationSection,
    sidebarMenu,
    /** Only Markdown pages have sections to list: other templates' source is markup. */
    tableOfContents: (page: { inputPath: string; rawInput?: string }) =>
      page.inputPath.endsWith(".md") ? tableOfContents(markdown, page.rawInput) : [],
  };
}
