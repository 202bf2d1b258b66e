import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { type Plan, planSchema } from "../../src/catalogue/schema.ts";
import { catalogueUrls } from "../../src/catalogue/urls.ts";
import { importDataModule } from "../../src/data-modules.ts";
import { COLUMNS } from "../../src/import/columns.ts";
import { knownCatalogue } from "../../src/import/plan-sheet.ts";
import { type ServedSite, browserSession, horizontalOverflow, serveSite } from "../support/browser.ts";
import { HEADER, planRows, windows1252Csv, xlsxWorkbook } from "../support/plan-sheets.ts";
import { buildSite, projectRoot, projectVariant, temporaryFolder } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

/*
 * « Verser un plan », tried as a référent would in Chromium: a sheet of about 60 actions saved as
 * .xlsx and as a Windows-1252 CSV, a sheet with mistakes, a review's statuses; the file it gives
 * is the CLI's, and it builds.
 */
const run = promisify(execFile);
const PUBLISHED = "_data/plans/culture-2022.ts";
const TOOL = "/contribuer/verser-un-plan/";
const SCREENSHOTS = path.join(projectRoot, "tests/.output/verser-un-plan");

const session = browserSession();
let site: ServedSite;
let projectDir: string;
let published: Plan;
const known = knownCatalogue(await loadCatalogue(projectRoot));
const newMinistry = known.ministries.find((id) => id !== "culture")!;

beforeAll(async () => {
  const fixture = await readFile(path.join(projectRoot, "tests/fixtures/plan-culture-2022.ts"), "utf8");
  projectDir = await projectVariant({ [PUBLISHED]: fixture });
  published = planSchema.parse(await importDataModule(path.join(projectDir, PUBLISHED)));
  site = await serveSite((await buildSite({ projectDir })).outputDir);
  await mkdir(SCREENSHOTS, { recursive: true });
  return () => site.close();
});

async function sheetFile(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(await temporaryFolder("tableau"), name);
  await writeFile(file, bytes);
  return file;
}

async function openTool(width: number, query = ""): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.origin}${TOOL}${query}`);
  return page;
}

/** Drops the sheet on the page as the référent would, and waits for its verdict. */
async function drop(page: Page, file: string, choices: { period?: string; review?: string } = {}) {
  if (choices.period) await page.fill("#verser-periode", choices.period);
  if (choices.review) await page.selectOption("#verser-bilan", choices.review);
  await page.setInputFiles("#verser-tableau", file);
  await page.click("#verser-formulaire button[type=submit]");
  await page.waitForSelector("#verser-resultat .fr-alert");
}

async function downloaded(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click("#verser-resultat a[download]"),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

/** What `npm run import:plan` writes from the same sheet, in a copy of the same project. */
async function cliPlanFile(ministry: string, period: string, file: string, note: string): Promise<string> {
  const copy = await projectVariant({
    [PUBLISHED]: await readFile(path.join(projectDir, PUBLISHED), "utf8"),
  });
  const tsx = path.join(projectRoot, "node_modules/.bin/tsx");
  await run(tsx, ["src/import/cli.ts", ministry, period, file, "--note", note], { cwd: copy });
  return readFile(path.join(copy, `_data/plans/${ministry}-${period}.ts`), "utf8");
}

describe("« Verser un plan », in Chromium", () => {
  it("turns a 60-action sheet, as .xlsx or as a Windows-1252 CSV, into the CLI's plan file, which builds", async () => {
    const rows = [HEADER, ...planRows(known, 60)];
    const page = await openTool(1280, `?ministere=${newMinistry}`);
    const files = {
      xlsx: await sheetFile("plan-ministere.xlsx", await xlsxWorkbook(rows)),
      csv: await sheetFile("plan-ministere.csv", windows1252Csv(rows)),
    };
    const results: Record<string, string> = {};
    for (const [format, file] of Object.entries(files)) {
      await drop(page, file, { period: "2023-2025" });
      expect(normalizeText((await page.textContent("#verser-resultat h3")) ?? "")).toBe(
        "Le tableau est prêt : 60 actions",
      );
      const { name, text } = await downloaded(page);
      expect(name).toBe(`${newMinistry}-2023-2025.ts`);
      const note = await page.inputValue("#verser-note");
      expect(text).toBe(await cliPlanFile(newMinistry, "2023-2025", file, note));
      results[format] = text;
    }
    expect(results.csv?.replace("plan-ministere.csv", "plan-ministere.xlsx")).toBe(results.xlsx);
    // The preview shows every chantier with its actions and their level badges.
    expect(await page.locator("#verser-resultat .action-list > li").count()).toBe(60);
    expect(await page.locator("#verser-resultat .action-list .fr-badge").count()).toBe(60);
    await page.screenshot({ path: path.join(SCREENSHOTS, "apercu-1280.png"), fullPage: true });

    // Added to _data/plans/ as it was downloaded, it builds and shows on the ministry's page.
    const withPlan = await projectVariant({ [`_data/plans/${newMinistry}-2023-2025.ts`]: results.xlsx! });
    const built = await buildSite({ projectDir: withPlan });
    const $ = await loadPage(built.outputDir, `/plans-action/ministeres/${newMinistry}/`);
    expect(normalizeText($("#plan-2023-2025").parent().text())).toContain("60 actions");
  });

  it("lists a sheet's three mistakes, each with its row and column, and offers no file", async () => {
    const [chantier] = known.chantiers;
    const [stage] = known.stages;
    const rows = [
      HEADER,
      ["", "Cuisine", "Une action", stage!.label, "", ""],
      ["", chantier!.title, "", stage!.label, "", ""],
      ["", chantier!.title, "Une autre action", "bientôt", "", ""],
    ];
    for (const width of [320, 1280]) {
      const page = await openTool(width, `?ministere=${newMinistry}`);
      await drop(page, await sheetFile("erreurs.xlsx", await xlsxWorkbook(rows)), { period: "2023-2025" });
      const problems = await page.locator("#verser-resultat .fr-alert--error li").allTextContents();
      const titles = known.chantiers.map((entry) => entry.title).join(", ");
      expect(problems.map(normalizeText)).toEqual([
        `ligne 2, colonne « Chantier » : chantier inconnu « Cuisine » (chantiers : ${titles})`,
        "ligne 3, colonne « Action » : intitulé vide",
        `ligne 4, colonne « Niveau d'engagement cible » : stade inconnu « bientôt » (réalisation, expérimentation ou réflexion)`,
      ]);
      expect(normalizeText((await page.textContent("#verser-resultat h3")) ?? "")).toBe(
        "3 erreurs à corriger",
      );
      expect(await page.locator("#verser-resultat a[download]").count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H3");
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, `erreurs-${width}.png`), fullPage: true });
    }
  });

  it("records a review's statuses in the published plan's own spreadsheet, changing nothing else", async () => {
    const review = known.reviews.find((candidate) => candidate.period === published.period)!;
    // The plan as the ministry page offers it, its « Statut » column filled in for the review.
    const response = await fetch(
      `${site.origin}${catalogueUrls.planSpreadsheet(published.ministry, published.period, "xlsx")}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Plan")!;
    const headers = sheet.getRow(1).values as unknown[];
    const [idColumn, statusColumn] = [COLUMNS.id.header, COLUMNS.status.header].map((name) =>
      headers.indexOf(name),
    );
    const statuses = ["Abandonnée", "Réalisée", "En cours"];
    sheet.eachRow((row, number) => {
      const index = published.actions.findIndex((action) => action.id === row.getCell(idColumn!).text);
      if (number > 1 && index >= 0) row.getCell(statusColumn!).value = statuses[index % statuses.length]!;
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const page = await openTool(320, `?ministere=${published.ministry}`);
    await drop(page, await sheetFile("bilan.xlsx", filled), { period: published.period, review: review.id });
    expect(normalizeText((await page.textContent("#verser-resultat")) ?? "")).toContain(
      "Par rapport au plan publié : seuls les statuts changent",
    );
    expect(await page.locator("#verser-resultat .fr-alert--warning").count()).toBe(0);
    const { text } = await downloaded(page);
    const file = path.join(await temporaryFolder("plan"), "plan.ts");
    await writeFile(file, text);
    const reviewed = planSchema.parse(await importDataModule(file));
    const withoutStatuses = (plan: Plan) => plan.actions.map(({ statuses, ...rest }) => rest);
    expect(withoutStatuses(reviewed)).toEqual(withoutStatuses(published));
    expect(
      reviewed.actions.map((action) => action.statuses?.find((entry) => entry.review === review.id)?.status),
    ).toEqual(published.actions.map((_, index) => ["abandonnee", "realisee", "en-cours"][index % 3]));
    await page.screenshot({ path: path.join(SCREENSHOTS, "bilan-320.png"), fullPage: true });

    // A review sheet that also renames an action says so, as a warning, before any file is taken.
    const [first] = published.actions;
    sheet.eachRow((row) => {
      if (row.getCell(idColumn!).text === first!.id)
        row.getCell(headers.indexOf(COLUMNS.action.header)).value = "Renommée";
    });
    await drop(page, await sheetFile("bilan-renomme.xlsx", Buffer.from(await workbook.xlsx.writeBuffer())), {
      period: published.period,
      review: review.id,
    });
    const warning = normalizeText((await page.textContent("#verser-resultat .fr-alert--warning")) ?? "");
    expect(warning).toContain(`« Renommée » : colonne ${COLUMNS.action.header} modifiée`);
  });

  it("checks « Suite de l'action » against the ministry's previous published plan, and gives the CLI's file", async () => {
    const [continued] = published.actions;
    const [chantier] = known.chantiers;
    const [stage] = known.stages;
    const later = "2023-2025";
    expect(later.localeCompare(published.period)).toBeGreaterThan(0);
    const sheet = (id: string) => [
      [COLUMNS.continues.header, COLUMNS.chantier.header, COLUMNS.action.header, COLUMNS.stage.header],
      [id, chantier!.title, "Poursuivre l'action", stage!.label],
    ];
    const page = await openTool(1280, `?ministere=${published.ministry}`);
    await drop(page, await sheetFile("suite-erreur.xlsx", await xlsxWorkbook(sheet("inconnue"))), {
      period: later,
    });
    const problems = await page.locator("#verser-resultat .fr-alert--error li").allTextContents();
    expect(problems.map(normalizeText)).toEqual([
      `ligne 2, colonne « ${COLUMNS.continues.header} » : action « inconnue » absente du plan ${published.period} de ce ministère (ses identifiants sont dans la colonne « ${COLUMNS.id.header} » du tableau de ce plan)`,
    ]);

    const file = await sheetFile("suite.xlsx", await xlsxWorkbook(sheet(continued!.id)));
    await drop(page, file, { period: later });
    expect(normalizeText((await page.textContent("#verser-resultat .action-list__note")) ?? "")).toBe(
      normalizeText(`Suite de « ${continued!.title} » (plan ${published.period})`),
    );
    const { text } = await downloaded(page);
    expect(text).toContain(`continues: "${continued!.id}"`);
    const note = await page.inputValue("#verser-note");
    expect(text).toBe(await cliPlanFile(published.ministry, later, file, note));
  });

  it("reads a sheet that names no previous action without the previous plan, and says when it cannot check one", async () => {
    const [continued] = published.actions;
    const [chantier] = known.chantiers;
    const [stage] = known.stages;
    const later = "2023-2025";
    expect(later.localeCompare(published.period)).toBeGreaterThan(0);
    const page = await openTool(1280, `?ministere=${published.ministry}`);
    // The previous plan's data is missing, as when the site is being published again.
    const previousData = catalogueUrls.planJson(published.ministry, published.period);
    let previousRequests = 0;
    await page.route(`**${previousData}`, async (route) => {
      previousRequests += 1;
      await route.fulfill({ status: 404, body: "" });
    });
    const action = [chantier!.title, "Une action", stage!.label];
    const header = [COLUMNS.chantier.header, COLUMNS.action.header, COLUMNS.stage.header];
    // Without the column, or with the column left empty.
    const ready: [string, string[][]][] = [
      ["sans-suite.xlsx", [header, action]],
      [
        "suite-vide.xlsx",
        [
          [COLUMNS.continues.header, ...header],
          ["", ...action],
        ],
      ],
    ];
    for (const [name, rows] of ready) {
      await drop(page, await sheetFile(name, await xlsxWorkbook(rows)), { period: later });
      expect(normalizeText((await page.textContent("#verser-resultat h3")) ?? "")).toBe(
        "Le tableau est prêt : 1 action",
      );
      expect(await page.locator("#verser-resultat a[download]").count()).toBe(1);
    }
    expect(previousRequests).toBe(0);

    // Filled, the column cannot be checked: it says so, and the rest of the sheet is still read.
    const filled = [
      [COLUMNS.continues.header, ...header],
      [continued!.id, ...action],
      ["", "Cuisine", "Une autre action", stage!.label],
    ];
    await drop(page, await sheetFile("suite-illisible.xlsx", await xlsxWorkbook(filled)), { period: later });
    expect(previousRequests).toBeGreaterThan(0);
    const problems = await page.locator("#verser-resultat .fr-alert--error li").allTextContents();
    const titles = known.chantiers.map((entry) => entry.title).join(", ");
    expect(problems.map(normalizeText)).toEqual([
      `colonne « ${COLUMNS.continues.header} » : le plan précédent de ce ministère (${published.period}) n'a pas pu être lu (erreur 404), les actions qu'elle nomme ne peuvent donc pas être vérifiées ; réessayez plus tard, ou videz la colonne`,
      `ligne 3, colonne « ${COLUMNS.chantier.header} » : chantier inconnu « Cuisine » (chantiers : ${titles})`,
    ]);
    expect(await page.locator("#verser-resultat a[download]").count()).toBe(0);
  });

  it("tells the period's format when the period typed does not match it", async () => {
    const page = await openTool(1280);
    await page.fill("#verser-periode", "22");
    const mismatch = await page
      .locator("#verser-periode")
      .evaluate((field: HTMLInputElement) => !field.reportValidity() && field.validity.patternMismatch);
    expect(mismatch).toBe(true);
    // The browser's bubble gives its own words, then the field's title: the format and its examples.
    expect(await page.locator("#verser-periode").getAttribute("title")).toMatch(/\d{4}.*\d{4}-\d{4}/);
    await page.context().close();
  });

  it("says what to do instead when JavaScript is off", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${TOOL}`);
    expect(await page.isVisible("#verser-formulaire")).toBe(false);
    expect(normalizeText((await page.textContent(".plan-upload-without-script")) ?? "")).toContain(
      "demande JavaScript",
    );
    expect(await page.isVisible(".plan-upload-without-script")).toBe(true);
    await context.close();
  });
});
