import { planChantierNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import { catalogueFiles, planFile } from "../../src/catalogue/files.ts";
import type { PlanChantierPage } from "../../src/catalogue/plans.ts";

interface PlanChantierPageData {
  planPage: PlanChantierPage;
}

const pageSuffix = (page: PlanChantierPage) => (page.number > 1 ? `, page ${page.number}` : "");

export default {
  eleventyComputed: {
    dataSources: ({ planPage }: PlanChantierPageData) => [
      ...catalogueFiles("ministries", "chantiers", "reviews"),
      planFile(planPage.ministry.id, planPage.period),
    ],
    title: ({ planPage }: PlanChantierPageData) =>
      `${planPage.ministry.shortName}, plan ${planPage.period} : ${planPage.chantier.title}${pageSuffix(planPage)}`,
    description: ({ planPage }: PlanChantierPageData) =>
      `Les actions du plan ${planPage.period} de : ${planPage.ministry.name}, chantier « ${planPage.chantier.title} ».`,
    eleventyNavigation: ({ planPage }: PlanChantierPageData) => planChantierNavigation(planPage),
  },
};
