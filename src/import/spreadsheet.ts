import { csvText } from "../csv.ts";
import ExcelJS from "exceljs";
import { COLUMNS, COLUMN_ORDER, type Column, guardedCell } from "./columns.ts";
import { stableZip } from "./stable-zip.ts";

/*
 * A plan's spreadsheet in the columns of columns.ts, in their order: the workbook the template
 * and each published plan are downloaded as, and the same rows as CSV. The header row is the
 * first row, where the import reads the columns' names.
 */

/** The columns whose values are picked from a drop-down list. */
export const LISTED_COLUMNS = ["chantier", "stage", "status"] as const satisfies readonly Column[];
export type ListedColumn = (typeof LISTED_COLUMNS)[number];

/** The workbook's sheets: the plan first, which the import reads. */
export const SHEETS = { plan: "Plan", lists: "Listes", guide: "Mode d'emploi" } as const;

/** Empty rows below the last action that still offer the lists and the date format. */
export const BLANK_ROWS = 1000;

const DATE_COLUMNS = new Set<Column>(["identifiedOn", "completedOn"]);
const WRAPPED_COLUMNS = new Set<Column>(["action", "indicator", "comment"]);
const DATE_FORMAT = "dd/mm/yyyy";

/** Wide enough for each header, and for a title or a comment to read on one or two lines. */
const WIDTHS: Record<Column, number> = {
  id: 26,
  continues: 26,
  chantier: 36,
  action: 60,
  stage: 18,
  status: 16,
  indicator: 36,
  unit: 12,
  target: 14,
  comment: 48,
  identifiedOn: 23,
  completedOn: 21,
};

/** One action: text, a number for the target, AAAA-MM-JJ for the dates; a column left out is empty. */
export type SpreadsheetRow = Partial<Record<Column, string | number>>;

export interface Spreadsheet {
  /** The workbook's title, in its properties. */
  title: string;
  /** Who publishes it, in its properties. */
  author: string;
  /** AAAA-MM-JJ: the workbook's dates, never the day of the build, so that builds agree. */
  date: string;
  rows: SpreadsheetRow[];
  /** The values each list offers, in their order. */
  lists: Record<ListedColumn, string[]>;
  /** The « Mode d'emploi » sheet's sentences, written after the columns' help. */
  guide: string[];
}

/** exceljs writes a sheet's validations by range, but its typings leave them out. */
interface SheetValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function cellValue(column: Column, value: string | number | undefined): ExcelJS.CellValue {
  if (value === undefined) return null;
  return DATE_COLUMNS.has(column) && typeof value === "string" ? utcDate(value) : value;
}

function addPlanSheet(workbook: ExcelJS.Workbook, rows: SpreadsheetRow[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEETS.plan, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMN_ORDER.map((column) => ({
    header: COLUMNS[column].header,
    key: column,
    width: WIDTHS[column],
    style: {
      alignment: { vertical: "top", wrapText: WRAPPED_COLUMNS.has(column) },
      ...(DATE_COLUMNS.has(column) ? { numFmt: DATE_FORMAT } : {}),
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  COLUMN_ORDER.forEach((column, index) => {
    header.getCell(index + 1).note = COLUMNS[column].help;
  });
  for (const row of rows) {
    sheet.addRow(COLUMN_ORDER.map((column) => cellValue(column, row[column])));
  }
  return sheet;
}

/**
 * The lists, one column each on a sheet of their own, and the range each one fills: a list
 * written in the validation itself would break on a comma, and its quotes on an apostrophe.
 */
function addListsSheet(workbook: ExcelJS.Workbook, lists: Spreadsheet["lists"]): Map<ListedColumn, string> {
  const sheet = workbook.addWorksheet(SHEETS.lists);
  const ranges = new Map<ListedColumn, string>();
  LISTED_COLUMNS.forEach((column, index) => {
    const values = lists[column];
    const listColumn = sheet.getColumn(index + 1);
    listColumn.values = [COLUMNS[column].header, ...values];
    listColumn.width = WIDTHS[column];
    if (values.length) {
      ranges.set(
        column,
        `${SHEETS.lists}!$${listColumn.letter}$2:$${listColumn.letter}$${values.length + 1}`,
      );
    }
  });
  sheet.getRow(1).font = { bold: true };
  return ranges;
}

function addValidations(sheet: ExcelJS.Worksheet, ranges: Map<ListedColumn, string>, lastRow: number): void {
  const { dataValidations } = sheet as ExcelJS.Worksheet & SheetValidations;
  for (const [column, range] of ranges) {
    const letter = sheet.getColumn(COLUMN_ORDER.indexOf(column) + 1).letter;
    dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Valeur hors de la liste",
      error: `Choisissez une valeur de la liste (feuille « ${SHEETS.lists} »).`,
    });
  }
}

function addGuideSheet(workbook: ExcelJS.Workbook, guide: string[]): void {
  const sheet = workbook.addWorksheet(SHEETS.guide);
  sheet.columns = [
    { header: "Colonne", width: 28 },
    { header: "Ce qu'elle contient", width: 90, style: { alignment: { wrapText: true } } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of COLUMN_ORDER) sheet.addRow([COLUMNS[column].header, COLUMNS[column].help]);
  sheet.addRow([]);
  for (const sentence of guide) sheet.addRow([sentence]);
}

/** The workbook, byte for byte the same for the same spreadsheet. */
export async function spreadsheetXlsx(spreadsheet: Spreadsheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = spreadsheet.title;
  workbook.creator = spreadsheet.author;
  workbook.lastModifiedBy = spreadsheet.author;
  workbook.created = utcDate(spreadsheet.date);
  workbook.modified = utcDate(spreadsheet.date);
  const plan = addPlanSheet(workbook, spreadsheet.rows);
  const ranges = addListsSheet(workbook, spreadsheet.lists);
  addGuideSheet(workbook, spreadsheet.guide);
  addValidations(plan, ranges, 1 + spreadsheet.rows.length + BLANK_ROWS);
  const written = await workbook.xlsx.writeBuffer();
  // exceljs dates the zip's entries with the time of writing.
  return stableZip(new Uint8Array(written), spreadsheet.date);
}

/** A cell as French spreadsheets read it: dates JJ/MM/AAAA, a decimal comma. */
function csvCell(column: Column, value: string | number | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  return DATE_COLUMNS.has(column) ? value.split("-").reverse().join("/") : guardedCell(value);
}

/**
 * The same rows as CSV, as French Excel opens it without an import step: `;` between cells, CRLF
 * between rows, UTF-8 with its byte order mark.
 */
export function spreadsheetCsv(rows: SpreadsheetRow[]): string {
  const header = COLUMN_ORDER.map((column) => COLUMNS[column].header);
  const records = rows.map((row) => COLUMN_ORDER.map((column) => csvCell(column, row[column])));
  return csvText([header, ...records], ";");
}
