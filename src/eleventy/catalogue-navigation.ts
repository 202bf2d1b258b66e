import type { NavigationFrontMatter } from "@11ty/eleventy-navigation";
import type { PlanChantierPage } from "../catalogue/plans.ts";
import type { ChantierView, MinistryView, PlanDocumentPage, StageView } from "../catalogue/views.ts";

/*
 * Where the catalogue's generated pages hang in the publication's navigation tree. The seed page
 * "Les actions" gets its key from its data file: its front matter stays as the seed gives it.
 */
export const ACTIONS_NAVIGATION_KEY = "lesActions";
export const MINISTRIES_NAVIGATION_KEY = "ministeres";

export function chantierNavigation(chantier: ChantierView): NavigationFrontMatter {
  return {
    key: `chantier-${chantier.id}`,
    parent: ACTIONS_NAVIGATION_KEY,
    title: chantier.title,
    order: chantier.order,
  };
}

/** Stage and ministry pages appear in the breadcrumb, not in the sidebar. */
export function stageNavigation(stage: StageView): NavigationFrontMatter {
  return {
    key: `stade-${stage.id}`,
    parent: ACTIONS_NAVIGATION_KEY,
    title: stage.label,
    excludeFromSidebar: true,
  };
}

export function ministryNavigation(ministry: MinistryView): NavigationFrontMatter {
  return {
    key: `ministere-${ministry.id}`,
    parent: MINISTRIES_NAVIGATION_KEY,
    title: ministry.shortName,
    excludeFromSidebar: true,
  };
}

/**
 * A part of a plan sits below its ministry's page, in the breadcrumb only: the ministry's page
 * leads to it, the site map would grow with every plan.
 */
export function planChantierNavigation(page: PlanChantierPage): NavigationFrontMatter {
  return {
    key: `plan-${page.ministry.id}-${page.period}-${page.chantier.id}-${page.number}`,
    parent: `ministere-${page.ministry.id}`,
    title: `Plan ${page.period}, ${page.chantier.title}${page.number > 1 ? `, page ${page.number}` : ""}`,
    excludeFromSidebar: true,
    excludeFromSiteMap: true,
  };
}

/** A whole plan on one page sits below its ministry's page, like the plan's parts. */
export function planDocumentNavigation(page: PlanDocumentPage): NavigationFrontMatter {
  return {
    key: `plan-${page.ministry.id}-${page.plan.period}-document`,
    parent: `ministere-${page.ministry.id}`,
    title: `Plan ${page.plan.period}, version imprimable`,
    excludeFromSidebar: true,
    excludeFromSiteMap: true,
  };
}
