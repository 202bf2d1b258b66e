export default {
  // Appended after the Markdown text: the part of this page that comes from the catalogue.
  appendix: "partials/catalogue/follow-up.njk",
};
