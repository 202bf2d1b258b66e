import type UserConfig from "@11ty/eleventy/UserConfig";
import type { AccessibilityData } from "../accessibility/load.ts";
import { siteUrls } from "../urls.ts";

/** The RGAA audit's grid as a CSV file beside the declaration: a file, in no list of pages. */
export function addAuditGrid(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate(
    "accessibilite/grille-rgaa.11ty.ts",
    { render: ({ accessibility }: { accessibility: AccessibilityData }) => accessibility.grid.text },
    { permalink: siteUrls.accessibilityGrid, layout: false, eleventyExcludeFromCollections: true },
  );
}
