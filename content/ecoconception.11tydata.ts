export default {
  // The figures come from the site's own measurements (`npm run bench:weight -- --write`).
  appendix: "partials/weights-table.njk",
};
