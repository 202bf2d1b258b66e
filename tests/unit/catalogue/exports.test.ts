import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  OPEN_DATA_SCHEMA_VERSION,
  openDataCsv,
  openDataDataset,
  openDataJson,
  openDataJsonSchema,
  type OpenData,
} from "../../../src/catalogue/exports.ts";
import { validateCatalogue } from "../../../src/catalogue/validate.ts";
import { buildCatalogueViews } from "../../../src/catalogue/views.ts";
import { catalogueSources } from "../../support/catalogue-fixture.ts";

const SITE = "https://exemple.gouv.fr/";

function catalogueWith(title: string, note?: string) {
  const sources = catalogueSources();
  sources.actions[0] = { ...sources.actions[0]!, title, stageSource: "editorial", ...(note ? { note } : {}) };
  return buildCatalogueViews(validateCatalogue(sources));
}

describe("openDataCsv", () => {
  const tricky = 'Réduire, « trier » et dire "non"';
  const note = "Note, avec virgule\nsur deux lignes";
  const csv = openDataCsv(catalogueWith(tricky, note));

  it("starts with a UTF-8 byte order mark, then the header row", () => {
    expect(
      csv.startsWith(
        "\uFEFFid,intitule,chantier,chantier_intitule,stade,stade_intitule,ministeres,note," +
          "stade_source,stade_source_intitule\r\n",
      ),
    ).toBe(true);
  });

  it("quotes fields with commas, quotes or line breaks and doubles the quotes", () => {
    expect(csv).toContain('"Réduire, « trier » et dire ""non"""');
    expect(csv).toContain('"Note, avec virgule\nsur deux lignes"');
  });

  it("ends every record with CRLF", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, "");
    expect(outsideQuotes.match(/\n/g)?.length).toBe(outsideQuotes.match(/\r\n/g)?.length);
  });

  it("reads back as the same records", () => {
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      id: "recycler",
      intitule: tricky,
      chantier: "fin-d-usage",
      chantier_intitule: "Fin d’usage",
      stade: "realisation",
      stade_intitule: "Réalisation",
      ministeres: "",
      note,
      stade_source: "editorial",
      stade_source_intitule: "Classement de l'équipe éditoriale",
    });
    expect(records[1]?.ministeres).toBe("culture");
  });
});

describe("openDataJson", () => {
  const catalogue = catalogueWith(
    "Acheter *durable*, via la [DNID](https://dons.encheres-domaine.gouv.fr/).",
  );
  const data = JSON.parse(openDataJson(catalogue, SITE)) as OpenData;

  it("carries the reviews with the figures they published", () => {
    expect(data.reviews).toEqual(catalogue.reviews);
    expect(data.reviews[0]?.publishedFigures[0]).toEqual({
      id: "actions",
      value: 300,
      qualifier: "plus de",
      label: "actions",
    });
  });

  it("carries its schema version and the publication's date, not the build's", () => {
    expect(data.schemaVersion).toBe(OPEN_DATA_SCHEMA_VERSION);
    expect(data.publication.publishedOn).toBe("2022-04-01");
    expect(data.$schema).toBe("https://exemple.gouv.fr/plans-action/donnees/actions.schema.json");
  });

  it("gives each action its plain title and its Markdown", () => {
    expect(data.actions[0]).toMatchObject({
      id: "recycler",
      title: "Acheter durable, via la DNID.",
      titleMarkdown: "Acheter *durable*, via la [DNID](https://dons.encheres-domaine.gouv.fr/).",
      chantier: "fin-d-usage",
      stage: "realisation",
      stageSource: "editorial",
      ministries: [],
    });
  });

  it("is valid against the JSON Schema generated from the same schema", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(openDataJsonSchema(catalogue, SITE)));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("is rejected by that schema when an action has an unknown stage", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(openDataJsonSchema(catalogue, SITE)));
    const broken = { ...data, actions: [{ ...data.actions[0], stage: "fini" }] };
    expect(validate(broken)).toBe(false);
  });

  it("is rejected by that schema when an action's stage has no known source", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(openDataJsonSchema(catalogue, SITE)));
    const { stageSource: _stageSource, ...unsourced } = data.actions[0]!;
    expect(validate({ ...data, actions: [unsourced] })).toBe(false);
    expect(validate({ ...data, actions: [{ ...unsourced, stageSource: "inconnue" }] })).toBe(false);
  });
});

describe("openDataDataset", () => {
  it("stays data inside its <script>, whatever the publication's title says", () => {
    const sources = catalogueSources();
    sources.publication = { ...sources.publication, title: "Plans </script><script>alert(1)</script>" };
    const text = openDataDataset(buildCatalogueViews(validateCatalogue(sources)), SITE, "/plans-action/");
    expect(text).not.toContain("<");
    const dataset = JSON.parse(text) as { name: string; url: string; temporalCoverage: string };
    expect(dataset.name).toBe(sources.publication.title);
    expect(dataset.url).toBe("https://exemple.gouv.fr/plans-action/");
    // Without plans or reviews, the publication's year alone.
    expect(dataset.temporalCoverage).toBe("2022");
  });
});
