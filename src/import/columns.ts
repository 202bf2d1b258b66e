import { STATUS_LABELS, type StatusId } from "../catalogue/schema.ts";

/*
 * The columns of a plan's spreadsheet: the template offers them in this order, a published plan
 * is downloaded in them, and the import recognises them (and the other wordings below). They
 * follow the fields the mission's good-practice guide names for a roadmap's actions: label,
 * stage aimed at (the guide's « niveau d'engagement »), progress status, optional indicator,
 * comment and dates; and, from a ministry's second plan on, the action of its previous plan that
 * each one carries on.
 */

export type Column =
  | "id"
  | "continues"
  | "chantier"
  | "action"
  | "stage"
  | "status"
  | "indicator"
  | "unit"
  | "target"
  | "comment"
  | "identifiedOn"
  | "completedOn";

export interface ColumnSpec {
  /** The header the template writes. */
  header: string;
  /** Other headers that name the same column, compared loosely (case, accents, plural). */
  aliases: string[];
  /** What the template says of it, under its header. */
  help: string;
}

export const COLUMNS: Record<Column, ColumnSpec> = {
  id: {
    header: "Identifiant",
    aliases: ["id"],
    help: "Laissé vide pour une nouvelle action ; gardé tel quel pour une action déjà publiée.",
  },
  continues: {
    header: "Suite de l'action",
    // Said in full, so that « Identifiant de l'action précédente » is not read as « Identifiant ».
    aliases: [
      "continue",
      "poursuit",
      "action précédente",
      "reprend l'action",
      "identifiant de l'action précédente",
      "identifiant précédent",
    ],
    help: "Facultatif : l'identifiant de l'action du plan précédent que celle-ci poursuit.",
  },
  chantier: { header: "Chantier", aliases: ["thématique"], help: "Un des sept chantiers (liste)." },
  action: { header: "Action", aliases: ["intitulé", "libellé"], help: "L'intitulé de l'action." },
  stage: {
    header: "Stade",
    // The guide's words for it, which the référents' sheets may keep.
    aliases: ["Niveau d'engagement cible", "niveau"],
    help: "Réalisation, expérimentation ou réflexion (liste).",
  },
  status: {
    header: "Statut",
    aliases: ["état d'avancement", "avancement"],
    help: "Au bilan choisi en versant le tableau (liste).",
  },
  indicator: { header: "Indicateur", aliases: [], help: "Facultatif : ce qui mesure l'action." },
  unit: { header: "Unité", aliases: [], help: "Facultatif : l'unité de l'indicateur." },
  target: { header: "Valeur cible", aliases: ["cible"], help: "Facultatif : un nombre." },
  comment: { header: "Commentaire", aliases: [], help: "Facultatif." },
  identifiedOn: {
    header: "Date d'identification",
    aliases: ["identifiée le"],
    help: "Facultatif : JJ/MM/AAAA.",
  },
  completedOn: {
    header: "Date de réalisation",
    aliases: ["réalisée le"],
    help: "Facultatif : JJ/MM/AAAA.",
  },
};

/** The columns in the template's order. */
export const COLUMN_ORDER = Object.keys(COLUMNS) as Column[];

/** The columns a sheet cannot do without; `status` too when a review is chosen. */
export const REQUIRED_COLUMNS: Column[] = ["chantier", "action", "stage"];

/** The words each status is written with: the site's labels, and the guide's own (« à faire », « fini »). */
export const STATUS_WORDINGS: Record<StatusId, string[]> = {
  realisee: [STATUS_LABELS.realisee, "réalisé", "fini", "terminée", "terminé", "fait"],
  "en-cours": [STATUS_LABELS["en-cours"]],
  "pas-commencee": [STATUS_LABELS["pas-commencee"], "pas commencé", "à faire", "non commencée"],
  abandonnee: [STATUS_LABELS.abandonnee, "abandonné"],
};

/** How the template's example row begins: a sheet that still holds it is not a plan yet. */
export const EXAMPLE_TITLE_START = "Exemple :";

/**
 * A CSV cell that starts like a formula (`=`, `+`, `-`, `@`) would be run by Excel: the CSVs the
 * site publishes write it after an apostrophe, as OWASP advises, and the import takes it off.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const guardedCell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
export const unguardedCell = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
