/*
 * How a spreadsheet's words are compared with the catalogue's: a référent types « Réalisé »,
 * « REFLEXION » or « Conception de services numériques », and each must find its value.
 */

/** Lower case, no accents, one kind of apostrophe, single spaces. */
export function looseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words without their plural "s": "services numériques" and "service numérique" meet. */
const singular = (text: string) => looseText(text).replace(/(\w{3,})s\b/g, "$1");

/** Each value with the words that name it. */
export type Wordings<T extends string> = [T, string[]][];

/** The value one of whose words is this text, compared loosely. */
export function matchOne<T extends string>(text: string, candidates: Wordings<T>): T | undefined {
  const wanted = singular(text);
  return candidates.find(([, names]) => names.some((name) => singular(name) === wanted))?.[0];
}

/** A header that starts with a known name and goes on (« Statut au bilan »): tried after exact names. */
export function matchStart<T extends string>(text: string, candidates: Wordings<T>): T | undefined {
  const wanted = singular(text);
  return candidates.find(([, names]) => names.some((name) => wanted.startsWith(`${singular(name)} `)))?.[0];
}
