import { rm } from "node:fs/promises";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildSite } from "./project.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The site as `npm run build` makes it, built once for every build test. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { outputDir } = await buildSite();
  project.provide("siteDir", outputDir);
  return () => rm(outputDir, { recursive: true, force: true });
}
