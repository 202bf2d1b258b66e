import type { ActionView } from "./action-views.ts";
import {
  type ChantierView,
  type Link,
  type MinistryView,
  type StageView,
  chantierLink,
} from "./page-views.ts";
import type { PlanView } from "./plans.ts";
import type { Chantier, Review, StageId } from "./schema.ts";
import { type StageSourceCount, stageSourceCount } from "./stage-sources.ts";

/*
 * The catalogue counted, for the tables of the publication's pages: the example actions by
 * chantier and stage, and who gave their stages; the ministries' latest plans by chantier, and
 * the plans' progress at each review, computed from their statuses.
 */

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

// The stage page's data file reads the stage-source count from here, with the tables it goes with.
export { type StageSourceCount, stageSourceCount };

export interface CountTable {
  rows: CountRow[];
  stageTotals: { stageId: StageId; count: number }[];
  total: number;
  /** Who gave the stages counted. */
  stageSources: StageSourceCount;
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

/** For one review, what the contributed plans' statuses add up to: computed, never published. */
export interface ReviewProgress {
  review: string;
  plans: number;
  actions: number;
  completed: number;
  percent: number;
}

/** The example actions by chantier (rows) and stage (cells), each cell leading to its section. */
export function countTable(
  chantiers: ChantierView[],
  stages: StageView[],
  actions: ActionView[],
): CountTable {
  return {
    rows: chantiers.map((chantier) => ({
      chantier: chantierLink(chantier),
      cells: chantier.byStage.map((group) => ({
        stageId: group.stage.id,
        stageLabel: group.stage.label,
        count: group.actions.length,
        url: `${chantier.url}#${group.anchor}`,
      })),
      total: chantier.actions.length,
    })),
    stageTotals: stages.map((stage) => ({ stageId: stage.id, count: stage.actions.length })),
    total: actions.length,
    stageSources: stageSourceCount(actions),
  };
}

export function planMatrix(ministries: MinistryView[], chantiers: Chantier[]): PlanMatrix {
  return {
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
}

/** Each review that gave statuses to a plan, oldest first: how many of their actions were done. */
export function reviewProgress(reviews: Review[], plans: PlanView[]): ReviewProgress[] {
  return reviews.flatMap((review) => {
    const steps = plans.flatMap((plan) => plan.completion.filter((step) => step.review.id === review.id));
    if (!steps.length) return [];
    const actions = steps.reduce((sum, step) => sum + step.total, 0);
    const completed = steps.reduce((sum, step) => sum + step.completed, 0);
    const percent = Math.round((100 * completed) / actions);
    return [{ review: review.id, plans: steps.length, actions, completed, percent }];
  });
}
