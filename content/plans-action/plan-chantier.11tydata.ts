import { planChantierNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import type { PlanChantierPage } from "../../src/catalogue/plans.ts";

interface PlanChantierPageData {
  planPage: PlanChantierPage;
}

const pageSuffix = (page: PlanChantierPage) => (page.number > 1 ? `, page ${page.number}` : "");

export default {
  eleventyComputed: {
    title: ({ planPage }: PlanChantierPageData) =>
      `${planPage.ministry.shortName}, plan ${planPage.period} : ${planPage.chantier.title}${pageSuffix(planPage)}`,
    description: ({ planPage }: PlanChantierPageData) =>
      `Les actions du plan ${planPage.period} de : ${planPage.ministry.name}, chantier « ${planPage.chantier.title} ».`,
    eleventyNavigation: ({ planPage }: PlanChantierPageData) => planChantierNavigation(planPage),
    // Its plan's history: see PlanView.
    modifications: ({ planPage }: PlanChantierPageData) => planPage.modifications,
  },
};
