import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import compression from "compression";
import sirv from "sirv";
import type { LiveReload } from "./live-reload.ts";

export interface StaticServerOptions {
  /** Development: no HTTP caching, so an edited page is always fetched again. */
  development?: boolean;
  /** Development: pages reload themselves after a rebuild (see live-reload.ts). */
  liveReload?: LiveReload;
  /** The path the site is published below (`/depot/`): its links hold it, its files do not. */
  pathPrefix?: string;
}

/** The built page a request asks for, if it asks for one inside `root`: `/a/` is `a/index.html`. */
function requestedPage(root: string, url = "/"): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    // A malformed address is no page: sirv answers it as it does any unknown path.
    return undefined;
  }
  const file = path.resolve(root, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
  return file.endsWith(".html") && file.startsWith(path.resolve(root) + path.sep) ? file : undefined;
}

/** Serves a built site, gzip-compressed as a production host would, with its 404 page. */
export function createStaticServer(root: string, options: StaticServerOptions = {}): http.Server {
  const { liveReload } = options;
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
  const sendPage = (response: http.ServerResponse, status: number, html: string) => {
    response.statusCode = status;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    if (liveReload) response.setHeader("Cache-Control", "no-store");
    response.end(liveReload ? liveReload.addScript(html) : html);
  };
  const notFound = async (response: http.ServerResponse) => {
    const page = await readFile(path.join(root, "404.html"), "utf8").catch(() => "Page introuvable");
    sendPage(response, 404, page);
  };
  // Every response is compressed, however small, so that measured weights are what a
  // compressing host would send.
  const compress = compression({ threshold: 0 });
  const prefix = options.pathPrefix ?? "/";
  return http.createServer((request, response) => {
    if (prefix !== "/" && request.url?.startsWith(prefix)) request.url = request.url.slice(prefix.length - 1);
    // The reload channel stays open: compression would hold its events back.
    if (liveReload?.handle(request, response)) return;
    compress(request, response, () => {
      const page = liveReload ? requestedPage(root, request.url) : undefined;
      if (page) {
        readFile(page, "utf8").then(
          (html) => {
            sendPage(response, 200, html);
          },
          () => notFound(response),
        );
        return;
      }
      serveFile(request, response, () => notFound(response));
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
