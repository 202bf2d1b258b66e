import { InputPathToUrlTransformPlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";

/** What Eleventy's configuration has and its types do not say. */
interface HtmlTransformerConfig {
  htmlTransformer: { setPosthtmlProcessOptions(options: { recognizeNoValueAttribute: boolean }): void };
}

/**
 * A link may name the file of a page (`[Gouvernance](gouvernance.md)`, from the page or from
 * content/): Eleventy writes the page's URL in its place, before the HTML base plugin adds the
 * site's path. A file that does not exist stays as written, a dead link for the link check.
 */
export function addFileLinks(eleventyConfig: UserConfig): void {
  // Eleventy's JSDoc names the plugin's type by a path TypeScript cannot follow.
  eleventyConfig.addPlugin(InputPathToUrlTransformPlugin as Parameters<UserConfig["addPlugin"]>[0]);
  // The plugin parses and writes every page again: an attribute written without a value
  // (`download`, `hidden`, `required`) stays so, as HTML writes it, rather than gaining `=""`.
  // Set from a plugin, which runs once Eleventy has made its HTML transformer.
  eleventyConfig.addPlugin((config: UserConfig & HtmlTransformerConfig) => {
    config.htmlTransformer.setPosthtmlProcessOptions({ recognizeNoValueAttribute: true });
  });
}
