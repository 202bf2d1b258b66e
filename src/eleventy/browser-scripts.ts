import { existsSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

/*
 * The scripts written in TypeScript for the browser, each bundled with what it imports (the plan
 * import, its spreadsheet readers, the catalogue's schema) into one file that one page loads.
 */

/** Each script's address in the site, without `.js`, by its source. */
export const BROWSER_SCRIPTS: Record<string, string> = {
  "js/verser-un-plan": "src/browser/verser-un-plan.ts",
};

/**
 * Bundles the scripts into a build's output. `npm start` rebuilds on every save: the bundle,
 * which takes a few hundred milliseconds, is made again only when a file it holds has changed.
 */
export function browserScripts(projectDir: string) {
  /** The files each output folder's bundle was made from; none until it is made. */
  const bundled = new Map<string, Set<string>>();
  return {
    async bundle(outputDir: string): Promise<void> {
      const outputs = Object.keys(BROWSER_SCRIPTS).map((name) => path.join(outputDir, `${name}.js`));
      if (bundled.has(outputDir) && outputs.every((file) => existsSync(file))) return;
      const result = await build({
        entryPoints: Object.fromEntries(
          Object.entries(BROWSER_SCRIPTS).map(([name, source]) => [name, path.join(projectDir, source)]),
        ),
        outdir: outputDir,
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        // A contributors' tool: browsers of the last few years, not the readers' 2014 phone.
        target: "es2020",
        legalComments: "none",
        logLevel: "error",
        metafile: true,
        // The metafile names its inputs from here, as `changed` resolves Eleventy's paths.
        absWorkingDir: projectDir,
        // csv-parse's own build for browsers, which brings what it needs of Node's Buffer.
        alias: { "csv-parse/sync": "csv-parse/browser/esm/sync" },
      });
      const inputs = Object.keys(result.metafile.inputs).map((file) => path.resolve(projectDir, file));
      bundled.set(outputDir, new Set(inputs));
    },
    /** Eleventy's list of the files saved since the last build. */
    changed(files: string[]): void {
      for (const [outputDir, inputs] of bundled) {
        if (files.some((file) => inputs.has(path.resolve(projectDir, file)))) bundled.delete(outputDir);
      }
    },
  };
}
