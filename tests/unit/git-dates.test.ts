import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lastCommitDates, lastUpdated } from "../../src/eleventy/git-dates.ts";
import { commitAll } from "../support/git-history.ts";
import { temporaryFolder } from "../support/project.ts";

async function repositoryWithHistory(): Promise<string> {
  const dir = await temporaryFolder("historique");
  await mkdir(path.join(dir, "content"));
  await mkdir(path.join(dir, "_data"));
  await writeFile(path.join(dir, "content/page.md"), "Première version");
  await writeFile(path.join(dir, "_data/actions.ts"), "export default [];");
  await commitAll(dir, "2024-01-10T09:00:00Z");
  await writeFile(path.join(dir, "_data/actions.ts"), "export default [1];");
  await commitAll(dir, "2025-06-02T09:00:00Z");
  return dir;
}

describe("a page's last update", () => {
  it("is its last commit, or the later commit of a data file its text comes from", async () => {
    const dir = await repositoryWithHistory();
    const dates = lastCommitDates(dir);
    const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);
    expect(day(lastUpdated(dates, "./content/page.md", "2022-04-01"))).toBe("2024-01-10");
    expect(day(lastUpdated(dates, "./content/page.md", "2022-04-01", ["_data/actions.ts"]))).toBe(
      "2025-06-02",
    );
    // A page not yet committed keeps its front-matter date unless its data changed later.
    expect(day(lastUpdated(dates, "./content/nouvelle.md", "2026-01-05", ["_data/actions.ts"]))).toBe(
      "2026-01-05",
    );
    expect(day(lastUpdated(dates, "./content/nouvelle.md", undefined, ["_data/actions.ts"]))).toBe(
      "2025-06-02",
    );
    expect(lastUpdated(dates, "./content/nouvelle.md", undefined)).toBeUndefined();
  });
});
