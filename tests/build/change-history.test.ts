// Builds of variants of the project, with their own pages and plan: not rerun on a contributor's edits.
import { execFile } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { frenchDate } from "../../src/eleventy/dates.ts";
import { parseXml } from "../support/output.ts";
import { buildFailure, buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

const run = promisify(execFile);
const SITE = "http://127.0.0.1:8080/";
const WITH_NOTES = "/plans-action/avec-notes/";
const WITHOUT_NOTES = "/plans-action/sans-note/";
const MINISTRY = "/plans-action/ministeres/culture/";
// Written oldest first: the page lists them newest first.
const PAGE_NOTES = [
  { date: "2026-03-15", note: "Ajout du tableau des gains.", french: "15 mars 2026" },
  { date: "2026-12-01", note: "Correction d'un chiffre du bilan.", french: "1er décembre 2026" },
];
const PLAN_NOTE = { date: "2026-05-20", note: "Ajout de l'action « Donner »." };

interface Sitemap {
  urlset: { url: { loc: string; lastmod?: string }[] };
}

const page = (frontMatter: string) => `---\n${frontMatter.trim()}\n---\n\nTexte.\n`;

/** The test-only plan, with a change note of its own. */
async function planWithNote(): Promise<string> {
  const plan = await readFile(path.join(projectRoot, "tests/fixtures/plan-culture-2022.ts"), "utf8");
  const withNote = plan.replace(
    /^(\s*)period: .*$/m,
    (line, indent: string) => `${line}\n${indent}modifications: [${JSON.stringify(PLAN_NOTE)}],`,
  );
  if (withNote === plan) throw new Error("tests/fixtures/plan-culture-2022.ts n'a plus de ligne « period »");
  return withNote;
}

/** A page's history as a reader sees it: each entry's machine date and its text. */
function history($: CheerioAPI): { datetime: string | undefined; text: string }[] {
  return $(".page-meta details.page-history li")
    .toArray()
    .map((item) => ({
      datetime: $(item).find("time").attr("datetime"),
      text: normalizeText($(item).text()),
    }));
}

const lastUpdate = ($: CheerioAPI) =>
  $(".page-meta > p:contains('Dernière mise à jour') time").attr("datetime");

let siteDir: string;
let catalogue: Catalogue;

beforeAll(async () => {
  const notes = PAGE_NOTES.map(({ date, note }) => `  - date: ${date}\n    note: ${note}`).join("\n");
  const projectDir = await projectVariant({
    "content/plans-action/avec-notes.md": page(
      `title: Avec notes\ndescription: Court.\ndate: 2025-01-06\nmodifications:\n${notes}`,
    ),
    "content/plans-action/sans-note.md": page("title: Sans note\ndescription: Court.\ndate: 2025-02-07"),
    "_data/plans/culture-2022.ts": await planWithNote(),
  });
  [siteDir, catalogue] = await Promise.all([
    buildSite({ projectDir }).then((result) => result.outputDir),
    loadCatalogue(projectDir),
  ]);
});

describe("the change history of a Markdown page", () => {
  it("lists its notes newest first, with their French dates, folded; its last update is the newest", async () => {
    const $ = await loadPage(siteDir, WITH_NOTES);
    const details = $(".page-meta details.page-history");
    expect(details.attr("open")).toBeUndefined();
    expect(details.attr("data-pagefind-ignore")).toBeDefined();
    expect(details.children("summary").text()).toBe("Historique des modifications");
    const newestFirst = [...PAGE_NOTES].reverse();
    expect(history($)).toEqual(
      newestFirst.map(({ date, note, french }) => ({ datetime: date, text: `${french} : ${note}` })),
    );
    expect(lastUpdate($)).toBe(newestFirst[0]!.date);
  });

  it("without notes, has no history and dates its last update from its date", async () => {
    const $ = await loadPage(siteDir, WITHOUT_NOTES);
    expect($(".page-history").length).toBe(0);
    expect(lastUpdate($)).toBe("2025-02-07");
  });
});

describe("the change history of a page drawn from the data", () => {
  it("on a ministry's page, tells its plans' notes and the reviews that gave them statuses", async () => {
    const plan = catalogue.ministries.find((ministry) => ministry.url === MINISTRY)!.plans[0]!;
    const reviews = plan.completion.map((step) => step.review);
    expect(reviews.length).toBeGreaterThan(0);
    const expected = [
      { date: PLAN_NOTE.date, note: `Plan ${plan.period} : ${PLAN_NOTE.note}` },
      ...reviews.map((review) => ({ date: review.date, note: `Publication du « ${review.title} ».` })),
    ].sort((a, b) => b.date.localeCompare(a.date));
    const $ = await loadPage(siteDir, MINISTRY);
    const entries = history($);
    expect(entries.map((entry) => entry.datetime)).toEqual(expected.map((change) => change.date));
    expect(entries.map((entry) => entry.text.split(" : ").slice(1).join(" : "))).toEqual(
      expected.map((change) => change.note),
    );
    expect(lastUpdate($)).toBe(expected[0]!.date);
  });

  it("on a plan's chantier pages, tells the plan's notes", async () => {
    const plan = catalogue.ministries.find((ministry) => ministry.url === MINISTRY)!.plans[0]!;
    for (const group of plan.byChantier) {
      const $ = await loadPage(siteDir, group.url);
      expect(history($), group.url).toContainEqual({
        datetime: PLAN_NOTE.date,
        text: `${frenchDate(PLAN_NOTE.date)} : ${PLAN_NOTE.note}`,
      });
    }
  });

  it("leaves the pages without notes of their own without history, and the sitemap dates each page so", async () => {
    const other = catalogue.ministries.find((ministry) => !ministry.plans.length);
    const urls = [catalogue.chantiers[0]!.url, catalogue.stages[0]!.url, ...(other ? [other.url] : [])];
    for (const url of urls) {
      const $ = await loadPage(siteDir, url);
      expect($(".page-history").length, url).toBe(0);
      expect(lastUpdate($), url).toBeUndefined();
    }
    const xml = await readFile(path.join(siteDir, "sitemap.xml"), "utf8");
    const sitemap = parseXml<Sitemap>(xml).urlset.url;
    const lastmod = (url: string) => sitemap.find((entry) => entry.loc === `${SITE}${url.slice(1)}`)?.lastmod;
    expect(lastmod(WITH_NOTES)).toBe(PAGE_NOTES[1]!.date);
    expect(lastmod(WITHOUT_NOTES)).toBe("2025-02-07");
    expect(lastmod(MINISTRY)).toBe(
      (await loadPage(siteDir, MINISTRY))(".page-history time").first().attr("datetime"),
    );
    if (other) expect(lastmod(other.url)).toBeUndefined();
  });
});

/** Every text file a built site has: its pages, feeds, sitemap and open data. */
async function builtText(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  const texts = files.filter(
    (file) => /\.(html|xml|json|csv|txt)$/.test(file) && !file.startsWith("pagefind"),
  );
  return Promise.all(texts.map((file) => readFile(path.join(siteDir, file), "utf8")));
}

describe("a build in a git repository", () => {
  it("shows no commit message anywhere", async () => {
    const subject = "Sujet de commit 7f3a9c introuvable sur le site";
    const projectDir = await projectVariant({});
    const git = (...args: string[]) =>
      run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: projectDir });
    await git("init", "--quiet");
    await git("add", "--all");
    await git("commit", "--quiet", "--no-gpg-sign", "--message", subject);
    const { outputDir } = await buildSite({ projectDir });
    const texts = await builtText(outputDir);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.includes("7f3a9c"))).toEqual([]);
  });
});

describe("a build with a broken change note", () => {
  it("stops, in French, naming the file, the note and the field of each mistake", async () => {
    const file = "content/plans-action/notes-cassees.md";
    const message = await buildFailure({
      [file]: page(`title: Notes cassées
description: Court.
modifications:
  - date: 2026-02-30
    note: Une date qui n'existe pas.
  - date: 2026-03-01
    note: ""
  - date: 2026-03-02
    note: Une clé de trop.
    auteur: Moi`),
    });
    for (const problem of [
      "entrée 1, « date » (ligne 5) : date attendue au format AAAA-MM-JJ, et qui existe",
      "entrée 2, « note » (ligne 8) : texte vide",
      "entrée 3 (ligne 11) : clé inconnue « auteur »",
    ]) {
      expect(message).toContain(`./${file} : champ « modifications », ${problem}`);
    }
  });
});
