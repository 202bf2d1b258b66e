import { readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import { builtPageUrls, fileFor } from "./built-site.ts";

/** A link of a built page that leads nowhere. */
export interface BrokenLink {
  /** The page's URL, below the site's path. */
  page: string;
  /** The link as the page writes it. */
  href: string;
  /** The problem, one line naming the page and the link. */
  problem: string;
}

export interface LinkReport {
  /** One line each: the page, the link and what is wrong with it. */
  problems: string[];
  /** The same, with their page and link apart. */
  broken: BrokenLink[];
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

/** The ids of each page, read once however many links point at it. */
function idReader(siteDir: string): (file: string) => Promise<Set<string> | undefined> {
  const ids = new Map<string, Set<string>>();
  return async (file) => {
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
}

/**
 * Checks every link of a built site: internal paths must name a built file and fragments an
 * existing id; `href="#"` and empty links are refused; external links are only listed.
 * `siteUrl` is the site's own absolute address (canonical links point there).
 */
export async function checkLinks(siteDir: string, siteUrl: string): Promise<LinkReport> {
  const pages = await builtPageUrls(siteDir);
  const idsOf = idReader(siteDir);
  const exists = (file: string) =>
    readFile(path.join(siteDir, file)).then(
      () => true,
      () => false,
    );

  const report: LinkReport = { problems: [], broken: [], external: [] };
  const fail = (page: string, href: string, problem: string) => {
    report.problems.push(problem);
    report.broken.push({ page, href, problem });
  };
  const site = new URL(siteUrl);
  for (const page of pages) {
    const $ = load(await readFile(path.join(siteDir, fileFor(page)), "utf8"));
    for (const [tag, attribute] of LINKING_ATTRIBUTES) {
      for (const element of $(`${tag}[${attribute}]`).toArray()) {
        const raw = $(element).attr(attribute) ?? "";
        if (raw.trim() === "" || raw.trim() === "#") {
          fail(page, raw, `${page} : <${tag} ${attribute}="${raw}"> ne mène nulle part`);
          continue;
        }
        // The page's URL is below the site's path: a relative link resolves from there.
        const target = new URL(raw, new URL(page.slice(1), site));
        if (target.origin !== site.origin || !target.pathname.startsWith(site.pathname)) {
          if (target.protocol.startsWith("http")) report.external.push({ page, url: target.href });
          continue;
        }
        const file = fileFor(`/${target.pathname.slice(site.pathname.length)}`);
        if (!(await exists(file))) {
          fail(page, raw, `${page} : ${raw} ne mène à aucun fichier construit`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith(".html") && !(await idsOf(file))?.has(fragment)) {
          fail(page, raw, `${page} : ${raw} vise un id « ${fragment} » absent de la page`);
        }
      }
    }
  }
  return report;
}
