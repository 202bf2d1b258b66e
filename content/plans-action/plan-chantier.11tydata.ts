import { planChantierNavigation } from "../../src/eleventy/catalogue-navigation.ts";
import { onePagePer } from "../../src/eleventy/catalogue-pages.ts";
import type { PlanChantierPage } from "../../src/catalogue/plans.ts";

const pageSuffix = (page: PlanChantierPage) => (page.number > 1 ? `, page ${page.number}` : "");

export default onePagePer<PlanChantierPage>("catalogue.planPages", "planPage", {
  title: (planPage) =>
    `${planPage.ministry.shortName}, plan ${planPage.period} : ${planPage.chantier.title}${pageSuffix(planPage)}`,
  description: (planPage) =>
    `Les actions du plan ${planPage.period} de : ${planPage.ministry.name}, chantier « ${planPage.chantier.title} ».`,
  eleventyNavigation: planChantierNavigation,
  // Its plan's history: see PlanView.
  modifications: (planPage) => planPage.modifications,
});
