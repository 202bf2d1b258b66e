import { mkdir, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_RELOAD_CHANNEL, LIVE_RELOAD_SCRIPT, createLiveReload } from "../../src/server/live-reload.ts";
import { createStaticServer, listenOnLoopback } from "../../src/server/static-server.ts";
import { listeningAddresses } from "../support/listening.ts";
import { temporaryFolder } from "../support/project.ts";

let server: Server;
let origin: string;

beforeAll(async () => {
  const root = await temporaryFolder("served");
  await mkdir(path.join(root, "page"));
  await writeFile(path.join(root, "page", "index.html"), "<p>Bonjour</p>");
  await writeFile(path.join(root, "404.html"), "<p>Introuvable</p>");
  server = createStaticServer(root);
  origin = await listenOnLoopback(server, 0);
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    }),
);

describe("createStaticServer", () => {
  it("listens on the loopback interface only", async () => {
    const port = Number(new URL(origin).port);
    expect(origin).toBe(`http://127.0.0.1:${port}`);
    expect(await listeningAddresses(port)).toEqual(["127.0.0.1"]);
  });

  it("serves a folder's index.html, gzip-compressed when the client accepts it", async () => {
    const response = await fetch(`${origin}/page/`, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toBe("<p>Bonjour</p>");
  });

  it("answers an unknown path with the site's 404 page and status", async () => {
    const response = await fetch(`${origin}/nulle-part/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("<p>Introuvable</p>");
  });
});

describe("createStaticServer with live reload (npm start)", () => {
  it("adds the listening script to pages as served and tells open pages to reload", async () => {
    const root = await temporaryFolder("served-live");
    await mkdir(path.join(root, "page"));
    await writeFile(path.join(root, "page", "index.html"), "<html><body><p>Bonjour</p></body></html>");
    await writeFile(path.join(root, "style.css"), "p{}");
    const liveReload = createLiveReload();
    const devServer = createStaticServer(root, { development: true, liveReload });
    const devOrigin = await listenOnLoopback(devServer, 0);
    try {
      const script = `<script src="${LIVE_RELOAD_SCRIPT}" data-generation="0"></script>`;
      expect(await (await fetch(`${devOrigin}/page/`)).text()).toBe(
        `<html><body><p>Bonjour</p>${script}</body></html>`,
      );
      expect(await (await fetch(`${devOrigin}/style.css`)).text()).toBe("p{}");
      expect((await fetch(`${devOrigin}${LIVE_RELOAD_SCRIPT}`)).headers.get("content-type")).toMatch(
        /^text\/javascript/,
      );

      const channel = await fetch(`${devOrigin}${LIVE_RELOAD_CHANNEL}`);
      const reader = channel.body!.getReader();
      const received = async () => new TextDecoder().decode((await reader.read()).value);
      // The channel opens with the build the site is at: the one the page was served from.
      expect(await received()).toBe("event: generation\ndata: 0\n\n");
      expect(liveReload.listeners).toBe(1);
      const reloaded = liveReload.reload(200);
      expect(await received()).toBe("event: generation\ndata: 1\n\n");
      // Nobody comes back: the reload gives up waiting after its patience.
      await reloaded;
      await reader.cancel();

      // A page served now carries the new build; a page shown again learns it on connecting.
      expect(await (await fetch(`${devOrigin}/page/`)).text()).toContain('data-generation="1"');
      const shownAgain = (await fetch(`${devOrigin}${LIVE_RELOAD_CHANNEL}`)).body!.getReader();
      expect(new TextDecoder().decode((await shownAgain.read()).value)).toContain("data: 1\n");
      await shownAgain.cancel();

      // Two rebuilds in a row: the page that comes back ends both waits, well before their patience.
      const listening = (await fetch(`${devOrigin}${LIVE_RELOAD_CHANNEL}`)).body!.getReader();
      await listening.read();
      const started = performance.now();
      const both = Promise.all([liveReload.reload(10_000), liveReload.reload(10_000)]);
      const back = await fetch(`${devOrigin}${LIVE_RELOAD_CHANNEL}`);
      await both;
      expect(performance.now() - started).toBeLessThan(5000);
      await back.body!.cancel();
      await listening.cancel();

      // A malformed or escaping address is no page, and the server keeps serving.
      expect((await fetch(`${devOrigin}/%E0%A4%A/`)).status).toBe(404);
      expect((await fetch(`${devOrigin}/..%2f..%2fetc%2fhosts`)).status).toBe(404);
      expect((await fetch(`${devOrigin}/page/`)).status).toBe(200);
    } finally {
      devServer.closeAllConnections();
      await new Promise((resolve) => devServer.close(resolve));
    }
  });
});
