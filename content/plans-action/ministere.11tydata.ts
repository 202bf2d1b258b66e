import { ministryNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import { onePagePer } from "../../src/eleventy/catalogue-pages.ts";
import type { MinistryView } from "../../src/catalogue/views.ts";
import { ministryPageFeed } from "../../src/eleventy/feeds.ts";

export default onePagePer<MinistryView>("catalogue.ministries", "ministry", {
  title: (ministry) => ministry.name,
  description: (ministry) => `Les documents et les plans d'action de : ${ministry.name}.`,
  eleventyNavigation: ministryNavigation,
  // Its history comes from its plans' data: see MinistryView.
  modifications: (ministry) => ministry.modifications,
  // Its Atom feed (ministere-flux.njk), announced in the page's head.
  pageFeeds: (ministry) => [ministryPageFeed(ministry)],
});
