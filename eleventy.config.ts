import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import site from "./_data/site.ts";
import { typeScriptDataParser } from "./src/eleventy/data-extension.ts";
import { FEEDS, NEWS_COLLECTION, addFeeds } from "./src/eleventy/feeds.ts";
import { buildSearchIndex } from "./src/search-index.ts";
import { browserScripts } from "./src/eleventy/browser-scripts.ts";
import { siteFilters } from "./src/eleventy/filters.ts";
import { isLeftOutOfBuild } from "./src/eleventy/drafts.ts";
import { frontMatterParser } from "./src/eleventy/front-matter.ts";
import { pageDataSchema } from "./src/eleventy/page-data.ts";
import { siteMarkdown } from "./src/eleventy/markdown.ts";
import { addFileLinks } from "./src/eleventy/file-links.ts";
import { addSpreadsheets } from "./src/eleventy/spreadsheets.ts";
import { addOpenDataFiles } from "./src/eleventy/open-data-files.ts";
import { addPdfFiles } from "./src/eleventy/pdf-files.ts";
import { addAuditGrid } from "./src/eleventy/audit-grid.ts";
import { spreadsheetDownloads } from "./src/import/published-spreadsheets.ts";
import navigationPlugin from "@11ty/eleventy-navigation";
import { type NavigablePage, buildNavigationIndex } from "./src/eleventy/navigation/index.ts";
import { DSFR_DIST } from "./src/styles/dsfr-parts.ts";

interface BuildEvent {
  directories: { output: string };
  runMode: "build" | "watch" | "serve";
}

export const config = {
  dir: {
    input: "content",
    // Relative to the input folder: both live at the top level, beside `content/`.
    includes: "../_includes",
    data: "../_data",
    output: "_site",
  },
  templateFormats: ["md", "njk"],
  // Markdown pages are prose from contributors: `{{` in a sentence must stay text.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  // A project site on GitHub Pages lives below a path: the HTML base plugin (added by the feed
  // plugin) writes it before every site-relative link.
  pathPrefix: new URL(site.url).pathname,
};

export default function configure(eleventyConfig: UserConfig): void {
  const includesDir = path.join(config.dir.input, config.dir.includes);
  eleventyConfig.addDataExtension("ts", { parser: typeScriptDataParser({ includesDir }), read: false });
  // The published spreadsheets: written by TypeScript templates, linked with their sizes.
  addSpreadsheets(eleventyConfig, spreadsheetDownloads);
  // The catalogue's open data files, written by its exports.
  addOpenDataFiles(eleventyConfig);
  // The document pages' PDFs, when the PDF command builds (src/pdf/).
  addPdfFiles(eleventyConfig);
  // The RGAA audit's grid, computed from _data/rgaa.ts.
  addAuditGrid(eleventyConfig);

  // Eleventy's own markdown-it instance, set up for the site's pages.
  const markdown = siteMarkdown();
  eleventyConfig.amendLibrary("md", markdown.amend);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, trimBlocks: true, lstripBlocks: true });
  for (const [name, filter] of Object.entries(siteFilters(markdown))) {
    eleventyConfig.addFilter(name, filter);
  }
  // Then a link to a page's file becomes the page's address.
  eleventyConfig.amendLibrary("md", addFileLinks(eleventyConfig, config.dir.input));

  // The gate: each file's front matter is checked as it is read, before Eleventy uses a field.
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: frontMatterParser({ includesDir }) } });
  // Then each page's whole data, before any page renders (Nunjucks would hide a filter's message).
  eleventyConfig.addGlobalData("eleventyDataSchema", () => pageDataSchema());
  eleventyConfig.addPreprocessor("drafts", "*", (data: Record<string, unknown>) =>
    isLeftOutOfBuild(data, process.env.ELEVENTY_RUN_MODE) ? false : undefined,
  );

  addFeeds(eleventyConfig, site);
  eleventyConfig.addGlobalData("feeds", FEEDS);
  eleventyConfig.addGlobalData("newsCollection", NEWS_COLLECTION);

  // The plugin's filters (`eleventyNavigation`, `eleventyNavigationBreadcrumb`…) for any template;
  // each page's key defaults to its file (`content/content.11tydata.ts`) for them as for the index.
  eleventyConfig.addPlugin(navigationPlugin);
  // Built once per build, before any page renders: templates read `collections.navigation`, and
  // a duplicate key or an unknown parent stops the build with its own message.
  // Its pages come in the order of `collections.all`, the one a template hands the plugin's filters.
  eleventyConfig.addCollection("navigation", (collections: { getAllSorted(): NavigablePage[] }) =>
    buildNavigationIndex(collections.getAllSorted()),
  );

  // Before the pages: the script of « Verser un plan » is its TypeScript, bundled for the browser.
  const scripts = browserScripts(process.cwd());
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => {
    scripts.changed(changedFiles);
  });
  eleventyConfig.on("eleventy.before", ({ directories }: BuildEvent) => scripts.bundle(directories.output));

  // `npm start` (src/server/dev.ts) indexes after it has reloaded the edited page, not before;
  // Eleventy's own `--serve` or `--watch`, which the project does not use, would index nothing.
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: BuildEvent) => {
    if (runMode === "build") await buildSearchIndex(directories.output);
  });

  eleventyConfig.addPassthroughCopy({ public: "/", [`${DSFR_DIST}/favicon/favicon.svg`]: site.urls.favicon });
  // Eleventy follows the dependencies of JavaScript files only: the TypeScript and the site's
  // CSS below src/ are watched as files.
  eleventyConfig.addWatchTarget("src/");
}
