/*
 * Stable ASCII identifier for a French label: accents folded, punctuation dropped.
 * Hand-written rather than @sindresorhus/slugify: that library rebuilds its transliteration
 * tables on every call (0.3 ms a heading), which made half of a 4,000-page build. French needs
 * only decomposed accents and a few ligatures.
 */
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };

export function slugify(label: string): string {
  return label
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
