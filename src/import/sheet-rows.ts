import { parse } from "csv-parse/sync";
import readExcelFile from "read-excel-file/universal";
import { PlanImportError } from "./problems.ts";

/*
 * A spreadsheet's rows as text, whatever it was saved as: `.xlsx` from Excel or LibreOffice, or
 * `.csv` in the encodings and separators spreadsheets export. The same code runs in Node for
 * `npm run import:plan` and in the browser for « Verser un plan ».
 */

export interface SheetRow {
  /** Each cell as text; a date cell as AAAA-MM-JJ. */
  cells: string[];
  /** Its row number in the spreadsheet, as the spreadsheet shows it (the header is 1). */
  line: number;
}

/** The sheet read from a workbook with several: the template's own, else the first. */
const PLAN_SHEET = "Plan";

/**
 * What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control codes: ’, œ, €, « … ». Node's
 * TextDecoder, built without full ICU, decodes "windows-1252" as Latin-1; browsers do not.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** UTF-8 (with or without its byte order mark), else Windows-1252, as spreadsheets export. */
export function decodeSpreadsheet(bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(text);
  } catch {
    return new TextDecoder("windows-1252")
      .decode(text)
      .replace(/[\u0080-\u009f]/g, (code) => WINDOWS_1252_HIGH[code.charCodeAt(0) - 0x80] ?? code);
  }
}

/** `;` or `,`, whichever the header row uses more. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** What csv-parse says of a text it cannot read, in the référent's words. */
const CSV_REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "un guillemet ouvert n'est jamais fermé",
  CSV_INVALID_CLOSING_QUOTE: "un guillemet fermant est suivi d'autre chose qu'un séparateur",
};

/**
 * A record a row, blank ones included, as the spreadsheet numbers its rows: a cell over several
 * lines is still one row.
 */
export function csvRows(bytes: Uint8Array, fileName = "tableau.csv"): SheetRow[] {
  const text = decodeSpreadsheet(bytes);
  try {
    const records = parse(text, { delimiter: separatorOf(text), relax_column_count: true });
    return records.map((cells, index) => ({ cells, line: index + 1 }));
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const reason = CSV_REASONS[code ?? ""] ?? "le fichier n'est pas un CSV lisible";
    throw new PlanImportError([`${fileName}${lines ? `, ligne ${lines} du texte` : ""} : ${reason}`]);
  }
}

/** A cell as read-excel-file gives it: text, a number, a boolean, a date, or nothing. */
function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

export async function xlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readExcelFile(buffer);
  const sheet = sheets.find((candidate) => candidate.sheet === PLAN_SHEET) ?? sheets[0];
  return (sheet?.data ?? []).map((row, index) => ({ cells: row.map(cellText), line: index + 1 }));
}

/** The formats a plan can be read from, by the file's extension. */
export const SPREADSHEET_EXTENSIONS = [".xlsx", ".csv"] as const;

/** The rows of a spreadsheet file, read by its extension. */
export async function spreadsheetRows(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
  if (extension === ".csv") return csvRows(bytes, fileName);
  if (extension === ".xlsx") {
    return xlsxRows(bytes).catch(() => {
      throw new PlanImportError([`${fileName} : ce fichier n'est pas un classeur .xlsx lisible`]);
    });
  }
  const advice =
    extension === ".ods" || extension === ".xls"
      ? "enregistrez-le au format .xlsx (Excel 2007 et suivants) ou .csv, puis versez ce fichier"
      : "formats acceptés : .xlsx ou .csv";
  throw new PlanImportError([`${fileName} : format « ${extension || "sans extension"} » non lu ; ${advice}`]);
}
