import { describe, expect, it } from "vitest";
import { changeHistory, lastUpdated } from "../../src/eleventy/change-history.ts";

const notes = [
  { date: "2024-01-10", note: "Première." },
  { date: "2025-03-02", note: "Dernière." },
  { date: "2024-01-10", note: "Même jour, écrite après." },
];

describe("a page's change history", () => {
  it("lists the notes newest first, those of one day in the order they were written", () => {
    expect(changeHistory(notes).map((change) => change.note)).toEqual([
      "Dernière.",
      "Première.",
      "Même jour, écrite après.",
    ]);
    expect(changeHistory(undefined)).toEqual([]);
  });

  it("dates the last update from the latest note, else from the page's date", () => {
    expect(lastUpdated(notes, "2023-05-01")?.toISOString()).toBe("2025-03-02T00:00:00.000Z");
    expect(lastUpdated(undefined, "2023-05-01")?.toISOString()).toBe("2023-05-01T00:00:00.000Z");
    expect(lastUpdated([], new Date("2023-05-01T00:00:00Z"))?.toISOString()).toBe("2023-05-01T00:00:00.000Z");
    // A note older than the page's publication does not date it before it was published.
    expect(lastUpdated([{ date: "2020-01-01", note: "Avant." }], "2023-05-01")?.toISOString()).toBe(
      "2023-05-01T00:00:00.000Z",
    );
    expect(lastUpdated(undefined, undefined)).toBeUndefined();
  });
});
