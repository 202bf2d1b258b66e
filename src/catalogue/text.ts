import markdownIt from "markdown-it";
import { withLanguageMarks } from "../language-marks.ts";

// Catalogue texts are Markdown inline without HTML: a "<" in a title is shown, never run.
const inlineMarkdown = withLanguageMarks(markdownIt({ html: false, linkify: false, typographer: false }));

/** HTML of a catalogue text (emphasis and links kept, markup escaped). */
export function renderCatalogueText(text: string): string {
  return inlineMarkdown.renderInline(text);
}

/** The words of a catalogue text, without Markdown: for exports, titles and checks. */
export function plainCatalogueText(text: string): string {
  const tokens = inlineMarkdown.parseInline(text, {})[0]?.children ?? [];
  return tokens
    .map((token) => {
      if (token.type === "text" || token.type === "code_inline") return token.content;
      return token.type === "softbreak" || token.type === "hardbreak" ? " " : "";
    })
    .join("")
    .trim();
}
