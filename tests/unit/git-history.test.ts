import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  HISTORY_LENGTH,
  fileHistories,
  lastCommitDates,
  lastUpdated,
  pageHistory,
} from "../../src/eleventy/git-history.ts";
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
    const dates = lastCommitDates(fileHistories(dir));
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

describe("a page's history", () => {
  it("lists the latest commits of its file, newest first, with their date and message", async () => {
    const dir = await temporaryFolder("historique-page");
    await mkdir(path.join(dir, "content"));
    const days = Array.from({ length: HISTORY_LENGTH + 2 }, (_, index) => index + 1);
    for (const day of days) {
      await writeFile(path.join(dir, "content/page.md"), `Version ${day}`);
      await commitAll(dir, `2025-03-${String(day).padStart(2, "0")}T09:00:00Z`);
    }
    await writeFile(path.join(dir, "content/autre.md"), "Une autre page");
    await commitAll(dir, "2025-04-01T09:00:00Z");
    const histories = fileHistories(dir);
    const history = pageHistory(histories, "./content/page.md");
    const expectedDays = days.slice(-HISTORY_LENGTH).reverse();
    expect(history.map((commit) => commit.date.toISOString().slice(0, 10))).toEqual(
      expectedDays.map((day) => `2025-03-${String(day).padStart(2, "0")}`),
    );
    expect(history[0]?.subject).toBe(`État du 2025-03-${String(days.at(-1)).padStart(2, "0")}T09:00:00Z`);
    expect(history[0]?.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(pageHistory(histories, "./content/autre.md")).toHaveLength(1);
    // A page drawn from a data file lists that file's commits too, as its last update counts them.
    const withData = pageHistory(histories, "./content/page.md", ["content/autre.md"]);
    expect(withData).toHaveLength(HISTORY_LENGTH);
    expect(withData[0]?.date.toISOString().slice(0, 10)).toBe("2025-04-01");
    expect(withData.slice(1).map((commit) => commit.hash)).toEqual(
      history.slice(0, HISTORY_LENGTH - 1).map((commit) => commit.hash),
    );
  });

  it("is empty outside a git checkout", async () => {
    const dir = await temporaryFolder("sans-git");
    expect(pageHistory(fileHistories(dir), "./content/page.md")).toEqual([]);
  });
});

describe("the language of a commit's subject", () => {
  async function threeCommits(): Promise<{ dir: string; hashes: string[] }> {
    const dir = await temporaryFolder("historique-langue");
    const hashes: string[] = [];
    for (const day of ["01", "02", "03"]) {
      await writeFile(path.join(dir, "page.md"), `Version ${day}`);
      hashes.push(await commitAll(dir, `2025-03-${day}T09:00:00Z`));
    }
    return { dir, hashes };
  }

  it("is given for the earlier commits, up to the one named, and for no later one", async () => {
    const { dir, hashes } = await threeCommits();
    const history = pageHistory(fileHistories(dir, { language: "en", upTo: hashes[1]! }), "page.md");
    expect(history.map((commit) => commit.language)).toEqual([undefined, "en", "en"]);
    expect(pageHistory(fileHistories(dir), "page.md").map((commit) => commit.language)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("stops the build on a setting that is not a full commit hash or a language tag", async () => {
    const { dir, hashes } = await threeCommits();
    // A branch name or HEAD would mark every commit as written in another language.
    expect(() => fileHistories(dir, { language: "en", upTo: "HEAD" })).toThrow(
      "_data/site.ts : champ « earlierCommits.upTo » : « HEAD » n'est pas l'empreinte complète d'un commit",
    );
    expect(() => fileHistories(dir, { language: "anglais", upTo: hashes[0]! })).toThrow(
      "_data/site.ts : champ « earlierCommits.language » : « anglais » n'est pas un code de langue",
    );
  });

  it("stops the build when a full history lacks the commit named, and not a shallow clone", async () => {
    const { dir, hashes } = await threeCommits();
    const unknown = { language: "en", upTo: "0123456789abcdef0123456789abcdef01234567" };
    expect(() => fileHistories(dir, unknown)).toThrow(
      `_data/site.ts : champ « earlierCommits.upTo » : aucun commit « ${unknown.upTo} »`,
    );
    const shallow = await temporaryFolder("historique-superficiel");
    execFileSync("git", ["clone", "--quiet", "--depth", "1", `file://${dir}`, shallow]);
    const history = pageHistory(fileHistories(shallow, { language: "en", upTo: hashes[0]! }), "page.md");
    expect(history).toHaveLength(1);
    expect(history[0]?.language).toBeUndefined();
  });
});
