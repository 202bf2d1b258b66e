import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { PROJECT_ENTRIES } from "../../src/bench/project-files.ts";

const run = promisify(execFile);

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Every test build knows its repository, as a GitHub Actions build does, for the edit links. */
export const TEST_REPOSITORY_URL = "https://github.com/exemple/numerique-responsable";

export async function temporaryFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

export interface BuildResult {
  outputDir: string;
  output: string;
}

/** Builds a project folder with the real Eleventy command line, as `npm run build` does. */
export async function buildSite(
  options: { projectDir?: string; outputDir?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  const projectDir = options.projectDir ?? projectRoot;
  const outputDir = options.outputDir ?? (await temporaryFolder("site"));
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
  try {
    const { stdout, stderr } = await run(
      tsx,
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${outputDir}`],
      {
        cwd: projectDir,
        env: { ...process.env, SITE_REPOSITORY_URL: TEST_REPOSITORY_URL, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { outputDir, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`La construction a échoué :\n${failure.stdout ?? ""}${failure.stderr ?? ""}`, {
      cause: error,
    });
  }
}

/**
 * A copy of the project with some files added or replaced (paths relative to its root); with its
 * tests too when `withTests` is set, to run them on the copy.
 */
export async function projectVariant(
  files: Record<string, string>,
  { withTests = false } = {},
): Promise<string> {
  const dir = await temporaryFolder("project");
  for (const entry of withTests ? [...PROJECT_ENTRIES, "tests"] : PROJECT_ENTRIES) {
    await cp(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** What a build of the project with these files added or replaced prints when it stops; fails if it does not. */
export async function buildFailure(files: Record<string, string>): Promise<string> {
  const projectDir = await projectVariant(files);
  const message = await buildSite({ projectDir }).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  if (message === undefined) throw new Error("La construction aurait dû s'arrêter, elle a réussi.");
  return message;
}
