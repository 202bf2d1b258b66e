import { PageDataError, MAX_DESCRIPTION_LENGTH, markdownFrontMatter } from "./front-matter.ts";

export interface PageData {
  page: { inputPath: string };
  title?: unknown;
  description?: unknown;
  metaDescription?: unknown;
}

const markdownPageData = markdownFrontMatter.pick({ title: true, description: true });

/**
 * Eleventy's data-schema hook (`eleventyDataSchema`): each page's whole data, data files
 * included, checked before any page renders.
 * - A Markdown page has a title and a description, even one whose front matter the gate never
 *   saw (a page without front matter).
 * - What search results show is short. A page whose front matter cannot change (the seed page
 *   "Les actions") may keep a longer description if its data file gives a `metaDescription`.
 */
export function pageDataSchema() {
  return (data: PageData): void => {
    const file = data.page.inputPath;
    const problems: string[] = [];
    if (file.endsWith(".md")) {
      const result = markdownPageData.safeParse(data);
      for (const issue of result.error?.issues ?? []) {
        problems.push(`${file} : champ « ${issue.path.join(".")} » : ${issue.message}`);
      }
    }
    const { description, metaDescription } = data;
    if (typeof description === "string" && description.length > MAX_DESCRIPTION_LENGTH && !metaDescription) {
      problems.push(
        `${file} : champ « description » : ${MAX_DESCRIPTION_LENGTH} caractères au plus, ` +
          "sinon donnez un metaDescription qui les respecte",
      );
    }
    if (problems.length) throw new PageDataError(problems);
  };
}
