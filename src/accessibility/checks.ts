/*
 * The criteria a test decides on every page of the sample, and what each test does. The tests
 * (tests/quality/rgaa-audit.test.ts) run them; the declaration says which criteria they decide.
 */

export interface AutomatedCheck {
  id: string;
  /** What the test does, as the declaration tells it. */
  label: string;
  /** The criteria it decides: a page that fails the test fails each of them. */
  criteria: string[];
}

export const AUTOMATED_CHECKS: AutomatedCheck[] = [
  {
    id: "axe",
    label: "axe-core, règles WCAG 2.2 de niveaux A et AA, à 1280 et à 320 pixels de large",
    criteria: ["1.1", "1.2", "2.1", "3.2", "5.6", "5.7", "6.2", "8.3", "8.4", "8.5", "8.8", "9.3", "11.1"],
  },
  { id: "html", label: "html-validate, règles recommandées", criteria: ["8.1", "8.2"] },
  {
    id: "clavier",
    label:
      "parcours de la page à la touche Tab dans Chromium : lien d'évitement en premier, ordre du code, focus visible, aucun piège",
    criteria: ["10.7", "12.7", "12.8", "12.9"],
  },
  { id: "reflow", label: "aucun défilement horizontal à 320 pixels de large", criteria: ["10.11"] },
  {
    id: "espacement",
    label: "espacement du texte de la WCAG 1.4.12 imposé : aucun texte coupé ni masqué",
    criteria: ["10.12"],
  },
  {
    id: "agrandissement",
    label: "texte agrandi à 200 % : aucun texte coupé, aucun défilement horizontal",
    criteria: ["10.4"],
  },
  {
    id: "couleurs-forcees",
    label: "couleurs forcées (contraste élevé de Windows) : le focus reste visible",
    criteria: ["10.5"],
  },
  {
    id: "mouvement",
    label: "animations réduites demandées : rien ne bouge ni ne clignote sans fin",
    criteria: ["13.8"],
  },
  {
    id: "langue",
    label: "langue des passages : tout code de langue est valide, et aucun texte anglais sans lang",
    criteria: ["8.7"],
  },
];

/** The tests that decide a criterion, by its number. */
export function checksOf(criterion: string): AutomatedCheck[] {
  return AUTOMATED_CHECKS.filter((check) => check.criteria.includes(criterion));
}
