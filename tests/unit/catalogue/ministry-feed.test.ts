import { describe, expect, it } from "vitest";
import { type MinistryFeed, ministryFeed } from "../../../src/catalogue/ministry-feed.ts";
import { ministryViews } from "../../../src/catalogue/page-views.ts";
import { buildPlanView } from "../../../src/catalogue/plans.ts";
import type { ChangeNote, Plan } from "../../../src/catalogue/schema.ts";
import type { MinistryView } from "../../../src/catalogue/views.ts";
import { ministries, planContext as context } from "./small-catalogue.ts";

const SETTINGS = { siteUrl: "https://exemple.github.io/depot/", publishedOn: "2022-04-01" };
const TAG = "tag:exemple.github.io,2022-04-01:/depot/plans-action/ministeres/culture/";

const ministry = ministries.find((candidate) => candidate.id === "culture")!;

/** Culture's 2022 plan: two actions in achats, both with a status at the review "bilan-2022" (2023-03-01). */
const plan2022 = (modifications?: ChangeNote[]): Plan => ({
  ministry: "culture",
  period: "2022",
  actions: [
    {
      id: "a",
      chantier: "achats",
      stage: "experimentation",
      title: "A.",
      statuses: [{ review: "bilan-2022", status: "realisee" }],
    },
    {
      id: "b",
      chantier: "achats",
      stage: "reflexion",
      title: "B.",
      statuses: [{ review: "bilan-2022", status: "en-cours" }],
    },
    { id: "c", chantier: "achats", stage: "reflexion", title: "C." },
  ],
  ...(modifications ? { modifications } : {}),
});
/** Neither a note of its own nor a status. */
const plan2023: Plan = {
  ministry: "culture",
  period: "2023-2025",
  actions: [{ id: "d", chantier: "fin-d-usage", stage: "realisation", title: "D." }],
};

function culture(...plans: Plan[]): MinistryView {
  const views = plans.map((plan) => buildPlanView(plan, context));
  const [view] = ministryViews([ministry], [], () => views);
  return view!;
}

const feedOf = (ministry: MinistryView) => ministryFeed(ministry, SETTINGS);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const entryDates = (feed: MinistryFeed) =>
  feed.entries.map((entry) => [entry.title, iso(entry.published), iso(entry.date)]);

const NOTES: ChangeNote[] = [
  { date: "2022-11-02", note: "Plan versé par le ministère." },
  { date: "2024-01-10", note: "Correction d'un intitulé." },
  { date: "2024-01-10", note: "Ajout d'un indicateur." },
];

describe("ministryFeed", () => {
  it("gives a plan an entry dated by its oldest own note, updated with its newest note", () => {
    const feed = feedOf(culture(plan2022(NOTES)));
    const plan = feed.entries.find((entry) => entry.id === `${TAG}plans/2022`);
    expect(plan).toEqual({
      id: `${TAG}plans/2022`,
      title: "Plan 2022 : 3 actions",
      url: "/plans-action/ministeres/culture/#plan-2022",
      published: new Date("2022-11-02T00:00:00Z"),
      date: new Date("2024-01-10T00:00:00Z"),
      paragraphs: [
        "3 actions : 0 en réalisation, 1 en expérimentation, 2 en réflexion.",
        "Au « Bilan bilan-2022 » : 1 sur 2 réalisées, soit 50\u00a0% ; 1 sans statut à ce bilan.",
        "Calcul de ce site, à partir du plan et des statuts donnés par le ministère.",
      ],
    });
  });

  it("dates a plan without a note of its own by its oldest review, and leaves out a plan with neither", () => {
    const feed = feedOf(culture(plan2022(), plan2023));
    expect(entryDates(feed)).toEqual([
      ["Plan 2022 : 3 actions", "2023-03-01", "2023-03-01"],
      ["Publication du « Bilan bilan-2022 ».", "2023-03-01", "2023-03-01"],
    ]);
    expect(feed.entries.some((entry) => entry.id.includes("2023-2025"))).toBe(false);
  });

  it("has one entry for each note of the ministry's history, newest first, leading to its plan", () => {
    const ministry = culture(plan2022(NOTES), { ...plan2023, modifications: [NOTES[0]!] });
    const feed = feedOf(ministry);
    const notes = feed.entries.filter((entry) => !/\/plans\/[^/]+$/.test(entry.id));
    expect(notes.map((entry) => ({ date: iso(entry.date), note: entry.title }))).toEqual(
      ministry.modifications,
    );
    expect(notes.map((entry) => entry.url)).toEqual([
      "/plans-action/ministeres/culture/#plan-2022",
      "/plans-action/ministeres/culture/#plan-2022",
      "/plans-action/ministeres/culture/#plan-2022",
      "/plans-action/ministeres/culture/#plan-2022",
      "/plans-action/ministeres/culture/#plan-2023-2025",
    ]);
    const dates = feed.entries.map((entry) => entry.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("says of a review the share done in the plan it examined, as computed by the site", () => {
    const review = feedOf(culture(plan2022())).entries.find(
      (entry) => entry.id === `${TAG}bilans/bilan-2022`,
    );
    expect(review?.paragraphs).toEqual([
      "Plan 2022, au « Bilan bilan-2022 » : 1 sur 2 réalisées, soit 50\u00a0% ; 1 sans statut à ce bilan.",
      "Calcul de ce site, à partir du plan et des statuts donnés par le ministère.",
    ]);
  });

  it("gives unique tag ids below the site's host and path, which a note added later leaves alone", () => {
    const before = feedOf(culture(plan2022(NOTES.slice(0, 2))));
    const after = feedOf(culture(plan2022([...NOTES, { date: "2024-01-10", note: "Une de plus." }])));
    const ids = after.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith(TAG))).toBe(true);
    expect(ids).toEqual(expect.arrayContaining(before.entries.map((entry) => entry.id)));
    expect(after.entries.find((entry) => entry.title === "Plan 2022 : Une de plus.")?.id).toBe(
      `${TAG}plans/2022/notes/2024-01-10/3`,
    );
    expect(after.id).toBe(TAG);
  });

  it("gives a ministry without a plan an empty feed dated by the publication", () => {
    const feed = feedOf(culture());
    expect(feed.entries).toEqual([]);
    expect(feed.emptyFeedDate).toEqual(new Date("2022-04-01T00:00:00Z"));
    expect([feed.title, feed.pageUrl, feed.feedUrl]).toEqual([
      "Ministère de la Culture : plans d'action et bilans",
      "/plans-action/ministeres/culture/",
      "/plans-action/ministeres/culture/atom.xml",
    ]);
  });
});
