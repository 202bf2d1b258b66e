import slugifyLibrary from "@sindresorhus/slugify";

/**
 * Stable ASCII identifier for a French label: accents folded, punctuation dropped.
 * `decamelize` is off because acronyms such as "MOOCs" or "PUE" must stay one word.
 */
export function slugify(label: string): string {
  return slugifyLibrary(label, { decamelize: false });
}
