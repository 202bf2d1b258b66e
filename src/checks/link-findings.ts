import { type Finding, TITLES } from "./findings.ts";
import type { BrokenLink } from "./links.ts";

/*
 * A dead link, told on the line of the source file where its target is written. A link written
 * by a layout or drawn from data is in no page's source: it is told once, on the first line of
 * the first page that shows it, with the number of other pages that do.
 */

export interface LinkSources {
  /** The input file of each built page (`content/…`), by its URL below the site's path. */
  inputs: ReadonlyMap<string, string>;
  /** A file's text, by its path relative to the repository; nothing when it cannot be read. */
  read: (file: string) => Promise<string | undefined>;
  /** The site's path, `/` or `/depot/`, which the build writes before every site-relative link. */
  pathPrefix: string;
}

/** What a source may have written for a built link: itself, or its path below the site's path. */
export function writtenForms(href: string, pathPrefix: string): string[] {
  if (!href.trim()) return ['href=""', "]()"];
  if (href.trim() === "#") return ['href="#"', "](#)"];
  const forms = [href];
  if (pathPrefix !== "/" && href.startsWith(pathPrefix)) forms.push(`/${href.slice(pathPrefix.length)}`);
  const hash = href.indexOf("#");
  if (hash > 0) forms.push(href.slice(hash));
  return forms;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The line (from 1) where a source writes the link, as a whole link rather than part of a longer one. */
export function linkLine(source: string, href: string, pathPrefix: string): number | undefined {
  const lines = source.split(/\r?\n/);
  for (const form of writtenForms(href, pathPrefix)) {
    const delimited = /^[\w/#.]/.test(form)
      ? new RegExp(`(?:^|[("'<\\s=])${escapeRegExp(form)}(?=$|[)"'>\\s])`)
      : new RegExp(escapeRegExp(form));
    const index = lines.findIndex((line) => delimited.test(line));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/** A path below the site's path, as the page that is not built would have been found at. */
const targetPath = (href: string, page: string, pathPrefix: string) => {
  const url = new URL(href, new URL(page, "http://site.invalid/"));
  return `/${url.pathname.slice(pathPrefix.length)}`;
};

/**
 * The findings for a site's dead links. `missingPages` are the URLs of pages left out of the
 * build for a mistake already told: a link to one of them is not a mistake of its own.
 */
export async function linkFindings(
  broken: BrokenLink[],
  sources: LinkSources,
  missingPages: ReadonlySet<string> = new Set(),
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const elsewhere = new Map<string, { link: BrokenLink; file?: string; others: number }>();
  for (const link of broken) {
    if (link.href.trim() && missingPages.has(targetPath(link.href, link.page, sources.pathPrefix))) continue;
    const file = sources.inputs.get(link.page);
    const source = file ? await sources.read(file) : undefined;
    const line = source === undefined ? undefined : linkLine(source, link.href, sources.pathPrefix);
    if (file && line) {
      findings.push({
        severity: "error",
        file,
        line,
        title: TITLES.link,
        message: `${file} : ${link.problem}`,
      });
      continue;
    }
    const key = `${link.href}\n${link.problem.slice(link.page.length)}`;
    const known = elsewhere.get(key);
    if (known) known.others += 1;
    else elsewhere.set(key, { link, file, others: 0 });
  }
  for (const { link, file, others } of elsewhere.values()) {
    const where = file ? `${file} : ` : "";
    const also = others ? ` ; de même sur ${others} autre(s) page(s)` : "";
    findings.push({
      severity: "error",
      file,
      line: 1,
      title: TITLES.link,
      message:
        `${where}${link.problem} (lien écrit par un gabarit de _includes/ ou tiré des données, ` +
        `pas dans ce fichier)${also}`,
    });
  }
  return findings;
}
