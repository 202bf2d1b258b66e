import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { load } from "cheerio";
import markdownIt from "markdown-it";
import { type OpenData } from "../../src/catalogue/exports.ts";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { downloadDetail } from "../../src/eleventy/documents.ts";
import { quantity, frenchNumber } from "../../src/eleventy/numbers.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { actionTitlesUnder, sidebarChantiers } from "../support/catalogue-pages.ts";
import { publicationMenu } from "../support/content.ts";
import { readJson } from "../support/output.ts";
import { projectRoot } from "../support/project.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";
import { isDocumentPage } from "../../src/urls.ts";

const siteDir = inject("siteDir");
const projectDir = inject("projectDir");
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = await loadCatalogue(projectDir);
});

/** The seed page's example actions, under its chantier headings, as the user wrote them. */
async function seedExamples(): Promise<{ chantier: string; titles: string[] }[]> {
  const seed = await readFile(path.join(projectRoot, "tests/fixtures/les-actions.seed.md"), "utf8");
  const $ = load(markdownIt().render(seed.split(/^---$/m).slice(2).join("---")));
  return $("h3")
    .toArray()
    .map((heading) => ({
      chantier: normalizeText($(heading).text()),
      titles: $(heading)
        .next("ul")
        .children("li")
        .map((_, item) => normalizeText($(item).text()))
        .get(),
    }));
}

describe("the catalogue's data", () => {
  it("holds every example of the seed page under its chantier, in the seed's order", async () => {
    const examples = await seedExamples();
    expect(examples.map((group) => group.chantier)).toEqual(catalogue.chantiers.map((c) => c.title));
    for (const group of examples) {
      const chantier = catalogue.chantiers.find((candidate) => candidate.title === group.chantier);
      const titles = chantier?.actions.map((action) => action.titleText) ?? [];
      // Actions added later may stand anywhere in the list: the seed's keep their order among them.
      expect(
        titles.filter((title) => group.titles.includes(title)),
        group.chantier,
      ).toEqual(group.titles);
    }
  });

  it("places purchasing and WEEE in réalisation, the RGESN in expérimentation, reuse in réflexion, as the seed says", () => {
    const stageOf = (id: string) => catalogue.actions.find((action) => action.id === id)?.stage;
    for (const id of [
      "achats-durables-et-reparables",
      "equipements-reconditionnes",
      "clauses-environnementales-et-sociales",
      "recyclage-par-un-eco-organisme",
    ]) {
      expect(stageOf(id), id).toBe("realisation");
    }
    expect(stageOf("rgesn-dans-la-commande")).toBe("experimentation");
    expect(stageOf("reemploi-interne")).toBe("reflexion");
    expect(stageOf("allonger-la-duree-d-usage")).toBe("reflexion");
  });
});

describe("chantier pages", () => {
  it("list each chantier's actions under every stage, in stage order, with the count in the heading", async () => {
    for (const chantier of catalogue.chantiers) {
      const $ = await loadPage(siteDir, chantier.url);
      expect(normalizeText($("h1").text())).toBe(chantier.title);
      const headings = $("article h2[id^='stade-']")
        .map((_, heading) => $(heading).attr("id"))
        .get();
      expect(headings, chantier.url).toEqual([
        "stade-realisation",
        "stade-experimentation",
        "stade-reflexion",
      ]);
      for (const group of chantier.byStage) {
        const titles = actionTitlesUnder($, `#stade-${group.stage.id}`);
        expect(titles, `${chantier.url} ${group.stage.id}`).toEqual(
          group.actions.map((action) => action.titleText),
        );
        const count = group.actions.length;
        expect(normalizeText($(`#stade-${group.stage.id}`).text())).toBe(
          `${group.stage.label} : ${count} action${count > 1 ? "s" : ""}`,
        );
      }
      for (const action of chantier.actions) expect($(`li#action-${action.id}`).length, action.id).toBe(1);
    }
  });

  it("link to the previous and the next chantier", async () => {
    const { chantiers } = catalogue;
    for (const [index, { url }] of chantiers.entries()) {
      const $ = await loadPage(siteDir, url);
      const [previous, next] = [chantiers[index - 1], chantiers[index + 1]];
      expect($('a[rel="prev"]').attr("href"), url).toBe(previous?.url);
      expect($('a[rel="next"]').attr("href"), url).toBe(next?.url);
      if (previous)
        expect(normalizeText($('a[rel="prev"]').text())).toBe(`Chantier précédent : ${previous.title}`);
      if (next) expect(normalizeText($('a[rel="next"]').text())).toBe(`Chantier suivant : ${next.title}`);
    }
  });

  it("link to the open data and its licence", async () => {
    const $ = await loadPage(siteDir, catalogue.chantiers[0]!.url);
    const links = $(".open-data p a, .open-data li a")
      .map((_, link) => $(link).attr("href"))
      .get();
    const { urls } = catalogue;
    expect(links).toEqual([
      catalogue.publication.licence.url,
      urls.csv,
      urls.planCsv,
      urls.json,
      urls.jsonSchema,
      urls.planTemplate("xlsx"),
      urls.planTemplate("csv"),
    ]);
    expect($(".open-data").text()).toContain("Licence Ouverte 2.0");
  });
});

describe("the sidebar", () => {
  it("lists the 7 chantiers under « Les actions » on every page of the publication", async () => {
    const expected = catalogue.chantiers.map((chantier) => ({ title: chantier.title, url: chantier.url }));
    // A document page (a whole plan, the publication on one page) reads without the menu.
    const urls = (await builtPageUrls(siteDir)).filter(
      (url) => url.startsWith("/plans-action/") && !isDocumentPage(url),
    );
    expect(urls).toEqual(expect.arrayContaining(catalogue.chantiers.map((chantier) => chantier.url)));
    for (const url of urls) {
      const chantiers = sidebarChantiers(await loadPage(siteDir, url)).map(({ title, url: href }) => ({
        title,
        url: href,
      }));
      expect(chantiers, url).toEqual(expected);
    }
  });

  it("marks the current chantier, and only it", async () => {
    for (const chantier of catalogue.chantiers) {
      const $ = await loadPage(siteDir, chantier.url);
      expect(
        sidebarChantiers($)
          .filter((entry) => entry.current)
          .map((entry) => entry.url),
      ).toEqual([chantier.url]);
      expect($('.fr-sidemenu a[aria-current="page"]').length).toBe(1);
    }
  });

  it("leads through the breadcrumb back to « Les actions »", async () => {
    const [home] = await publicationMenu(projectDir);
    for (const chantier of catalogue.chantiers) {
      const $ = await loadPage(siteDir, chantier.url);
      const trail = $(".fr-breadcrumb a")
        .map((_, link) => normalizeText($(link).text()))
        .get();
      expect(trail).toEqual(["Accueil", home?.title, "Les actions", chantier.title]);
    }
  });
});

describe("stage pages", () => {
  it("list the stage's examples by chantier, then the ministries' plans that target it", async () => {
    let total = 0;
    for (const stage of catalogue.stages) {
      const $ = await loadPage(siteDir, stage.url);
      expect(normalizeText($("h1").text())).toBe(`Stade : ${stage.label}`);
      for (const group of stage.byChantier) {
        const titles = actionTitlesUnder($, `#${group.chantier.id}`);
        expect(titles).toEqual(group.actions.map((action) => action.titleText));
        total += titles.length;
      }
      const plans = $("#plans-des-ministeres").next("ul").children("li");
      expect(plans.map((_, item) => normalizeText($(item).text())).get()).toEqual(
        stage.planGroups.map(
          ({ ministry, period, count }) =>
            `${ministry}, plan ${period} : ${count} action${count > 1 ? "s" : ""}`,
        ),
      );
    }
    expect(total).toBe(catalogue.actions.length);
  });
});

describe("ministry pages", () => {
  it("are listed on the index, each with its plan documents, size and availability", async () => {
    const index = await loadPage(siteDir, catalogue.urls.ministries);
    expect(
      index("#plans-ministeres-chantiers tbody th a")
        .map((_, link) => index(link).attr("href"))
        .get(),
    ).toEqual(catalogue.ministries.map((ministry) => ministry.url));
    for (const ministry of catalogue.ministries) {
      const $ = await loadPage(siteDir, ministry.url);
      expect(normalizeText($("h1").text())).toBe(ministry.name);
      const documents = $(".plan-documents li").toArray();
      expect(documents).toHaveLength(ministry.documents.length);
      for (const [position, document] of ministry.documents.entries()) {
        const item = $(documents[position]);
        const text = normalizeText(item.text());
        expect(text).toContain(document.title);
        const link = item.find("a.fr-link--download");
        if (document.href) {
          // A DSFR download link: its format, size and language in its detail.
          expect(link.attr("href")).toBe(document.href);
          expect(normalizeText(link.find(".fr-link__detail").text())).toBe(
            normalizeText(downloadDetail(document)),
          );
        } else {
          expect(text).toBe(
            `${document.title} (${document.size ?? "taille non indiquée"}) : non disponible en ligne`,
          );
          expect(item.find("a")).toHaveLength(0);
        }
      }
    }
  });

  it("list the actions attributed to the ministry, or say that none is", async () => {
    for (const ministry of catalogue.ministries) {
      const $ = await loadPage(siteDir, ministry.url);
      const titles = actionTitlesUnder($, "#actions");
      expect(titles, ministry.id).toEqual(ministry.actions.map((action) => action.titleText));
      const saysNone = $("article").text().includes("aucune n'est donc attribuée ici à ce ministère");
      expect(saysNone, ministry.id).toBe(ministry.actions.length === 0);
    }
  });
});

describe("the follow-up of the plans", () => {
  /** A published figure as a reader reads it. */
  const figureText = (figure: Catalogue["reviews"][number]["publishedFigures"][number]) =>
    normalizeText(
      `${figure.qualifier ? `${figure.qualifier} ` : ""}${frenchNumber(figure.value)}` +
        `${figure.unit ? `\u00a0${figure.unit}` : ""} ${figure.label}`,
    );

  it("dates the publication and every review, and gives each review's figures as published", async () => {
    const $ = await loadPage(siteDir, "/plans-action/suivi/");
    const steps = $("#etapes")
      .parent()
      .find("ol li time")
      .map((_, time) => $(time).attr("datetime"))
      .get();
    expect(steps).toEqual([
      catalogue.publication.publishedOn,
      ...catalogue.reviews.map((review) => review.date),
    ]);
    for (const review of catalogue.reviews) {
      const figures = $(`#${review.id}`)
        .parent()
        .find("ul li")
        .map((_, item) => normalizeText($(item).text()))
        .get();
      expect(figures, review.id).toEqual(review.publishedFigures.map(figureText));
      expect($(`#${review.id}`).parent().text()).toContain(review.source.publisher);
    }
  });

  it("shows the latest review's figures on the ministries' index, said to have no per-ministry detail", async () => {
    const latest = catalogue.reviews.at(-1)!;
    const $ = await loadPage(siteDir, catalogue.urls.ministries);
    const section = $("#bilan").nextUntil("h2");
    expect(section.text()).toContain("sans détail par ministère");
    expect(
      section
        .find("li")
        .map((_, item) => normalizeText($(item).text()))
        .get(),
    ).toEqual(latest.publishedFigures.map(figureText));
  });
});

describe("« Les actions »", () => {
  it("lists each chantier's actions from the data, with the stage as a text badge and a link to the chantier page", async () => {
    const $ = await loadPage(siteDir, catalogue.urls.actions);
    for (const chantier of catalogue.chantiers) {
      expect(normalizeText($(`h3#${chantier.id}`).text())).toBe(chantier.title);
      const items = $(`h3#${chantier.id}`).nextAll("ul.action-list").first().children("li").toArray();
      expect(
        items.map((item) => [
          normalizeText($(item).find(".action-list__title").text()),
          normalizeText($(item).find(".fr-badge").text()),
        ]),
      ).toEqual(chantier.actions.map((action) => [action.titleText, `Stade : ${action.stageLabel}`]));
      expect($(`h3#${chantier.id}`).nextAll("p.stage-link").first().find("a").attr("href")).toBe(
        chantier.url,
      );
    }
  });
});

describe("the overview on the publication's home", () => {
  it("is a table with a caption, header scopes and counts linking to the chantier page's stage sections", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const table = $("table#actions-par-chantier");
    expect(normalizeText(table.find("caption").text())).toBe(
      "Nombre d'actions par chantier et par stade de maturité",
    );
    expect(table.find("thead th[scope=col]").length).toBe(catalogue.stages.length + 2);
    expect(table.find("tbody th[scope=row]").length).toBe(catalogue.chantiers.length);
    for (const row of catalogue.counts.rows) {
      const line = table
        .find("tbody tr")
        .filter((_, tr) => normalizeText($(tr).find("th").text()) === row.chantier.title);
      const links = line.find("td a").toArray();
      expect(links.map((link) => Number($(link).text()))).toEqual(row.cells.map((cell) => cell.count));
      for (const link of links) {
        const [pageUrl, fragment] = ($(link).attr("href") ?? "").split("#");
        const target = await loadPage(siteDir, pageUrl!);
        expect(actionTitlesUnder(target, `#${fragment}`)).toHaveLength(Number($(link).text()));
      }
    }
    expect(normalizeText(table.find("tfoot td").last().text())).toBe(String(catalogue.counts.total));
  });

  it("has an SVG bar chart of the same counts, with its numbers in words", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const chart = $(".bar-chart svg[role=img]");
    expect(chart.attr("aria-labelledby")).toBe("bar-chart-title bar-chart-desc");
    const description = normalizeText(chart.find("desc").text());
    for (const row of catalogue.counts.rows) {
      const parts = row.cells
        .filter((cell) => cell.count > 0)
        .map((cell) => `, ${cell.count} en ${cell.stageLabel.toLowerCase()}`);
      expect(description).toContain(`${row.chantier.title} : ${row.total} au total${parts.join("")}.`);
    }
    const printed = chart
      .find("text.bar-chart__count")
      .map((_, text) => Number($(text).text()))
      .get();
    expect(printed.reduce((sum, count) => sum + count, 0)).toBe(catalogue.counts.total);
    // Each label, on one line or more, says its chantier and its total.
    const labels = chart
      .find("text.bar-chart__label")
      .map((_, text) =>
        $(text)
          .find("tspan")
          .map((__, line) => $(line).text())
          .get()
          .join(" "),
      )
      .get();
    expect(labels).toEqual(catalogue.counts.rows.map((row) => `${row.chantier.title} (${row.total})`));
    // Without styles, bars keep their colours: a fill of their own, which the stylesheet overrides.
    expect(
      chart
        .find("rect.bar")
        .toArray()
        .every((bar) => $(bar).attr("fill")),
    ).toBe(true);
    expect($("script").length).toBe(0);
  });
});

describe("« Les gains possibles »", () => {
  it("shows every published figure in a table, with units and source", async () => {
    const $ = await loadPage(siteDir, "/plans-action/gains-possibles/");
    const rows = $("table#gains-publies tbody tr").toArray();
    expect(rows).toHaveLength(catalogue.gains.figures.length);
    for (const [position, gain] of catalogue.gains.figures.entries()) {
      const cells = $(rows[position])
        .children()
        .map((_, cell) => normalizeText($(cell).text()))
        .get();
      const equivalents = gain.europeanEquivalents;
      const expected = [
        gain.lever,
        gain.scope,
        gain.climateChange ? quantity(gain.climateChange) : "non publié",
        gain.abioticDepletion ? quantity(gain.abioticDepletion) : "non publié",
        equivalents
          ? `${frenchNumber(equivalents.climateChange)} / ${frenchNumber(equivalents.abioticDepletion)}`
          : "non publié",
      ];
      expect(cells, gain.id).toEqual(expected.map(normalizeText));
    }
    expect($("section[aria-labelledby=ordres-de-grandeur] > p").text()).toContain(
      catalogue.gains.source.publisher,
    );
  });
});

describe("open data", () => {
  const read = (file: string) => readFile(path.join(siteDir, file), "utf8");

  it("publishes the catalogue as JSON, valid against its published JSON Schema", async () => {
    const data = await readJson<OpenData>(siteDir, catalogue.urls.json);
    expect(data.actions.map((action) => action.id)).toEqual(catalogue.actions.map((action) => action.id));
    expect(data.publication).toEqual(catalogue.publication);
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(await readJson(siteDir, catalogue.urls.jsonSchema));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("publishes the actions as CSV with a byte order mark, CRLF and one record an action", async () => {
    const csv = await read(catalogue.urls.csv);
    expect(csv.startsWith("\uFEFFid,")).toBe(true);
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records.map((record) => [record.id, record.intitule, record.stade])).toEqual(
      catalogue.actions.map((action) => [action.id, action.titleText, action.stage]),
    );
    // A header, a record an action, and the final line break.
    expect(csv.split("\r\n")).toHaveLength(catalogue.actions.length + 2);
  });
});
