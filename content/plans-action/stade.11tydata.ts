import { stageNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { StageView } from "../../src/catalogue/views.ts";
import { catalogueFiles } from "../../src/catalogue/files.ts";

interface StagePageData {
  stage: StageView;
}

export default {
  dataSources: catalogueFiles("actions", "stages", "chantiers"),
  eleventyComputed: {
    title: (data: StagePageData) => `Stade : ${data.stage.label}`,
    description: (data: StagePageData) => data.stage.definition,
    eleventyNavigation: (data: StagePageData) => stageNavigation(data.stage),
  },
};
