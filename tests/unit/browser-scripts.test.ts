import { stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BROWSER_SCRIPTS, browserScripts } from "../../src/eleventy/browser-scripts.ts";
import { projectRoot, temporaryFolder } from "../support/project.ts";

describe("browserScripts", () => {
  it("bundles each script once, and again only when a file it holds has been saved", async () => {
    const outputDir = await temporaryFolder("scripts");
    const scripts = browserScripts(projectRoot);
    const [name] = Object.keys(BROWSER_SCRIPTS);
    const file = path.join(outputDir, `${name}.js`);
    const written = async () => (await stat(file)).mtimeMs;

    await scripts.bundle(outputDir);
    const first = await written();
    scripts.changed(["./content/index.md"]);
    await scripts.bundle(outputDir);
    expect(await written()).toBe(first);

    await new Promise((resolve) => setTimeout(resolve, 20));
    scripts.changed(["./src/import/plan-sheet.ts"]);
    await scripts.bundle(outputDir);
    expect(await written()).toBeGreaterThan(first);
  });
});
