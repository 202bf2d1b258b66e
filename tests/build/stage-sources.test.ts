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

/** A count as a sentence writes it: a number, or none. */
const counted = (word: string | undefined) =>
  word === undefined || /^aucune?$/.test(word) ? 0 : Number(word);

/** « Sur 32 stades, 6 sont donnés par la publication et 26 relèvent du classement… », as numbers. */
function overallCount(text: string) {
  const match =
    /Sur (\d+) stades?, (aucun|\d+) (?:n'est|est|sont) donnés? par la publication et (aucun|\d+) (?:ne )?relèvent? du classement de l'équipe éditoriale\./.exec(
      normalizeText(text),
    );
  if (!match) return undefined;
  return { total: counted(match[1]), publication: counted(match[2]), editorial: counted(match[3]) };
}

/** « Sur ces 11 actions, 7 sont placées à ce stade par la publication et 4 le sont… », as numbers. */
function stageCount(text: string) {
  const match =
    /Sur (?:cette action|ces (\d+) actions), (aucune|\d+) (?:n'est|est|sont) placées? à ce stade par la publication et (aucune|\d+) (?:ne )?(?:l'est|le sont) par classement de l'équipe éditoriale\./.exec(
      normalizeText(text),
    );
  if (!match) return undefined;
  return {
    total: match[1] === undefined ? 1 : counted(match[1]),
    publication: counted(match[2]),
    editorial: counted(match[3]),
  };
}

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
  it("is counted under the overview's table and in its chart's words, from the data", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const expected = countOf(catalogue.actions);
    expect(expected.publication + expected.editorial).toBe(catalogue.actions.length);
    const underTable = $(".fr-table").has("table#actions-par-chantier").next("p");
    expect(overallCount(underTable.text())).toEqual(expected);
    expect(overallCount($("figure.bar-chart svg desc").text())).toEqual(expected);
  });

  it("is counted on « Les actions », from the data", async () => {
    const $ = await loadPage(siteDir, catalogue.urls.actions);
    expect(overallCount($("main").text())).toEqual(countOf(catalogue.actions));
  });

  it("is counted on each stage page for its own examples", async () => {
    let total = 0;
    for (const stage of catalogue.stages) {
      const $ = await loadPage(siteDir, stage.url);
      const actions = catalogue.actions.filter((action) => action.stage === stage.id);
      expect(stageCount($("main").text()), stage.url).toEqual(actions.length ? countOf(actions) : undefined);
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
    const stagePage = await loadPage(outputDir, edited.urls.stage(action.stage));
    expect(stageCount(stagePage("main").text())).toEqual(
      countOf(edited.actions.filter((candidate) => candidate.stage === action.stage)),
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
