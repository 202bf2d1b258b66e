import type { PlanDocumentPage } from "../../src/catalogue/views.ts";
import { planDocumentNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import { onePagePer } from "../../src/eleventy/catalogue-pages.ts";

export default {
  ...onePagePer<PlanDocumentPage>("catalogue.planDocuments", "planDocument", {
    title: (planDocument) => planDocument.title,
    description: (planDocument) =>
      `Le plan ${planDocument.plan.period} en entier (${planDocument.ministry.name}), à imprimer ou à enregistrer en PDF.`,
    eleventyNavigation: planDocumentNavigation,
    modifications: (planDocument) => planDocument.plan.modifications,
  }),
  // A document reads without the publication's menu: the page layout has none.
  layout: "layouts/page.njk",
};
