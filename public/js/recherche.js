// @ts-check
/*
 * The search page's only script, loaded by that page alone. Pagefind and its index are fetched
 * when there is something to look for, not before. Without JavaScript the page offers the site
 * map instead (see content/recherche.njk).
 */
const base = new URL("../", import.meta.url);
const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
const results = /** @type {HTMLElement} */ (document.getElementById("resultats"));
// A live region of the page's own: what is written in it is announced.
const status = /** @type {HTMLElement} */ (document.getElementById("recherche-etat"));
const field = /** @type {HTMLInputElement | null} */ (document.getElementById("recherche-page"));

document.querySelectorAll(".search-without-script").forEach((element) => element.setAttribute("hidden", ""));
if (field) field.value = query;

/** @param {string} text */
function paragraph(text) {
  const element = document.createElement("p");
  element.textContent = text;
  return element;
}

/**
 * Pagefind's results, the pages holding the words as typed first: Pagefind matches the last word
 * as a prefix of French stems, so "PUE" also finds "publient", and a page whose title says
 * "publient" would outrank the pages about the PUE. Its exact search ("quoted") says which pages
 * hold the words; each group keeps Pagefind's own order.
 * @param {any} pagefind
 * @param {string} words
 */
async function rankedResults(pagefind, words) {
  const [all, exact] = await Promise.all([
    pagefind.search(words),
    pagefind.search(`"${words.replaceAll('"', "")}"`),
  ]);
  const exactIds = new Set(exact.results.map((/** @type {{ id: string }} */ result) => result.id));
  const holds = (/** @type {{ id: string }} */ result) => exactIds.has(result.id);
  return [...all.results.filter(holds), ...all.results.filter((result) => !holds(result))];
}

if (query) {
  status.textContent = "Recherche en cours…";
  const pagefind = await import(new URL("pagefind/pagefind.js", base).href);
  await pagefind.options({ baseUrl: base.pathname });
  const found = await rankedResults(pagefind, query);
  const pages = await Promise.all(
    found.slice(0, 20).map((/** @type {{ data(): Promise<any> }} */ result) => result.data()),
  );
  const list = document.createElement("ol");
  list.className = "search-results";
  for (const page of pages) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = page.meta.title;
    item.append(link);
    // Where the page sits, as its breadcrumb says (data-rubrique, see partials/article.njk).
    if (page.meta.rubrique) {
      const section = paragraph(page.meta.rubrique);
      section.className = "fr-text--xs fr-mb-0";
      item.append(section);
    }
    const excerpt = document.createElement("p");
    // Pagefind's excerpt is text from the site's own pages, with the matched words in <mark>.
    excerpt.innerHTML = page.excerpt;
    item.append(excerpt);
    list.append(item);
  }
  const count = found.length;
  status.textContent = count
    ? `${count} page${count > 1 ? "s" : ""} pour « ${query} »`
    : `Aucune page pour « ${query} ».`;
  results.replaceChildren(...(count ? [list] : []));
}
