import type { Plan, PlanAction } from "../catalogue/schema.ts";
import { COLUMNS, type Column } from "./columns.ts";

/*
 * What a sheet changes in the plan already published, beyond statuses: the référent sees it
 * before proposing the file, for a review above all, which should change statuses only.
 */

export interface PlanChanges {
  /** The published actions the sheet changes, with the columns it changes them in. */
  changed: { action: PlanAction; columns: string[] }[];
  /** The published actions the sheet no longer holds: the plan file leaves them out. */
  removed: PlanAction[];
  added: PlanAction[];
}

/** The columns whose cells make each field of an action. */
const FIELD_COLUMNS: [Column, (action: PlanAction) => unknown][] = [
  ["continues", (action) => action.continues],
  ["chantier", (action) => action.chantier],
  ["action", (action) => action.title],
  ["stage", (action) => action.stage],
  ["indicator", (action) => action.indicator],
  ["comment", (action) => action.note],
  ["identifiedOn", (action) => action.identifiedOn],
  ["completedOn", (action) => action.completedOn],
];

export function planChanges(published: Plan, plan: Plan): PlanChanges {
  const before = new Map(published.actions.map((action) => [action.id, action]));
  const ids = new Set(plan.actions.map((action) => action.id));
  const changed = plan.actions.flatMap((action) => {
    const previous = before.get(action.id);
    if (!previous) return [];
    const columns = FIELD_COLUMNS.filter(
      ([, field]) => JSON.stringify(field(action)) !== JSON.stringify(field(previous)),
    ).map(([column]) => COLUMNS[column].header);
    return columns.length ? [{ action, columns }] : [];
  });
  return {
    changed,
    removed: published.actions.filter((action) => !ids.has(action.id)),
    added: plan.actions.filter((action) => !before.has(action.id)),
  };
}
