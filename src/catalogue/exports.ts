import { csvText } from "../csv.ts";
import { z } from "../validation.ts";
import { absoluteUrl } from "../urls.ts";
import {
  actionSchema,
  chantierSchema,
  ministrySchema,
  planActionSchema,
  publicationSchema,
  reviewSchema,
  stageSchema,
  stageSourceSchema,
} from "./schema.ts";
import type { Catalogue } from "./views.ts";

/** Raised when the shape of the open data changes: readers' scripts can check it. */
export const OPEN_DATA_SCHEMA_VERSION = "2.1.0";

const exportedActionSchema = actionSchema.extend({
  title: z.string().describe("Intitulé en texte brut"),
  titleMarkdown: z.string().describe("Intitulé en Markdown, liens compris"),
  stageSource: stageSourceSchema.describe(
    "Qui place l'action à son stade : « publication », le texte de la publication ; « editorial », " +
      "l'équipe éditoriale, la publication ne le précisant pas",
  ),
  ministries: z.array(z.string()),
});

const exportedPlanActionSchema = planActionSchema.extend({
  ministry: z.string(),
  period: z.string(),
  title: z.string().describe("Intitulé en texte brut"),
  titleMarkdown: z.string().describe("Intitulé en Markdown, liens compris"),
});

/** The open data: the catalogue's own schemas, with the export's envelope around them. */
export const openDataSchema = z
  .strictObject({
    $schema: z.url(),
    schemaVersion: z.literal(OPEN_DATA_SCHEMA_VERSION),
    publication: publicationSchema,
    stages: z.array(stageSchema),
    chantiers: z.array(chantierSchema),
    ministries: z.array(ministrySchema),
    actions: z.array(exportedActionSchema),
    /** The reviews of the plans, with the figures they published. */
    reviews: z.array(reviewSchema),
    /** The actions of the ministries' plans, each with its ministry, period and statuses. */
    planActions: z.array(exportedPlanActionSchema),
  })
  .meta({ title: "Catalogue des actions des plans ministériels numérique responsable" });

export type OpenData = z.infer<typeof openDataSchema>;

export function openData(catalogue: Catalogue, siteUrl: string): OpenData {
  return {
    $schema: absoluteUrl(catalogue.urls.jsonSchema, siteUrl),
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    publication: catalogue.publication,
    stages: catalogue.stages.map(({ id, label, definition }) => ({ id, label, definition })),
    chantiers: catalogue.chantiers.map(({ id, title, order, description }) => ({
      id,
      title,
      order,
      description,
    })),
    ministries: catalogue.ministries.map(({ id, name, shortName, documents }) => ({
      id,
      name,
      shortName,
      documents: documents.map(({ href: _href, ...document }) => document),
    })),
    actions: catalogue.actions.map((action) => ({
      id: action.id,
      title: action.titleText,
      titleMarkdown: action.title,
      chantier: action.chantier,
      stage: action.stage,
      stageSource: action.stageSource,
      ministries: action.ministries ?? [],
      ...(action.note ? { note: action.note } : {}),
    })),
    reviews: catalogue.reviews,
    planActions: catalogue.planActions.map((action) => ({
      ministry: action.ministry.id,
      period: action.period,
      id: action.id,
      chantier: action.chantier,
      title: action.titleText,
      titleMarkdown: action.title,
      stage: action.stage,
      ...(action.example ? { example: action.example } : {}),
      ...(action.indicator ? { indicator: action.indicator } : {}),
      ...(action.note ? { note: action.note } : {}),
      statuses: action.statuses ?? [],
    })),
  };
}

export function openDataJson(catalogue: Catalogue, siteUrl: string): string {
  return `${JSON.stringify(openData(catalogue, siteUrl), null, 2)}\n`;
}

export function openDataJsonSchema(catalogue: Catalogue, siteUrl: string): string {
  const schema = { $id: absoluteUrl(catalogue.urls.jsonSchema, siteUrl), ...z.toJSONSchema(openDataSchema) };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const CSV_COLUMNS = [
  "id",
  "intitule",
  "chantier",
  "chantier_intitule",
  "stade",
  "stade_intitule",
  "ministeres",
  "note",
  "stade_source",
  "stade_source_intitule",
];

/**
 * RFC 4180: comma-separated, CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled. The UTF-8 byte order mark makes spreadsheets read accents.
 */
export function openDataCsv(catalogue: Catalogue): string {
  const records = catalogue.actions.map((action) => [
    action.id,
    action.titleText,
    action.chantier,
    action.chantierTitle,
    action.stage,
    action.stageLabel,
    (action.ministries ?? []).join(" "),
    action.note ?? "",
    action.stageSource,
    action.stageSourceLabel,
  ]);
  return csvText([CSV_COLUMNS, ...records]);
}

const PLAN_CSV_COLUMNS = ["ministere", "periode", "id", "chantier", "stade", "intitule", "exemple"];

/**
 * The ministries' plan actions, one record each, in the same CSV dialect as the examples': a
 * column a review (`statut_<bilan>`) gives each action's status at it.
 */
export function planActionsCsv(catalogue: Catalogue): string {
  const reviews = catalogue.reviews.map((review) => review.id);
  const records = catalogue.planActions.map((action) => [
    action.ministry.id,
    action.period,
    action.id,
    action.chantier,
    action.stage,
    action.titleText,
    action.example ?? "",
    ...reviews.map((review) => action.statuses?.find((entry) => entry.review === review)?.status ?? ""),
  ]);
  return csvText([[...PLAN_CSV_COLUMNS, ...reviews.map((review) => `statut_${review}`)], ...records]);
}

/** The years a catalogue covers: the publication's, and those of the plans' periods and reviews. */
function temporalCoverage(catalogue: Catalogue): string {
  const periods = [...new Set([...catalogue.planActions, ...catalogue.reviews].map(({ period }) => period))];
  const years = [
    catalogue.publication.publishedOn.slice(0, 4),
    ...periods.flatMap((period) => period.split("-")),
  ]
    .map(Number)
    .sort((a, b) => a - b);
  const [first, last] = [years[0], years.at(-1)];
  return first === last ? String(first) : `${String(first)}/${String(last)}`;
}

/**
 * schema.org's description of the open data, as data portals harvest it (data.gouv.fr reads
 * `Dataset` in JSON-LD): what it is, under which licence, who publishes it, each file and its
 * format. Safe inside <script>: `<` is escaped, so no text can close the element.
 */
export function openDataDataset(catalogue: Catalogue, siteUrl: string, pageUrl: string): string {
  const file = (url: string, encodingFormat: string, name: string) => ({
    "@type": "DataDownload",
    name,
    encodingFormat,
    contentUrl: absoluteUrl(url, siteUrl),
  });
  const { publication } = catalogue;
  const dataset = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: catalogue.publication.title,
    description:
      "Les actions d'exemple de la publication, par chantier et par stade de maturité, " +
      "et les actions des plans des ministères avec leur suivi aux bilans.",
    url: absoluteUrl(pageUrl, siteUrl),
    inLanguage: "fr",
    isAccessibleForFree: true,
    license: publication.licence.url,
    publisher: { "@type": "Organization", name: publication.publisher },
    datePublished: publication.publishedOn,
    temporalCoverage: temporalCoverage(catalogue),
    distribution: [
      file(catalogue.urls.csv, "text/csv", "Les actions en CSV"),
      file(catalogue.urls.planCsv, "text/csv", "Les actions des plans des ministères en CSV"),
      file(catalogue.urls.json, "application/json", "Le catalogue en JSON"),
    ],
  };
  return JSON.stringify(dataset).replaceAll("<", "\\u003c");
}
