// The RSS plugin ships JavaScript without types; this declares the part the site uses.
declare module "@11ty/eleventy-plugin-rss" {
  export const feedPlugin: (eleventyConfig: unknown, options: unknown) => void;
}
