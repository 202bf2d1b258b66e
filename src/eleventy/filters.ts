import type { MarkdownIt } from "markdown-it";
import { frenchDate, isoDate } from "./dates.ts";
import { tableOfContents } from "./markdown.ts";
import { navigationTrail, navigationTree } from "./navigation.ts";
import { absoluteUrl } from "./urls.ts";

/** Every filter the templates use, by the name they use it under. */
export function siteFilters(markdown: MarkdownIt) {
  return {
    frenchDate,
    isoDate,
    absoluteUrl,
    navigationTree,
    navigationTrail,
    /** Only Markdown pages have sections to list: other templates' source is markup. */
    tableOfContents: (page: { inputPath: string; rawInput?: string }) =>
      page.inputPath.endsWith(".md") ? tableOfContents(markdown, page.rawInput) : [],
  };
}
