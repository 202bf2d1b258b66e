import { type Zippable, unzipSync, zipSync } from "fflate";

/** The part an Office reader looks for first: it names the type of every other part. */
const CONTENT_TYPES = "[Content_Types].xml";

/**
 * A zip file written again so that the same content always gives the same bytes: its entries in
 * one order (the content types first, then by name), without folder entries, all dated `date`.
 * Zip dates have no time zone: they are written from the local clock's fields, so the date is
 * built from local fields too, and every machine writes the same day.
 */
export function stableZip(bytes: Uint8Array, date: string): Uint8Array {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries)
    .filter((name) => !name.endsWith("/"))
    .sort(
      (a, b) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES) || (a < b ? -1 : a > b ? 1 : 0),
    );
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // Noon, not midnight: where clocks change at midnight, that day has no midnight.
  const mtime = new Date(year, month - 1, day, 12);
  const ordered: Zippable = {};
  for (const name of names) {
    const entry = entries[name];
    if (entry) ordered[name] = entry;
  }
  return zipSync(ordered, { mtime, level: 9 });
}
