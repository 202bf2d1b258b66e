import { describe, expect, it } from "vitest";
import { downloadDetail, fileSize } from "../../src/eleventy/documents.ts";

describe("fileSize", () => {
  it("gives kilo- and megabytes of 1,000, in French", () => {
    expect(fileSize(1_058_899)).toBe("1,06\u00a0Mo");
    expect(fileSize(61_880)).toBe("61,88\u00a0ko");
    expect(fileSize(900)).toBe("0,9\u00a0ko");
  });
});

describe("downloadDetail", () => {
  it("names the format, the exact size and the language", () => {
    const document = { title: "Bilan", format: "PDF", bytes: 1_058_899, language: "fr" };
    expect(downloadDetail(document)).toBe("PDF – 1,06\u00a0Mo – français");
  });

  it("falls back on the size as published, and on French", () => {
    expect(downloadDetail({ title: "Plan", format: "PDF", size: "1 Mo" })).toBe("PDF – 1 Mo – français");
    expect(downloadDetail({ title: "Plan", language: "en" })).toBe("anglais");
  });
});
