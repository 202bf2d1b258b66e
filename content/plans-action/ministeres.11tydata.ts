import { catalogueFiles } from "../../src/catalogue/files.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";

export default {
  eleventyComputed: {
    // The ministries, the latest review's figures, and the plans the table counts.
    dataSources: (data: { catalogue: Catalogue }) => [
      ...catalogueFiles("ministries", "reviews"),
      ...data.catalogue.planFiles,
    ],
  },
};
