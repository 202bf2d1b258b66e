import { stageNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { StageView } from "../../src/catalogue/views.ts";

interface StagePageData {
  stage: StageView;
}

export default {
  eleventyComputed: {
    title: (data: StagePageData) => `Stade : ${data.stage.label}`,
    description: (data: StagePageData) => data.stage.definition,
    eleventyNavigation: (data: StagePageData) => stageNavigation(data.stage),
  },
};
