// @ts-check
/*
 * The search page's only script, loaded by that page alone. Pagefind and its index are fetched
 * when there is something to look for, not before. Without JavaScript the page offers the site
 * map instead (see content/recherche.njk).
 */
const base = new URL("../", import.meta.url);
const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
const results = /** @type {HTMLElement} */ (document.getElementById("resultats"));
const field = /** @type {HTMLInputElement | null} */ (document.getElementById("recherche-page"));

document.querySelectorAll(".search-without-script").forEach((element) => element.setAttribute("hidden", ""));
if (field) field.value = query;

/** @param {string} text */
function paragraph(text) {
  const element = document.createElement("p");
  element.textContent = text;
  return element;
}

if (query) {
  results.replaceChildren(paragraph("Recherche en cours…"));
  const pagefind = await import(new URL("pagefind/pagefind.js", base).href);
  await pagefind.options({ baseUrl: base.pathname });
  const search = await pagefind.search(query);
  const pages = await Promise.all(
    search.results.slice(0, 20).map((/** @type {{ data(): Promise<any> }} */ result) => result.data()),
  );
  const list = document.createElement("ol");
  list.className = "search-results";
  for (const found of pages) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = found.url;
    link.textContent = found.meta.title;
    const excerpt = document.createElement("p");
    // Pagefind's excerpt is text from the site's own pages, with the matched words in <mark>.
    excerpt.innerHTML = found.excerpt;
    item.append(link, excerpt);
    list.append(item);
  }
  const count = search.results.length;
  const summary = paragraph(
    count ? `${count} page${count > 1 ? "s" : ""} pour « ${query} »` : `Aucune page pour « ${query} ».`,
  );
  summary.setAttribute("role", "status");
  results.replaceChildren(summary, ...(count ? [list] : []));
}
