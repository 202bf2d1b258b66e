import ExcelJS from "exceljs";
import type { KnownCatalogue } from "../../src/import/plan-sheet.ts";

/*
 * Spreadsheets as a référent fills them in, made for the tests from the catalogue itself: the
 * template's headers, its chantier titles and level labels, in the formats a tableur saves.
 */

export const HEADER = [
  "Identifiant",
  "Chantier",
  "Action",
  "Niveau d'engagement cible",
  "Statut",
  "Commentaire",
];

/** `count` actions spread over every chantier and level, none with an id yet. */
export function planRows(known: KnownCatalogue, count: number): string[][] {
  return Array.from({ length: count }, (_, index) => {
    const chantier = known.chantiers[index % known.chantiers.length]!;
    const stage = known.stages[index % known.stages.length]!;
    return [
      "",
      chantier.title,
      `Action d’essai n° ${index + 1} : mettre en œuvre la sobriété`,
      stage.label,
      "",
      "",
    ];
  });
}

/** A CSV as French Excel saves it: Windows-1252, `;`, CRLF. Every character of the rows must exist in that encoding. */
export function windows1252Csv(rows: string[][]): Buffer {
  const text = rows.map((row) =>
    row.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(";"),
  );
  // Character by character: every one of them is a single code unit in this encoding.
  const bytes = Array.from(text.join("\r\n"), (character) => {
    const code = WINDOWS_1252.get(character) ?? character.charCodeAt(0);
    if (code > 0xff) throw new Error(`« ${character} » n'existe pas en Windows-1252`);
    return code;
  });
  return Buffer.from(bytes);
}

/** The characters Windows-1252 places where Latin-1 has control codes. */
const WINDOWS_1252 = new Map([
  ["’", 0x92],
  ["œ", 0x9c],
  ["Œ", 0x8c],
  ["€", 0x80],
  ["…", 0x85],
  ["«", 0xab],
  ["»", 0xbb],
]);

/** An .xlsx workbook holding the rows on a sheet named « Plan ». */
export async function xlsxWorkbook(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
