import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { actionTitlesUnder, sidebarChantiers } from "../support/catalogue-pages.ts";
import { projectRoot } from "../support/project.ts";
import { builtPageUrls, loadPage, normalizeText } from "../support/site.ts";

const siteDir = inject("siteDir");
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = await loadCatalogue(projectRoot);
});

describe("the catalogue's data", () => {
  it("has the seed's 32 actions under its 7 chantiers, in the seed's order and counts", () => {
    expect(catalogue.chantiers.map((chantier) => [chantier.title, chantier.actions.length])).toEqual([
      ["Stratégie et gouvernance", 5],
      ["Sensibilisation et formation", 5],
      ["Achats", 5],
      ["Conception de service numérique", 2],
      ["Salle serveurs et centre de données", 4],
      ["Phase d’usage", 8],
      ["Fin d’usage", 3],
    ]);
  });

  it("has the 13 plan documents of the 10 publishing administrations, none with an invented address", () => {
    expect(catalogue.ministries).toHaveLength(10);
    const documents = catalogue.ministries.flatMap((ministry) => ministry.documents);
    expect(documents).toHaveLength(13);
    expect(documents.filter((document) => document.url)).toEqual([]);
  });

  it("places purchasing and WEEE in réalisation, the RGESN in expérimentation, reuse in réflexion, as the seed says", () => {
    const stageOf = (id: string) => catalogue.actions.find((action) => action.id === id)?.stage;
    expect(catalogue.chantiers.find((c) => c.id === "achats")?.actions.every((a) => a.stage === "realisation")).toBe(true);
    expect(stageOf("recyclage-par-un-eco-organisme")).toBe("realisation");
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
      const headings = $("article h2[id^='stade-']").map((_, heading) => $(heading).attr("id")).get();
      expect(headings, chantier.url).toEqual(["stade-realisation", "stade-experimentation", "stade-reflexion"]);
      for (const group of chantier.byStage) {
        const titles = actionTitlesUnder($, `#stade-${group.stage.id}`);
        expect(titles, `${chantier.url} ${group.stage.id}`).toEqual(group.actions.map((action) => action.titleText));
        const count = group.actions.length;
        expect(normalizeText($(`#stade-${group.stage.id}`).text())).toBe(
          `${group.stage.label} : ${count} action${count > 1 ? "s" : ""}`,
        );
      }
      for (const action of chantier.actions) expect($(`li#action-${action.id}`).length, action.id).toBe(1);
    }
  });

  it("link to the previous and the next chantier", async () => {
    const urls = catalogue.chantiers.map((chantier) => chantier.url);
    for (const [index, url] of urls.entries()) {
      const $ = await loadPage(siteDir, url);
      expect($('a[rel="prev"]').attr("href"), url).toBe(urls[index - 1]);
      expect($('a[rel="next"]').attr("href"), url).toBe(urls[index + 1]);
    }
  });

  it("link to the open data and its licence", async () => {
    const $ = await loadPage(siteDir, catalogue.chantiers[0]!.url);
    const links = $(".open-data p a, .open-data li a").map((_, link) => $(link).attr("href")).get();
    expect(links).toEqual([
      "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
      "/plans-action/donnees/actions.csv",
      "/plans-action/donnees/actions.json",
      "/plans-action/donnees/actions.schema.json",
    ]);
    expect($(".open-data").text()).toContain("Licence Ouverte 2.0");
  });
});

describe("the sidebar", () => {
  it("lists the 7 chantiers under « Les actions » on every page of the publication", async () => {
    const expected = catalogue.chantiers.map((chantier) => ({ title: chantier.title, url: chantier.url }));
    const urls = (await builtPageUrls(siteDir)).filter((url) => url.startsWith("/plans-action/"));
    // The six pages of the publication, the ministries' index, and the generated pages.
    expect(urls.length).toBe(7 + catalogue.chantiers.length + catalogue.stages.length + catalogue.ministries.length);
    for (const url of urls) {
      const chantiers = sidebarChantiers(await loadPage(siteDir, url)).map(({ title, url: href }) => ({ title, url: href }));
      expect(chantiers, url).toEqual(expected);
    }
  });

  it("marks the current chantier, and only it", async () => {
    for (const chantier of catalogue.chantiers) {
      const $ = await loadPage(siteDir, chantier.url);
      expect(sidebarChantiers($).filter((entry) => entry.current).map((entry) => entry.url)).toEqual([chantier.url]);
      expect($('.fr-sidemenu a[aria-current="page"]').length).toBe(1);
    }
  });

  it("leads through the breadcrumb back to « Les actions »", async () => {
    const $ = await loadPage(siteDir, catalogue.chantiers[2]!.url);
    expect($(".fr-breadcrumb a").map((_, link) => normalizeText($(link).text())).get()).toEqual([
      "Accueil",
      "Plans d’action des ministères",
      "Les actions",
      "Achats",
    ]);
  });
});

describe("stage pages", () => {
  it("list the stage's actions by chantier", async () => {
    let total = 0;
    for (const stage of catalogue.stages) {
      const $ = await loadPage(siteDir, stage.url);
      expect(normalizeText($("h1").text())).toBe(`Stade : ${stage.label}`);
      for (const group of stage.byChantier) {
        expect(actionTitlesUnder($, `#${group.chantier.id}`)).toEqual(group.actions.map((action) => action.titleText));
      }
      const listed = $("article .action-list li").length;
      expect(listed).toBe(stage.actions.length);
      total += listed;
    }
    expect(total).toBe(32);
  });
});

describe("ministry pages", () => {
  it("are listed on the index, each with its plan documents, size and availability", async () => {
    const index = await loadPage(siteDir, catalogue.urls.ministries);
    expect(index(".ministry-list a").map((_, link) => index(link).attr("href")).get()).toEqual(
      catalogue.ministries.map((ministry) => ministry.url),
    );
    for (const ministry of catalogue.ministries) {
      const $ = await loadPage(siteDir, ministry.url);
      expect(normalizeText($("h1").text())).toBe(ministry.name);
      const documents = $(".plan-documents li").toArray();
      expect(documents).toHaveLength(ministry.documents.length);
      for (const [position, document] of ministry.documents.entries()) {
        const text = normalizeText($(documents[position]).text());
        expect(text).toContain(document.title);
        expect(text).toContain(document.size ?? "taille non indiquée");
        expect(text).toContain("non disponible en ligne");
      }
      expect($(".plan-documents a").length).toBe(0);
    }
  });

  it("say so when the publication attributes no action to the ministry", async () => {
    const $ = await loadPage(siteDir, catalogue.urls.ministry("culture"));
    expect($("article").text()).toContain("aucune n'est donc attribuée ici à ce ministère");
  });
});

describe("« Les actions »", () => {
  it("lists each chantier's actions from the data, with the stage as a text badge and a link to the chantier page", async () => {
    const $ = await loadPage(siteDir, catalogue.urls.actions);
    for (const chantier of catalogue.chantiers) {
      expect(normalizeText($(`h3#${chantier.id}`).text())).toBe(chantier.title);
      const items = $(`h3#${chantier.id}`).nextAll("ul.action-list").first().children("li").toArray();
      expect(
        items.map((item) => [normalizeText($(item).find(".action-list__title").text()), normalizeText($(item).find(".fr-badge").text())]),
      ).toEqual(chantier.actions.map((action) => [action.titleText, `Stade : ${action.stageLabel}`]));
      expect($(`h3#${chantier.id}`).nextAll("p.stage-link").first().find("a").attr("href")).toBe(chantier.url);
    }
  });
});

describe("the overview on the publication's home", () => {
  it("is a table with a caption, header scopes and counts linking to the chantier page's stage sections", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const table = $("table.count-table");
    expect(normalizeText(table.find("caption").text())).toBe("Nombre d'actions par chantier et par stade de maturité");
    expect(table.find("thead th[scope=col]").length).toBe(5);
    expect(table.find("tbody th[scope=row]").length).toBe(7);
    for (const row of catalogue.counts.rows) {
      const line = table.find("tbody tr").filter((_, tr) => normalizeText($(tr).find("th").text()) === row.chantier.title);
      const links = line.find("td a").toArray();
      expect(links.map((link) => Number($(link).text()))).toEqual(row.cells.map((cell) => cell.count));
      for (const link of links) {
        const [pageUrl, fragment] = ($(link).attr("href") ?? "").split("#");
        const target = await loadPage(siteDir, pageUrl!);
        expect(actionTitlesUnder(target, `#${fragment}`)).toHaveLength(Number($(link).text()));
      }
    }
    expect(normalizeText(table.find("tfoot td").last().text())).toBe("32");
  });

  it("has an SVG bar chart of the same counts, with its numbers in words", async () => {
    const $ = await loadPage(siteDir, "/plans-action/");
    const chart = $("figure.bar-chart svg[role=img]");
    expect(chart.attr("aria-labelledby")).toBe("bar-chart-title bar-chart-desc");
    const description = normalizeText(chart.find("desc").text());
    expect(description).toContain("Phase d’usage : 8 au total, 1 en réalisation, 1 en expérimentation, 6 en réflexion.");
    expect(description).toContain("Achats : 5 au total, 5 en réalisation.");
    const printed = chart.find("text.bar-chart__count").map((_, text) => Number($(text).text())).get();
    expect(printed.reduce((sum, count) => sum + count, 0)).toBe(32);
    expect($("script").length).toBe(0);
  });
});

describe("« Les gains possibles »", () => {
  it("shows every published figure in a table, with units and source", async () => {
    const $ = await loadPage(siteDir, "/plans-action/gains-possibles/");
    const rows = $("table.gains-table tbody tr").toArray();
    expect(rows).toHaveLength(catalogue.gains.figures.length);
    const first = normalizeText($(rows[0]).text());
    expect(first).toContain("1 000 ordinateurs");
    expect(first).toContain("54,9 t CO₂ éq.");
    expect(first).toContain("2,8 kg Sb éq.");
    expect(first).toContain("6,8 / 43,4");
    expect(normalizeText($(rows[4]).text())).toContain("environ 500 t CO₂ éq.");
    expect($(".gains-source").text()).toContain("ADEME");
  });
});

describe("open data", () => {
  const read = (file: string) => readFile(path.join(siteDir, file), "utf8");

  it("publishes the catalogue as JSON, valid against its published JSON Schema", async () => {
    const data = JSON.parse(await read(catalogue.urls.json));
    expect(data.actions.map((action: { id: string }) => action.id)).toEqual(catalogue.actions.map((action) => action.id));
    expect(data.publication.publishedOn).toBe("2022-04-01");
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await read(catalogue.urls.jsonSchema)));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("publishes the actions as CSV with a byte order mark, CRLF and one record an action", async () => {
    const csv = await read(catalogue.urls.csv);
    expect(csv.startsWith("\uFEFFid,")).toBe(true);
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records.map((record) => [record.id, record.intitule, record.stade])).toEqual(
      catalogue.actions.map((action) => [action.id, action.titleText, action.stage]),
    );
    expect(csv).toContain("Identifier des correspondants et animer un réseau de référents.,strategie-et-gouvernance");
    expect(csv.split("\r\n").length).toBe(34);
  });
});
