// Appended after the Markdown text: the part of this page that comes from the catalogue.
export default {
  appendix: "partials/catalogue/actions-by-chantier.njk",
};
