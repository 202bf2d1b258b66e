import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PROJECT_ENTRIES } from "../project-files.ts";
import { CONTENT_DIR } from "./front-matter-check.ts";
import type { Substitution } from "./summary.ts";

/*
 * A copy of the pull request's project in which the files with a mistake already told are
 * replaced by the base branch's version, or left out when the base branch has none: a build of
 * it still finds the dead links of every other page.
 */

/**
 * Eleventy dates a page without a date by its file's creation, and lists such pages in that
 * order (the site map does): the copy's pages are created again, one by one, in the original's
 * order, lest the copy's site differ from the pull request's by that order alone.
 */
async function recreateInOrder(projectDir: string, copyDir: string): Promise<void> {
  const names = await readdir(path.join(projectDir, CONTENT_DIR), { recursive: true });
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(CONTENT_DIR, name);
      const found = await stat(path.join(projectDir, file));
      // To the millisecond, as Eleventy compares them; a tie goes by the path, as with Eleventy.
      return { file, created: Math.floor(found.birthtimeMs), isFile: found.isFile() };
    }),
  );
  const pages = files
    .filter((entry) => entry.isFile)
    .sort((a, b) => a.created - b.created || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file } of pages) {
    await rm(path.join(copyDir, file));
    await cp(path.join(projectDir, file), path.join(copyDir, file));
  }
}

export class ProjectCopy {
  private constructor(
    readonly dir: string,
    private readonly baseDir: string | undefined,
  ) {}

  /** Copies the project's sources; its installed packages are linked, not copied. */
  static async of(projectDir: string, baseDir: string | undefined): Promise<ProjectCopy> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "pr-check-project-"));
    for (const entry of PROJECT_ENTRIES) {
      await cp(path.join(projectDir, entry), path.join(dir, entry), { recursive: true });
    }
    await recreateInOrder(projectDir, dir);
    await symlink(path.join(projectDir, "node_modules"), path.join(dir, "node_modules"), "dir");
    return new ProjectCopy(dir, baseDir);
  }

  /** Replaces a file (relative to the project) by the base branch's, or leaves it out. */
  async substitute(file: string): Promise<Substitution> {
    const target = path.join(this.dir, file);
    const original = this.baseDir ? path.join(this.baseDir, file) : undefined;
    if (original && existsSync(original)) {
      await mkdir(path.dirname(target), { recursive: true });
      await cp(original, target);
      return { file, how: "from-base" };
    }
    await rm(target, { force: true });
    return { file, how: "left-out" };
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
