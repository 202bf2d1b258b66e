import { chantierNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { ChantierView } from "../../src/catalogue/views.ts";

interface ChantierPageData {
  chantier: ChantierView;
}

export default {
  eleventyComputed: {
    title: (data: ChantierPageData) => data.chantier.title,
    description: (data: ChantierPageData) => data.chantier.description,
    eleventyNavigation: (data: ChantierPageData) => chantierNavigation(data.chantier),
  },
};
