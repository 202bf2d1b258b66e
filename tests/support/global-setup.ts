import { rm } from "node:fs/promises";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildWithCommandLine, projectRoot } from "./project.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The project the tests read the content of. */
    projectDir: string;
    /** That project as `npm run build` makes it, with the real command line, once for every test. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outputDir = await buildWithCommandLine(projectRoot);
  project.provide("projectDir", projectRoot);
  project.provide("siteDir", outputDir);
  return () => rm(outputDir, { recursive: true, force: true });
}
