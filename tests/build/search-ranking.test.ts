// Builds of variants of the project, not of its content: not rerun on a contributor's edits.
import { describe, expect, it } from "vitest";
import { browserSession, serveSite } from "../support/browser.ts";
import { buildSite, projectVariant } from "../support/project.ts";

const session = browserSession();

const page = (title: string, text: string) =>
  `---\ntitle: ${title}\ndescription: Page d'essai de la recherche.\n---\n\n${text}\n`;

describe("search ranking", () => {
  it("puts the pages holding a short word as typed before those whose words only start like it", async () => {
    // The decoy says "publient" in its title, where Pagefind weighs words most; "PUE" and
    // "publient" share the French stem's first letters.
    const projectDir = await projectVariant({
      "content/plans-action/essai-leurre.md": page(
        "Les ministères publient, publient et publient",
        "Ils publient leurs publications publiques.",
      ),
      "content/plans-action/essai-pue.md": page(
        "Mesurer les salles",
        "Chaque salle suit son indicateur, le PUE, mois après mois.",
      ),
    });
    const { outputDir } = await buildSite({ projectDir });
    const site = await serveSite(outputDir);
    const browser = await session.browser.newPage();
    try {
      await browser.goto(`${site.origin}/recherche/?q=PUE`);
      // The live region is there from the start: wait for the result it tells.
      await browser.locator("[role=status]:text-matches('pour « ')").waitFor();
      const found = await browser
        .locator(".search-results li > a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(found).toContain("/plans-action/essai-leurre/");
      expect(found.indexOf("/plans-action/essai-pue/")).toBeLessThan(
        found.indexOf("/plans-action/essai-leurre/"),
      );
      // Every page holding the word comes before the decoy.
      const holders = await Promise.all(
        found.map(async (url) => /\bPUE\b/.test(await (await fetch(`${site.origin}${url!}`)).text())),
      );
      expect(holders.slice(0, holders.indexOf(false))).not.toContain(false);
      expect(holders.slice(holders.indexOf(false))).not.toContain(true);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
