import { mkdir, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
