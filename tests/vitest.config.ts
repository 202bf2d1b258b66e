import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { CONTENT_DEPENDENT_TESTS } from "./support/documented-edits.ts";
import { TEST_REPOSITORY_URL } from "./support/project.ts";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // Browser tests wait for pages, and a file may build several variants of the project.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time, one a core: browser tests spend most of their time waiting for pages.
    maxWorkers: 2,
    // A worker's files share its modules: TypeScript, Eleventy and the site's code are loaded once
    // per worker, not once per file, and a build after the first costs under a second.
    isolate: false,
    // The site's data modules are kept from one build to the next while their files are unchanged:
    // whatever loads `_data/site.ts` first in a process, a test or a build, sees this repository.
    env: { SITE_REPOSITORY_URL: TEST_REPOSITORY_URL },
    projects: [
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
      // The tests whose expectations come from the content, once more on the project with every
      // documented edit pasted as shown: a contributor who follows the documents keeps them green.
      {
        extends: true,
        test: {
          name: "modifications documentées",
          include: CONTENT_DEPENDENT_TESTS,
          globalSetup: ["tests/support/documented-edits-setup.ts"],
        },
      },
    ],
  },
});
