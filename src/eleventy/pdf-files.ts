import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";

/*
 * The PDFs of the document pages, once the PDF command (src/pdf/) has made them: it makes them
 * from a first build, then builds again with this variable naming their folder, whose files
 * follow the site's addresses. That build copies them into the site and gives each document page
 * its PDF's size. Without the variable, as in every other build, no page offers a PDF.
 */
export const PDF_FOLDER_VARIABLE = "SITE_PDF_FOLDER";

/** The bytes of each PDF below `folder`, by its address in the site. */
function pdfSizes(folder: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".pdf")) continue;
    sizes[`/${file.split(path.sep).join("/")}`] = statSync(path.join(folder, file)).size;
  }
  return sizes;
}

export function addPdfFiles(eleventyConfig: UserConfig, folder = process.env[PDF_FOLDER_VARIABLE]): void {
  eleventyConfig.addGlobalData("pdfFiles", folder ? pdfSizes(folder) : {});
  if (folder) eleventyConfig.addPassthroughCopy({ [folder]: "/" });
}
