import { reviewNote } from "./change-notes.ts";
import type { MinistryView } from "./page-views.ts";
import type { PlanView } from "./plans.ts";
import type { Review } from "./schema.ts";
import { catalogueUrls } from "./urls.ts";

/*
 * A ministry's Atom feed, for whoever follows that one ministry: an entry for each of its plans,
 * and one for each note of its page's history (the plans' own notes and the publication of each
 * review that gave their actions a status). Computed from the ministry's view, as its page is, so
 * that the feed says what the page says.
 *
 * Dates. A plan has no date of its own: its entry is published on the date of its oldest own
 * note (the day it was put on the site); a plan without a note of its own takes the date of the
 * oldest review that gave its actions a status; a plan with neither is left out, since nothing
 * says when it appeared. A plan's entry is updated on the date of the newest note of its history:
 * its counts and shares change with them. The feed is updated on the date of its newest entry; a
 * feed without any takes the ministry's newest note, else the publication's date, which its
 * documents date from. Never the build's date: two builds of the same commit are identical.
 *
 * Ids are tag URIs (RFC 4151), below the site's host and path, which never change with an entry's
 * text: a plan by its period, a review by its id, a plan's own note by its date and its rank among
 * that plan's notes of that day, in the order its file writes them (new notes are added last).
 */

export interface MinistryFeedEntry {
  /** A tag URI, the same from one build to the next. */
  id: string;
  title: string;
  /** Where it leads, below the site: the plan's section on the ministry's page. */
  url: string;
  /** When it last changed: Atom's `updated`, and the `date` the RSS plugin's filters read. */
  date: Date;
  /** When it appeared on the site. */
  published: Date;
  /** Its text, one paragraph an item. */
  paragraphs: string[];
}

export interface MinistryFeed {
  /** A tag URI: the ministry's. */
  id: string;
  title: string;
  subtitle: string;
  /** The ministry's page and the feed itself, below the site. */
  pageUrl: string;
  feedUrl: string;
  /** Newest first. */
  entries: MinistryFeedEntry[];
  /** The feed's `updated` when it has no entry. */
  emptyFeedDate: Date;
}

export interface MinistryFeedSettings {
  /** The site's absolute address, with its path (`SITE_URL`). */
  siteUrl: string;
  /** The publication's date (`_data/publication.ts`), `AAAA-MM-JJ`. */
  publishedOn: string;
}

/** The feed's name, in its own `<title>` and in the pages that announce it. */
export const ministryFeedTitle = (ministry: { name: string }) =>
  `${ministry.name} : plans d'action et bilans`;

/** A day of the catalogue (`AAAA-MM-JJ`) at midnight UTC: the calendar day as written, in any zone. */
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** "0 action", "1 action", "40 actions": French keeps zero singular. */
const actionCount = (count: number) => `${count} action${count > 1 ? "s" : ""}`;

const COMPUTED = "Calcul de ce site, à partir du plan et des statuts donnés par le ministère.";

/** The share done at one of a plan's reviews, in the words of its pages: « Au « … » : 1 sur 2 … ». */
const completionAt = (plan: PlanView, step: PlanView["completion"][number]) =>
  plan.sentences.completion[plan.completion.indexOf(step)] ?? "";

/** When a plan appeared on the site, by the rule above; none when nothing says. */
function planPublished(plan: PlanView): string | undefined {
  const dates = plan.ownNotes.length
    ? plan.ownNotes.map((change) => change.date)
    : plan.completion.map((step) => step.review.date);
  return dates.sort()[0];
}

export function ministryFeed(ministry: MinistryView, settings: MinistryFeedSettings): MinistryFeed {
  const site = new URL(settings.siteUrl);
  const tag = (rest = "") =>
    `tag:${site.hostname},${settings.publishedOn}:${site.pathname.replace(/\/$/, "")}${ministry.url}${rest}`;
  const planUrl = (plan: PlanView) => `${ministry.url}#${plan.anchor}`;

  const entries: MinistryFeedEntry[] = [];
  for (const plan of ministry.plans) {
    const published = planPublished(plan);
    if (published === undefined) continue;
    entries.push({
      id: tag(`plans/${plan.period}`),
      title: `Plan ${plan.period} : ${actionCount(plan.actions.length)}`,
      url: planUrl(plan),
      // Its history, newest first, holds its own notes and its reviews: its counts' last change.
      date: day(plan.modifications[0]?.date ?? published),
      published: day(published),
      paragraphs: [plan.sentences.stages, ...plan.sentences.completion]
        .map((sentence) => `${sentence}.`)
        .concat(COMPUTED),
    });
  }

  // The notes of the ministry's history (`ministry.modifications`), each from the plan it speaks of.
  for (const plan of ministry.plans) {
    const rank = new Map<string, number>();
    for (const change of plan.ownNotes) {
      const n = (rank.get(change.date) ?? 0) + 1;
      rank.set(change.date, n);
      // Worded as ministryModifications (plans.ts) words it: the unit test holds the two together.
      const sentence = `Plan ${plan.period} : ${change.note}`;
      entries.push({
        id: tag(`plans/${plan.period}/notes/${change.date}/${n}`),
        title: sentence,
        url: planUrl(plan),
        date: day(change.date),
        published: day(change.date),
        paragraphs: [sentence],
      });
    }
  }
  // A review examines the plans of one period, and a ministry has one plan a period: each review
  // speaks of one plan, whose section gives the share done at it. Listed once all the same.
  const reviews = new Map<string, { review: Review; plan: PlanView; step: PlanView["completion"][number] }>();
  for (const plan of ministry.plans) {
    for (const step of plan.completion) {
      if (!reviews.has(step.review.id)) reviews.set(step.review.id, { review: step.review, plan, step });
    }
  }
  for (const { review, plan, step } of reviews.values()) {
    entries.push({
      id: tag(`bilans/${review.id}`),
      title: reviewNote(review).note,
      url: planUrl(plan),
      date: day(review.date),
      published: day(review.date),
      paragraphs: [`Plan ${plan.period}, a${completionAt(plan, step).slice(1)}.`, COMPUTED],
    });
  }

  return {
    id: tag(),
    title: ministryFeedTitle(ministry),
    subtitle: `Les plans d'action de ce ministère versés sur le site, leurs bilans et leurs mises à jour.`,
    pageUrl: ministry.url,
    feedUrl: catalogueUrls.ministryFeed(ministry.id),
    // Newest first; entries of the same day keep the order above: plans, then notes.
    entries: entries.sort((a, b) => b.date.getTime() - a.date.getTime()),
    emptyFeedDate: day(ministry.modifications[0]?.date ?? settings.publishedOn),
  };
}
