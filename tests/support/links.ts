import { readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import { builtPageUrls } from "./site.ts";

export interface LinkReport {
  /** One line each: the page, the link and what is wrong with it. */
  problems: string[];
  /** Links that leave the site: listed, never fetched. */
  external: { page: string; url: string }[];
}

const LINKING_ATTRIBUTES = [
  ["a", "href"],
  ["link", "href"],
  ["img", "src"],
  ["script", "src"],
  ["source", "src"],
] as const;

/** The file a site path is served from, or undefined when none is built. */
function fileFor(pathname: string): string {
  return pathname.endsWith("/") ? `${pathname}index.html` : pathname;
}

/**
 * Checks every link of a built site: internal paths must name a built file and fragments an
 * existing id; `href="#"` and empty links are refused; external links are only listed.
 * `siteUrl` is the site's own absolute address (canonical links point there).
 */
export async function checkLinks(siteDir: string, siteUrl: string): Promise<LinkReport> {
  const pages = await builtPageUrls(siteDir);
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string): Promise<Set<string> | undefined> => {
    if (!ids.has(file)) {
      const html = await readFile(path.join(siteDir, file), "utf8").catch(() => undefined);
      if (html === undefined) return undefined;
      const $ = load(html);
      ids.set(
        file,
        new Set(
          $("[id]")
            .map((_, element) => $(element).attr("id"))
            .get(),
        ),
      );
    }
    return ids.get(file);
  };
  const exists = (file: string) =>
    readFile(path.join(siteDir, file)).then(
      () => true,
      () => false,
    );

  const report: LinkReport = { problems: [], external: [] };
  const site = new URL(siteUrl);
  for (const page of pages) {
    const $ = load(await readFile(path.join(siteDir, fileFor(page)), "utf8"));
    for (const [tag, attribute] of LINKING_ATTRIBUTES) {
      for (const element of $(`${tag}[${attribute}]`).toArray()) {
        const raw = $(element).attr(attribute) ?? "";
        if (raw.trim() === "" || raw.trim() === "#") {
          report.problems.push(`${page} : <${tag} ${attribute}="${raw}"> ne mène nulle part`);
          continue;
        }
        const target = new URL(raw, new URL(page, site));
        if (target.origin !== site.origin || !target.pathname.startsWith(site.pathname)) {
          if (target.protocol.startsWith("http")) report.external.push({ page, url: target.href });
          continue;
        }
        const file = fileFor(`/${target.pathname.slice(site.pathname.length)}`);
        if (!(await exists(file))) {
          report.problems.push(`${page} : ${raw} ne mène à aucun fichier construit`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith(".html") && !(await idsOf(file))?.has(fragment)) {
          report.problems.push(`${page} : ${raw} vise un id « ${fragment} » absent de la page`);
        }
      }
    }
  }
  return report;
}
