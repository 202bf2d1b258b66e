import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import compression from "compression";
import sirv from "sirv";

export interface StaticServerOptions {
  /** Development: no HTTP caching, so an edited page is always fetched again. */
  development?: boolean;
}

/** Serves a built site, gzip-compressed as a production host would, with its 404 page. */
export function createStaticServer(root: string, options: StaticServerOptions = {}): http.Server {
  const serveFile = sirv(root, {
    dev: options.development ?? false,
    etag: true,
    // As a production host would: pages are checked again at each visit, assets are kept.
    setHeaders: options.development
      ? undefined
      : (response, pathname) => {
          response.setHeader(
            "Cache-Control",
            pathname.endsWith(".html") ? "no-cache" : "public, max-age=31536000, immutable",
          );
        },
  });
  // Every response is compressed, however small, so that measured weights are what a
  // compressing host would send.
  const compress = compression({ threshold: 0 });
  return http.createServer((request, response) => {
    compress(request, response, () => {
      serveFile(request, response, async () => {
        response.statusCode = 404;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        const notFoundPage = await readFile(path.join(root, "404.html")).catch(() => "Page introuvable");
        response.end(notFoundPage);
      });
    });
  });
}

/** Listens on the loopback interface only; port 0 picks a free port. Returns the bound origin. */
export function listenOnLoopback(server: http.Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { address, port: boundPort } = server.address() as AddressInfo;
      resolve(`http://${address}:${boundPort}`);
    });
  });
}
