import { stageNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { Catalogue, StageView } from "../../src/catalogue/views.ts";
import { catalogueFiles } from "../../src/catalogue/files.ts";

interface StagePageData {
  stage: StageView;
  catalogue: Catalogue;
}

export default {
  eleventyComputed: {
    // Its examples' files, and the plans it counts.
    dataSources: (data: StagePageData) => [
      ...catalogueFiles("actions", "stages", "chantiers"),
      ...data.catalogue.planFiles,
    ],
    title: (data: StagePageData) => `Stade : ${data.stage.label}`,
    description: (data: StagePageData) => data.stage.definition,
    eleventyNavigation: (data: StagePageData) => stageNavigation(data.stage),
  },
};
