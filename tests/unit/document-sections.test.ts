import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { documentParts, documentSection, pageAt, sectionId } from "../../src/eleventy/document-sections.ts";

const SUIVI = "/plans-action/suivi/";
const GAINS = "/plans-action/gains-possibles/";
const ACHATS = "/plans-action/les-actions/achats/";
const HOME = "/plans-action/";
const parts = documentParts([
  { url: HOME, title: "Plans d’action", depth: 0 },
  { url: SUIVI, title: "Suivi", depth: 1 },
  { url: GAINS, title: "Gains possibles", depth: 1 },
  { url: ACHATS, title: "Achats", depth: 2 },
]);

/** `content` as the section of the page at `url` in a document holding `parts`, parsed. */
const sectionOf = (content: string, url = SUIVI) =>
  cheerio.load(
    documentSection(content, parts.find((part) => part.url === url) ?? { url, level: 2 }, parts),
    null,
    false,
  );

describe("sectionId", () => {
  it("is the page's address below the publication, its folders joined by dashes", () => {
    expect(sectionId(SUIVI)).toBe("suivi");
    expect(sectionId(ACHATS)).toBe("les-actions-achats");
  });

  it("is « publication » for the publication's home", () => {
    expect(sectionId(HOME)).toBe("publication");
  });
});

describe("documentParts and pageAt", () => {
  it("give each page its section's id and its title, in the pages' order", () => {
    expect(parts).toEqual([
      { url: HOME, id: "publication", text: "Plans d’action", level: 2 },
      { url: SUIVI, id: "suivi", text: "Suivi", level: 2 },
      { url: GAINS, id: "gains-possibles", text: "Gains possibles", level: 2 },
      { url: ACHATS, id: "les-actions-achats", text: "Achats", level: 3 },
    ]);
  });

  it("finds a page by its address, and none at an address no page has", () => {
    const pages = [
      { url: SUIVI, content: "<p>Suivi</p>" },
      { url: GAINS, content: "<p>Gains</p>" },
    ];
    expect(pageAt(pages, GAINS)).toBe(pages[1]);
    expect(pageAt(pages, "/plans-action/inconnue/")).toBeUndefined();
  });
});

describe("documentSection", () => {
  it("puts every heading one rank lower, keeping its attributes and its text", () => {
    const $ = sectionOf(
      '<h1>Un</h1><h2 class="fr-mt-4w">Deux</h2><h3>Trois</h3><h4>Quatre</h4><h5>Cinq</h5><h6>Six</h6>',
    );
    expect(
      $("h1, h2, h3, h4, h5, h6")
        .map((_, heading) => `${heading.tagName} ${$(heading).text()}`)
        .get(),
    ).toEqual([
      "h2 Un",
      "h3 Deux",
      "h4 Trois",
      "h5 Quatre",
      "h6 Cinq",
      // There is no lower rank.
      "h6 Six",
    ]);
    expect($("h3").attr("class")).toBe("fr-mt-4w");
  });

  it("puts a section's page's headings below its own, an h3: two ranks lower", () => {
    const $ = sectionOf("<h2>Deux</h2><h3>Trois</h3>", ACHATS);
    expect(
      $("h4, h5")
        .map((_, heading) => heading.tagName)
        .get(),
    ).toEqual(["h4", "h5"]);
  });

  it("prefixes every id with the page's section, and every attribute that names one", () => {
    const $ = sectionOf(
      [
        '<h2 id="bilan">Bilan</h2>',
        '<section aria-labelledby="bilan titre"><p id="titre">Titre</p></section>',
        '<label for="champ">Champ</label><input id="champ" aria-describedby="aide"><p id="aide">Aide</p>',
        '<button aria-controls="volet">Ouvrir</button><div id="volet"></div>',
        '<table><tr><th id="colonne">Colonne</th></tr><tr><td headers="colonne">1</td></tr></table>',
      ].join(""),
    );
    expect(
      $("[id]")
        .map((_, element) => $(element).attr("id"))
        .get(),
    ).toEqual([
      "suivi--bilan",
      "suivi--titre",
      "suivi--champ",
      "suivi--aide",
      "suivi--volet",
      "suivi--colonne",
    ]);
    expect($("section").attr("aria-labelledby")).toBe("suivi--bilan suivi--titre");
    expect($("label").attr("for")).toBe("suivi--champ");
    expect($("input").attr("aria-describedby")).toBe("suivi--aide");
    expect($("button").attr("aria-controls")).toBe("suivi--volet");
    expect($("td").attr("headers")).toBe("suivi--colonne");
  });

  it("gives a page's ids no id of another page's section, even where their words meet", () => {
    const $ = sectionOf('<h2 id="achats">Achats</h2>', "/plans-action/les-actions/");
    expect($("[id]").attr("id")).not.toBe(sectionId(ACHATS));
  });

  it("leaves a chart's patterns their ids, which the stylesheet fills its bars with", () => {
    const $ = sectionOf('<svg><defs><pattern id="motif"></pattern></defs><rect id="barre"></rect></svg>');
    expect($("pattern").attr("id")).toBe("motif");
    expect($("rect").attr("id")).toBe("suivi--barre");
  });

  it("gives two pages' sections no id in common", () => {
    const content = '<h2 id="commun">Commun</h2><p id="autre">Autre</p>';
    const idsOf = (url: string) =>
      sectionOf(
        content,
        url,
      )("[id]")
        .map((_, element) => element.attribs.id)
        .get();
    const suivi = idsOf(SUIVI);
    expect(suivi).toHaveLength(2);
    expect(idsOf(GAINS).filter((id) => suivi.includes(id))).toEqual([]);
  });

  it("leads a link to a page of the document, or to a place on one, to its section", () => {
    const links = [
      "#bilan",
      `${SUIVI}#bilan`,
      GAINS,
      `${GAINS}#chiffres`,
      ACHATS,
      HOME,
      // Not in the document: left as they are.
      "/plans-action/ministeres/culture/",
      "/plans-action/ministeres/culture/#plan-2022",
      "https://exemple.fr/plans-action/suivi/",
      "mailto:contact@exemple.fr",
    ];
    const $ = sectionOf(links.map((href) => `<a href="${href}">Lien</a>`).join(""));
    expect(
      $("a")
        .map((_, link) => $(link).attr("href"))
        .get(),
    ).toEqual([
      "#suivi--bilan",
      "#suivi--bilan",
      "#gains-possibles",
      "#gains-possibles--chiffres",
      "#les-actions-achats",
      "#publication",
      "/plans-action/ministeres/culture/",
      "/plans-action/ministeres/culture/#plan-2022",
      "https://exemple.fr/plans-action/suivi/",
      "mailto:contact@exemple.fr",
    ]);
  });

  it("leaves out the menus and what the page marks for leaving out, with what they hold", () => {
    const $ = sectionOf(
      [
        '<p>Gardé.</p><nav aria-label="Pages voisines"><a href="/plans-action/suivi/">Voisine</a></nav>',
        '<div class="fr-callout" data-document-omit><p id="donnees">Données ouvertes.</p></div>',
        "<p data-document-omit>Retiré aussi.</p>",
      ].join(""),
    );
    expect($.root().children().length).toBe(1);
    expect($.root().text()).toBe("Gardé.");
  });

  it("keeps the text as written: accents, typographic apostrophes and non-breaking spaces", () => {
    const $ = sectionOf("<p>L’équipe a réalisé 50\u00a0% des actions &amp; plus.</p>");
    expect($("p").text()).toBe("L’équipe a réalisé 50\u00a0% des actions & plus.");
  });
});
