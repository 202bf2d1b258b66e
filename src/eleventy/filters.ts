import { stackedBars } from "../catalogue/chart.ts";
import { openDataDataset } from "../catalogue/exports.ts";
import { frenchDate, isoDate } from "./dates.ts";
import { downloadDetail, fileSize } from "./documents.ts";
import { changeHistory, lastUpdated } from "./change-history.ts";
import type { SiteMarkdown } from "./markdown.ts";
import { navigationTrail, navigationTree } from "./navigation/lookups.ts";
import { navigationSection } from "./navigation/section.ts";
import { sidebarMenu } from "./navigation/sidebar.ts";
import { frenchNumber, quantity } from "./numbers.ts";
import { toolWeights, weightSummary } from "./weight-summary.ts";

/** Every filter the templates use, by the name they use it under. */
export function siteFilters(markdown: SiteMarkdown) {
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
    openDataDataset,
    navigationTree,
    weightSummary,
    toolWeights,
    navigationTrail,
    navigationSection,
    sidebarMenu,
    /** Only Markdown pages have sections to list: other templates' source is markup. */
    tableOfContents: (page: { inputPath: string; rawInput?: string }) =>
      page.inputPath.endsWith(".md") ? markdown.tableOfContents(page.rawInput) : [],
  };
}
