import { navigationDefaults } from "../src/eleventy/navigation/defaults.ts";

export default {
  // The layout of every page, unless its folder's data file or its front matter names another.
  layout: "layouts/page.njk",
  // Every page's `eleventyNavigation` takes the key of its file and the page's title when it gives
  // none: the navigation plugin's filters read the same entries as the site's menus.
  eleventyComputed: navigationDefaults,
};
