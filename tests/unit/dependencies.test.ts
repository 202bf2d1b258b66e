import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/project.ts";

/*
 * Dependencies point one way: data → catalogue → Eleventy wiring → templates, with the bench, the
 * server and the tests on the side. Each folder of src/ lists the folders it must never import;
 * the modules at the top of src/ are shared by all, and import none of them.
 */
const SUBFOLDERS = [
  "src/catalogue",
  "src/eleventy",
  "src/styles",
  "src/server",
  "src/bench",
  "src/import",
  "src/browser",
  "src/checks",
];
const FORBIDDEN: Record<string, string[]> = {
  src: SUBFOLDERS,
  "src/catalogue": ["src/eleventy", "src/styles", "src/server", "src/bench", "src/import", "src/browser"],
  "src/import": ["src/eleventy", "src/styles", "src/server", "src/bench", "src/browser"],
  // The browser's scripts run the import on the référent's sheet, and nothing of the build.
  "src/browser": ["src/eleventy", "src/styles", "src/server", "src/bench", "src/checks"],
  "src/eleventy": ["src/bench", "src/server", "src/import", "src/browser"],
  "src/styles": ["src/eleventy", "src/catalogue", "src/bench", "src/server", "src/browser"],
  "src/server": ["src/eleventy", "src/catalogue", "src/bench", "src/browser"],
};

async function importsOf(folder: string): Promise<{ file: string; target: string }[]> {
  const dir = path.join(projectRoot, folder);
  // The top of src/ is its own files only; a subfolder, everything below it.
  const files = (await readdir(dir, { recursive: folder !== "src" })).filter((file) => file.endsWith(".ts"));
  const found: { file: string; target: string }[] = [];
  for (const file of files) {
    const source = await readFile(path.join(dir, file), "utf8");
    const imports = /from\s+"(\.[^"]+)"|import\s*\(?\s*"(\.[^"]+)"/g;
    for (const match of source.matchAll(imports)) {
      const specifier = match[1] ?? match[2] ?? "";
      const target = path.relative(projectRoot, path.resolve(dir, path.dirname(file), specifier));
      found.push({ file: path.join(folder, file), target });
    }
  }
  return found;
}

describe("the modules of src/", () => {
  it("import only in the direction data → catalogue → Eleventy wiring, bench and server aside", async () => {
    const wrong: string[] = [];
    for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
      for (const { file, target } of await importsOf(folder)) {
        if (forbidden.some((other) => target.startsWith(`${other}/`))) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
