import { stageNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import { onePagePer } from "../../src/eleventy/catalogue-pages.ts";
import { stageSourceCountAtStage } from "../../src/catalogue/tables.ts";
import type { StageView } from "../../src/catalogue/views.ts";

export default onePagePer<StageView>("catalogue.stages", "stage", {
  title: (stage) => `Stade : ${stage.label}`,
  description: (stage) => stage.definition,
  eleventyNavigation: stageNavigation,
  // How many of the stage's examples the publication places there, and how many the editorial team.
  stageSources: (stage) => stageSourceCountAtStage(stage.actions),
});
