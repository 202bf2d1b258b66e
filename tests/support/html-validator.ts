import { HtmlValidate } from "html-validate";

/**
 * html-validate's recommended rules, as every test that validates a page applies them. One
 * exception: a DSFR table's scrolling box is a `<div>` with `role="region"` (components/table.njk),
 * where a `<section>` would break DSFR's structure and make every table a landmark.
 */
export const htmlValidator = () =>
  new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: { "prefer-native-element": ["error", { exclude: ["region"] }] },
  });
