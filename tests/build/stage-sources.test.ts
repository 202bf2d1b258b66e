import { readFile } from "node:fs/promises";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { OpenData } from "../../src/catalogue/exports.ts";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { ActionView, Catalogue } from "../../src/catalogue/views.ts";
import { actionsFileWith } from "../support/data-edit.ts";
import { readJson } from "../support/output.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

/*
 * Who gave the examples' stages, as the site tells it: counted wherever stages are counted, and
 * said over each example's folded note. Every figure is counted here from _data/actions.ts.
 */

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = await loadCatalogue(projectDir);
});

/** What the summary over an example's note says, for each source of its stage. */
const SUMMARIES: Record<string, string> = {
  publication: "Stade donné par la publication",
  editorial: "Stade : classement de l'équipe éditoriale",
};

/** How many of `actions` the publication places at their stage, and how many the editorial team. */
const countOf = (actions: ActionView[]) => ({
  total: actions.length,
  publication: actions.filter((action) => action.stageSource === "publication").length,
  editorial: actions.filter((action) => action.stageSource === "editorial").length,
});

/** What the stage-source sentences say of the examples: all of them, or those the page counts. */
type Subject = "catalogue" | "page";
const ALONE: Record<Subject, string> = { catalogue: "la seule action", page: "cette action" };
const AMONG: Record<Subject, string> = { catalogue: "les", page: "ces" };
const EDITORIAL = "un classement de l'équipe éditoriale";

/** The publication's share as the sentence words it, read back if the words fit `total`. */
function given(words: string, digits: string | undefined, total: number): number | undefined {
  if (digits !== undefined) return Number(digits) > 1 && Number(digits) < total ? Number(digits) : undefined;
  if (words === "ne donne le stade d'aucune") return 0;
  if (words === "donne le stade de chacune") return total;
  if (words === "donne le stade de l'une") return total === 2 ? 1 : undefined;
  return total > 2 ? 1 : undefined; // « d'une seule »
}

/** The editorial team's share as the sentence words it, read back if the words fit `total`. */
function classified(words: string, digits: string | undefined, total: number): number | undefined {
  if (digits !== undefined) return Number(digits) > 1 && Number(digits) < total ? Number(digits) : undefined;
  if (words === "aucun n'est") return 0;
  if (words === "celui de chacune est") return total;
  if (words === "celui de l'autre est") return total === 2 ? 1 : undefined;
  return total > 2 ? 1 : undefined; // « celui de l'action restante »
}

/**
 * Every stage-source sentence of `text`, read back as numbers: « Sur les 32 actions, la
 * publication donne le stade de 17 ; celui des 15 autres est un classement de l'équipe
 * éditoriale. », « Le stade de cette action est donné par la publication. ». A sentence whose
 * words do not fit its numbers (« de l'une » of more than two, « 1 » as a figure) reads as
 * undefined. Only ordinary spaces are folded: the no-break space before « ; » must be there.
 */
function sourceCounts(text: string, subject: Subject) {
  const flat = text.replace(/[ \t\r\n]+/g, " ");
  const alone = new RegExp(
    `Le stade de ${ALONE[subject]} est (donné par la publication|${EDITORIAL})\\.`,
    "g",
  );
  const among = new RegExp(
    `Sur ${AMONG[subject]} (\\d+) actions, la publication ` +
      `(ne donne le stade d'aucune|donne le stade (?:de chacune|de l'une|d'une seule|de (\\d+)))` +
      `\u00a0; (aucun n'est|celui (?:de chacune|de l'autre|de l'action restante|des (\\d+) autres) est) ` +
      `${EDITORIAL}\\.`,
    "g",
  );
  const single = [...flat.matchAll(alone)].map((match) =>
    match[1] === EDITORIAL
      ? { total: 1, publication: 0, editorial: 1 }
      : { total: 1, publication: 1, editorial: 0 },
  );
  const several = [...flat.matchAll(among)].map((match) => {
    const total = Number(match[1]);
    const publication = given(match[2]!, match[3], total);
    const editorial = classified(match[4]!, match[5], total);
    if (total < 2 || publication === undefined || editorial === undefined) return undefined;
    return { total, publication, editorial };
  });
  return [...single, ...several];
}

/** What `sourceCounts` should read where `actions` are counted: one sentence, none without any. */
const expectedCounts = (actions: ActionView[]) => (actions.length ? [countOf(actions)] : []);

/** Each example's entry says who gave its stage, over its note folded in a closed <details>. */
function expectSourceAndNote(
  $: CheerioAPI,
  entry: ReturnType<CheerioAPI>,
  action: ActionView,
  where: string,
) {
  const details = entry.children("details.action-list__stage-note");
  if (action.note) {
    expect(details, `${where} ${action.id}`).toHaveLength(1);
    expect(details.attr("open"), `${where} ${action.id}`).toBeUndefined();
    expect(normalizeText(details.children("summary").text())).toBe(SUMMARIES[action.stageSource]);
    expect(normalizeText(details.children("p").text())).toBe(normalizeText(action.note));
  } else {
    expect(details, `${where} ${action.id}`).toHaveLength(0);
    expect(normalizeText(entry.children("p.action-list__note").text())).toBe(SUMMARIES[action.stageSource]);
  }
  expect($.html(entry)).not.toContain("<script");
}

describe("who gave the examples' stages", () => {
  it("is counted once on the overview, under its table, and not in its chart's description", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const expected = countOf(catalogue.actions);
    expect(expected.publication + expected.editorial).toBe(catalogue.actions.length);
    const underTable = $(".fr-table").has("table#actions-par-chantier").next("p");
    expect(sourceCounts(underTable.text(), "catalogue")).toEqual([expected]);
    expect(sourceCounts($("main").text(), "catalogue")).toEqual([expected]);
    const chart = $(".bar-chart svg[role=img]");
    expect(chart.attr("aria-labelledby")).toBe("bar-chart-title bar-chart-desc");
    const description = normalizeText(chart.children("desc").text());
    expect(description).not.toContain("publication");
    expect(description).not.toContain("éditoriale");
  });

  it("is counted on « Les actions », from the data", async () => {
    const $ = await loadPage(siteDir, catalogue.urls.actions);
    expect(sourceCounts($("main").text(), "catalogue")).toEqual(expectedCounts(catalogue.actions));
  });

  it("is counted on each stage page for its own examples", async () => {
    let total = 0;
    for (const stage of catalogue.stages) {
      const $ = await loadPage(siteDir, stage.url);
      const actions = catalogue.actions.filter((action) => action.stage === stage.id);
      expect(sourceCounts($("main").text(), "page"), stage.url).toEqual(expectedCounts(actions));
      total += actions.length;
    }
    expect(total).toBe(catalogue.actions.length);
  });

  it("is counted on each chantier page for its own examples", async () => {
    let total = 0;
    for (const chantier of catalogue.chantiers) {
      const $ = await loadPage(siteDir, chantier.url);
      const actions = catalogue.actions.filter((action) => action.chantier === chantier.id);
      expect(sourceCounts($("main").text(), "page"), chantier.url).toEqual(expectedCounts(actions));
      total += actions.length;
    }
    expect(total).toBe(catalogue.actions.length);
  });

  it("is said over each example's folded note on its chantier page", async () => {
    for (const chantier of catalogue.chantiers) {
      const $ = await loadPage(siteDir, chantier.url);
      for (const action of catalogue.actions.filter((candidate) => candidate.chantier === chantier.id)) {
        expectSourceAndNote($, $(`li#${action.anchor}`), action, chantier.url);
      }
    }
  });

  it("is said over each example's folded note on its stage page", async () => {
    for (const stage of catalogue.stages) {
      const $ = await loadPage(siteDir, stage.url);
      const entries = $("ul.action-list > li").toArray();
      const actions = catalogue.actions.filter((action) => action.stage === stage.id);
      for (const action of actions) {
        const entry = entries.filter(
          (item) => normalizeText($(item).children(".action-list__title").text()) === action.titleText,
        );
        expect(entry, `${stage.url} ${action.id}`).toHaveLength(1);
        expectSourceAndNote($, $(entry), action, stage.url);
      }
    }
  });

  it("is said, unfolded, for an example without a note", async () => {
    const entry =
      '  { id: "sans-note", chantier: "achats", stage: "reflexion", stageSource: "editorial", title: "Sans note." },';
    const variant = await projectVariant({ "_data/actions.ts": await actionsFileWith(entry) });
    const { outputDir } = await buildSite({ projectDir: variant });
    const edited = await loadCatalogue(variant);
    const action = edited.actions.find((candidate) => candidate.id === "sans-note")!;
    const chantierPage = await loadPage(outputDir, action.chantierUrl);
    expectSourceAndNote(chantierPage, chantierPage(`li#${action.anchor}`), action, action.chantierUrl);
    expect(sourceCounts(chantierPage("main").text(), "page")).toEqual(
      expectedCounts(edited.actions.filter((candidate) => candidate.chantier === action.chantier)),
    );
    const stagePage = await loadPage(outputDir, edited.urls.stage(action.stage));
    expect(sourceCounts(stagePage("main").text(), "page")).toEqual(
      expectedCounts(edited.actions.filter((candidate) => candidate.stage === action.stage)),
    );
  });

  it("is in the open data, JSON and CSV, for every example", async () => {
    const json = await readJson<OpenData>(siteDir, catalogue.urls.json);
    expect(json.actions.map((action) => [action.id, action.stageSource])).toEqual(
      catalogue.actions.map((action) => [action.id, action.stageSource]),
    );
    const csv = await readFile(path.join(siteDir, catalogue.urls.csv), "utf8");
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records.map((record) => [record.id, record.stade_source, record.stade_source_intitule])).toEqual(
      catalogue.actions.map((action) => [
        action.id,
        action.stageSource,
        action.stageSource === "publication"
          ? "Donné par la publication"
          : "Classement de l'équipe éditoriale",
      ]),
    );
  });
});
