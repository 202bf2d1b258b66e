/** What a build of the site reads: a copy of these (and `node_modules`) is a project of its own. */
export const PROJECT_ENTRIES = [
  ...["content", "_includes", "_data", "public", "src"],
  ...["eleventy.config.ts", "package.json", "tsconfig.json"],
];
