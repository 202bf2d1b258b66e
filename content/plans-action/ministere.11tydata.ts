import { ministryNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { MinistryView } from "../../src/catalogue/views.ts";
import { catalogueFiles } from "../../src/catalogue/files.ts";

interface MinistryPageData {
  ministry: MinistryView;
}

export default {
  dataSources: catalogueFiles("ministries", "actions"),
  eleventyComputed: {
    title: (data: MinistryPageData) => data.ministry.name,
    description: (data: MinistryPageData) =>
      `Les documents et les plans d'action de : ${data.ministry.name}.`,
    eleventyNavigation: (data: MinistryPageData) => ministryNavigation(data.ministry),
  },
};
