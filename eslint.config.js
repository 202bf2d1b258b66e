// Lint for every TypeScript file of the project, with the types known: `npm run lint`.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // The examples are fragments to paste into data files, which are linted where they land.
  { ignores: ["_site/", "node_modules/", "tests/.output/", "docs/exemples/"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals are how messages are written here; numbers in them are fine.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `const { left, ...kept } = object` is how a field is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      // A test that reads past the end of a list fails on the line that does: `!` is the assertion there.
      "@typescript-eslint/no-non-null-assertion": "off",
      // `readJson<T>()`: a test says what it expects a built file to hold.
      "@typescript-eslint/no-unnecessary-type-parameters": "off",
    },
  },
  { files: ["eslint.config.js"], extends: [tseslint.configs.disableTypeChecked] },
  // The search page's script runs in the browser, untyped.
  {
    files: ["public/**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser },
  },
  prettier,
);
