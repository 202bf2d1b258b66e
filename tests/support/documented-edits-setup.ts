import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { documentedEdits } from "./documented-edits.ts";
import { buildWithCommandLine, projectVariant } from "./project.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const projectDir = await projectVariant(await documentedEdits());
  const outputDir = await buildWithCommandLine(projectDir);
  project.provide("projectDir", projectDir);
  project.provide("siteDir", outputDir);
  return () =>
    Promise.all([projectDir, outputDir].map((dir) => rm(dir, { recursive: true, force: true }))).then(
      () => undefined,
    );
}
