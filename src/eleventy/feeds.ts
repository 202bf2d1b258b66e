import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteMetadata } from "../../_data/site.ts";
import { ministryFeedTitle } from "../catalogue/ministry-feed.ts";
import { catalogueUrls } from "../catalogue/urls.ts";

/** The news posts' collection: every page tagged so by content/actualites/actualites.11tydata.ts. */
export const NEWS_COLLECTION = "actualites";

export const FEEDS = [
  { type: "atom", path: "/actualites/atom.xml", mediaType: "application/atom+xml", label: "Atom" },
  { type: "rss", path: "/actualites/rss.xml", mediaType: "application/rss+xml", label: "RSS 2.0" },
] as const;

/** A feed of one page's own, which its head announces before the news' (`pageFeeds` in its data). */
export interface PageFeed {
  path: string;
  mediaType: string;
  title: string;
}

/**
 * A ministry's Atom feed, written by content/plans-action/ministere-flux.njk with the RSS plugin's
 * filters, which `addFeeds` below registers.
 */
export const ministryPageFeed = (ministry: { id: string; name: string }): PageFeed => ({
  path: catalogueUrls.ministryFeed(ministry.id),
  mediaType: "application/atom+xml",
  title: `${ministryFeedTitle(ministry)} (Atom)`,
});

/**
 * The Atom and RSS 2.0 feeds of the news, with absolute addresses below the site's URL. Each feed
 * plugin adds the RSS plugin, whose filters (`dateToRfc3339`, `getNewestCollectionItemDate`…)
 * write the ministries' feeds too (content/plans-action/ministere-flux.njk).
 */
export function addFeeds(eleventyConfig: UserConfig, site: SiteMetadata): void {
  // Each feed plugin adds the HTML base plugin, and Eleventy checks for a duplicate only among
  // plugins added by the configuration itself: added here first, it runs once, not once a feed
  // (which would write the path prefix twice).
  // Eleventy's JSDoc names the plugin's type by a path TypeScript cannot follow.
  eleventyConfig.addPlugin(HtmlBasePlugin as Parameters<UserConfig["addPlugin"]>[0]);
  for (const feed of FEEDS) {
    eleventyConfig.addPlugin(feedPlugin, {
      type: feed.type,
      outputPath: feed.path,
      collection: { name: NEWS_COLLECTION, limit: 0 },
      metadata: {
        language: site.language,
        title: `Actualités – ${site.title}`,
        subtitle: site.tagline,
        // The plugin adds the path prefix itself: it gets the origin alone.
        base: `${new URL(site.url).origin}/`,
        author: { name: site.publisher },
      },
    });
  }
}
