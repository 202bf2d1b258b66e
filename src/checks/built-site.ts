import { readdir } from "node:fs/promises";
import path from "node:path";

/** The URL of every HTML page of a built site, such as "/plans-action/les-actions/". */
export async function builtPageUrls(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
}

/** The file a site path is served from: a folder's is its `index.html`. */
export function fileFor(pathname: string): string {
  return pathname.endsWith("/") ? `${pathname}index.html` : pathname;
}

/** Every file of a built site, by its path below the site's folder, with `/` between folders. */
export async function builtFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
