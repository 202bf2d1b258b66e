import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/project.ts";

/*
 * README.md's folder map, a table whose first column names one or more paths from the project's
 * root (`src/`, a folder; `eleventy.config.ts`, a file), checked against the repository's files:
 * a folder created without its line fails at once, before it is even added to git.
 */
const MAP_HEADING = "## Organisation des dossiers";

/** The paths the map's first column names, in order. */
function mapPaths(readme: string): string[] {
  const start = readme.indexOf(`${MAP_HEADING}\n`);
  if (start < 0) throw new Error(`README.md : section « ${MAP_HEADING} » introuvable`);
  const section = readme.slice(start).split(/\n## /)[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) =>
      [...(line.split(" | ")[0] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ""),
    );
}

/**
 * What the map must name, from the repository's files (paths with `/`): every entry at the top,
 * and every folder inside a top folder (`src/catalogue/`, `_data/plans/`, `tests/unit/`…).
 */
function requiredPaths(files: string[]): string[] {
  const required = new Set<string>();
  for (const file of files) {
    const [top, second, ...rest] = file.split("/");
    if (!top) continue;
    required.add(second === undefined ? top : `${top}/`);
    if (second !== undefined && rest.length) required.add(`${top}/${second}/`);
  }
  return [...required].sort();
}

const git = async (...args: string[]) => {
  const { stdout } = await promisify(execFile)("git", ["ls-files", "-z", ...args], { cwd: projectRoot });
  // A file deleted in the working tree but not yet from the index is no longer there to list.
  return stdout.split("\0").filter((file) => file && existsSync(path.join(projectRoot, file)));
};

/**
 * The files that call for a line: those of the repository, and those in a folder not yet added to
 * git (a loose file at the top, someone's scratch, counts once added).
 */
async function repositoryFiles(): Promise<string[]> {
  const untracked = await git("--others", "--exclude-standard");
  return [...(await git("--cached")), ...untracked.filter((file) => file.includes("/"))];
}

describe("README.md's folder map", () => {
  it("names only paths that exist, a folder with a final slash", async () => {
    const paths = mapPaths(await readFile(path.join(projectRoot, "README.md"), "utf8"));
    expect(paths.length).toBeGreaterThan(0);
    const wrong = paths.filter((listed) => {
      const target = path.join(projectRoot, listed);
      return !existsSync(target) || statSync(target).isDirectory() !== listed.endsWith("/");
    });
    expect(wrong).toEqual([]);
  });

  it("names every entry at the top of the repository and every folder one level inside", async () => {
    const paths = new Set(mapPaths(await readFile(path.join(projectRoot, "README.md"), "utf8")));
    const unlisted = requiredPaths(await repositoryFiles()).filter((required) => !paths.has(required));
    expect(unlisted).toEqual([]);
  });

  it("would miss a folder added to src/ or at the top without a line of its own", () => {
    const files = ["README.md", "src/urls.ts", "src/catalogue/schema.ts", "tests/unit/a.test.ts"];
    expect(requiredPaths(files)).toEqual(["README.md", "src/", "src/catalogue/", "tests/", "tests/unit/"]);
    const readme = `${MAP_HEADING}\n\n| Chemin | Contenu |\n| --- | --- |\n| \`src/\`, \`src/catalogue/\` | Code. |\n`;
    expect(mapPaths(readme)).toEqual(["src/", "src/catalogue/"]);
    const added = requiredPaths([...files, "src/nouveau/module.ts", "outils/script.ts"]);
    expect(added.filter((required) => !mapPaths(readme).includes(required))).toEqual(
      expect.arrayContaining(["src/nouveau/", "outils/"]),
    );
  });
});
