import { chantierNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { Catalogue, ChantierView } from "../../src/catalogue/views.ts";
import { catalogueFiles } from "../../src/catalogue/files.ts";

interface ChantierPageData {
  chantier: ChantierView;
  catalogue: Catalogue;
}

export default {
  eleventyComputed: {
    // Its examples' files, and the plans it counts.
    dataSources: (data: ChantierPageData) => [
      ...catalogueFiles("actions", "chantiers", "stages"),
      ...data.catalogue.planFiles,
    ],
    title: (data: ChantierPageData) => data.chantier.title,
    description: (data: ChantierPageData) => data.chantier.description,
    eleventyNavigation: (data: ChantierPageData) => chantierNavigation(data.chantier),
  },
};
