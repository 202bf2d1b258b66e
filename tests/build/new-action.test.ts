import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { actionTitlesUnder } from "../support/catalogue-pages.ts";
import { actionsFileWith } from "../support/data-edit.ts";
import { buildSite, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

const TITLE = "Louer des équipements réparés, à titre d'essai.";
let siteDir: string;

beforeAll(async () => {
  const entry = `  { id: "louer-des-equipements-repares", chantier: "achats", stage: "experimentation", title: "${TITLE}" },`;
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
    expect(actionTitlesUnder($, "#stade-experimentation")).toEqual([TITLE]);
    expect(normalizeText($("#stade-experimentation").text())).toBe("Expérimentation : 1 action");
  });

  it("shows on its stage page under its chantier", async () => {
    const $ = await loadPage(siteDir, "/plans-action/stades/experimentation/");
    expect(actionTitlesUnder($, "#achats")).toEqual([TITLE]);
  });

  it("is counted in the overview table and the chart", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const achats = $("table.count-table tbody tr").filter((_, row) => normalizeText($(row).find("th").text()) === "Achats");
    expect(achats.find("td").map((_, cell) => normalizeText($(cell).text())).get()).toEqual(["5", "1", "0", "6"]);
    expect(normalizeText($("table.count-table tfoot td").last().text())).toBe("33");
    expect($("svg desc").text()).toContain("Achats : 6 au total, 5 en réalisation, 1 en expérimentation.");
  });

  it("is in the JSON and the CSV", async () => {
    const json = JSON.parse(await readFile(path.join(siteDir, "plans-action/donnees/actions.json"), "utf8"));
    expect(json.actions[0]).toMatchObject({ id: "louer-des-equipements-repares", title: TITLE, stage: "experimentation" });
    const csv = await readFile(path.join(siteDir, "plans-action/donnees/actions.csv"), "utf8");
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records[0]).toMatchObject({ id: "louer-des-equipements-repares", intitule: TITLE, chantier: "achats" });
    expect(records).toHaveLength(33);
  });
});
