import { stringify } from "csv-stringify/sync";

/**
 * Rows as a CSV file that spreadsheets open as they are: UTF-8 with its byte order mark, CRLF
 * between rows. `;` between cells is how French Excel reads a CSV without an import step; `,` is
 * the open data's dialect.
 */
export function csvText(rows: readonly (readonly string[])[], delimiter: "," | ";" = ","): string {
  return stringify(rows as string[][], {
    bom: true,
    delimiter,
    record_delimiter: "windows",
    // csv-stringify quotes only the record delimiter itself; a lone LF or CR needs quotes too.
    quoted_match: /[\r\n]/,
  });
}
