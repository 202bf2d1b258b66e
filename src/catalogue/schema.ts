// zod itself, not the `z` that validation.ts re-exports: this schema is also bundled for the
// browser, and only a namespace imported here lets the bundle keep just the parts it uses.
import * as z from "zod";
import "../validation.ts";

/*
 * One schema for the whole catalogue: the TypeScript types below are inferred from it, the
 * JSON Schema of the open data is generated from it, and the build validates the data with it.
 */

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, "identifiant attendu en minuscules ASCII, chiffres et tirets (ex. « achats-durables »)");

const textSchema = z.string().trim().min(1, "texte vide");

export const STAGE_IDS = ["realisation", "experimentation", "reflexion"] as const;
export const stageIdSchema = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof stageIdSchema>;

export const stageSchema = z.strictObject({
  id: stageIdSchema,
  label: textSchema,
  definition: textSchema,
});
export type Stage = z.infer<typeof stageSchema>;

export const chantierSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  order: z.number().int(),
  description: textSchema,
});
export type Chantier = z.infer<typeof chantierSchema>;

export const planDocumentSchema = z.strictObject({
  title: textSchema,
  /** The size as published ("2,9 Mo"), when it was. */
  size: textSchema.optional(),
  /** Where the document can be downloaded, when an address is known. */
  url: z.url().optional(),
  /** A copy kept in the repository, below `public/`: its format and size are read from it. */
  file: z
    .string()
    .regex(
      /^documents\/[a-z0-9-]+\.[a-z0-9]+$/,
      "chemin attendu sous documents/ (ex. « documents/plan.pdf »)",
    )
    .optional(),
  /** The format of a document at `url` ("PDF"), for its download link. */
  format: textSchema.optional(),
  /** The exact size of a document at `url`, in bytes, for its download link. */
  bytes: z.number().int().positive().optional(),
  /** The document's language (ISO 639-1), French when not said. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, "code de langue attendu (ex. « fr »)")
    .optional(),
  /**
   * What the document says, in the editorial team's words, shown under its link: plain text,
   * since the open data carries it as it is written here.
   */
  summary: z
    .string()
    .trim()
    .min(1, "résumé vide : écrivez le résumé ou retirez le champ")
    .describe("Résumé du document par l'équipe éditoriale du site, en texte brut, et non extrait du document")
    .optional(),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

export const ministrySchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  shortName: textSchema,
  documents: z.array(planDocumentSchema),
});
export type Ministry = z.infer<typeof ministrySchema>;

/**
 * Who places an example action at its stage: the publication's own text, or the editorial team
 * where the publication does not say it.
 */
export const STAGE_SOURCE_IDS = ["publication", "editorial"] as const;
export const stageSourceSchema = z.enum(STAGE_SOURCE_IDS, {
  error:
    "origine du stade attendue : « publication » (la publication donne ce stade) ou « editorial » (classement de l'équipe éditoriale)",
});
export type StageSource = z.infer<typeof stageSourceSchema>;

export const actionSchema = z.strictObject({
  id: idSchema,
  /** Markdown inline: emphasis and links are kept, HTML is shown as text. */
  title: textSchema,
  chantier: idSchema,
  stage: stageIdSchema,
  stageSource: stageSourceSchema,
  /** Only where a source attributes the action to these ministries. */
  ministries: z.array(idSchema).optional(),
  /** Why the action sits at its stage: the publication's passage, or the editorial team's reason. */
  note: textSchema.optional(),
});
export type Action = z.infer<typeof actionSchema>;

/** An action as a data file writes it: chantier and ministries checked by `tsc` against the data. */
export type ActionData<ChantierId extends string, MinistryId extends string> = Omit<
  Action,
  "chantier" | "ministries"
> & {
  chantier: ChantierId;
  ministries?: MinistryId[];
};

const quantitySchema = z.strictObject({
  value: z.number().positive(),
  unit: textSchema,
  /** Published as "about" (environ). */
  approximate: z.boolean().optional(),
});
export type Quantity = z.infer<typeof quantitySchema>;

export const gainSchema = z.strictObject({
  id: idSchema,
  lever: textSchema,
  scope: textSchema,
  climateChange: quantitySchema.optional(),
  abioticDepletion: quantitySchema.optional(),
  /** As published, in "European equivalents": not recomputed from the rounded figures. */
  europeanEquivalents: z.strictObject({ climateChange: z.number(), abioticDepletion: z.number() }).optional(),
});
export type Gain = z.infer<typeof gainSchema>;

export const gainsSourceSchema = z.strictObject({
  publisher: textSchema,
  title: textSchema,
  note: textSchema,
  europeanEquivalent: z.strictObject({ climateChange: quantitySchema, abioticDepletion: quantitySchema }),
});
export type GainsSource = z.infer<typeof gainsSourceSchema>;

export const publicationSchema = z.strictObject({
  title: textSchema,
  publisher: textSchema,
  /** ISO date of the publication: the only date the open data carries. */
  publishedOn: z.iso.date(),
  licence: z.strictObject({ name: textSchema, url: z.url() }),
});
export type Publication = z.infer<typeof publicationSchema>;

export const gainsSchema = z.strictObject({ source: gainsSourceSchema, figures: z.array(gainSchema) });
export type Gains = z.infer<typeof gainsSchema>;

/** The period a plan covers, as the ministries name it: "2022", "2023-2025". */
const periodSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{4})?$/, "période attendue (ex. « 2022 » ou « 2023-2025 »)");

/** A figure a review published as such, without per-action detail: shown as published. */
export const publishedFigureSchema = z.strictObject({
  id: idSchema,
  value: z.number().nonnegative(),
  /** Written after the value: "%". */
  unit: textSchema.optional(),
  /** Written before the value, as published: "plus de". */
  qualifier: textSchema.optional(),
  /** What is counted, read after the value: "actions identifiées". */
  label: textSchema,
});
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;

/** A review (bilan) of the ministries' plans, as its source published it. */
export const reviewSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** When the review was published. */
  date: z.iso.date(),
  /** The period of the plans it reviews ("2022"). */
  period: periodSchema,
  source: z.strictObject({
    publisher: textSchema,
    title: textSchema,
    url: z.url().optional(),
    note: textSchema.optional(),
  }),
  publishedFigures: z.array(publishedFigureSchema),
});
export type Review = z.infer<typeof reviewSchema>;

/** Where a plan action stood at a review. */
export const STATUS_IDS = ["realisee", "en-cours", "pas-commencee", "abandonnee"] as const;
export type StatusId = (typeof STATUS_IDS)[number];
export const STATUS_LABELS: Record<StatusId, string> = {
  realisee: "Réalisée",
  "en-cours": "En cours",
  "pas-commencee": "Pas commencée",
  abandonnee: "Abandonnée",
};

export const planActionSchema = z.strictObject({
  /** Unique in its plan. */
  id: idSchema,
  chantier: idSchema,
  /** Markdown inline, as the ministry wrote it. */
  title: textSchema,
  /** The stage the ministry aims at for this action. */
  stage: stageIdSchema,
  /** The publication's example action this one follows, if any. */
  example: idSchema.optional(),
  /** The id of the action it carries on from, in its ministry's previous plan. */
  continues: idSchema.optional(),
  indicator: z
    .strictObject({ label: textSchema, unit: textSchema.optional(), target: z.number().optional() })
    .optional(),
  note: textSchema.optional(),
  /** When the ministry identified the action, and when it carried it out, as its roadmap dates them. */
  identifiedOn: z.iso.date().optional(),
  completedOn: z.iso.date().optional(),
  /** Its status at each review that followed it. */
  statuses: z
    .array(z.strictObject({ review: idSchema, status: z.enum(STATUS_IDS), comment: textSchema.optional() }))
    .optional(),
});
export type PlanAction = z.infer<typeof planActionSchema>;

/** A change as its readers are told it: a date and one sentence, for a page or a plan. */
export const changeNoteSchema = z.strictObject({
  date: z.iso.date("date attendue au format AAAA-MM-JJ, et qui existe"),
  note: textSchema,
});
export type ChangeNote = z.infer<typeof changeNoteSchema>;

/** One ministry's plan for one period, in a file of its own (`_data/plans/<ministère>-<période>.ts`). */
export const planSchema = z.strictObject({
  ministry: idSchema,
  period: periodSchema,
  actions: z.array(planActionSchema),
  /** What changed in the plan, for its readers: the ministry page's history lists these. */
  modifications: z.array(changeNoteSchema).optional(),
});
export type Plan = z.infer<typeof planSchema>;
