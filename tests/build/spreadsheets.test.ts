import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { type Row, readSheet } from "read-excel-file/node";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { type Plan, STATUS_IDS, STATUS_LABELS } from "../../src/catalogue/schema.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { fileSize } from "../../src/eleventy/documents.ts";
import { COLUMNS, COLUMN_ORDER, type Column } from "../../src/import/columns.ts";
import { knownCatalogue, planFromSheet } from "../../src/import/plan-sheet.ts";
import { csvRows, xlsxRows } from "../../src/import/sheet-rows.ts";
import { BLANK_ROWS } from "../../src/import/spreadsheet.ts";
import previousFixture from "../fixtures/plan-culture-2022.ts";
import { differingFiles } from "../support/compare-trees.ts";
import { buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";
import { htmlValidator } from "../support/html-validator.ts";

const siteDir = inject("siteDir");
const HEADERS = COLUMN_ORDER.map((column) => COLUMNS[column].header);
const DONNEES = "plans-action/donnees";

/** A made-up plan with every optional column filled, and text a CSV must quote; it follows the fixture's. */
const FULL_PLAN: Plan = {
  ministry: previousFixture.ministry,
  period: "2023-2025",
  actions: [
    {
      id: "mesurer",
      continues: previousFixture.actions[1]!.id,
      chantier: "achats",
      stage: "realisation",
      title: "Mesurer l'empreinte ; *chaque* année, « vite ».",
      indicator: { label: "Part des achats mesurés", unit: "%", target: 12.5 },
      note: 'Sur deux\nlignes, avec des "guillemets".',
      identifiedOn: "2023-02-15",
      completedOn: "2024-11-30",
    },
  ],
};

let catalogue: Catalogue;
let plans: Plan[];
let variantDir: string;
let otherBuildDir: string;

beforeAll(async () => {
  catalogue = await loadCatalogue(projectRoot);
  const fixture = await readFile(path.join(projectRoot, "tests/fixtures/plan-culture-2022.ts"), "utf8");
  const projectDir = await projectVariant({
    "_data/plans/culture-2022.ts": fixture,
    [`_data/plans/${FULL_PLAN.ministry}-${FULL_PLAN.period}.ts`]: `export default ${JSON.stringify(FULL_PLAN)};\n`,
    // A page that offers the template, as « Verser un plan » does.
    "content/essai-modele.njk": [
      "---",
      "layout: layouts/page.njk",
      "title: Essai du modèle",
      "description: Une page qui propose le modèle de tableau à télécharger.",
      "permalink: /essai-modele/",
      "---",
      '{% include "partials/catalogue/plan-template-downloads.njk" %}',
      "",
    ].join("\n"),
  });
  // The second build in a time zone far from the first: the files must not move.
  [variantDir, otherBuildDir] = await Promise.all([
    buildSite({ projectDir }).then((result) => result.outputDir),
    buildSite({ projectDir, env: { TZ: "Pacific/Kiritimati" } }).then((result) => result.outputDir),
  ]);
  const variant = await loadCatalogue(projectDir);
  plans = variant.ministries.flatMap((ministry) =>
    ministry.plans.map((plan) => ({ ministry: plan.ministry, period: plan.period, actions: plan.actions })),
  );
});

const built = (dir: string, url: string) => readFile(path.join(dir, url));

/** The column letter of a column of the contract, A for the first. */
const letterOf = (column: Column) => String.fromCharCode(65 + COLUMN_ORDER.indexOf(column));

/** Each drop-down list of the plan sheet, by column letter: its rows and the values it offers. */
async function dropDowns(bytes: Buffer): Promise<Map<string, { rows: [number, number]; values: unknown[] }>> {
  const sheet = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
  const lists = await readSheet(bytes, "Listes");
  const found = new Map<string, { rows: [number, number]; values: unknown[] }>();
  for (const [, attributes, body] of sheet.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/g)) {
    if (!attributes?.includes('type="list"')) continue;
    const [, column, first, , last] = /sqref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(attributes) ?? [];
    const range = /^Listes!\$([A-Z])\$(\d+):\$[A-Z]\$(\d+)$/.exec(
      /<formula1>(.*)<\/formula1>/.exec(body!)![1]!,
    );
    const [, listColumn, from, to] = range!;
    const values = lists
      .slice(Number(from) - 1, Number(to))
      .map((row) => row[listColumn!.charCodeAt(0) - 65]);
    found.set(column!, { rows: [Number(first), Number(last)], values });
  }
  return found;
}

/** What each listed column must offer: every value the catalogue knows, in its order. */
function expectedLists(source: Catalogue): [Column, string[]][] {
  return [
    ["chantier", source.chantiers.map((chantier) => chantier.title)],
    ["stage", source.stages.map((stage) => stage.label)],
    ["status", STATUS_IDS.map((id) => STATUS_LABELS[id])],
  ];
}

/** A cell read from the workbook, written as the CSV writes it. */
function asCsv(value: Row[number]): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10).split("-").reverse().join("/");
  return typeof value === "number" ? String(value).replace(".", ",") : String(value);
}

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, delimiter: ";" });
}

describe("the template of a plan's spreadsheet", () => {
  it("is a workbook: the columns' headers on row 1, one example, a guide", async () => {
    const bytes = await built(siteDir, catalogue.urls.planTemplate("xlsx"));
    const [header, example, ...rest] = await readSheet(bytes, "Plan");
    expect(header).toEqual(HEADERS);
    expect(rest).toEqual([]);
    const cell = (column: Column) => example?.[COLUMN_ORDER.indexOf(column)];
    expect(cell("action")).toMatch(/^Exemple : /);
    expect(catalogue.chantiers.map((chantier) => chantier.title)).toContain(cell("chantier"));
    expect(catalogue.stages.map((stage) => stage.label)).toContain(cell("stage"));
    expect(Object.values(STATUS_LABELS)).toContain(cell("status"));
    // A date cell is read as a date only when its format is a date's.
    expect(cell("identifiedOn")).toEqual(new Date(`${catalogue.publication.publishedOn}T00:00:00Z`));
    const guide = (await readSheet(bytes, "Mode d'emploi")).map((row) => row.filter(Boolean).join(" : "));
    for (const column of COLUMN_ORDER) {
      expect(guide).toContain(`${COLUMNS[column].header} : ${COLUMNS[column].help}`);
    }
    expect(guide.join("\n")).toContain("« Verser un plan »");
    const sheet = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
  });

  it("offers the catalogue's chantiers, levels and statuses as drop-down lists, on a thousand rows", async () => {
    const found = await dropDowns(await built(siteDir, catalogue.urls.planTemplate("xlsx")));
    for (const [column, values] of expectedLists(catalogue)) {
      expect(found.get(letterOf(column))).toEqual({ rows: [2, 2 + BLANK_ROWS], values });
    }
    expect(found.size).toBe(3);
  });

  it("is a CSV too: byte order mark, `;`, CRLF, the same header and example", async () => {
    const bytes = await built(siteDir, catalogue.urls.planTemplate("csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text.slice(1).split("\r\n")[0]).toBe(HEADERS.join(";"));
    const [, example] = await readSheet(await built(siteDir, catalogue.urls.planTemplate("xlsx")), "Plan");
    expect(parseCsv(text)).toEqual([HEADERS, example!.map(asCsv)]);
  });

  it("is listed with the open data", async () => {
    const $ = await loadPage(siteDir, catalogue.urls.actions);
    const links = $(".open-data a")
      .map((_, link) => $(link).attr("href"))
      .get();
    expect(links).toEqual(
      expect.arrayContaining([catalogue.urls.planTemplate("xlsx"), catalogue.urls.planTemplate("csv")]),
    );
  });

  it("is offered by its partial, each file with its format and exact size", async () => {
    const $ = await loadPage(variantDir, "/essai-modele/");
    const links = $("article a.fr-link--download");
    expect(links.map((_, link) => $(link).attr("href")).get()).toEqual([
      catalogue.urls.planTemplate("xlsx"),
      catalogue.urls.planTemplate("csv"),
    ]);
    for (const link of links.toArray()) {
      const bytes = await built(variantDir, $(link).attr("href")!);
      const format = path.extname($(link).attr("href")!).slice(1).toUpperCase();
      expect(normalizeText($(link).find(".fr-link__detail").text())).toBe(
        normalizeText(`${format} – ${fileSize(bytes.length)}`),
      );
    }
  });
});

describe("a published plan as a spreadsheet", () => {
  /** The columns `expectedRows` gives, in the sheet's order. */
  const MAIN_COLUMNS = COLUMN_ORDER.filter((column) =>
    (["id", "continues", "chantier", "action", "stage", "status"] as Column[]).includes(column),
  );

  /** A plan's actions as their rows must read: ids, chantier's title, level's label, latest status. */
  function expectedRows(plan: Plan): unknown[][] {
    const reviewOrder = catalogue.reviews.map((review) => review.id);
    return plan.actions.map((action) => {
      const latest = [...(action.statuses ?? [])].sort(
        (a, b) => reviewOrder.indexOf(b.review) - reviewOrder.indexOf(a.review),
      )[0];
      const cells: Partial<Record<Column, unknown>> = {
        id: action.id,
        continues: action.continues ?? null,
        chantier: catalogue.chantiers.find((chantier) => chantier.id === action.chantier)?.title,
        action: action.title,
        stage: catalogue.stages.find((stage) => stage.id === action.stage)?.label,
        status: latest ? STATUS_LABELS[latest.status] : null,
      };
      return MAIN_COLUMNS.map((column) => cells[column]);
    });
  }

  const mainCells = (row: Row) => MAIN_COLUMNS.map((column) => row[COLUMN_ORDER.indexOf(column)]);

  it("holds every action of the plan, in the workbook and in the CSV", async () => {
    expect(plans.map((plan) => `${plan.ministry}-${plan.period}`).sort()).toEqual(
      ["culture-2022", `${FULL_PLAN.ministry}-${FULL_PLAN.period}`].sort(),
    );
    for (const plan of plans) {
      const xlsx = await built(
        variantDir,
        catalogue.urls.planSpreadsheet(plan.ministry, plan.period, "xlsx"),
      );
      const [header, ...rows] = await readSheet(xlsx, "Plan");
      expect(header).toEqual(HEADERS);
      expect(rows.map(mainCells)).toEqual(expectedRows(plan));
      const found = await dropDowns(xlsx);
      for (const [column, values] of expectedLists(catalogue)) {
        expect(found.get(letterOf(column))).toEqual({ rows: [2, 1 + rows.length + BLANK_ROWS], values });
      }
      const csv = await built(variantDir, catalogue.urls.planSpreadsheet(plan.ministry, plan.period, "csv"));
      expect(parseCsv(csv.toString("utf8"))).toEqual([HEADERS, ...rows.map((row) => row.map(asCsv))]);
    }
  });

  const fullPlanUrl = (format: "xlsx" | "csv") =>
    catalogue.urls.planSpreadsheet(FULL_PLAN.ministry, FULL_PLAN.period, format);

  it("gives the action it continues, the indicator, the comment and the dates, as numbers and dates", async () => {
    const [, row] = await readSheet(await built(variantDir, fullPlanUrl("xlsx")), "Plan");
    const [action] = FULL_PLAN.actions;
    const cell = (column: Column) => row?.[COLUMN_ORDER.indexOf(column)];
    expect(cell("continues")).toBe(action?.continues);
    expect([cell("indicator"), cell("unit"), cell("target"), cell("comment")]).toEqual([
      action?.indicator?.label,
      action?.indicator?.unit,
      action?.indicator?.target,
      action?.note,
    ]);
    expect([cell("identifiedOn"), cell("completedOn")]).toEqual(
      [action?.identifiedOn, action?.completedOn].map((date) => new Date(`${date}T00:00:00Z`)),
    );
    const [, record] = parseCsv((await built(variantDir, fullPlanUrl("csv"))).toString("utf8"));
    expect(record?.slice(COLUMN_ORDER.indexOf("target"))).toEqual([
      "12,5",
      action?.note,
      "15/02/2023",
      "30/11/2024",
    ]);
  });

  it("is the plan again when versed back, as .xlsx or CSV: ids, continued actions and all", async () => {
    const known = knownCatalogue(catalogue);
    const xlsx = await built(variantDir, fullPlanUrl("xlsx"));
    const csv = await built(variantDir, fullPlanUrl("csv"));
    for (const rows of [await xlsxRows(xlsx), csvRows(csv)]) {
      const options = { ministry: FULL_PLAN.ministry, period: FULL_PLAN.period, known };
      // Checked against the plan it follows, with the published plan whose ids it keeps, or as a new one.
      expect(
        planFromSheet(rows, { ...options, published: FULL_PLAN, previousPlan: previousFixture }),
      ).toEqual(FULL_PLAN);
      expect(planFromSheet(rows, { ...options, previousPlan: previousFixture })).toEqual(FULL_PLAN);
    }
  });

  it("is linked under its plan on its ministry's page, with format and exact size", async () => {
    for (const plan of plans) {
      const $ = await loadPage(variantDir, catalogue.urls.ministry(plan.ministry));
      const links = $(`#plan-${plan.period}`).closest("section").find("a.fr-link--download");
      expect(links.map((_, link) => $(link).attr("href")).get()).toEqual([
        catalogue.urls.planSpreadsheet(plan.ministry, plan.period, "xlsx"),
        catalogue.urls.planSpreadsheet(plan.ministry, plan.period, "csv"),
      ]);
      expect(normalizeText(links.first().text())).toMatch(/^Télécharger ce plan en tableau XLSX – /);
      for (const link of links.toArray()) {
        const bytes = await built(variantDir, $(link).attr("href")!);
        const format = path.extname($(link).attr("href")!).slice(1).toUpperCase();
        expect(normalizeText($(link).find(".fr-link__detail").text())).toBe(
          normalizeText(`${format} – ${fileSize(bytes.length)}`),
        );
      }
    }
  });

  it("leaves its ministry's page valid HTML, its links included", async () => {
    const validator = htmlValidator();
    for (const plan of plans) {
      const file = path.join(variantDir, catalogue.urls.ministry(plan.ministry), "index.html");
      const report = await validator.validateString(await readFile(file, "utf8"), file);
      expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual(
        [],
      );
    }
  });

  it("comes out byte for byte the same from two builds, in two time zones", async () => {
    const differing = await differingFiles(path.join(variantDir, DONNEES), path.join(otherBuildDir, DONNEES));
    expect(differing).toEqual([]);
    // The template does not depend on the plans: the main build wrote the same bytes.
    for (const format of ["xlsx", "csv"] as const) {
      expect(await built(variantDir, catalogue.urls.planTemplate(format))).toEqual(
        await built(siteDir, catalogue.urls.planTemplate(format)),
      );
    }
  });
});
