import type { MarkdownIt } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";

/**
 * A passage in another language, in a page or a catalogue text, says so in Markdown:
 * `*pull requests*{lang=en}` (italics, as French typography sets foreign words), rendered with its
 * `lang` for screen readers. No other attribute is taken: a text may not restyle the page.
 */
export function withLanguageMarks(markdown: MarkdownIt): MarkdownIt {
  return markdown.use(markdownItAttrs, { allowedAttributes: ["lang"] });
}
