import { stageNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import { onePagePer } from "../../src/eleventy/catalogue-pages.ts";
import type { StageView } from "../../src/catalogue/views.ts";

export default onePagePer<StageView>("catalogue.stages", "stage", {
  title: (stage) => `Stade : ${stage.label}`,
  description: (stage) => stage.definition,
  eleventyNavigation: stageNavigation,
});
