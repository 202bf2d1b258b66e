import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Spreadsheet, spreadsheetXlsx } from "../../src/import/spreadsheet.ts";

const SPREADSHEET: Spreadsheet = {
  title: "Essai",
  author: "Une mission",
  date: "2022-04-01",
  rows: [{ chantier: "Achats", action: "Acheter.", stage: "Réalisation", identifiedOn: "2021-03-15" }],
  lists: { chantier: ["Achats"], stage: ["Réalisation"], status: ["En cours"] },
  guide: ["Une phrase."],
};

/** The bytes `write` gives at each of two moments, Date alone faked: exceljs's streams still run. */
async function atTwoMoments(write: () => Promise<Uint8Array>): Promise<[Buffer, Buffer]> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2030-01-01T10:00:00Z"));
  const first = Buffer.from(await write());
  vi.setSystemTime(new Date("2031-06-15T23:59:58Z"));
  return [first, Buffer.from(await write())];
}

afterEach(() => {
  vi.useRealTimers();
});

describe("a spreadsheet's workbook", () => {
  it("is the same bytes whenever it is written", async () => {
    const [first, second] = await atTwoMoments(() => spreadsheetXlsx(SPREADSHEET));
    expect(first.equals(second)).toBe(true);
  });

  it("needs it: exceljs alone dates its file with the time of writing", async () => {
    const write = async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.created = workbook.modified = new Date("2022-04-01T00:00:00Z");
      workbook.addWorksheet("Plan").addRow(["Achats"]);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    const [first, second] = await atTwoMoments(write);
    expect(first.equals(second)).toBe(false);
  });
});
