import { execFileSync } from "node:child_process";
import path from "node:path";

/** A commit that changed a file, as a page's history lists it. */
export interface FileCommit {
  hash: string;
  date: Date;
  /** The first line of the commit's message. */
  subject: string;
  /** The subject's language, where it is not the pages' own. */
  language?: string;
}

/** Commits described in another language than the pages': one commit and every commit before it. */
export interface EarlierCommits {
  language: string;
  upTo: string;
}

/** A page's history lists this many commits at most, the latest. */
export const HISTORY_LENGTH = 10;

/**
 * The latest commits that touched each file, newest first, from one `git log` for the whole
 * build (one git process a page would cost seconds on thousands of pages). Outside a git
 * checkout, or for a file not yet committed, there are none.
 */
export function fileHistories(projectDir: string, earlier?: EarlierCommits): Map<string, FileCommit[]> {
  const histories = new Map<string, FileCommit[]>();
  const git = (args: string[]) =>
    execFileSync("git", args, {
      cwd: projectDir,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  let log: string;
  try {
    log = git(
      // core.quotePath=false: a file name with accents comes as it is, not in quoted octal.
      [
        "-c",
        "core.quotePath=false",
        "log",
        "--format=%x00%H%x1f%cI%x1f%s",
        "--name-only",
        "--no-renames",
        "--",
        ".",
      ],
    );
  } catch {
    return histories;
  }
  const earlierHashes = earlier ? commitsUpTo(git, checkedEarlierCommits(earlier).upTo) : new Set();
  for (const entry of log.split("\0").slice(1)) {
    const [header = "", ...files] = entry.trim().split("\n");
    const [hash = "", date = "", subject = ""] = header.split("\x1f");
    const commit: FileCommit = { hash, date: new Date(date), subject };
    if (earlier && earlierHashes.has(hash)) commit.language = earlier.language;
    for (const file of files) {
      const key = path.normalize(file.trim());
      if (!key || key === ".") continue;
      const history = histories.get(key) ?? [];
      if (history.length < HISTORY_LENGTH) history.push(commit);
      histories.set(key, history);
    }
  }
  return histories;
}

const SETTING = "_data/site.ts : champ « earlierCommits";
const FULL_HASH = /^[0-9a-f]{40}$/;
/** A language tag as `lang` takes it (BCP 47): "en", "en-GB"… */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A branch name or "HEAD" would mark every commit, a bad tag would make an invalid `lang`. */
function checkedEarlierCommits(earlier: EarlierCommits): EarlierCommits {
  if (!FULL_HASH.test(earlier.upTo)) {
    throw new Error(
      `${SETTING}.upTo » : « ${earlier.upTo} » n'est pas l'empreinte complète d'un commit (40 caractères)`,
    );
  }
  if (!LANGUAGE_TAG.test(earlier.language)) {
    throw new Error(
      `${SETTING}.language » : « ${earlier.language} » n'est pas un code de langue (« en », « en-GB »…)`,
    );
  }
  return earlier;
}

/**
 * `upTo` and its ancestors. A shallow clone may lack them: none then. A full history that lacks
 * `upTo` means the setting is wrong, and the build says so.
 */
function commitsUpTo(git: (args: string[]) => string, upTo: string): Set<string> {
  try {
    return new Set(git(["rev-list", upTo]).split("\n").filter(Boolean));
  } catch {
    if (git(["rev-parse", "--is-shallow-repository"]).trim() === "true") return new Set();
    throw new Error(
      `${SETTING}.upTo » : aucun commit « ${upTo} » dans l'historique ; ` +
        "un dépôt qui a son propre historique met « earlierCommits: undefined »",
    );
  }
}

/** The date of each file's last commit. */
export function lastCommitDates(histories: Map<string, FileCommit[]>): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const [file, [latest]] of histories) if (latest) dates.set(file, latest.date);
  return dates;
}

/**
 * A page's latest commits, newest first: those of its file and of the data files its text comes
 * from (`dataSources`), as its last update counts them. None where git knows nothing of them.
 */
export function pageHistory(
  histories: Map<string, FileCommit[]>,
  inputPath: string,
  dataSources: readonly string[] = [],
): FileCommit[] {
  const commits = new Map<string, FileCommit>();
  for (const file of [inputPath, ...dataSources]) {
    for (const commit of histories.get(path.normalize(file)) ?? []) commits.set(commit.hash, commit);
  }
  return [...commits.values()].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, HISTORY_LENGTH);
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
