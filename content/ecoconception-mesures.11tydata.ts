import { WEIGHTS_FILE_URL } from "../src/eleventy/weight-summary.ts";

// Every page's measurements, as `npm run bench:weight -- --write` recorded them.
export default {
  permalink: WEIGHTS_FILE_URL,
  layout: false,
  eleventyExcludeFromCollections: true,
};
