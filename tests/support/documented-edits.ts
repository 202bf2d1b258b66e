import { actionsFileWith, ministriesFileWithDocument } from "./data-edit.ts";
import {
  documentedAction,
  documentedMinistryDocument,
  documentedNewsPost,
  documentedPage,
  documentedPlan,
} from "./documented-examples.ts";

/** The test files whose expectations come from the content and the data. */
export const CONTENT_DEPENDENT_TESTS = [
  "tests/build/catalogue.test.ts",
  "tests/build/publication.test.ts",
  "tests/build/site-pages.test.ts",
  "tests/build/news-and-feeds.test.ts",
  "tests/quality/links.test.ts",
  "tests/quality/html-validity.test.ts",
];

/** Each edit as README and CONTRIBUTING describe it, with their own examples, one file each. */
export async function documentedEdits(): Promise<Record<string, string>> {
  return {
    "_data/actions.ts": await actionsFileWith(await documentedAction()),
    "content/plans-action/nouvelle-page.md": await documentedPage(),
    "content/actualites/2026-12-01-titre-court.md": await documentedNewsPost(),
    "_data/ministries.ts": await ministriesFileWithDocument(await documentedMinistryDocument()),
    "_data/plans/culture-2022.ts": await documentedPlan(),
  };
}
