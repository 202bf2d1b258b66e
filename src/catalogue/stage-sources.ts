import type { StageSource } from "./schema.ts";

/*
 * Who gave the stages of examples shown together, told to readers in one sentence: how many the
 * publication gives, and how many are the editorial team's classification. The catalogue's
 * pages say it of all the examples; a stage or chantier page, right after counting its own
 * examples, says it of « ces » examples.
 */

/** Of some examples' stages, how many the publication gives and how many the editorial team does. */
export interface StageSourceCount {
  total: number;
  publication: number;
  editorial: number;
  /** The counts in a sentence, for readers; none when there is no example. */
  sentence: string | undefined;
}

type Sourced = readonly { stageSource: StageSource }[];

/** How the sentence names the examples counted: all of them, or those its page has just counted. */
type Subject = "catalogue" | "page";

/** The no-break space French puts before « ; ». */
const NBSP = "\u00a0";
const EDITORIAL = "un classement de l'équipe éditoriale";

function sentence(publication: number, editorial: number, subject: Subject): string | undefined {
  const total = publication + editorial;
  if (total === 0) return undefined;
  if (total === 1) {
    const stage = subject === "page" ? "Le stade de cette action" : "Le stade de la seule action";
    return `${stage} est ${publication ? "donné par la publication" : EDITORIAL}.`;
  }
  const among = subject === "page" ? `Sur ces ${total} actions` : `Sur les ${total} actions`;
  const given =
    publication === 0
      ? "la publication ne donne le stade d'aucune"
      : publication === total
        ? "la publication donne le stade de chacune"
        : publication === 1
          ? `la publication donne le stade ${total === 2 ? "de l'une" : "d'une seule"}`
          : `la publication donne le stade de ${publication}`;
  const classified =
    editorial === 0
      ? `aucun n'est ${EDITORIAL}`
      : editorial === total
        ? `celui de chacune est ${EDITORIAL}`
        : editorial === 1
          ? `celui de ${total === 2 ? "l'autre" : "l'action restante"} est ${EDITORIAL}`
          : `celui des ${editorial} autres est ${EDITORIAL}`;
  return `${among}, ${given}${NBSP}; ${classified}.`;
}

function count(actions: Sourced, subject: Subject): StageSourceCount {
  const publication = actions.filter((action) => action.stageSource === "publication").length;
  const editorial = actions.length - publication;
  return {
    total: actions.length,
    publication,
    editorial,
    sentence: sentence(publication, editorial, subject),
  };
}

/**
 * Of all the examples (the overview's table, « Les actions »): « Sur les 32 actions, la
 * publication donne le stade de 17 ; celui des 15 autres est un classement de l'équipe
 * éditoriale. »
 */
export const stageSourceCount = (actions: Sourced): StageSourceCount => count(actions, "catalogue");

/**
 * Of the examples a page has just counted, a stage's or a chantier's: « Sur ces 11 actions, la
 * publication donne le stade de 8 ; celui des 3 autres est un classement de l'équipe
 * éditoriale. »
 */
export const stageSourceCountOfPage = (actions: Sourced): StageSourceCount => count(actions, "page");
