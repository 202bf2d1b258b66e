import { ministryNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { MinistryView } from "../../src/catalogue/views.ts";

interface MinistryPageData {
  ministry: MinistryView;
}

export default {
  eleventyComputed: {
    title: (data: MinistryPageData) => data.ministry.name,
    description: (data: MinistryPageData) =>
      `Les documents et les plans d'action de : ${data.ministry.name}.`,
    eleventyNavigation: (data: MinistryPageData) => ministryNavigation(data.ministry),
    // Its history comes from its plans' data: see MinistryView.
    modifications: (data: MinistryPageData) => data.ministry.modifications,
  },
};
