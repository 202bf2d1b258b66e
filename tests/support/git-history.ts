import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Commits what changed in `dir` (a git repository is made if there is none) at a given date.
 * Returns the commit's hash.
 */
export async function commitAll(dir: string, isoDate: string): Promise<string> {
  const env = { ...process.env, GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate };
  const git = (...args: string[]) =>
    run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: dir, env });
  await git("init", "--quiet");
  await git("add", "--all");
  await git("commit", "--quiet", "--no-gpg-sign", "--message", `État du ${isoDate}`);
  return (await git("rev-parse", "HEAD")).stdout.trim();
}

/**
 * Sets a project copy's `earlierCommits` (in `_data/site.ts`): a copy with a history of its own
 * lacks the project's commits, which the build refuses. `undefined` marks none.
 */
export async function setEarlierCommits(
  projectDir: string,
  setting: { language: string; upTo: string } | undefined,
): Promise<void> {
  const file = path.join(projectDir, "_data/site.ts");
  const source = await readFile(file, "utf8");
  // The value, not the type: the setting is the property that ends with a comma.
  const line = /earlierCommits: (\{[^}]*\}|undefined),/;
  if (!line.test(source)) throw new Error("_data/site.ts ne règle plus « earlierCommits » sur une ligne");
  const value = setting ? `{ language: "${setting.language}", upTo: "${setting.upTo}" }` : "undefined";
  await writeFile(file, source.replace(line, `earlierCommits: ${value},`));
}
