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
import { downloadDetail } from "./documents.ts";
import {
  type EarlierCommits,
  fileHistories,
  lastCommitDates,
  lastUpdated,
  pageHistory,
} from "./git-history.ts";
import { tableOfContents } from "./markdown.ts";
import { navigationSection, navigationTrail, navigationTree, sidebarMenu } from "./navigation.ts";
import { frenchNumber, quantity } from "./numbers.ts";
import { absoluteUrl } from "../urls.ts";
import { weightSummary } from "./weight-summary.ts";

/** Every filter the templates use, by the name they use it under. */
export function siteFilters(markdown: MarkdownIt, projectDir: string, earlierCommits?: EarlierCommits) {
  const histories = fileHistories(projectDir, earlierCommits);
  const commitDates = lastCommitDates(histories);
  return {
    /**
     * `page | lastUpdated(date, dataSources)`: the page's last commit, or its front-matter date, or
     * its data's last commit. `dataSources` has been checked by the data-schema hook.
     */
    lastUpdated: (page: { inputPath: string }, frontMatterDate: unknown, dataSources?: readonly string[]) =>
      lastUpdated(commitDates, page.inputPath, frontMatterDate, dataSources),
    /** `page | pageHistory(dataSources)`: a Markdown page's latest commits, newest first. */
    pageHistory: (page: { inputPath: string }, dataSources?: readonly string[]) =>
      page.inputPath.endsWith(".md") ? pageHistory(histories, page.inputPath, dataSources) : [],
    frenchDate,
    downloadDetail,
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
    navigationTrail,
    navigationSection,
    sidebarMenu,
    /** Only Markdown pages have sections to list: other templates' source is markup. */
    tableOfContents: (page: { inputPath: string; rawInput?: string }) =>
      page.inputPath.endsWith(".md") ? tableOfContents(markdown, page.rawInput) : [],
  };
}
