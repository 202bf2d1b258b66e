import { readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";

/** A JSON file of a built site, read as the type the test expects of it. */
export async function readJson<T>(siteDir: string, file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(siteDir, file), "utf8")) as T;
}

// Feeds and sitemaps list entries: one entry is still a list.
const LIST_ELEMENTS = new Set(["entry", "item", "url"]);
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => LIST_ELEMENTS.has(name),
});

/** An XML document, checked well-formed (a malformed one throws, naming line and column), then parsed. */
export function parseXml<T>(xml: string): T {
  SyntaxValidator.validate(xml);
  return xmlParser.parse(xml) as T;
}

export interface AtomFeed {
  feed: { entry: { title: string; link: { href: string }; updated: string }[] };
}

export interface RssFeed {
  rss: { channel: { item: { title: string; link: string }[] } };
}
