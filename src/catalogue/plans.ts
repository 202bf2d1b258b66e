import {
  type Chantier,
  type Plan,
  type PlanAction,
  type Review,
  STAGE_IDS,
  STATUS_LABELS,
  type Stage,
  type StatusId,
} from "./schema.ts";
import { plainCatalogueText, renderCatalogueText } from "./text.ts";
import { catalogueUrls } from "./urls.ts";

/*
 * The ministries' plans as the pages read them: each plan grouped by chantier and counted by
 * level, each action with its status at the latest review, and the share completed at each
 * review, computed from the plan's own actions (never from the figures a review published).
 */

export interface PlanActionView extends PlanAction {
  titleHtml: string;
  titleText: string;
  ministry: { id: string; name: string; url: string };
  period: string;
  levelLabel: string;
  /** Its status at the latest review that gave one. */
  latestStatus:
    | { review: string; reviewTitle: string; status: StatusId; label: string; comment: string | undefined }
    | undefined;
  /** Its entry on its ministry's page. */
  url: string;
}

export interface PlanView {
  period: string;
  /** The plan's section on its ministry's page. */
  anchor: string;
  actions: PlanActionView[];
  /** Every chantier with actions in the plan, in chantier order. */
  byChantier: { chantier: Chantier; anchor: string; actions: PlanActionView[] }[];
  levelCounts: { stage: Stage; count: number }[];
  /** For each review with statuses for this plan: how many of its actions were done. */
  completion: { review: Review; completed: number; total: number; percent: number }[];
}

export const planAnchor = (period: string) => `plan-${period}`;
export const planChantierAnchor = (period: string, chantierId: string) => `plan-${period}-${chantierId}`;

interface Context {
  chantiers: Chantier[];
  stages: Stage[];
  reviews: Review[];
  ministryName: (id: string) => string;
}

function actionView(plan: Plan, action: PlanAction, context: Context): PlanActionView {
  const byDate = new Map(context.reviews.map((review, order) => [review.id, { review, order }]));
  const latest = [...(action.statuses ?? [])].sort(
    (a, b) => (byDate.get(b.review)?.order ?? 0) - (byDate.get(a.review)?.order ?? 0),
  )[0];
  const stage = context.stages.find((candidate) => candidate.id === action.level);
  const ministryUrl = catalogueUrls.ministry(plan.ministry);
  return {
    ...action,
    titleHtml: renderCatalogueText(action.title),
    titleText: plainCatalogueText(action.title),
    ministry: { id: plan.ministry, name: context.ministryName(plan.ministry), url: ministryUrl },
    period: plan.period,
    levelLabel: stage?.label ?? action.level,
    latestStatus: latest && {
      review: latest.review,
      reviewTitle: byDate.get(latest.review)?.review.title ?? latest.review,
      status: latest.status,
      label: STATUS_LABELS[latest.status],
      comment: latest.comment,
    },
    url: `${ministryUrl}#${planChantierAnchor(plan.period, action.chantier)}`,
  };
}

export function buildPlanView(plan: Plan, context: Context): PlanView {
  const actions = plan.actions.map((action) => actionView(plan, action, context));
  const completion = context.reviews.flatMap((review) => {
    const reviewed = plan.actions.filter((action) => action.statuses?.some((s) => s.review === review.id));
    if (!reviewed.length) return [];
    const completed = reviewed.filter((action) =>
      action.statuses?.some((s) => s.review === review.id && s.status === "realisee"),
    ).length;
    return [
      {
        review,
        completed,
        total: plan.actions.length,
        percent: Math.round((100 * completed) / plan.actions.length),
      },
    ];
  });
  return {
    period: plan.period,
    anchor: planAnchor(plan.period),
    actions,
    byChantier: context.chantiers
      .map((chantier) => ({
        chantier,
        anchor: planChantierAnchor(plan.period, chantier.id),
        actions: actions.filter((action) => action.chantier === chantier.id),
      }))
      .filter((group) => group.actions.length > 0),
    levelCounts: STAGE_IDS.flatMap((id) => {
      const stage = context.stages.find((candidate) => candidate.id === id);
      return stage ? [{ stage, count: plan.actions.filter((action) => action.level === id).length }] : [];
    }),
    completion,
  };
}

/** Plans ordered by period, the latest last. */
export const byPeriod = (a: { period: string }, b: { period: string }) => a.period.localeCompare(b.period);
