import { ACTIONS_NAVIGATION_KEY } from "../../src/eleventy/catalogue-navigation.ts";

export default {
  // Merged into the front matter's eleventyNavigation: the chantier pages hang below this key.
  eleventyNavigation: { key: ACTIONS_NAVIGATION_KEY },
  // Appended after the Markdown text: the part of this page that comes from the catalogue.
  appendix: "partials/catalogue/actions-by-chantier.njk",
  // The page that presents the open data describes it for data portals (see layouts/base.njk).
  describesOpenData: true,
  // The front matter's description, kept as the seed gives it, is longer than search results show.
  metaDescription:
    "Les actions des plans ministériels, chantier par chantier, et leur stade : réalisation, expérimentation ou réflexion.",
};
