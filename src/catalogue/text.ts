import markdownIt from "markdown-it";

// Catalogue texts are Markdown inline without HTML: a "<" in a title is shown, never run.
const inlineMarkdown = markdownIt({ html: false, linkify: false, typographer: false });

/** HTML of a catalogue text (emphasis and links kept, markup escaped). */
export function renderCatalogueText(text: string): string {
  return inlineMarkdown.renderInline(text);
}

/** The words of a catalogue text, without Markdown: for exports, titles and checks. */
export function plainCatalogueText(text: string): string {
  const tokens = inlineMarkdown.parseInline(text, {})[0]?.children ?? [];
  return tokens
    .filter((token) => token.type === "text" || token.type === "code_inline")
    .map((token) => token.content)
    .join("")
    .trim();
}
