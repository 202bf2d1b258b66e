import type {
  Plan,
  Action,
  ChangeNote,
  Chantier,
  Gains,
  Ministry,
  PlanDocument,
  Publication,
  Review,
  Stage,
  StageId,
} from "./schema.ts";
import { STAGE_IDS } from "./schema.ts";
import {
  type PlanActionView,
  type PlanChantierPage,
  type PlanView,
  buildPlanView,
  byPeriod,
  ministryModifications,
} from "./plans.ts";
import { plainCatalogueText, renderCatalogueText } from "./text.ts";
import { catalogueUrls } from "./urls.ts";
import type { CatalogueData } from "./validate.ts";

/*
 * The catalogue as the templates read it: grouped, ordered and linked once per build, so that
 * no template sorts or filters the data itself.
 */

export interface Link {
  title: string;
  url: string;
}

export interface ActionView extends Action {
  titleHtml: string;
  titleText: string;
  stageLabel: string;
  chantierTitle: string;
  chantierUrl: string;
  /** The action's entry on its chantier page. */
  url: string;
}

export interface StageGroup {
  stage: Stage & { url: string };
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
  previous: Link | undefined;
  next: Link | undefined;
}

export interface ChantierGroup {
  chantier: Link & { id: string };
  actions: ActionView[];
}

export interface StageView extends Stage {
  url: string;
  actions: ActionView[];
  /** The ministries' plan actions that target this level. */
  planActions: PlanActionView[];
  /** Each plan with actions that target this level. */
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

/** The ministries × chantiers table: the actions of each ministry's latest plan. */
export interface PlanMatrix {
  rows: {
    ministry: Link;
    /** The period of the plan counted, none without a plan. */
    period: string | undefined;
    cells: { chantierId: string; count: number; url: string | undefined }[];
    total: number;
  }[];
}

export interface CountCell {
  stageId: StageId;
  stageLabel: string;
  count: number;
  /** The stage's section on the chantier page. */
  url: string;
}

export interface CountRow {
  chantier: Link & { id: string };
  cells: CountCell[];
  total: number;
}

export interface CountTable {
  rows: CountRow[];
  stageTotals: { stageId: StageId; count: number }[];
  total: number;
}

export interface Catalogue {
  publication: Publication;
  stages: StageView[];
  chantiers: ChantierView[];
  ministries: MinistryView[];
  actions: ActionView[];
  gains: Gains;
  /** Oldest first. */
  reviews: Review[];
  /** For each review, what the contributed plans' statuses add up to: computed, never published. */
  reviewProgress: { review: string; plans: number; actions: number; completed: number; percent: number }[];
  /** The plans as their files hold them, for the tools that read them back. */
  plans: Plan[];
  planActions: PlanActionView[];
  /** Every page of a plan's actions in one chantier. */
  planPages: PlanChantierPage[];
  planMatrix: PlanMatrix;
  counts: CountTable;
  urls: typeof catalogueUrls;
}

function byStageOrder(a: Stage, b: Stage): number {
  return STAGE_IDS.indexOf(a.id) - STAGE_IDS.indexOf(b.id);
}

export function stageSectionId(stageId: StageId): string {
  return `stade-${stageId}`;
}

/** The id of an action's entry on its chantier page. */
export function actionAnchor(actionId: string): string {
  return `action-${actionId}`;
}

export function buildCatalogueViews(data: CatalogueData): Catalogue {
  const stages = [...data.stages].sort(byStageOrder);
  const chantiers = data.chantiers
    .map((chantier, index) => ({ chantier, index }))
    .sort((a, b) => a.chantier.order - b.chantier.order || a.index - b.index)
    .map(({ chantier }) => chantier);
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  const chantierById = new Map(chantiers.map((chantier) => [chantier.id, chantier]));

  const actions: ActionView[] = data.actions.map((action) => {
    const chantier = chantierById.get(action.chantier);
    const stage = stageById.get(action.stage);
    if (!chantier || !stage) throw new Error(`action « ${action.id} » : référence non validée`);
    const chantierUrl = catalogueUrls.chantier(chantier.id);
    return {
      ...action,
      titleHtml: renderCatalogueText(action.title),
      titleText: plainCatalogueText(action.title),
      stageLabel: stage.label,
      chantierTitle: chantier.title,
      chantierUrl,
      url: `${chantierUrl}#${actionAnchor(action.id)}`,
    };
  });

  const actionsOf = (chantierId: string, stageId?: StageId) =>
    actions.filter((action) => action.chantier === chantierId && (!stageId || action.stage === stageId));

  const stageLinks = stages.map((stage) => ({ ...stage, url: catalogueUrls.stage(stage.id) }));

  const reviews = [...data.reviews].sort((a, b) => a.date.localeCompare(b.date));
  const ministryNames = (id: string) => {
    const ministry = data.ministries.find((candidate) => candidate.id === id);
    return { name: ministry?.name ?? id, shortName: ministry?.shortName ?? id };
  };
  const examples = new Map(actions.map((action) => [action.id, action]));
  const planContext = { examples, chantiers, stages, reviews, ministryNames };
  const plansOf = (ministryId: string) =>
    data.plans
      .filter((plan) => plan.ministry === ministryId)
      .sort(byPeriod)
      .map((plan) => buildPlanView(plan, planContext));
  const plansByMinistry = new Map(data.ministries.map((ministry) => [ministry.id, plansOf(ministry.id)]));
  const allPlans = [...plansByMinistry.values()].flat();
  const planActions = allPlans.flatMap((plan) => plan.actions);
  const planPages = allPlans.flatMap((plan) => plan.byChantier.flatMap((group) => group.pages));

  const chantierViews: ChantierView[] = chantiers.map((chantier, index) => {
    const neighbour = (other: Chantier | undefined): Link | undefined =>
      other && { title: other.title, url: catalogueUrls.chantier(other.id) };
    return {
      ...chantier,
      url: catalogueUrls.chantier(chantier.id),
      actions: actionsOf(chantier.id),
      planActions: planActions.filter((action) => action.chantier === chantier.id),
      planGroups: allPlans.flatMap((plan) => {
        const group = plan.byChantier.find((candidate) => candidate.chantier.id === chantier.id);
        const ministry = plan.actions[0]?.ministry;
        return group && ministry
          ? [{ ministry: ministry.name, period: plan.period, count: group.actions.length, url: group.url }]
          : [];
      }),
      byStage: stageLinks.map((stage) => ({ stage, actions: actionsOf(chantier.id, stage.id) })),
      previous: neighbour(chantiers[index - 1]),
      next: neighbour(chantiers[index + 1]),
    };
  });

  const chantierLink = (chantier: ChantierView) => ({
    id: chantier.id,
    title: chantier.title,
    url: chantier.url,
  });

  const stageViews: StageView[] = stageLinks.map((stage) => ({
    ...stage,
    actions: actions.filter((action) => action.stage === stage.id),
    planActions: planActions.filter((action) => action.level === stage.id),
    planGroups: allPlans.flatMap((plan) => {
      const count = plan.levelCounts.find((group) => group.stage.id === stage.id)?.count ?? 0;
      const url = `${catalogueUrls.ministry(plan.ministry)}#${plan.anchor}`;
      return count ? [{ ministry: ministryNames(plan.ministry).name, period: plan.period, count, url }] : [];
    }),
    byChantier: chantierViews
      .map((chantier) => ({ chantier: chantierLink(chantier), actions: actionsOf(chantier.id, stage.id) }))
      .filter((group) => group.actions.length > 0),
  }));

  const ministries: MinistryView[] = data.ministries.map((ministry) => {
    const plans = plansByMinistry.get(ministry.id) ?? [];
    return {
      ...ministry,
      url: catalogueUrls.ministry(ministry.id),
      documents: ministry.documents.map((document) => ({
        ...document,
        href: document.url ?? (document.file ? `/${document.file}` : undefined),
      })),
      actions: actions.filter((action) => action.ministries?.includes(ministry.id)),
      plans,
      modifications: ministryModifications(plans),
    };
  });

  const planMatrix: PlanMatrix = {
    rows: ministries.map((ministry) => {
      const latest = ministry.plans.at(-1);
      const cells = chantiers.map((chantier) => {
        const group = latest?.byChantier.find((candidate) => candidate.chantier.id === chantier.id);
        return {
          chantierId: chantier.id,
          count: group?.actions.length ?? 0,
          url: group && `${ministry.url}#${group.anchor}`,
        };
      });
      return {
        ministry: { title: ministry.shortName, url: ministry.url },
        period: latest?.period,
        cells,
        total: latest?.actions.length ?? 0,
      };
    }),
  };

  const counts: CountTable = {
    rows: chantierViews.map((chantier) => ({
      chantier: chantierLink(chantier),
      cells: chantier.byStage.map((group) => ({
        stageId: group.stage.id,
        stageLabel: group.stage.label,
        count: group.actions.length,
        url: `${chantier.url}#${stageSectionId(group.stage.id)}`,
      })),
      total: chantier.actions.length,
    })),
    stageTotals: stageViews.map((stage) => ({ stageId: stage.id, count: stage.actions.length })),
    total: actions.length,
  };

  return {
    publication: data.publication,
    stages: stageViews,
    chantiers: chantierViews,
    ministries,
    actions,
    gains: data.gains,
    reviews,
    reviewProgress: reviews.flatMap((review) => {
      const steps = allPlans.flatMap((plan) =>
        plan.completion.filter((step) => step.review.id === review.id),
      );
      const actions = steps.reduce((sum, step) => sum + step.total, 0);
      const completed = steps.reduce((sum, step) => sum + step.completed, 0);
      return steps.length
        ? [
            {
              review: review.id,
              plans: steps.length,
              actions,
              completed,
              percent: Math.round((100 * completed) / actions),
            },
          ]
        : [];
    }),
    plans: data.plans,
    planActions,
    planPages,
    planMatrix,
    counts,
    urls: catalogueUrls,
  };
}
