import type { PlanActionView } from "./plans.ts";
import { type Review, STATUS_LABELS, type StageId, type StatusId } from "./schema.ts";

/*
 * What moved in a ministry's plans, computed by the site from the plans' own data: between two
 * reviews of one plan, the statuses that changed; between two plans of one ministry, the actions
 * carried over (each naming the one it continues), at what stage, and those left behind.
 */

/** How far along an action aims: a higher stage goes further than reflection. */
const STAGE_RANK: Record<StageId, number> = { reflexion: 0, experimentation: 1, realisation: 2 };

export interface StatusStep {
  status: StatusId;
  label: string;
}

/** An action in a list of changes, with what changed for it, as read after its title. */
export interface ChangedAction {
  action: PlanActionView;
  detail?: string;
}

export interface StatusChange extends ChangedAction {
  from: StatusStep;
  to: StatusStep;
}

/** One review of a plan against the review before it. */
export interface ReviewComparison {
  review: Review;
  previous: Review;
  /** Actions whose status changed, except those abandoned since. */
  changed: StatusChange[];
  /** Actions with a status at this review and none at the one before (new, or not reviewed then). */
  added: ChangedAction[];
  /** Actions abandoned at this review that were not at the one before. */
  abandoned: StatusChange[];
}

export interface Continuation extends ChangedAction {
  /** The action it carries on from, in the previous plan. */
  from: PlanActionView;
}

/** A ministry's plan against its previous plan. */
export interface PlanComparison {
  previous: { period: string; anchor: string };
  /** Carried over at a higher stage, at a lower one, and at the same. */
  raised: Continuation[];
  lowered: Continuation[];
  kept: Continuation[];
  /** Actions continuing none of the previous plan's. */
  added: ChangedAction[];
  /** The previous plan's actions no action continues. */
  dropped: ChangedAction[];
}

const step = (status: StatusId): StatusStep => ({ status, label: STATUS_LABELS[status] });

const statusChange = (action: PlanActionView, from: StatusId, to: StatusId): StatusChange => ({
  action,
  from: step(from),
  to: step(to),
  // « puis », not an arrow, which a screen reader reads as « flèche droite ».
  detail: `${STATUS_LABELS[from].toLowerCase()}, puis ${STATUS_LABELS[to].toLowerCase()}`,
});

const statusAt = (action: PlanActionView, review: Review) =>
  action.statuses?.find((candidate) => candidate.review === review.id)?.status;

/** Each review of a plan that gave statuses, against the one before it (`reviews`: oldest first). */
export function compareReviews(actions: PlanActionView[], reviews: Review[]): ReviewComparison[] {
  return reviews.slice(1).map((review, index) => {
    const previous = reviews[index] as Review;
    const comparison: ReviewComparison = { review, previous, changed: [], added: [], abandoned: [] };
    for (const action of actions) {
      const now = statusAt(action, review);
      const before = statusAt(action, previous);
      if (!now || now === before) continue;
      if (!before) comparison.added.push({ action, detail: STATUS_LABELS[now].toLowerCase() });
      else if (now === "abandonnee") comparison.abandoned.push(statusChange(action, before, now));
      else comparison.changed.push(statusChange(action, before, now));
    }
    return comparison;
  });
}

/** A plan against the ministry's previous one, by the actions that say what they continue. */
export function comparePlans(
  previous: { period: string; anchor: string; actions: PlanActionView[] },
  actions: PlanActionView[],
): PlanComparison {
  const previousById = new Map(previous.actions.map((action) => [action.id, action]));
  const comparison: PlanComparison = {
    previous: { period: previous.period, anchor: previous.anchor },
    raised: [],
    lowered: [],
    kept: [],
    added: [],
    dropped: [],
  };
  const continued = new Set<string>();
  for (const action of actions) {
    const from = action.continues ? previousById.get(action.continues) : undefined;
    if (!from) {
      comparison.added.push({ action });
      continue;
    }
    continued.add(from.id);
    const rise = STAGE_RANK[action.stage] - STAGE_RANK[from.stage];
    const list = rise > 0 ? comparison.raised : rise < 0 ? comparison.lowered : comparison.kept;
    const detail = `${from.stageLabel.toLowerCase()}, puis ${action.stageLabel.toLowerCase()}`;
    list.push({ action, from, detail });
  }
  comparison.dropped = previous.actions
    .filter((action) => !continued.has(action.id))
    .map((action) => ({ action }));
  return comparison;
}
