import { chantierNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import { onePagePer } from "../../src/eleventy/catalogue-pages.ts";
import type { ChantierView } from "../../src/catalogue/views.ts";

export default onePagePer<ChantierView>("catalogue.chantiers", "chantier", {
  title: (chantier) => chantier.title,
  description: (chantier) => chantier.description,
  eleventyNavigation: chantierNavigation,
});
