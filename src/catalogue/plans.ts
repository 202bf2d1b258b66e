import { newestFirst, reviewNote } from "./change-notes.ts";
import {
  type PlanComparison,
  type ReviewComparison,
  compareReviews,
  comparePlans,
} from "./plan-comparison.ts";
import { type PlanStageTable, planStageTable } from "./plan-table.ts";
import {
  type ChangeNote,
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
import { catalogueAnchors, catalogueUrls } from "./urls.ts";

/*
 * The ministries' plans as the pages read them: each plan grouped by chantier and counted by
 * stage, each action with its status at the latest review, and the share completed at each
 * review, computed from the plan's own actions (never from the figures a review published).
 */

export interface PlanActionView extends PlanAction {
  titleHtml: string;
  titleText: string;
  ministry: { id: string; name: string; url: string };
  period: string;
  stageLabel: string;
  /** Its status at the latest review that gave one. */
  latestStatus:
    | { review: string; reviewTitle: string; status: StatusId; label: string; comment: string | undefined }
    | undefined;
  /** The id of its entry on the page of its plan's chantier, and that entry's address. */
  anchor: string;
  url: string;
  /** The publication's example it follows, when it says so. */
  exampleTitle: string | undefined;
  exampleUrl: string | undefined;
  /** The action of the ministry's previous plan it carries on from, when it names one. */
  continuation: { period: string; titleText: string; url: string } | undefined;
}

/** One page of a plan's actions in one chantier: long lists are cut into pages of this size. */
export const PLAN_PAGE_SIZE = 25;

export interface PlanChantierPage {
  url: string;
  ministry: { id: string; name: string; shortName: string; url: string };
  period: string;
  chantier: Chantier;
  actions: PlanActionView[];
  /** This page's number, from 1, and every page's address. */
  number: number;
  pageUrls: string[];
  /** Its plan's history, newest first. */
  modifications: ChangeNote[];
  /** The review the page's statuses are from, named once above the list; none without statuses. */
  statusReview: { id: string; title: string } | undefined;
  /** The ministry's plan that replaced this one, once there is one. */
  replacedBy: PlanLink | undefined;
}

/** A plan as another part of its ministry's page names it. */
export interface PlanLink {
  period: string;
  /** Its section on its ministry's page. */
  url: string;
}

export interface PlanView {
  ministry: string;
  period: string;
  /** The plan's section on its ministry's page. */
  anchor: string;
  actions: PlanActionView[];
  /** Every chantier with actions in the plan, in chantier order. */
  byChantier: {
    chantier: Chantier;
    anchor: string;
    url: string;
    actions: PlanActionView[];
    pages: PlanChantierPage[];
  }[];
  stageCounts: { stage: Stage; count: number }[];
  /** For each review with statuses for this plan: how many of its actions were done. */
  completion: { review: Review; completed: number; total: number; unreviewed: number; percent: number }[];
  /**
   * Its size by stage aimed at, and the share done at each review, as its pages and its feed say
   * them (without a final full stop): « 5 actions : 2 en réalisation, … ».
   */
  sentences: { stages: string; completion: string[] };
  /** Each review after the first against the one before it. */
  reviewChanges: ReviewComparison[];
  /** Against the ministry's previous plan, when there is one. */
  comparison: PlanComparison | undefined;
  /** The ministry's plan that replaced this one, once there is one. */
  replacedBy: PlanLink | undefined;
  /** Its actions by chantier and stage, with their statuses at its latest review. */
  stageTable: PlanStageTable;
  /** The latest review that gave one of its actions a status: its lists name it once. */
  statusReview: PlanChantierPage["statusReview"];
  /** The whole plan on one page, and where its PDF goes. */
  documentUrl: string;
  pdfUrl: string;
  /** The plan's own notes, as its file writes them. */
  ownNotes: ChangeNote[];
  /**
   * Its history, newest first: its own notes, and the publication of each review that gave its
   * actions a status (the statuses its pages show).
   */
  modifications: ChangeNote[];
}

interface Context {
  /** The publication's examples, for the plan actions that follow one. */
  examples: Map<string, { titleText: string; url: string }>;
  chantiers: Chantier[];
  stages: Stage[];
  reviews: Review[];
  ministryNames: (id: string) => { name: string; shortName: string };
}

/** What a plan's actions share, worked out once a plan: the reviews' order, each action's place. */
interface PlanIndex {
  byDate: Map<string, { review: Review; order: number }>;
  /** An action's position among its chantier's actions, which sets its page. */
  position: Map<PlanAction, number>;
}

function indexPlan(plan: Plan, context: Context): PlanIndex {
  const counts = new Map<string, number>();
  const position = new Map<PlanAction, number>();
  for (const action of plan.actions) {
    const count = counts.get(action.chantier) ?? 0;
    position.set(action, count);
    counts.set(action.chantier, count + 1);
  }
  return {
    byDate: new Map(context.reviews.map((review, order) => [review.id, { review, order }])),
    position,
  };
}

function actionView(
  plan: Plan,
  action: PlanAction,
  context: Context,
  { byDate, position }: PlanIndex,
): PlanActionView {
  const latest = [...(action.statuses ?? [])].sort(
    (a, b) => (byDate.get(b.review)?.order ?? 0) - (byDate.get(a.review)?.order ?? 0),
  )[0];
  const stage = context.stages.find((candidate) => candidate.id === action.stage);
  const ministryUrl = catalogueUrls.ministry(plan.ministry);
  const page = Math.floor((position.get(action) ?? 0) / PLAN_PAGE_SIZE) + 1;
  const anchor = catalogueAnchors.action(action.id);
  return {
    ...action,
    titleHtml: renderCatalogueText(action.title),
    titleText: plainCatalogueText(action.title),
    ministry: { id: plan.ministry, name: context.ministryNames(plan.ministry).name, url: ministryUrl },
    period: plan.period,
    stageLabel: stage?.label ?? action.stage,
    latestStatus: latest && {
      review: latest.review,
      reviewTitle: byDate.get(latest.review)?.review.title ?? latest.review,
      status: latest.status,
      label: STATUS_LABELS[latest.status],
      comment: latest.comment,
    },
    anchor,
    url: `${catalogueUrls.planChantier(plan.ministry, plan.period, action.chantier, page)}#${anchor}`,
    exampleTitle: action.example ? context.examples.get(action.example)?.titleText : undefined,
    exampleUrl: action.example ? context.examples.get(action.example)?.url : undefined,
    continuation: undefined,
  };
}

/** "0 action", "1 action", "40 actions": French keeps zero singular. */
const actionCount = (count: number) => `${count} action${count > 1 ? "s" : ""}`;

/** The plan's figures in words: see PlanView's `sentences`. */
function sentencesOf(
  actions: PlanActionView[],
  stageCounts: PlanView["stageCounts"],
  completion: PlanView["completion"],
): PlanView["sentences"] {
  const total = actionCount(actions.length);
  const byStage = stageCounts.map(
    (group) => `${group.count} en ${group.stage.label.toLocaleLowerCase("fr")}`,
  );
  return {
    stages: `${total.charAt(0).toUpperCase()}${total.slice(1)} : ${byStage.join(", ")}`,
    completion: completion.map((step) => {
      const unreviewed = step.unreviewed ? ` ; ${step.unreviewed} sans statut à ce bilan` : "";
      return `Au « ${step.review.title} » : ${step.completed} sur ${step.total} réalisées, soit ${step.percent}\u00a0%${unreviewed}`;
    }),
  };
}

/** For each review with statuses for this plan: how many of its actions were done. */
function completionOf(plan: Plan, context: Context): PlanView["completion"] {
  return context.reviews.flatMap((review) => {
    const reviewed = plan.actions.filter((action) => action.statuses?.some((s) => s.review === review.id));
    if (!reviewed.length) return [];
    const completed = reviewed.filter((action) =>
      action.statuses?.some((s) => s.review === review.id && s.status === "realisee"),
    ).length;
    // Out of the actions with a status at this review; those without one are said apart.
    return [
      {
        review,
        completed,
        total: reviewed.length,
        unreviewed: plan.actions.length - reviewed.length,
        percent: Math.round((100 * completed) / reviewed.length),
      },
    ];
  });
}

/** Every chantier with actions in the plan, in chantier order, cut into pages. */
function chantierGroups(
  plan: Plan,
  actions: PlanActionView[],
  modifications: ChangeNote[],
  context: Context,
): PlanView["byChantier"] {
  const names = context.ministryNames(plan.ministry);
  return context.chantiers.flatMap((chantier) => {
    const inChantier = actions.filter((action) => action.chantier === chantier.id);
    if (!inChantier.length) return [];
    const count = Math.ceil(inChantier.length / PLAN_PAGE_SIZE);
    const pageUrls = Array.from({ length: count }, (_, index) =>
      catalogueUrls.planChantier(plan.ministry, plan.period, chantier.id, index + 1),
    );
    const pages = pageUrls.map((url, index) => ({
      url,
      ministry: { id: plan.ministry, ...names, url: catalogueUrls.ministry(plan.ministry) },
      period: plan.period,
      chantier,
      actions: inChantier.slice(index * PLAN_PAGE_SIZE, (index + 1) * PLAN_PAGE_SIZE),
      number: index + 1,
      pageUrls,
      modifications,
      statusReview: latestReviewOf(
        inChantier.slice(index * PLAN_PAGE_SIZE, (index + 1) * PLAN_PAGE_SIZE),
        context,
      ),
      replacedBy: undefined,
    }));
    const anchor = catalogueAnchors.planChantier(plan.period, chantier.id);
    return [{ chantier, anchor, url: pageUrls[0] ?? "", actions: inChantier, pages }];
  });
}

/** The latest review that gave one of these actions a status. */
function latestReviewOf(actions: PlanActionView[], context: Context): PlanChantierPage["statusReview"] {
  const reviewed = new Set(actions.flatMap((action) => action.latestStatus?.review ?? []));
  const latest = context.reviews.filter((review) => reviewed.has(review.id)).at(-1);
  return latest && { id: latest.id, title: latest.title };
}

export function buildPlanView(plan: Plan, context: Context): PlanView {
  const index = indexPlan(plan, context);
  const actions = plan.actions.map((action) => actionView(plan, action, context, index));
  const completion = completionOf(plan, context);
  const ownNotes = plan.modifications ?? [];
  const modifications = newestFirst([...ownNotes, ...completion.map((step) => reviewNote(step.review))]);
  const byChantier = chantierGroups(plan, actions, modifications, context);
  const documentUrl = catalogueUrls.planDocument(plan.ministry, plan.period);
  const stageCounts = STAGE_IDS.flatMap((id) => {
    const stage = context.stages.find((candidate) => candidate.id === id);
    return stage ? [{ stage, count: plan.actions.filter((action) => action.stage === id).length }] : [];
  });
  return {
    ministry: plan.ministry,
    period: plan.period,
    anchor: catalogueAnchors.plan(plan.period),
    actions,
    byChantier,
    stageCounts,
    completion,
    sentences: sentencesOf(actions, stageCounts, completion),
    reviewChanges: compareReviews(
      actions,
      completion.map((step) => step.review),
    ),
    comparison: undefined,
    replacedBy: undefined,
    stageTable: planStageTable(byChantier, context.stages, completion.at(-1)?.review),
    statusReview: latestReviewOf(actions, context),
    documentUrl,
    pdfUrl: catalogueUrls.documentPdf(documentUrl, `plan-${plan.ministry}-${plan.period}`),
    ownNotes,
    modifications,
  };
}

/**
 * A ministry's plans, by period, told of each other: each against the one before it, and each
 * older one told which replaced it (on its section and on its chantiers' pages).
 */
export function linkSuccessivePlans(plans: PlanView[]): PlanView[] {
  for (const [index, plan] of plans.entries()) {
    const previous = plans[index - 1];
    if (!previous) continue;
    plan.comparison = comparePlans(previous, plan.actions);
    const previousById = new Map(previous.actions.map((action) => [action.id, action]));
    for (const action of plan.actions) {
      const from = action.continues ? previousById.get(action.continues) : undefined;
      if (from) action.continuation = { period: previous.period, titleText: from.titleText, url: from.url };
    }
    const link = { period: plan.period, url: `${catalogueUrls.ministry(plan.ministry)}#${plan.anchor}` };
    previous.replacedBy = link;
    for (const page of previous.byChantier.flatMap((group) => group.pages)) page.replacedBy = link;
  }
  return plans;
}

/**
 * A ministry's history, newest first, from its plans': each plan's own notes, said of which plan
 * they speak, and each review that gave statuses to one of them, once.
 */
export function ministryModifications(plans: readonly PlanView[]): ChangeNote[] {
  const own = plans.flatMap((plan) =>
    plan.ownNotes.map((change) => ({ date: change.date, note: `Plan ${plan.period} : ${change.note}` })),
  );
  const reviews = new Map(
    plans.flatMap((plan) => plan.completion.map((step) => [step.review.id, step.review])),
  );
  return newestFirst([...own, ...[...reviews.values()].map(reviewNote)]);
}

/** Plans ordered by period, the latest last. */
export const byPeriod = (a: { period: string }, b: { period: string }) => a.period.localeCompare(b.period);
