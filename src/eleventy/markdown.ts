import type { MarkdownIt, Token } from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import { withLanguageMarks } from "../language-marks.ts";
import { slugify } from "../slug.ts";

export interface Heading {
  id: string;
  text: string;
}

/** A table of contents is worth its space only from this many sections on. */
export const MINIMUM_SECTIONS_FOR_TABLE_OF_CONTENTS = 3;

function headingText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("");
}

/**
 * Sets up a markdown-it instance for the site's pages: passages in another language carry their
 * `lang` (src/language-marks.ts), h2 and h3 get an id and link to themselves,
 * and each render keeps its sections for the page's table of contents. Eleventy hands over the
 * instance it renders with (see `siteMarkdown`).
 */
export function configureMarkdown(markdown: MarkdownIt): MarkdownIt {
  withLanguageMarks(markdown);
  markdown.use(markdownItAnchor, {
    level: [2, 3],
    slugify,
    // The whole heading becomes the link: a screen reader announces "lien, <titre>"
    // instead of a bare "#" symbol.
    permalink: markdownItAnchor.permalink.headerLink(),
  });
  // markdown-it-anchor remembers used slugs in `env`, which Eleventy shares between renders
  // of the same page: without a reset, a second render would suffix every id with "-1".
  markdown.core.ruler.before("anchor", "reset_anchor_slugs", (state) => {
    state.env.markdownItAnchor = { slugs: {} };
  });
  // The page's table of contents reads the headings of this render instead of parsing the page
  // a second time. A source that differs (line endings) is simply parsed again.
  const sectionsBySource = new Map<string, Heading[]>();
  renderedSections.set(markdown, sectionsBySource);
  markdown.core.ruler.push("remember_sections", (state) => {
    // Eleventy renders a page with its data as `env`; other renders are not pages.
    if (state.inlineMode || !(state.env as { page?: unknown }).page) return;
    const sections = sectionsIn(state.tokens);
    if (sections.length) sectionsBySource.set(state.src, sections);
  });
  return markdown;
}

/** The sections each page's render found, until its table of contents asks for them. */
const renderedSections = new WeakMap<MarkdownIt, Map<string, Heading[]>>();

/** The h2 sections of a Markdown source, with the ids the rendered page gives them. */
export function sectionsOf(markdown: MarkdownIt, source: string): Heading[] {
  const rendered = renderedSections.get(markdown);
  const known = rendered?.get(source);
  if (known) {
    rendered?.delete(source);
    return known;
  }
  return sectionsIn(markdown.parse(source, {}));
}

function sectionsIn(tokens: Token[]): Heading[] {
  const sections: Heading[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || token.tag !== "h2") return;
    const id = token.attrGet("id");
    if (id !== null) sections.push({ id: String(id), text: headingText(tokens[index + 1]) });
  });
  return sections;
}

/** The sections to list under "Sur cette page", or none when the page is too short. */
export function tableOfContents(markdown: MarkdownIt, source: string | undefined): Heading[] {
  if (!source) return [];
  const sections = sectionsOf(markdown, source);
  return sections.length >= MINIMUM_SECTIONS_FOR_TABLE_OF_CONTENTS ? sections : [];
}

/**
 * The site's Markdown: `amend` sets up the instance Eleventy renders the pages with
 * (`amendLibrary("md", …)`), and `tableOfContents` reads the sections of that instance's renders.
 */
export function siteMarkdown() {
  let library: MarkdownIt | undefined;
  return {
    amend: (markdown: MarkdownIt): void => {
      library = configureMarkdown(markdown);
    },
    tableOfContents(source: string | undefined): Heading[] {
      if (!library)
        throw new Error("Markdown : la bibliothèque d'Eleventy n'a pas été préparée (amendLibrary)");
      return tableOfContents(library, source);
    },
  };
}

export type SiteMarkdown = ReturnType<typeof siteMarkdown>;
