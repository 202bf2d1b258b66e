// The open data and the spreadsheets: files, not pages. No layout wraps them, and no list of pages
// (navigation, site map, search) holds them. The same goes for the files src/eleventy/open-data-files.ts
// adds to this folder.
export default {
  layout: false,
  eleventyExcludeFromCollections: true,
};
