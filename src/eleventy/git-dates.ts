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

/** When a page last changed: its last commit, else its front-matter date, else nothing. */
export function lastUpdated(dates: Map<string, Date>, inputPath: string, frontMatterDate: unknown): Date | undefined {
  const committed = dates.get(path.normalize(inputPath));
  if (committed) return committed;
  if (typeof frontMatterDate === "string" || frontMatterDate instanceof Date) {
    const date = new Date(frontMatterDate);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}
