import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { differingFiles } from "../support/compare-trees.ts";
import { buildSite, projectVariant, temporaryFolder } from "../support/project.ts";

const siteDir = inject("siteDir");

describe("two builds of the same commit", () => {
  it("give byte-identical files", async () => {
    const { outputDir } = await buildSite();
    expect(await differingFiles(siteDir, outputDir)).toEqual([]);
  });

  it("give byte-identical files after the build of another project in the same process", async () => {
    // Eleventy then reads the pages in another order: nothing written may depend on it.
    const page = "---\ntitle: Une page de plus\ndescription: Une page du test.\n---\n\nTexte.\n";
    await buildSite({ projectDir: await projectVariant({ "content/plans-action/de-plus.md": page }) });
    const { outputDir } = await buildSite();
    expect(await differingFiles(siteDir, outputDir)).toEqual([]);
  });
});

describe("the comparison", () => {
  it("names a file that differs and a file that exists on one side only", async () => {
    const [first, second] = [await temporaryFolder("a"), await temporaryFolder("b")];
    await mkdir(path.join(first, "page"));
    await mkdir(path.join(second, "page"));
    await writeFile(path.join(first, "page", "index.html"), "<p>Construit à 10 h</p>");
    await writeFile(path.join(second, "page", "index.html"), "<p>Construit à 11 h</p>");
    await writeFile(path.join(first, "seul.txt"), "x");
    await writeFile(path.join(first, "pareil.txt"), "=");
    await writeFile(path.join(second, "pareil.txt"), "=");
    expect(await differingFiles(first, second)).toEqual([path.join("page", "index.html"), "seul.txt"]);
  });
});
