import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { MarkdownIt } from "markdown-it";

/** What Eleventy's configuration has and its types do not say. */
interface HtmlTransformerConfig {
  htmlTransformer: { setPosthtmlProcessOptions(options: { recognizeNoValueAttribute: boolean }): void };
}

interface ContentMap {
  inputPathToUrl: Record<string, string[]>;
}

/** A link to a template's file, as a writer types it: not an address, ending with `.md` or `.njk`. */
const FILE_LINK = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^?#]+\.(?:md|njk))(#.*)?$/i;

const inputKey = (file: string) => `./${path.posix.normalize(file)}`;

/**
 * The address of the page a link names by its file, looked for beside the page that links, then
 * from content/, as Eleventy's InputPathToUrl does; undefined when the link names no page.
 */
export function fileLinkTarget(
  href: string,
  fromInputPath: string,
  inputDir: string,
  urlsByInputPath: Record<string, string[]>,
): string | undefined {
  const [, file, anchor = ""] = FILE_LINK.exec(href) ?? [];
  if (!file) return undefined;
  const candidates = [
    path.posix.join(path.posix.dirname(fromInputPath), file),
    path.posix.join(inputDir, file),
  ];
  const url = candidates.map((candidate) => urlsByInputPath[inputKey(candidate)]?.[0]).find(Boolean);
  return url === undefined ? undefined : `${url}${anchor}`;
}

/**
 * A Markdown link may name the file of a page (`[Gouvernance](gouvernance.md)`, `recherche.njk`): the page's
 * address is written in its place when the page renders, from the map of pages Eleventy makes
 * before it renders any, and the HTML base plugin then adds the site's path as to any address.
 * A file that names no page stays as written: the link check reports it, on its line.
 *
 * Eleventy's InputPathToUrl transform would do the same, but by parsing every page's HTML once
 * more: at 4,000 pages, twice the build's time and memory.
 */
export function addFileLinks(eleventyConfig: UserConfig, inputDir: string) {
  let urlsByInputPath: Record<string, string[]> = {};
  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }: ContentMap) => {
    urlsByInputPath = inputPathToUrl;
  });
  // Pages parsed and written again, with a path prefix, keep `download` or `hidden` as HTML writes
  // them, rather than gaining `=""`. Set from a plugin, which runs once Eleventy has made its HTML
  // transformer.
  eleventyConfig.addPlugin((config: UserConfig & HtmlTransformerConfig) => {
    config.htmlTransformer.setPosthtmlProcessOptions({ recognizeNoValueAttribute: true });
  });
  return (markdown: MarkdownIt): void => {
    const render = markdown.renderer.rules.link_open;
    markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
      const token = tokens[index];
      const href = token?.attrGet("href");
      const page = (env as { page?: { inputPath?: string } } | undefined)?.page;
      const target =
        typeof href === "string" && page?.inputPath
          ? fileLinkTarget(href, page.inputPath, inputDir, urlsByInputPath)
          : undefined;
      if (token && target) token.attrSet("href", target);
      return render ? render(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    };
  };
}
