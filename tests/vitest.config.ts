import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // Build tests run the real Eleventy CLI, sometimes several times in one file.
    testTimeout: 120_000,
    // Two files at a time, one a core: browser tests spend most of their time waiting for pages.
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});
