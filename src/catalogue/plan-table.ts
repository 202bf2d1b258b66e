import type { PlanActionView } from "./plans.ts";
import {
  type Chantier,
  type Review,
  STATUS_IDS,
  STATUS_LABELS,
  type Stage,
  type StatusId,
} from "./schema.ts";

/*
 * A plan at a glance: its actions by chantier (rows) and stage (columns), each cell with how many
 * of them stood at each status at the plan's latest review. Computed by the site.
 */

export interface StatusCount {
  /** None for the actions without a status at that review. */
  status: StatusId | undefined;
  count: number;
  /** The count as a cell says it: « 2 réalisées », « 1 sans statut ». */
  text: string;
}

export interface PlanStageCell {
  stage: Stage;
  count: number;
  /** Only the statuses some of its actions have, in the statuses' order. */
  statuses: StatusCount[];
}

export interface PlanStageTable {
  /** The review the statuses are from; none before the plan's first. */
  review: Review | undefined;
  /** Each row's `anchor` is the chantier's place on the ministry's page. */
  rows: { chantier: Chantier; anchor: string; url: string; cells: PlanStageCell[]; total: number }[];
  totals: PlanStageCell[];
  total: number;
}

/** Each status as several actions have it; « en cours » and « sans statut » do not change. */
const STATUS_PLURALS: Record<StatusId, string> = {
  realisee: "réalisées",
  "en-cours": "en cours",
  "pas-commencee": "pas commencées",
  abandonnee: "abandonnées",
};

const WITHOUT_STATUS = "sans statut";

function statusText(status: StatusId | undefined, count: number): string {
  if (!status) return `${count} ${WITHOUT_STATUS}`;
  return `${count} ${count > 1 ? STATUS_PLURALS[status] : STATUS_LABELS[status].toLowerCase()}`;
}

function cellOf(actions: PlanActionView[], stage: Stage, review: Review | undefined): PlanStageCell {
  const atStage = actions.filter((action) => action.stage === stage.id);
  const statusOf = (action: PlanActionView) =>
    review ? action.statuses?.find((candidate) => candidate.review === review.id)?.status : undefined;
  const statuses = [...STATUS_IDS, undefined].flatMap((status) => {
    const count = atStage.filter((action) => statusOf(action) === status).length;
    return count && review ? [{ status, count, text: statusText(status, count) }] : [];
  });
  return { stage, count: atStage.length, statuses };
}

/** The table of a plan's chantiers (`groups`, in chantier order) by stage (`stages`, in stage order). */
export function planStageTable(
  groups: { chantier: Chantier; anchor: string; url: string; actions: PlanActionView[] }[],
  stages: Stage[],
  review: Review | undefined,
): PlanStageTable {
  const rows = groups.map((group) => ({
    chantier: group.chantier,
    anchor: group.anchor,
    url: group.url,
    cells: stages.map((stage) => cellOf(group.actions, stage, review)),
    total: group.actions.length,
  }));
  const all = groups.flatMap((group) => group.actions);
  return {
    review,
    rows,
    totals: stages.map((stage) => cellOf(all, stage, review)),
    total: all.length,
  };
}
