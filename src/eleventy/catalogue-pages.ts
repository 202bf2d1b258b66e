/*
 * The catalogue's generated pages (a chantier, a stage, a ministry, a part of a plan): one page for
 * each entry of a catalogue list, at the entry's own address. A template's data file is
 * `onePagePer(…)`; its markup reads the entry under `alias`, and Eleventy's `pagination` object
 * (`pagination.href.previous`, `pagination.page.next`…) leads to its neighbours.
 */

/** The page's fields computed from its entry: its title, its description, its navigation… */
type FromEntry<Entry> = Record<string, (entry: Entry) => unknown>;

export function onePagePer<Entry extends { url: string }>(
  list: string,
  alias: string,
  computed: FromEntry<Entry>,
) {
  const entryOf = (data: Record<string, unknown>) => data[alias] as Entry;
  return {
    pagination: {
      data: list,
      size: 1,
      alias,
      // Every page, not only the first, goes into collections, hence into the navigation.
      addAllPagesToCollections: true,
    },
    permalink: (data: Record<string, unknown>) => entryOf(data).url,
    eleventyComputed: Object.fromEntries(
      Object.entries(computed).map(([field, compute]) => [
        field,
        (data: Record<string, unknown>) => compute(entryOf(data)),
      ]),
    ),
  };
}
