import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { OpenData } from "../../src/catalogue/exports.ts";
import { readJson } from "../support/output.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { actionTitlesUnder } from "../support/catalogue-pages.ts";
import { actionsFileWith } from "../support/data-edit.ts";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

const TITLE = "Louer des équipements réparés, à titre d'essai.";
let siteDir: string;
/** The catalogue before the edit: what the new action adds to. */
let before: Catalogue;

const titlesAt = (catalogue: Catalogue, chantierId: string, stageId: string) =>
  catalogue.actions
    .filter((action) => action.chantier === chantierId && action.stage === stageId)
    .map((action) => action.titleText);

beforeAll(async () => {
  before = await loadCatalogue(projectRoot);
  const entry = `  { id: "louer-des-equipements-repares", chantier: "achats", stage: "experimentation", stageSource: "editorial", title: "${TITLE}" },`;
  const projectDir = await projectVariant({ "_data/actions.ts": await actionsFileWith(entry) });
  siteDir = (await buildSite({ projectDir })).outputDir;
});

describe("an action added with one edit of _data/actions.ts", () => {
  it("shows on « Les actions » under its chantier, with its stage", async () => {
    const $ = await loadPage(siteDir, "/plans-action/les-actions/");
    expect(actionTitlesUnder($, "h3#achats")).toContain(TITLE);
  });

  it("shows on its chantier page under its stage, whose count follows", async () => {
    const $ = await loadPage(siteDir, "/plans-action/les-actions/achats/");
    const titles = [TITLE, ...titlesAt(before, "achats", "experimentation")];
    expect(actionTitlesUnder($, "#stade-experimentation")).toEqual(titles);
    expect(normalizeText($("#stade-experimentation").text())).toBe(
      `Expérimentation : ${titles.length} action${titles.length > 1 ? "s" : ""}`,
    );
  });

  it("shows on its stage page under its chantier", async () => {
    const $ = await loadPage(siteDir, "/plans-action/stades/experimentation/");
    expect(actionTitlesUnder($, "#achats")).toEqual([
      TITLE,
      ...titlesAt(before, "achats", "experimentation"),
    ]);
  });

  it("is counted in the overview table and the chart", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const row = before.counts.rows.find((candidate) => candidate.chantier.id === "achats");
    const achats = $("table#actions-par-chantier tbody tr").filter(
      (_, row) => normalizeText($(row).find("th").text()) === "Achats",
    );
    expect(
      achats
        .find("td")
        .map((_, cell) => normalizeText($(cell).text()))
        .get(),
    ).toEqual(
      [
        ...(row?.cells ?? []).map((cell) => cell.count + (cell.stageId === "experimentation" ? 1 : 0)),
        (row?.total ?? 0) + 1,
      ].map(String),
    );
    expect(normalizeText($("table#actions-par-chantier tfoot td").last().text())).toBe(
      String(before.counts.total + 1),
    );
    expect($("svg desc").text()).toContain(`Achats : ${(row?.total ?? 0) + 1} au total`);
  });

  it("is in the JSON and the CSV", async () => {
    const json = await readJson<OpenData>(siteDir, "plans-action/donnees/actions.json");
    expect(json.actions[0]).toMatchObject({
      id: "louer-des-equipements-repares",
      title: TITLE,
      stage: "experimentation",
    });
    const csv = await readFile(path.join(siteDir, "plans-action/donnees/actions.csv"), "utf8");
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records[0]).toMatchObject({
      id: "louer-des-equipements-repares",
      intitule: TITLE,
      chantier: "achats",
    });
    expect(records).toHaveLength(before.actions.length + 1);
  });
});
