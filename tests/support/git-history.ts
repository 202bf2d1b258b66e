import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Commits what changed in `dir` (a git repository is made if there is none) at a given date. */
export async function commitAll(dir: string, isoDate: string): Promise<void> {
  const env = { ...process.env, GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate };
  const git = (...args: string[]) =>
    run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: dir, env });
  await git("init", "--quiet");
  await git("add", "--all");
  await git("commit", "--quiet", "--no-gpg-sign", "--message", `État du ${isoDate}`);
}
