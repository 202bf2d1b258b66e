import { NEWS_COLLECTION } from "../../src/eleventy/feeds.ts";

// A news post is one dated Markdown file in this folder: the list, the feeds and the sitemap follow.
export default {
  tags: [NEWS_COLLECTION],
  // In the breadcrumb under « Actualités », not in any sidebar.
  eleventyNavigation: { parent: "actualites", excludeFromSidebar: true },
};
