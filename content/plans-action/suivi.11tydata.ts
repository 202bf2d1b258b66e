import { catalogueFiles } from "../../src/catalogue/files.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";

export default {
  eleventyComputed: {
    // The reviews, and the plans whose statuses it adds up.
    dataSources: (data: { catalogue: Catalogue }) => [
      ...catalogueFiles("reviews", "publication"),
      ...data.catalogue.planFiles,
    ],
  },
  // Appended after the Markdown text: the part of this page that comes from the catalogue.
  appendix: "partials/catalogue/follow-up.njk",
};
