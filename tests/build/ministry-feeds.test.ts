// Builds of a variant of the project with plans of its own: not rerun on a contributor's edits.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Plan } from "../../src/catalogue/schema.ts";
import type { Catalogue, MinistryView } from "../../src/catalogue/views.ts";
import fixturePlan from "../fixtures/plan-culture-2022.ts";
import { type Atom, atomProblems, readAtom } from "../support/atom.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

// A project site below a path, as on GitHub Pages: every address of a feed carries it, once.
const BASE = "https://exemple.github.io/numerique-responsable/";
const PREFIX = new URL(BASE).pathname.slice(0, -1);
const absolute = (url: string) => `${BASE}${url.slice(1)}`;

const planFile = (plan: Plan) => `export default ${JSON.stringify(plan, null, 2)};\n`;
/** Culture's 2022 plan, put on the site with a note, then corrected, and reviewed in between. */
const culture2022: Plan = {
  ...fixturePlan,
  modifications: [
    { date: "2023-01-15", note: "Plan versé par le ministère." },
    { date: "2024-02-01", note: "Correction d'un intitulé." },
  ],
};
/** Nothing says when it appeared: no note of its own, no status. */
const culture2023: Plan = {
  ministry: "culture",
  period: "2023-2025",
  actions: [{ id: "reparer", chantier: "fin-d-usage", stage: "reflexion", title: "Réparer." }],
};
/** Reviewed, without a note of its own. */
const justice2022: Plan = {
  ministry: "justice",
  period: "2022",
  actions: [
    {
      id: "louer",
      chantier: "achats",
      stage: "experimentation",
      title: "Louer.",
      statuses: [{ review: "bilan-2021-2022", status: "realisee" }],
    },
  ],
};
let siteDir: string;
let catalogue: Catalogue;
const ministry = (id: string) => catalogue.ministries.find((candidate) => candidate.id === id)!;
const feedOf = async (entry: MinistryView): Promise<Atom> =>
  readAtom(await readFile(path.join(siteDir, catalogue.urls.ministryFeed(entry.id)), "utf8"));

beforeAll(async () => {
  const projectDir = await projectVariant({
    "_data/plans/culture-2022.ts": planFile(culture2022),
    "_data/plans/culture-2023-2025.ts": planFile(culture2023),
    "_data/plans/justice-2022.ts": planFile(justice2022),
  });
  [siteDir, catalogue] = await Promise.all([
    buildSite({ projectDir, env: { SITE_URL: BASE } }).then((result) => result.outputDir),
    loadCatalogue(projectDir),
  ]);
});

describe("a ministry's Atom feed", () => {
  it("is valid, lists its plan, its notes and the review, newest first, with absolute addresses", async () => {
    const culture = ministry("culture");
    const feed = await feedOf(culture);
    expect(atomProblems(feed)).toEqual([]);
    const review = catalogue.reviews.find((candidate) => candidate.id === "bilan-2021-2022")!;
    const section = absolute(`${culture.url}#plan-2022`);
    expect(feed.entries.map((entry) => [entry.title, entry.href, entry.published, entry.updated])).toEqual([
      ["Plan 2022 : 3 actions", section, "2023-01-15T00:00:00Z", "2024-02-01T00:00:00Z"],
      ["Plan 2022 : Correction d'un intitulé.", section, "2024-02-01T00:00:00Z", "2024-02-01T00:00:00Z"],
      [
        `Publication du « ${review.title} ».`,
        section,
        `${review.date}T00:00:00Z`,
        `${review.date}T00:00:00Z`,
      ],
      ["Plan 2022 : Plan versé par le ministère.", section, "2023-01-15T00:00:00Z", "2023-01-15T00:00:00Z"],
    ]);
    expect(feed.updated).toBe("2024-02-01T00:00:00Z");
    expect(feed.entries[0]?.paragraphs).toEqual([
      "3 actions : 1 en réalisation, 1 en expérimentation, 1 en réflexion.",
      `Au « ${review.title} » : 1 sur 2 réalisées, soit 50\u00a0% ; 1 sans statut à ce bilan.`,
      "Calcul de ce site, à partir du plan et des statuts donnés par le ministère.",
    ]);
    expect(feed.links).toEqual([
      { href: absolute(catalogue.urls.ministryFeed("culture")), rel: "self", type: "application/atom+xml" },
      { href: absolute(culture.url), rel: "alternate", type: "text/html" },
    ]);
    expect(feed.title).toBe("Ministère de la Culture : plans d'action et bilans – Numérique responsable");
    expect(feed.lang).toBe("fr");
    // Below the site's host and path: another site's feeds never share an id with these.
    for (const id of [feed.id, ...feed.entries.map((entry) => entry.id)]) {
      expect(id).toMatch(
        new RegExp(`^tag:exemple\\.github\\.io,\\d{4}-\\d{2}-\\d{2}:${PREFIX}${culture.url}`),
      );
    }
  });

  it("leads each entry to a section of the ministry's page that exists", async () => {
    for (const entry of [ministry("culture"), ministry("justice")]) {
      for (const { href } of (await feedOf(entry)).entries) {
        const url = new URL(href!);
        expect(url.pathname.startsWith(`${PREFIX}/`), href).toBe(true);
        const $ = await loadPage(siteDir, url.pathname.slice(PREFIX.length));
        expect($(`[id="${url.hash.slice(1)}"]`).length, href).toBe(1);
      }
    }
  });

  it("dates a plan without a note of its own by its review, and leaves out a plan with neither", async () => {
    const justice = await feedOf(ministry("justice"));
    expect(justice.entries.map((entry) => [entry.title, entry.published])).toEqual([
      ["Plan 2022 : 1 action", "2023-04-06T00:00:00Z"],
      ["Publication du « Bilan d'activité 2021 – 2022 de la MiNumEco ».", "2023-04-06T00:00:00Z"],
    ]);
    const culture = await feedOf(ministry("culture"));
    expect(culture.entries.filter((entry) => entry.title.includes("2023-2025"))).toEqual([]);
    expect(ministry("culture").plans.map((plan) => plan.period)).toEqual(["2022", "2023-2025"]);
  });

  it("is valid without entries for a ministry without plans, dated by the publication", async () => {
    const without = catalogue.ministries.find((entry) => !entry.plans.length)!;
    const feed = await feedOf(without);
    expect(atomProblems(feed)).toEqual([]);
    expect(feed.entries).toEqual([]);
    expect(feed.updated).toBe(`${catalogue.publication.publishedOn}T00:00:00Z`);
  });

  it("is announced in the head of its ministry's page, before the news' feeds", async () => {
    const $ = await loadPage(siteDir, ministry("culture").url);
    const first = $('head link[rel="alternate"]').first();
    expect([first.attr("type"), first.attr("href"), first.attr("title")]).toEqual([
      "application/atom+xml",
      absolute(catalogue.urls.ministryFeed("culture")),
      "Ministère de la Culture : plans d'action et bilans (Atom)",
    ]);
  });

  it("is linked from its ministry's page with its name, below the site's path", async () => {
    for (const entry of catalogue.ministries) {
      const $ = await loadPage(siteDir, entry.url);
      const link = $('main a[type="application/atom+xml"]');
      expect(normalizeText(link.text()), entry.url).toBe("Suivre ce ministère : flux Atom");
      expect(link.attr("href"), entry.url).toBe(`${PREFIX}${catalogue.urls.ministryFeed(entry.id)}`);
    }
  });
});
