import type { MarkdownIt } from "markdown-it";
import { stackedBars } from "../catalogue/chart.ts";
import { openDataCsv, openDataJson, openDataJsonSchema } from "../catalogue/exports.ts";
import { frenchDate, isoDate } from "./dates.ts";
import { lastUpdated } from "./git-dates.ts";
import { tableOfContents } from "./markdown.ts";
import { navigationTrail, navigationTree, sidebarMenu } from "./navigation.ts";
import { frenchNumber, quantity } from "./numbers.ts";
import { absoluteUrl } from "./urls.ts";
import { weightSummary } from "./weight-summary.ts";

/** Every filter the templates use, by the name they use it under. */
export function siteFilters(markdown: MarkdownIt, commitDates: Map<string, Date>) {
  return {
    /** `page | lastUpdated(date)`: the page's last commit, or its front-matter date. */
    lastUpdated: (page: { inputPath: string }, frontMatterDate: unknown) => lastUpdated(commitDates, page.inputPath, frontMatterDate),
    frenchDate,
    isoDate,
    frenchNumber,
    quantity,
    stackedBars,
    openDataJson,
    openDataCsv,
    openDataJsonSchema,
    // Not "absoluteUrl": the RSS plugin registers a filter of that name, which ignores the path prefix.
    fullUrl: absoluteUrl,
    navigationTree,
    weightSummary,
    navigationTrail,
    sidebarMenu,
    /** Only Markdown pages have sections to list: other templates' source is markup. */
    tableOfContents: (page: { inputPath: string; rawInput?: string }) =>
      page.inputPath.endsWith(".md") ? tableOfContents(markdown, page.rawInput) : [],
  };
}
