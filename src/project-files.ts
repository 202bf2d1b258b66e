import { cp, symlink } from "node:fs/promises";
import path from "node:path";

/**
 * What a build of the site reads: a copy of these (and `node_modules`) is a project of its own,
 * as the pull-request check and the benches make one.
 */
export const PROJECT_ENTRIES = [
  ...["content", "_includes", "_data", "public", "src"],
  ...["eleventy.config.ts", "package.json", "tsconfig.json"],
];

/** Copies this project into `target`, its installed packages linked rather than copied. */
export async function copyProject(target: string): Promise<void> {
  for (const entry of PROJECT_ENTRIES) await cp(entry, path.join(target, entry), { recursive: true });
  await symlink(path.resolve("node_modules"), path.join(target, "node_modules"), "dir");
}
