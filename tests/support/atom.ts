import { parseXml } from "./output.ts";

/*
 * An Atom feed (RFC 4287) read as a feed reader needs it, and what it lacks of what the RFC
 * requires: a reader drops a feed or an entry without an id, a title or a date.
 */

export interface AtomLink {
  href: string;
  rel?: string;
  type?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** Its `alternate` link: where a reader leads. */
  href: string | undefined;
  updated: string;
  published: string | undefined;
  /** The paragraphs of its XHTML content. */
  paragraphs: string[];
}

export interface Atom {
  id: string;
  title: string;
  updated: string;
  lang: string | undefined;
  author: string | undefined;
  links: AtomLink[];
  entries: AtomEntry[];
}

type Many<T> = T | T[] | undefined;
interface RawEntry {
  id: string;
  title: string;
  link: Many<AtomLink>;
  updated: string;
  published?: string;
  content?: { type?: string; div?: { p?: Many<string> } };
}
interface RawFeed {
  feed: {
    id: string;
    title: string;
    updated: string;
    "xml:lang"?: string;
    author?: { name?: string };
    link: Many<AtomLink>;
    entry?: RawEntry[];
  };
}

const list = <T>(value: Many<T>): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The parser leaves character references as written (`&#39;` is an apostrophe to a reader), and
 * reads a text of digits as a number.
 */
const text = (value: string | number | undefined): string =>
  String(value ?? "").replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) =>
    String.fromCodePoint(Number.parseInt(code, hex ? 16 : 10)),
  );

/** A feed, checked well-formed, then read. */
export function readAtom(xml: string): Atom {
  const { feed } = parseXml<RawFeed>(xml);
  const alternate = (links: AtomLink[]) => links.find((link) => (link.rel ?? "alternate") === "alternate");
  return {
    id: text(feed.id),
    title: text(feed.title),
    updated: text(feed.updated),
    lang: feed["xml:lang"],
    author: feed.author?.name === undefined ? undefined : text(feed.author.name),
    links: list(feed.link),
    entries: list(feed.entry).map((entry) => ({
      id: text(entry.id),
      title: text(entry.title),
      href: alternate(list(entry.link))?.href,
      updated: text(entry.updated),
      published: entry.published === undefined ? undefined : text(entry.published),
      paragraphs: list(entry.content?.div?.p).map(text),
    })),
  };
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** An IRI with its scheme: `tag:`, `https:`… */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\S+$/i;

/**
 * What the feed lacks of RFC 4287 (§ 4.1.1, 4.1.2), and whether its `updated` is its newest
 * entry's: one line each, naming the entry.
 */
export function atomProblems(feed: Atom): string[] {
  const problems: string[] = [];
  if (!ABSOLUTE.test(feed.id)) problems.push(`flux : id « ${feed.id} » : adresse absolue attendue`);
  if (!feed.title) problems.push("flux : title vide");
  if (!RFC_3339.test(feed.updated))
    problems.push(`flux : updated « ${feed.updated} » : date RFC 3339 attendue`);
  if (!feed.links.some((link) => link.rel === "self" && ABSOLUTE.test(link.href)))
    problems.push("flux : pas de lien self absolu");
  const ids = new Set<string>();
  for (const entry of feed.entries) {
    const name = `entrée « ${entry.title} »`;
    if (!ABSOLUTE.test(entry.id)) problems.push(`${name} : id « ${entry.id} » : adresse absolue attendue`);
    if (ids.has(entry.id)) problems.push(`${name} : id « ${entry.id} » en double`);
    ids.add(entry.id);
    if (!entry.title) problems.push(`${name} : title vide`);
    if (!RFC_3339.test(entry.updated))
      problems.push(`${name} : updated « ${entry.updated} » : date RFC 3339 attendue`);
    if (entry.published !== undefined && !RFC_3339.test(entry.published))
      problems.push(`${name} : published « ${entry.published} » : date RFC 3339 attendue`);
    if (!entry.href || !ABSOLUTE.test(entry.href)) problems.push(`${name} : lien absolu attendu`);
    if (!feed.author) problems.push(`${name} : ni l'entrée ni le flux n'ont d'auteur`);
  }
  const newest = feed.entries
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  if (newest !== undefined && newest !== feed.updated)
    problems.push(
      `flux : updated « ${feed.updated} » au lieu de celui de l'entrée la plus récente, « ${newest} »`,
    );
  return problems;
}
