import { newestFirst } from "../catalogue/change-notes.ts";
import type { ChangeNote } from "../catalogue/schema.ts";

/*
 * Under a page: its change notes (front matter `modifications`, or its data's for a page drawn
 * from the catalogue), already checked, and when it last changed.
 */

const parsedDate = (value: unknown): Date | undefined => {
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** The notes as the page lists them: newest first. */
export const changeHistory = (notes: readonly ChangeNote[] | undefined): ChangeNote[] => newestFirst(notes);

/**
 * When the page last changed, as its readers were told: its latest note, or its front-matter
 * date, whichever is later (a note cannot date a page before it was published).
 */
export function lastUpdated(
  notes: readonly ChangeNote[] | undefined,
  frontMatterDate: unknown,
): Date | undefined {
  const dates = [
    ...(notes ?? []).map((change) => parsedDate(change.date)),
    parsedDate(frontMatterDate),
  ].filter((date) => date !== undefined);
  if (!dates.length) return undefined;
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}
