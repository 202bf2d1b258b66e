import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { register } from "tsx/esm/api";

/*
 * Builds run inside the test's own process, with Eleventy's API, as the command line would run
 * them: the same configuration file, the same data files, written to a folder. After the first
 * build of a process, a build of a variant costs under a second instead of the several seconds a
 * new process spends loading TypeScript, Eleventy and the site's modules.
 */

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export async function temporaryFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

/** Every test build knows its repository, as a GitHub Actions build does, for the edit links. */
export const TEST_REPOSITORY_URL = "https://github.com/exemple/numerique-responsable";

/*
 * What a variant shares with the project instead of copying it. The site's TypeScript is shared
 * through a link, so that each build reuses the modules already loaded; the data, the content and
 * the configuration are copied, because their modules read files beside themselves.
 */
const LINKED_ENTRIES = new Set(["src", "node_modules"]);
const LEFT_OUT_ENTRIES = new Set([".git", "_site", "tests"]);

export interface BuildResult {
  outputDir: string;
}

export interface BuildOptions {
  projectDir?: string;
  outputDir?: string;
  env?: Record<string, string>;
}

/**
 * A copy of the project with some files added or replaced (paths relative to its root). Every
 * top-level entry is in it, so a folder added to the project is in every variant too.
 */
export async function projectVariant(files: Record<string, string>): Promise<string> {
  const dir = await temporaryFolder("project");
  // A linked folder that the variant changes is copied instead: writing through the link would
  // change the project itself.
  const changed = new Set(Object.keys(files).map((file) => file.split(/[\\/]/)[0]));
  for (const entry of await readdir(projectRoot)) {
    if (LEFT_OUT_ENTRIES.has(entry)) continue;
    const source = path.join(projectRoot, entry);
    if (LINKED_ENTRIES.has(entry) && !changed.has(entry)) await symlink(source, path.join(dir, entry));
    else await cp(source, path.join(dir, entry), { recursive: true });
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

let registered = false;
let queue: Promise<unknown> = Promise.resolve();

/** One build at a time in a process: each one works from its project's folder and environment. */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function withEnvironment<T>(dir: string, env: Record<string, string>, task: () => Promise<T>) {
  const savedDir = process.cwd();
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  process.chdir(dir);
  try {
    return await task();
  } finally {
    process.chdir(savedDir);
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
}

/** The messages of an error and of its causes, as the command line prints them (Eleventy names its causes `originalError`). */
function messagesOf(error: unknown): string {
  const messages: string[] = [];
  let current = error;
  while (current instanceof Error) {
    if (messages.at(-1) !== current.message) messages.push(current.message);
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return messages.length ? messages.join("\n") : String(error);
}

const run = promisify(execFile);

/** Builds a project folder with the real command line, as `npm run build` does, into a new folder. */
export async function buildWithCommandLine(
  projectDir: string,
  { outputDir, env = {} }: { outputDir?: string; env?: Record<string, string> } = {},
): Promise<string> {
  const output = outputDir ?? (await temporaryFolder("site"));
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
  try {
    await run(
      tsx,
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${output}`],
      {
        cwd: projectDir,
        env: { ...process.env, SITE_REPOSITORY_URL: TEST_REPOSITORY_URL, ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return output;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`La construction a échoué :\n${failure.stdout ?? ""}${failure.stderr ?? ""}`, {
      cause: error,
    });
  }
}

/** The environment variables `_data/site.ts` reads. */
const SITE_SETTINGS = ["SITE_URL", "SITE_REPOSITORY_URL", "SITE_REPOSITORY_BRANCH", "GITHUB_REPOSITORY"];

/** Builds a project folder (the project itself by default) as `npm run build` does, into a new folder. */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const projectDir = options.projectDir ?? projectRoot;
  // The site's settings are read once per process: Eleventy's `htmlBaseUrl` filter keeps the path
  // prefix of its first build, and `_data/site.ts` stays loaded while its file is unchanged. A
  // build with other settings runs in a process of its own.
  if (Object.keys(options.env ?? {}).some((name) => SITE_SETTINGS.includes(name))) {
    return buildWithCommandLine(projectDir, options).then((outputDir) => ({ outputDir }));
  }
  return oneAtATime(async () => {
    const outputDir = options.outputDir ?? (await temporaryFolder("site"));
    if (!registered) {
      register();
      registered = true;
    }
    const { Eleventy } = await import("@11ty/eleventy");
    const env = options.env ?? {};
    await withEnvironment(projectDir, env, async () => {
      // As the command line does: its output folder wins over the configuration's.
      const eleventy = new Eleventy(undefined, outputDir, {
        source: "cli",
        runMode: "build",
        configPath: "eleventy.config.ts",
        quietMode: true,
      });
      // A build that stops says why in the error it throws: the test reads that, not the console.
      eleventy.disableLogger();
      try {
        await eleventy.write();
      } catch (error) {
        throw new Error(`La construction a échoué :\n${messagesOf(error)}`, { cause: error });
      }
    });
    return { outputDir };
  });
}

/** What a build of the project with these files added or replaced says when it stops; fails if it does not. */
export async function buildFailure(files: Record<string, string>): Promise<string> {
  const projectDir = await projectVariant(files);
  const message = await buildSite({ projectDir }).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  if (message === undefined) throw new Error("La construction aurait dû s'arrêter, elle a réussi.");
  return message;
}
