import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { TEST_REPOSITORY_URL, projectRoot, temporaryFolder } from "./project.ts";

const run = promisify(execFile);

/** Builds a project folder with the real command line, as `npm run build` does, into a new folder. */
export async function buildWithCommandLine(projectDir: string): Promise<string> {
  const outputDir = await temporaryFolder("site");
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
  try {
    await run(
      tsx,
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${outputDir}`],
      {
        cwd: projectDir,
        env: { ...process.env, SITE_REPOSITORY_URL: TEST_REPOSITORY_URL },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return outputDir;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    throw new Error(`La construction a échoué :\n${failure.stdout ?? ""}${failure.stderr ?? ""}`, {
      cause: error,
    });
  }
}
