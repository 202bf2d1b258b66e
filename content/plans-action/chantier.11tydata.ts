import { chantierNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { ChantierView } from "../../src/catalogue/views.ts";
import { catalogueFiles } from "../../src/catalogue/files.ts";

interface ChantierPageData {
  chantier: ChantierView;
}

export default {
  dataSources: catalogueFiles("actions", "chantiers", "stages"),
  eleventyComputed: {
    title: (data: ChantierPageData) => data.chantier.title,
    description: (data: ChantierPageData) => data.chantier.description,
    eleventyNavigation: (data: ChantierPageData) => chantierNavigation(data.chantier),
  },
};
