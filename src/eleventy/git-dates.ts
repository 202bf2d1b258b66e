import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * The date of the last commit that touched each file, from one `git log` for the whole build
 * (one git process a page would cost seconds on thousands of pages). Outside a git checkout, or
 * for a file not yet committed, there is none: callers fall back to the front-matter date.
 */
export function lastCommitDates(projectDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    log = execFileSync("git", ["log", "--format=%x00%cI", "--name-only", "--no-renames", "--", "."], {
      cwd: projectDir,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen for a file is its last change.
  for (const commit of log.split("\0").slice(1)) {
    const [date, ...files] = commit.trim().split("\n");
    if (!date) continue;
    for (const file of files) {
      const key = path.normalize(file.trim());
      if (key && !dates.has(key)) dates.set(key, new Date(date));
    }
  }
  return dates;
}

const parsedDate = (value: unknown): Date | undefined => {
  if (typeof value !== "string" && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/**
 * When a page last changed: its last commit, else its front-matter date; or, if later, the last
 * commit of a data file its text comes from (a chantier's page changes when an action does).
 */
export function lastUpdated(
  dates: Map<string, Date>,
  inputPath: string,
  frontMatterDate: unknown,
  dataSources: readonly string[] = [],
): Date | undefined {
  const own = dates.get(path.normalize(inputPath)) ?? parsedDate(frontMatterDate);
  const candidates = [own, ...dataSources.map((source) => dates.get(path.normalize(source)))].filter(
    (date) => date !== undefined,
  );
  if (!candidates.length) return undefined;
  return new Date(Math.max(...candidates.map((date) => date.getTime())));
}
