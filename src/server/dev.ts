/*
 * `npm start`: rebuilds the site on every change and serves it on 127.0.0.1 only (Eleventy's own
 * dev server listens on every interface and cannot be told otherwise). After a rebuild, the open
 * pages reload themselves first; the search index follows, in the background.
 */
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSearchIndex } from "../search-index.ts";
import { createLiveReload } from "./live-reload.ts";
import { searchRefresh } from "./search-refresh.ts";
import { createStaticServer, listenOnLoopback } from "./static-server.ts";

const OUTPUT = "_site";
const port = Number(process.env.PORT ?? 8080);
const liveReload = createLiveReload();
const search = searchRefresh(
  () => buildSearchIndex(OUTPUT),
  (error) => {
    console.error("Index de recherche non mis à jour :", error);
  },
);

const eleventy = new Eleventy(undefined, OUTPUT, {
  configPath: "eleventy.config.ts",
  runMode: "watch",
  quietMode: true,
  config(eleventyConfig: UserConfig) {
    // Chokidar waits for a file to stay unchanged 150 ms by default: most of a page's rebuild.
    eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 10 } });
    // Pagefind takes both cores while it runs: the pages reload first, then it indexes.
    eleventyConfig.on("eleventy.after", () => {
      void liveReload.reload().then(() => search.refresh());
    });
  },
});
eleventy.setIncrementalBuild(true);
await eleventy.init();
await eleventy.watch();
// The first index is there before the address is given: a search works from the first visit.
await search.settled();

const server = createStaticServer(OUTPUT, { development: true, liveReload });
const url = await listenOnLoopback(server, port);
console.log(`Site servi sur ${url}/ (reconstruit à chaque modification ; Ctrl+C pour arrêter)`);
