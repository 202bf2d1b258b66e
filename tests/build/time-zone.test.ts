import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../support/project.ts";
import { loadPage } from "../support/site.ts";

const siteDir = inject("siteDir");

async function datesOf(dir: string): Promise<string[]> {
  const $ = await loadPage(dir, "/plans-action/les-actions/");
  return $(".page-date time")
    .toArray()
    .map((time) => `${$(time).attr("datetime")} ${$(time).text()}`);
}

describe("front-matter dates", () => {
  // UTC+14 and UTC-11: the two ends of the day around midnight UTC.
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago"])(
    "keep their calendar day when built in %s",
    async (zone) => {
      const { outputDir } = await buildSite({ env: { TZ: zone } });
      expect(await datesOf(outputDir)).toEqual(["2022-04-01 1er avril 2022"]);
      expect(await datesOf(outputDir)).toEqual(await datesOf(siteDir));
    },
  );
});
