import { chartHeight, stackedBars } from "../catalogue/chart.ts";
import { openDataDataset } from "../catalogue/exports.ts";
import { ministryFeed } from "../catalogue/ministry-feed.ts";
import type { MinistryView } from "../catalogue/views.ts";
import { frenchDate, isoDate } from "./dates.ts";
import { downloadDetail, fileSize } from "./documents.ts";
import { changeHistory, lastUpdated } from "./change-history.ts";
import type { SiteMarkdown } from "./markdown.ts";
import { navigationTrail, navigationTree } from "./navigation/lookups.ts";
import { navigationSection } from "./navigation/section.ts";
import { sidebarMenu, sidebarOrder } from "./navigation/sidebar.ts";
import { documentParts, documentSection, pageAt } from "./document-sections.ts";
import { frenchNumber, plural, quantity } from "./numbers.ts";
import { isDocumentPage } from "../urls.ts";
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
    plural,
    quantity,
    stackedBars,
    chartHeight,
    openDataDataset,
    /** `ministry | ministryFeed(site.url, catalogue.publication.publishedOn)`: its Atom feed's entries. */
    ministryFeed: (ministry: MinistryView, siteUrl: string, publishedOn: string) =>
      ministryFeed(ministry, { siteUrl, publishedOn }),
    navigationTree,
    weightSummary,
    toolWeights,
    navigationTrail,
    navigationSection,
    sidebarMenu,
    sidebarOrder,
    /** `content | documentSection(url, parts)`: a page's content as a section of a document page. */
    documentSection,
    /** `entries | documentParts`: the pages of a document, each with its section's id and title. */
    documentParts,
    pageAt,
    isDocumentPage,
    /** Only Markdown pages have sections to list: other templates' source is markup. */
    tableOfContents: (page: { inputPath: string; rawInput?: string }) =>
      page.inputPath.endsWith(".md") ? markdown.tableOfContents(page.rawInput) : [],
  };
}
