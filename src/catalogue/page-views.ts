import { type ActionView, actionsOf } from "./action-views.ts";
import { type PlanActionView, type PlanView, ministryModifications } from "./plans.ts";
import type { ChangeNote, Chantier, Ministry, PlanDocument, Stage, StageId } from "./schema.ts";
import { type StageSourceCount, stageSourceCountOfPage } from "./stage-sources.ts";
import { catalogueAnchors, catalogueUrls } from "./urls.ts";

/*
 * What the page of a chantier, of a stage and of a ministry shows: its example actions grouped,
 * and the ministries' plans that have actions there.
 */

export interface Link {
  title: string;
  url: string;
}

export interface StageGroup {
  stage: Stage & { url: string };
  /** The id of the stage's section on the chantier page. */
  anchor: string;
  actions: ActionView[];
}

export interface ChantierView extends Chantier {
  url: string;
  actions: ActionView[];
  /** The ministries' plan actions in this chantier. */
  planActions: PlanActionView[];
  /** Each plan with actions in this chantier: its ministry, its period, how many, where. */
  planGroups: PlanGroup[];
  /** Every stage, in stage order, even when it has no action. */
  byStage: StageGroup[];
  /** Who gave its examples' stages: the publication, or the editorial team. */
  stageSources: StageSourceCount;
}

export interface ChantierGroup {
  chantier: Link & { id: string };
  actions: ActionView[];
}

export interface StageView extends Stage {
  url: string;
  actions: ActionView[];
  /** How many of its examples the publication places at this stage, and how many the editorial team. */
  stageSources: StageSourceCount;
  /** The ministries' plan actions that aim at this stage. */
  planActions: PlanActionView[];
  /** Each plan with actions that aim at this stage. */
  planGroups: PlanGroup[];
  /** The chantiers that have actions at this stage, in chantier order. */
  byChantier: ChantierGroup[];
}

export interface DocumentView extends PlanDocument {
  /** Where to download it: its address, or its copy in the site; none when neither is known. */
  href: string | undefined;
}

export interface MinistryView extends Ministry {
  url: string;
  documents: DocumentView[];
  actions: ActionView[];
  /** Its plans, by period; none until a plan is contributed. */
  plans: PlanView[];
  /** Its page's history, newest first: what changed in its plans, and the reviews of them. */
  modifications: ChangeNote[];
}

export interface PlanGroup {
  ministry: string;
  period: string;
  count: number;
  url: string;
}

/** What the chantier and stage pages are made of. */
export interface PageSources {
  /** In chantier order. */
  chantiers: Chantier[];
  /** In stage order. */
  stages: Stage[];
  actions: ActionView[];
  /** Every ministry's plans. */
  plans: PlanView[];
  ministryName: (id: string) => string;
}

export const chantierLink = (chantier: Chantier) => ({
  id: chantier.id,
  title: chantier.title,
  url: catalogueUrls.chantier(chantier.id),
});

const stageLink = (stage: Stage) => ({ ...stage, url: catalogueUrls.stage(stage.id) });

/** Each plan with actions in a chantier, leading to its part on that chantier. */
function chantierPlanGroups(chantierId: string, { plans, ministryName }: PageSources): PlanGroup[] {
  return plans.flatMap((plan) => {
    const group = plan.byChantier.find((candidate) => candidate.chantier.id === chantierId);
    if (!group) return [];
    const ministry = ministryName(plan.ministry);
    return [{ ministry, period: plan.period, count: group.actions.length, url: group.url }];
  });
}

/** Each plan with actions at a stage, leading to the plan on its ministry's page. */
function stagePlanGroups(stageId: StageId, { plans, ministryName }: PageSources): PlanGroup[] {
  return plans.flatMap((plan) => {
    const count = plan.stageCounts.find((group) => group.stage.id === stageId)?.count ?? 0;
    const url = `${catalogueUrls.ministry(plan.ministry)}#${plan.anchor}`;
    return count ? [{ ministry: ministryName(plan.ministry), period: plan.period, count, url }] : [];
  });
}

export function chantierViews(sources: PageSources): ChantierView[] {
  const { chantiers, stages, actions } = sources;
  const planActions = sources.plans.flatMap((plan) => plan.actions);
  return chantiers.map((chantier) => ({
    ...chantier,
    url: catalogueUrls.chantier(chantier.id),
    actions: actionsOf(actions, chantier.id),
    planActions: planActions.filter((action) => action.chantier === chantier.id),
    planGroups: chantierPlanGroups(chantier.id, sources),
    byStage: stages.map((stage) => ({
      stage: stageLink(stage),
      anchor: catalogueAnchors.stage(stage.id),
      actions: actionsOf(actions, chantier.id, stage.id),
    })),
    stageSources: stageSourceCountOfPage(actionsOf(actions, chantier.id)),
  }));
}

export function stageViews(sources: PageSources): StageView[] {
  const { chantiers, stages, actions } = sources;
  const planActions = sources.plans.flatMap((plan) => plan.actions);
  return stages.map((stage) => ({
    ...stageLink(stage),
    actions: actions.filter((action) => action.stage === stage.id),
    stageSources: stageSourceCountOfPage(actions.filter((action) => action.stage === stage.id)),
    planActions: planActions.filter((action) => action.stage === stage.id),
    planGroups: stagePlanGroups(stage.id, sources),
    byChantier: chantiers
      .map((chantier) => ({
        chantier: chantierLink(chantier),
        actions: actionsOf(actions, chantier.id, stage.id),
      }))
      .filter((group) => group.actions.length > 0),
  }));
}

const documentView = (document: PlanDocument): DocumentView => ({
  ...document,
  href: document.url ?? (document.file ? `/${document.file}` : undefined),
});

/** Each ministry with the example actions attributed to it, and its plans by period. */
export function ministryViews(
  ministries: Ministry[],
  actions: ActionView[],
  plansOf: (ministryId: string) => PlanView[],
): MinistryView[] {
  return ministries.map((ministry) => {
    const plans = plansOf(ministry.id);
    return {
      ...ministry,
      url: catalogueUrls.ministry(ministry.id),
      documents: ministry.documents.map(documentView),
      actions: actions.filter((action) => action.ministries?.includes(ministry.id)),
      plans,
      modifications: ministryModifications(plans),
    };
  });
}
