import { catalogueFiles } from "../../src/catalogue/files.ts";

export default {
  dataSources: catalogueFiles("reviews", "publication"),
  // Appended after the Markdown text: the part of this page that comes from the catalogue.
  appendix: "partials/catalogue/follow-up.njk",
};
