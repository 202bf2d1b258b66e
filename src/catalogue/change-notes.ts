import type { ChangeNote, Review } from "./schema.ts";

/*
 * A page's history as its readers read it: dated sentences written for them, never the
 * repository's commit messages.
 */

/** Newest first; notes of the same day keep the order they were written in. */
export function newestFirst(notes: readonly ChangeNote[] | undefined): ChangeNote[] {
  return [...(notes ?? [])].sort((a, b) => b.date.localeCompare(a.date));
}

/** A review's publication, as the history of a page that shows its statuses tells it. */
export const reviewNote = (review: Review): ChangeNote => ({
  date: review.date,
  note: `Publication du « ${review.title} ».`,
});
