import type http from "node:http";

/*
 * `npm start` only: each page it serves listens on a server-sent events channel and reloads itself
 * when the site has been rebuilt. The script is added to pages as they are served, never written
 * into `_site/`: `npm run build`'s pages, and their measured weights, never carry it.
 */

/** The channel pages listen on, and the script that listens. */
export const LIVE_RELOAD_CHANNEL = "/__rechargement";
export const LIVE_RELOAD_SCRIPT = "/__rechargement.js";

/*
 * A browser opens six connections to one server at most, and each listening page holds one: a page
 * in a hidden tab lets go of the channel, and listens again when shown. The channel then tells it
 * which build the site is at; a page served from an earlier one reloads. In a block: the page's
 * own scripts keep their global names.
 */
const CLIENT_SCRIPT = `{
  const served = document.currentScript.dataset.generation;
  let channel;
  const listen = () => {
    channel?.close();
    channel = new EventSource(${JSON.stringify(LIVE_RELOAD_CHANNEL)});
    channel.addEventListener("generation", (event) => {
      if (event.data !== served) location.reload();
    });
  };
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) channel?.close();
    else listen();
  });
  if (!document.hidden) listen();
}
`;

export interface LiveReload {
  /** Answers the channel and the script; false for any other request. */
  handle(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  /** A page as served: with the script, and the build it comes from, before `</body>`. */
  addScript(html: string): string;
  /**
   * Counts a new build and tells every listening page to reload; resolves once they have all come
   * back (a reloaded page opens the channel again), or after `patience` milliseconds.
   */
  reload(patience?: number): Promise<void>;
  /** How many pages listen: the dev server's tests wait for one. */
  readonly listeners: number;
}

export function createLiveReload(): LiveReload {
  const pages = new Set<http.ServerResponse>();
  let generation = 0;
  const generationEvent = () => `event: generation\ndata: ${generation}\n\n`;
  // Each reload waits for its own pages to come back: a second rebuild may start before they do.
  const waiting = new Set<{ count: number; done: () => void }>();
  return {
    handle(request, response) {
      const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
      if (pathname === LIVE_RELOAD_SCRIPT) {
        response.writeHead(200, {
          "Content-Type": "text/javascript; charset=utf-8",
          "Cache-Control": "no-store",
        });
        response.end(CLIENT_SCRIPT);
        return true;
      }
      if (pathname !== LIVE_RELOAD_CHANNEL) return false;
      response.writeHead(200, {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      // Sent at once: a page shown again, or served just before a rebuild, learns it is behind.
      response.write(generationEvent());
      pages.add(response);
      for (const reload of waiting) if (--reload.count <= 0) reload.done();
      response.on("close", () => pages.delete(response));
      return true;
    },
    addScript(html) {
      const tag = `<script src="${LIVE_RELOAD_SCRIPT}" data-generation="${generation}"></script>`;
      const end = html.lastIndexOf("</body>");
      return end < 0 ? html + tag : `${html.slice(0, end)}${tag}${html.slice(end)}`;
    },
    reload(patience = 2000) {
      generation += 1;
      const told = [...pages].filter((page) => !page.writableEnded && !page.destroyed);
      for (const page of told) page.write(generationEvent());
      if (!told.length) return Promise.resolve();
      return new Promise((resolve) => {
        const reload = { count: told.length, done };
        const timer = setTimeout(done, patience);
        function done() {
          clearTimeout(timer);
          waiting.delete(reload);
          resolve();
        }
        waiting.add(reload);
      });
    },
    get listeners() {
      return pages.size;
    },
  };
}
