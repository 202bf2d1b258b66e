import type { ChildProcess } from "node:child_process";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { LIVE_RELOAD_SCRIPT } from "../../src/server/live-reload.ts";
import { browserSession } from "../support/browser.ts";
import { listeningAddresses } from "../support/listening.ts";
import { projectVariant } from "../support/project.ts";
import { startDevServer } from "../../src/server/dev-process.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

let server: ChildProcess | undefined;
const session = browserSession();

afterAll(() => {
  server?.kill();
});

interface SearchEntry {
  languages: { fr: { hash: string; page_count: number } };
}

/** The built pages that offer a part to search. */
async function searchablePages(siteDir: string): Promise<number> {
  const pages = await builtPageUrls(siteDir);
  const searchable = await Promise.all(
    pages.map(async (url) => (await loadPage(siteDir, url))("[data-pagefind-body]").length > 0),
  );
  return searchable.filter(Boolean).length;
}

async function pageText(url: string): Promise<string> {
  const response = await fetch(url);
  return response.text();
}

describe("npm start", () => {
  it("serves the site and its drafts on 127.0.0.1 and rebuilds it when a page changes", async () => {
    const projectDir = await projectVariant({
      "content/plans-action/brouillon.md":
        "---\ntitle: Brouillon\ndescription: Pas encore prêt.\ndraft: true\n---\n\nEn cours d'écriture.\n",
    });
    const started = await startDevServer(projectDir);
    server = started.server;
    const { origin } = started;
    expect(await listeningAddresses(Number(new URL(origin).port))).toEqual(["127.0.0.1"]);
    expect(await pageText(`${origin}/plans-action/gouvernance/`)).toContain("<h1>Gouvernance</h1>");
    // Drafts are left out of `npm run build`, not of the dev server.
    expect(await pageText(`${origin}/plans-action/brouillon/`)).toContain("En cours d'écriture.");
    const searchIndex = async () =>
      (JSON.parse(await pageText(`${origin}/pagefind/pagefind-entry.json`)) as SearchEntry).languages.fr;
    const firstIndex = await searchIndex();
    expect(firstIndex.page_count).toBe(await searchablePages(path.join(projectDir, "_site")));

    // The page open in a browser reloads itself after the save: nobody reloads it here.
    const page = await session.browser.newPage();
    await page.goto(`${origin}/plans-action/gouvernance/`, { waitUntil: "networkidle" });
    const reloads: string[] = [];
    page.on("load", () => reloads.push(page.url()));
    // The new document can show its text before its `load` event: the test waits for both.
    const reloaded = page.waitForEvent("load", { timeout: 20_000 });
    await appendFile(
      path.join(projectDir, "content/plans-action/gouvernance.md"),
      "\nPhrase ajoutée pendant le service.\n",
    );
    await reloaded;
    await page.waitForFunction(
      () => document.body.textContent.includes("Phrase ajoutée pendant le service."),
      undefined,
      { timeout: 20_000 },
    );
    expect(reloads).toEqual([`${origin}/plans-action/gouvernance/`]);
    // The listening script is added as pages are served, never written into the built site.
    const built = await readFile(path.join(projectDir, "_site/plans-action/gouvernance/index.html"), "utf8");
    expect(built).toContain("Phrase ajoutée pendant le service.");
    expect(built).not.toContain(LIVE_RELOAD_SCRIPT);
    expect(await pageText(`${origin}/plans-action/gouvernance/`)).toContain(LIVE_RELOAD_SCRIPT);
    // The rebuild renders the changed page only; the search index still covers every page.
    await expect
      .poll(async () => (await searchIndex()).hash, { timeout: 20_000, interval: 250 })
      .not.toBe(firstIndex.hash);
    expect((await searchIndex()).page_count).toBe(firstIndex.page_count);

    // A catalogue data file is read again when it changes, not kept from the first build.
    const actionsFile = path.join(projectDir, "_data/actions.ts");
    const actions = await readFile(actionsFile, "utf8");
    await writeFile(
      actionsFile,
      actions.replace("Identifier des correspondants", "Nommer des correspondants"),
    );
    await expect
      .poll(() => pageText(`${origin}/plans-action/les-actions/strategie-et-gouvernance/`), {
        timeout: 20_000,
        interval: 250,
      })
      .toContain("Nommer des correspondants et animer un réseau de référents.");

    // A browser opens six connections to one server at most. Hidden tabs let go of the reload
    // channel, so a seventh tab still loads; a tab shown again catches up with the rebuilds.
    const context = await session.browser.newContext();
    const setHidden = (tab: Page, hidden: boolean) =>
      tab.evaluate((hidden) => {
        Object.defineProperty(document, "hidden", { value: hidden, configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      }, hidden);
    const hiddenTabs: Page[] = [];
    for (let index = 0; index < 6; index += 1) {
      const tab = await context.newPage();
      await tab.goto(`${origin}/plans-action/gouvernance/`);
      await setHidden(tab, true);
      hiddenTabs.push(tab);
    }
    const seventh = await context.newPage();
    const opened = await seventh.goto(`${origin}/plans-action/`, { timeout: 10_000 });
    expect(opened?.status()).toBe(200);
    await appendFile(
      path.join(projectDir, "content/plans-action/gouvernance.md"),
      "\nPhrase ajoutée pendant que l'onglet était caché.\n",
    );
    await expect
      .poll(() => pageText(`${origin}/plans-action/gouvernance/`), { timeout: 20_000, interval: 250 })
      .toContain("Phrase ajoutée pendant que l'onglet était caché.");
    const shownAgain = hiddenTabs[0]!;
    await setHidden(shownAgain, false);
    await shownAgain.waitForFunction(
      () => document.body.textContent.includes("Phrase ajoutée pendant que l'onglet était caché."),
      undefined,
      { timeout: 20_000 },
    );
    await context.close();
  });
});
