import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/project.ts";

/*
 * Dependencies point one way: data → catalogue → Eleventy wiring → templates, with the benches,
 * the measures, the server and the tests on the side. Each folder of src/ lists the folders it must
 * never import; the modules at the top of src/ are shared by all, and import none of them. The
 * benches are the end of the line: what they share with the tests lives elsewhere (src/measure/).
 */
const SUBFOLDERS = [
  "src/catalogue",
  "src/eleventy",
  "src/styles",
  "src/server",
  "src/bench",
  "src/measure",
  "src/import",
  "src/browser",
  "src/checks",
  "src/pdf",
];
const FORBIDDEN: Record<string, string[]> = {
  src: SUBFOLDERS,
  "src/catalogue": [
    ...["src/eleventy", "src/styles", "src/server", "src/bench", "src/measure", "src/import", "src/browser"],
    "src/pdf",
  ],
  "src/import": [
    "src/eleventy",
    "src/styles",
    "src/server",
    "src/bench",
    "src/measure",
    "src/browser",
    "src/pdf",
  ],
  // The browser's scripts run the import on the référent's sheet, and nothing of the build.
  "src/browser": [
    "src/eleventy",
    "src/styles",
    "src/server",
    "src/bench",
    "src/measure",
    "src/checks",
    "src/pdf",
  ],
  "src/eleventy": ["src/bench", "src/measure", "src/server", "src/import", "src/browser", "src/pdf"],
  "src/styles": [
    "src/eleventy",
    "src/catalogue",
    "src/bench",
    "src/measure",
    "src/server",
    "src/browser",
    "src/pdf",
  ],
  "src/server": ["src/eleventy", "src/catalogue", "src/bench", "src/measure", "src/browser", "src/pdf"],
  // The PDF command builds the site by its command line, then prints its pages in Chromium.
  "src/pdf": ["src/styles", "src/bench", "src/import", "src/browser", "src/checks"],
  // Chromium and the plans fixture, for the benches and the tests: none of the site's own code.
  "src/measure": [
    "src/eleventy",
    "src/styles",
    "src/server",
    "src/bench",
    "src/import",
    "src/browser",
    "src/pdf",
  ],
};

/** Folders of the project that hold no source of its own. */
const NOT_SOURCES = new Set(["node_modules", "_site", ".git", ".cache", ".output"]);

/** Every TypeScript and JavaScript file of the project outside `folder`, relative to its root. */
async function sourcesOutside(folder: string, dir = ""): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(projectRoot, dir), { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (file === folder || NOT_SOURCES.has(entry.name)) continue;
    if (entry.isDirectory()) found.push(...(await sourcesOutside(folder, file)));
    else if (/\.[cm]?[jt]s$/.test(entry.name)) found.push(file);
  }
  return found;
}

/** What these files (relative to the project's root) import of the project, relative to its root. */
async function importsIn(files: string[]): Promise<{ file: string; target: string }[]> {
  const found: { file: string; target: string }[] = [];
  for (const file of files) {
    const source = await readFile(path.join(projectRoot, file), "utf8");
    const imports = /from\s+"(\.[^"]+)"|import\s*\(?\s*"(\.[^"]+)"/g;
    for (const match of source.matchAll(imports)) {
      const specifier = match[1] ?? match[2] ?? "";
      const target = path.relative(projectRoot, path.resolve(projectRoot, path.dirname(file), specifier));
      found.push({ file, target });
    }
  }
  return found;
}

async function importsOf(folder: string): Promise<{ file: string; target: string }[]> {
  // The top of src/ is its own files only; a subfolder, everything below it.
  const files = await readdir(path.join(projectRoot, folder), { recursive: folder !== "src" });
  return importsIn(files.filter((file) => file.endsWith(".ts")).map((file) => path.join(folder, file)));
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

  it("leave src/bench to its own scripts: no other module or test imports it", async () => {
    const imports = await importsIn(await sourcesOutside("src/bench"));
    const intoBench = imports.filter(({ target }) => target.startsWith("src/bench/"));
    expect(intoBench.map(({ file, target }) => `${file} → ${target}`)).toEqual([]);
    // The scan does see the tests' imports of src/.
    expect(imports.some(({ file, target }) => file.startsWith("tests/") && target.startsWith("src/"))).toBe(
      true,
    );
  });
});
