import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import site from "../../_data/site.ts";
import { loadCatalogue } from "../catalogue/load.ts";
import { PDF_FOLDER_VARIABLE } from "../eleventy/pdf-files.ts";
import { launchChromium } from "../measure/chromium.ts";
import { createStaticServer, listenOnLoopback } from "../server/static-server.ts";
import { printDocuments } from "./print.ts";

/*
 * `npm run build:pdf`: the site with its document pages' PDFs, for the deploy workflow. It builds
 * the site once, prints each document page (a whole plan, the publication) to a PDF with
 * Chromium, then builds again into the output folder with the PDFs copied in, each document page
 * offering its own with its size. The default build makes no PDF: this command takes a browser.
 */

/** Where the PDFs are made, in the project, before the second build copies them into the site. */
const PDF_FOLDER = ".cache/pdf";

function buildSite(output: string, env: NodeJS.ProcessEnv): Promise<void> {
  const cli = [
    "node_modules/@11ty/eleventy/cmd.cjs",
    "--config=eleventy.config.ts",
    `--output=${output}`,
    "--quiet",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), cli, { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`la construction du site a échoué (code ${code})`));
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { output: { type: "string", default: "_site" } } });
  const output = path.resolve(values.output);
  const pdfFolder = path.resolve(PDF_FOLDER);
  const { [PDF_FOLDER_VARIABLE]: _ignored, ...env } = process.env;
  const first = await mkdtemp(path.join(os.tmpdir(), "site-pdf-"));
  await rm(pdfFolder, { recursive: true, force: true });
  try {
    await buildSite(first, env);
    const catalogue = await loadCatalogue(process.cwd());
    const documents = [catalogue.publicationDocument, ...catalogue.planDocuments];
    const pathPrefix = new URL(site.url).pathname;
    const server = createStaticServer(first, { pathPrefix });
    const origin = await listenOnLoopback(server, 0);
    const browser = await launchChromium();
    try {
      await printDocuments(browser, documents, { origin, siteUrl: site.url, folder: pdfFolder });
    } finally {
      await browser.close();
      server.close();
    }
    await buildSite(output, { ...env, [PDF_FOLDER_VARIABLE]: pdfFolder });
    console.log(`${documents.length} PDF faits, copiés dans ${path.relative(process.cwd(), output) || "."}`);
  } finally {
    await rm(first, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(
    `Les PDF n'ont pas pu être faits : ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
