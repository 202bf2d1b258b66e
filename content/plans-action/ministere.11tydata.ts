import { ministryNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { MinistryView } from "../../src/catalogue/views.ts";
import { catalogueFiles, planFile } from "../../src/catalogue/files.ts";

interface MinistryPageData {
  ministry: MinistryView;
}

export default {
  eleventyComputed: {
    // Its documents, its examples, its plans and the reviews their shares come from.
    dataSources: ({ ministry }: MinistryPageData) => [
      ...catalogueFiles("ministries", "actions", "reviews"),
      ...ministry.plans.map((plan) => planFile(plan.ministry, plan.period)),
    ],
    title: (data: MinistryPageData) => data.ministry.name,
    description: (data: MinistryPageData) =>
      `Les documents et les plans d'action de : ${data.ministry.name}.`,
    eleventyNavigation: (data: MinistryPageData) => ministryNavigation(data.ministry),
  },
};
