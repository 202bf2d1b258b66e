import type { CheerioAPI } from "cheerio";
import { normalizeText } from "./site.ts";

/** The titles of the actions listed in a section, from its heading to the next heading of its level. */
export function actionTitlesUnder($: CheerioAPI, headingSelector: string): string[] {
  const heading = $(headingSelector);
  const level = heading.prop("tagName");
  return heading
    .nextUntil(level ?? "h2")
    .filter("ul.action-list")
    .find(".action-list__title")
    .toArray()
    .map((title) => normalizeText($(title).text()));
}

/** The entries of the sidebar under "Les actions", or under the entry of that title. */
export function sidebarChantiers(
  $: CheerioAPI,
  parentTitle = "Les actions",
): { title: string; url: string | undefined; current: boolean }[] {
  const actionsItem = $(".fr-sidemenu__list")
    .first()
    .children("li")
    .toArray()
    .find((item) => normalizeText($(item).children("a").text()) === parentTitle);
  if (!actionsItem) return [];
  return $(actionsItem)
    .find("> ul > li > a")
    .toArray()
    .map((link) => ({
      title: normalizeText($(link).text()),
      url: $(link).attr("href"),
      current: $(link).attr("aria-current") === "page",
    }));
}
