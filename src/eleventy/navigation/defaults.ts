import type { NavigationFrontMatter } from "@11ty/eleventy-navigation";

/** What the site needs of an item of `collections.all`. */
export interface NavigablePage {
  url: string | false;
  inputPath: string;
  data: { eleventyNavigation?: NavigationFrontMatter; title?: string };
}

/** What the data cascade hands `eleventyComputed`: a computed field not yet set reads "". */
interface CascadeData {
  eleventyNavigation?: NavigationFrontMatter | "";
  title?: string;
  page: { inputPath: string; url: string | false };
}

/** A page's navigation once completed: it has a key. */
export type CompleteNavigation = NavigationFrontMatter & { key: string };

/** The key a page gets from its file: its path in `content/`, without extension ("plans-action/gouvernance"). */
function fileKey(inputPath: string): string {
  return inputPath
    .replace(/^(\.\/)?content\//, "")
    .replace(/\.[^./]+$/, "")
    .replace(/\/index$/, "");
}

/**
 * A page's `eleventyNavigation` as the plugin's filters and the site's menus all read it: the key
 * defaults to the page's file, never to its title (renaming a page must not orphan the pages
 * that name it as their `parent`), and the title to the page's. A page that is not written is in
 * no navigation.
 */
export function completeNavigation(data: CascadeData): CompleteNavigation | undefined {
  const navigation = data.eleventyNavigation;
  if (!navigation || data.page.url === false) return undefined;
  return {
    ...navigation,
    key: navigation.key ?? fileKey(data.page.inputPath),
    title: navigation.title ?? data.title,
  };
}

/**
 * The `eleventyComputed` of every page (`content/content.11tydata.ts`). A data file that computes
 * a page's whole `eleventyNavigation` replaces it, and gives the key and title itself.
 */
export const navigationDefaults = { eleventyNavigation: completeNavigation };
