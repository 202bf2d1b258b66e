import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { horizontalOverflow } from "./browser.ts";
import { htmlValidator } from "./html-validator.ts";
import { accessibilityViolations } from "./page-survey.ts";

/*
 * The tests behind the RGAA criteria that a test can decide (src/accessibility/checks.ts, by the
 * same ids): each opens a page of the built site as its criterion says and returns what fails,
 * one line each; none when the page passes.
 */

export interface CheckTarget {
  browser: Browser;
  origin: string;
  siteDir: string;
  url: string;
}

type Check = (target: CheckTarget) => Promise<string[]>;

async function withPage(
  target: CheckTarget,
  { width, ...options }: BrowserContextOptions & { width: number },
  use: (page: Page) => Promise<string[]>,
): Promise<string[]> {
  const context = await target.browser.newContext({ viewport: { width, height: 800 }, ...options });
  try {
    const page = await context.newPage();
    await page.goto(`${target.origin}${target.url}`, { waitUntil: "load" });
    return await use(page);
  } finally {
    await context.close();
  }
}

const atWidths = async (target: CheckTarget, run: (width: number) => Promise<string[]>) =>
  (
    await Promise.all(
      [1280, 320].map(async (width) => (await run(width)).map((line) => `${width} px : ${line}`)),
    )
  ).flat();

/** What the keyboard reaches, in order, pressing Tab from the page's top until focus leaves it. */
interface FocusStop {
  /** A short name of the element: its tag, id and text. */
  name: string;
  /** Whether it comes after the previous stop in the document's order. */
  followsPrevious: boolean;
  /** Whether its focus shows: an outline, or a shadow. */
  focusShows: boolean;
  /** Whether it is in the window once focused: the browser scrolls to it unless something holds it out. */
  inView: boolean;
  /** Where it leads, for a link to a place in the page. */
  target: string | null;
}

async function focusStops(page: Page): Promise<{ stops: FocusStop[]; trapped: boolean }> {
  const focusable = await page.evaluate(
    () =>
      document.querySelectorAll(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ).length,
  );
  const stops: FocusStop[] = [];
  // Each focusable element once, and a few more: a trap keeps the focus going round in it.
  for (let press = 0; press < focusable + 3; press++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((index) => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const previous = (window as unknown as { lastFocus?: Element }).lastFocus;
      (window as unknown as { lastFocus?: Element }).lastFocus = element;
      // DSFR draws the focus of a link that stretches over its card or logo block on its ::before.
      // The focus shows when an outline or a shadow differs from the element's unfocused state.
      const pseudos = [null, "::before", "::after"];
      // Read focused, then blurred; no function of its own here (the bundler would name it).
      const states: string[][] = [];
      for (let pass = 0; pass < 2; pass++) {
        states.push(
          pseudos.map((pseudo) => {
            const style = getComputedStyle(element, pseudo);
            const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
            return `${outline ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : "none"} | ${style.boxShadow}`;
          }),
        );
        if (pass === 0) (element as HTMLElement).blur();
      }
      const [focused = [], unfocused = []] = states;
      // Focused again from the script after a key press: still as the keyboard shows it.
      (element as HTMLElement).focus({ preventScroll: true });
      const shows = focused.some((state, at) => state !== unfocused[at] && state !== "none | none");
      const box = element.getBoundingClientRect();
      return {
        name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} « ${element.textContent.trim().slice(0, 40)} »`,
        followsPrevious:
          index === 0 ||
          !previous ||
          Boolean(previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
        focusShows: shows,
        inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
        target: element instanceof HTMLAnchorElement && element.hash ? element.hash.slice(1) : null,
      };
    }, stops.length);
    if (!stop) return { stops, trapped: false };
    stops.push(stop);
  }
  return { stops, trapped: true };
}

/** Tab from the top: a skip link to the main content first, the document's order, focus shown, an end. */
async function keyboardProblems(page: Page): Promise<string[]> {
  const { stops, trapped } = await focusStops(page);
  const problems: string[] = [];
  const mainId = await page.evaluate(() => document.querySelector("main")?.id ?? "");
  if (!stops[0] || !mainId || stops[0].target !== mainId)
    problems.push(
      `le premier arrêt du clavier n'est pas un lien vers le contenu principal (${stops[0]?.name ?? "aucun"})`,
    );
  for (const stop of stops) {
    if (!stop.followsPrevious) problems.push(`${stop.name} : atteint hors de l'ordre du code`);
    if (!stop.focusShows) problems.push(`${stop.name} : la prise de focus ne se voit pas`);
    if (!stop.inView) problems.push(`${stop.name} : hors de la fenêtre quand il a le focus`);
  }
  if (trapped) problems.push("le focus ne quitte jamais la page : piège au clavier");
  return problems;
}

/**
 * Texts cut off: a line that reaches outside a box that hides its overflow, or past the window's
 * edge. The text of
 * an icon-only DSFR button (the search bar's) is meant to stay out of sight (its icon and title show it), and a box of
 * a pixel or two is DSFR's way of keeping a text for screen readers only.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // No function of its own here: the bundler would name it with a helper the page lacks.
    const clipping = new Set(["hidden", "clip"]);
    const hiddenByDesign =
      '.fr-btn[class*="fr-icon-"]:not([class*="fr-btn--icon-"]), .fr-search-bar .fr-btn, .fr-sr-only';
    const problems = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !(node.textContent ?? "").trim() || parent.closest(hiddenByDesign)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = Array.from(range.getClientRects());
      // Past the window's edge, where the page does not scroll (a table's box does, as DSFR means).
      const scrolls = parent.closest(".fr-table__container, pre");
      if (!scrolls && lines.some((line) => line.right > document.documentElement.clientWidth + 1))
        problems.add(`« ${(node.textContent ?? "").trim().slice(0, 40)} » dépasse de la fenêtre`);
      for (
        let box = parent.parentElement ? parent : null;
        box && box !== document.body;
        box = box.parentElement
      ) {
        const style = getComputedStyle(box);
        const clipsX = clipping.has(style.overflowX);
        const clipsY = clipping.has(style.overflowY);
        if (!clipsX && !clipsY) continue;
        const frame = box.getBoundingClientRect();
        if (frame.width <= 2 || frame.height <= 2) break;
        const outside = lines.some(
          (line) =>
            (clipsX && (line.left < frame.left - 1 || line.right > frame.right + 1)) ||
            (clipsY && (line.top < frame.top - 1 || line.bottom > frame.bottom + 1)),
        );
        if (outside)
          problems.add(
            `« ${(node.textContent ?? "").trim().slice(0, 40)} » coupé par ${box.tagName.toLowerCase()}.${box.className}`,
          );
      }
    }
    return [...problems];
  });
}

const overflowProblem = async (page: Page) => {
  const overflow = await horizontalOverflow(page);
  return overflow > 0 ? [`la page défile de ${overflow} px sur le côté`] : [];
};

// WCAG 1.4.12's values, which a reader's own style sheet may impose.
const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

// English's commonest words, and a suffix French lacks: enough to catch a sentence, or a term, left unmarked.
const ENGLISH_WORDS = /\b(the|and|with|of|this|that|your|from|\w+ness|requests?)\b/i;

/** Text outside any `lang` but French that reads as English; invalid language codes. */
function languageProblems(page: Page): Promise<string[]> {
  return page.evaluate((englishSource) => {
    const english = new RegExp(englishSource, "i");
    const problems: string[] = [];
    for (const element of Array.from(document.querySelectorAll("[lang]"))) {
      const code = element.getAttribute("lang") ?? "";
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code))
        problems.push(`code de langue invalide : « ${code} »`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent ?? "").trim();
      if (!parent || !text || parent.closest("code, pre, kbd, samp, script, style, [translate=no]")) continue;
      if (/^(https?:|www\.|\/)/.test(text)) continue;
      const lang = parent.closest("[lang]")?.getAttribute("lang") ?? "";
      if (lang.startsWith("fr") && english.test(text))
        problems.push(
          `texte anglais sans lang : « ${text.slice(0, 60)} » (marquez-le *ainsi*{lang=en}, voir CONTRIBUTING.md)`,
        );
    }
    return problems;
  }, ENGLISH_WORDS.source);
}

/** Animations that run on their own: forever, or longer than five seconds. */
function endlessMotion(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((animation) => {
        const timing = animation.effect?.getComputedTiming();
        return animation.playState === "running" && timing && Number(timing.endTime) > 5000;
      })
      .map(
        (animation) =>
          `animation sans fin : ${(animation.effect as KeyframeEffect | null)?.target?.tagName ?? "?"}`,
      ),
  );
}

export const RGAA_CHECKS: Record<string, Check> = {
  axe: (target) => atWidths(target, (width) => withPage(target, { width }, accessibilityViolations)),
  html: async ({ siteDir, url }) => {
    const file = path.join(siteDir, url, "index.html");
    const report = await htmlValidator().validateString(await readFile(file, "utf8"), file);
    return report.results.flatMap((result) =>
      result.messages.map((message) => `ligne ${message.line} : ${message.ruleId} : ${message.message}`),
    );
  },
  clavier: (target) => atWidths(target, (width) => withPage(target, { width }, keyboardProblems)),
  reflow: (target) => withPage(target, { width: 320 }, overflowProblem),
  espacement: (target) =>
    atWidths(target, (width) =>
      withPage(target, { width, bypassCSP: true }, async (page) => {
        await page.addStyleTag({ content: TEXT_SPACING });
        return [...(await clippedText(page)), ...(await overflowProblem(page))];
      }),
    ),
  agrandissement: (target) =>
    withPage(target, { width: 1280, bypassCSP: true }, async (page) => {
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      return [...(await clippedText(page)), ...(await overflowProblem(page))];
    }),
  "couleurs-forcees": (target) =>
    withPage(target, { width: 1280, forcedColors: "active" }, async (page) =>
      (await keyboardProblems(page)).filter((problem) => problem.includes("focus ne se voit")),
    ),
  // As most readers see it, without asking for less motion: nothing may move on its own forever.
  mouvement: (target) => withPage(target, { width: 1280 }, endlessMotion),
  langue: (target) => withPage(target, { width: 1280 }, languageProblems),
};

/** Runs the test of a check of src/accessibility/checks.ts, by its id. */
export function runCheck(id: string, target: CheckTarget): Promise<string[]> {
  const check = RGAA_CHECKS[id];
  if (!check) throw new Error(`Aucun test pour la vérification « ${id} » (tests/support/rgaa-checks.ts)`);
  return check(target);
}

// The criterion each axe-core rule decides, among the check's; a rule not listed here counts
// against all of them.
const AXE_RULE_CRITERIA: Record<string, string> = {
  "image-alt": "1.1",
  "role-img-alt": "1.1",
  "svg-img-alt": "1.1",
  "input-image-alt": "1.1",
  "area-alt": "1.1",
  "presentation-role-conflict": "1.2",
  "frame-title": "2.1",
  "color-contrast": "3.2",
  "th-has-data-cells": "5.6",
  "scope-attr-valid": "5.6",
  "td-headers-attr": "5.7",
  "td-has-header": "5.7",
  "link-name": "6.2",
  "html-has-lang": "8.3",
  "html-lang-valid": "8.4",
  "html-xml-lang-mismatch": "8.4",
  "document-title": "8.5",
  "valid-lang": "8.8",
  list: "9.3",
  listitem: "9.3",
  "definition-list": "9.3",
  dlitem: "9.3",
  label: "11.1",
  "select-name": "11.1",
  "form-field-multiple-labels": "11.1",
};

// The keyboard's findings, by the words that tell them.
const KEYBOARD_CRITERIA: [RegExp, string][] = [
  [/premier arrêt/, "12.7"],
  [/hors de l'ordre/, "12.8"],
  [/ne se voit pas|hors de la fenêtre/, "10.7"],
  [/piège/, "12.9"],
];

/** The criteria a finding of a check goes against: one where the finding says which, else all the check's. */
export function criteriaOfFinding(check: { id: string; criteria: string[] }, finding: string): string[] {
  const rule = /^(?:\d+ px : )?([a-z-]+) \(/.exec(finding)?.[1];
  const criterion =
    check.id === "axe" && rule
      ? AXE_RULE_CRITERIA[rule]
      : check.id === "clavier"
        ? KEYBOARD_CRITERIA.find(([words]) => words.test(finding))?.[1]
        : check.id === "html" && /doctype/i.test(finding)
          ? "8.1"
          : check.id === "html"
            ? "8.2"
            : undefined;
  return criterion ? [criterion] : check.criteria;
}

/**
 * What a page must hold for criteria to apply to it, by their numbers: a page that holds it may
 * not judge them not applicable. The executable scripts are the site's own (JSON data is not run).
 */
export const APPLICABLE_WHERE: [criteria: string[], selector: string][] = [
  [["1.1", "1.2"], "img, svg, [role=img], canvas, area, input[type=image]"],
  [["2.1", "2.2"], "iframe, frame"],
  [["4.1", "4.7", "4.8", "4.11", "4.12", "4.13"], "video, audio, object, embed"],
  [["5.4", "5.5", "5.6", "5.7"], "table"],
  [["7.1"], 'script:not([type="application/json"]):not([type="application/ld+json"])'],
  [["8.7", "8.8"], "body [lang]"],
  [["11.1", "11.2", "11.9"], "form"],
];
