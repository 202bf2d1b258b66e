import { WEIGHTS_FILE_URL } from "../src/eleventy/weight-summary.ts";

export default {
  // The figures come from the site's own measurements (`npm run bench:weight -- --write`).
  appendix: "partials/weights-table.njk",
  weightsFile: WEIGHTS_FILE_URL,
};
