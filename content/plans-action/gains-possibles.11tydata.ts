import { catalogueFiles } from "../../src/catalogue/files.ts";

export default {
  dataSources: catalogueFiles("gains"),
  // Appended after the Markdown text: the part of this page that comes from the catalogue.
  appendix: "partials/catalogue/gains-table.njk",
};
