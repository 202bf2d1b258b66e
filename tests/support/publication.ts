import type { CheerioAPI } from "cheerio";
import { normalizeText } from "./site.ts";

export interface Link {
  title: string;
  url: string | undefined;
}

/** The first level of the sidebar: the publication home, then its pages. */
export function sidebarTopLevel($: CheerioAPI): Link[] {
  return $(".fr-sidemenu__list")
    .first()
    .children("li")
    .children("a")
    .toArray()
    .map((link) => ({ title: normalizeText($(link).text()), url: $(link).attr("href") }));
}

export function breadcrumb($: CheerioAPI): Link[] {
  return $(".fr-breadcrumb li a")
    .toArray()
    .map((link) => ({ title: normalizeText($(link).text()), url: $(link).attr("href") }));
}
